package org.gridatlas.analytics.review;

/** A grid area's visit coverage gap: households assigned but not visited in the period. */
public record CoverageGap(String key, String name, String village, long assigned, long visited) {

    public long gap() {
        return assigned - visited;
    }

    public double rate() {
        return assigned == 0 ? 0 : (double) visited / assigned;
    }
}
