package org.gridatlas.analytics.assignment;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * Points → centres as a transportation problem solved by OR-Tools' min-cost flow with integer costs in metres
 * (plus the change penalty). Each point supplies one unit; each centre drains into the sink through two arcs:
 * {@code lo} units at cost 0 and {@code hi − lo} units at cost BIG, so that every centre is filled to its lower
 * bound before any exceeds it (the lower bound without negative costs). Minimising the summed distance keeps
 * territories compact; the band keeps loads within {@code slack} of the mean.
 */
public final class MinCostFlowBalancer {

    /** Default slack around the mean load: the balanced band is [⌊mean⌋−1, ⌈mean⌉+1] within the rule. */
    public static final int DEFAULT_SLACK = 1;

    static {
        Loader.loadNativeLibraries();
    }

    private MinCostFlowBalancer() {
    }

    public static int[] solve(BalanceProblem p) {
        return solve(p, DEFAULT_SLACK);
    }

    public static int[] solve(BalanceProblem p, int slack) {
        int n = p.points();
        int l = p.centres();
        int[] out = new int[n];
        java.util.Arrays.fill(out, -1);
        if (n == 0 || l == 0) {
            return out;
        }
        int[] band = p.band(slack);
        MinCostFlow flow = new MinCostFlow();
        long maxArc = 0;
        int[] arcPoint = new int[n * l];
        int[] arcCentre = new int[n * l];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < l; c++) {
                long cost = p.metres(i, c) + (p.current()[i] == c ? 0 : p.changePenalty());
                maxArc = Math.max(maxArc, cost);
                int arc = flow.addArcWithCapacityAndUnitCost(i, n + c, 1, cost);
                arcPoint[arc] = i;
                arcCentre[arc] = c;
                k++;
            }
        }
        int sink = n + l;
        long big = (maxArc + 1) * n + 1;
        for (int c = 0; c < l; c++) {
            flow.addArcWithCapacityAndUnitCost(n + c, sink, band[0], 0);
            flow.addArcWithCapacityAndUnitCost(n + c, sink, band[1] - band[0], big);
        }
        for (int i = 0; i < n; i++) {
            flow.setNodeSupply(i, 1);
        }
        flow.setNodeSupply(sink, -n);
        MinCostFlowBase.Status status = flow.solve();
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("min-cost flow found no assignment: " + status + " (" + n
                    + " points, " + l + " centres, band " + band[0] + "-" + band[1] + ")");
        }
        for (int a = 0; a < k; a++) {
            if (flow.getFlow(a) > 0) {
                out[arcPoint[a]] = arcCentre[a];
            }
        }
        return out;
    }
}
