package org.gridatlas.analytics.review;

import java.time.Instant;

/** A half-open span of time [from, to) with a label ("2025Q2", "2025-04"). */
public record Period(String label, Instant from, Instant to) {

    public Period {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("period " + label + ": from " + from + " must be before to " + to);
        }
    }
}
