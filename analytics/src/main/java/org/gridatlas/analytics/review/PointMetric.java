package org.gridatlas.analytics.review;

/** The counted layers of the review heat maps (definitions in {@code points.sql}). */
public enum PointMetric {
    REQUESTS, DISPUTES, OVERDUE
}
