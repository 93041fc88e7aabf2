package org.gridatlas.analytics.fieldwork;

/** 矛盾不上交: disputes closed in the period, and those settled at or below the village. */
public record SettledShare(long closed, long settledBelowTown) {

    /** settled ÷ closed, 0 when none closed. */
    public double share() {
        return closed == 0 ? 0 : (double) settledBelowTown / closed;
    }
}
