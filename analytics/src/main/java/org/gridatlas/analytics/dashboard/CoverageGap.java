package org.gridatlas.analytics.dashboard;

/** A village's visit coverage in the quarter: households assigned, visited, and the gap (not visited). */
public record CoverageGap(String code, String name, long assigned, long visited) {

    public long unvisited() {
        return assigned - visited;
    }

    public double rate() {
        return UnitFigures.ratio(visited, assigned);
    }
}
