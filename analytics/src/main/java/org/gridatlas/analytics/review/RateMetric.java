package org.gridatlas.analytics.review;

/** The rates of the review choropleths (definitions in {@code rates.sql} and {@link UnitRates}). */
public enum RateMetric {
    COVERAGE, COMPLETION, SATISFACTION, REQUESTS_PER_1000
}
