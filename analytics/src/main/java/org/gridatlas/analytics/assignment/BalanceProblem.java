package org.gridatlas.analytics.assignment;

/**
 * Points (households, in local metres) to assign to centres (liaisons' homes) with a load range per centre.
 * {@code current[i]} is the index of point i's current centre or -1. {@code changePenalty} (metres) is added to
 * every arc that moves a point away from its current centre: 0 ignores the present assignment.
 */
public record BalanceProblem(double[] px, double[] py, int[] current, double[] cx, double[] cy, int min, int max,
        long changePenalty) {

    public int points() {
        return px.length;
    }

    public int centres() {
        return cx.length;
    }

    /** Rounded metres between point i and centre c. */
    public long metres(int i, int c) {
        return Math.round(Math.hypot(px[i] - cx[c], py[i] - cy[c]));
    }

    /** The upper bound actually usable: the rule's maximum, raised when the area has too few centres. */
    public int feasibleMax() {
        return Math.max(max, ceilDiv(points(), Math.max(1, centres())));
    }

    /** The lower bound actually usable: the rule's minimum, lowered when the area has too many centres. */
    public int feasibleMin() {
        return Math.min(min, points() / Math.max(1, centres()));
    }

    /** The balanced band: within the (feasible) rule, at most {@code slack} away from the mean load. */
    public int[] band(int slack) {
        int n = points();
        int l = Math.max(1, centres());
        int lo = Math.max(feasibleMin(), n / l - slack);
        int hi = Math.min(feasibleMax(), ceilDiv(n, l) + slack);
        return new int[] {lo, hi};
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
