package org.gridatlas.analytics.assignment;

/**
 * The baseline: each point in turn goes to the nearest centre that still has room under the (feasible) maximum.
 * No lower bounds, no look-ahead.
 */
public final class GreedyBalancer {

    private GreedyBalancer() {
    }

    public static int[] solve(BalanceProblem p) {
        int cap = p.feasibleMax();
        int[] load = new int[p.centres()];
        int[] out = new int[p.points()];
        for (int i = 0; i < p.points(); i++) {
            int best = -1;
            long bestCost = Long.MAX_VALUE;
            for (int c = 0; c < p.centres(); c++) {
                long d = p.metres(i, c);
                if (load[c] < cap && d < bestCost) {
                    best = c;
                    bestCost = d;
                }
            }
            out[i] = best;
            if (best >= 0) {
                load[best]++;
            }
        }
        return out;
    }
}
