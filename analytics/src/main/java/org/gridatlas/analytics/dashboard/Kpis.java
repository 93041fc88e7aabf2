package org.gridatlas.analytics.dashboard;

/**
 * The KPI tiles of a quarter and an area: the area's {@link UnitFigures}, its active agents, and the disputes closed
 * in the quarter with those settled at or below the village (矛盾不上交, the fieldwork SettledShareQuery).
 */
public record Kpis(Quarter quarter, String area, UnitFigures figures, long agents, long disputesClosed,
                   long disputesSettledBelowTown) {

    /** 矛盾不上交 share: settled at or below the village ÷ closed, 0 when none closed. */
    public double settledShare() {
        return UnitFigures.ratio(disputesSettledBelowTown, disputesClosed);
    }
}
