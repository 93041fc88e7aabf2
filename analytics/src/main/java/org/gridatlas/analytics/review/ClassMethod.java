package org.gridatlas.analytics.review;

/** How class breaks are chosen for a map: equal interval, quantile (equal counts) or natural breaks (Jenks). */
public enum ClassMethod {
    EQUAL_INTERVAL, QUANTILE, NATURAL_BREAKS
}
