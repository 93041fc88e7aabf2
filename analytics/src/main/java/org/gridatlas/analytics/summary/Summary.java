package org.gridatlas.analytics.summary;

/** Counts of the data in view, as served by {@code GET /api/v1/summary}. */
public record Summary(String area, long towns, long villages, long gridAreas, long groups,
                      long households, long agents, long liaisons) {
}
