package org.gridatlas.analytics.review;

import java.util.Arrays;

/**
 * Class breaks in pure Java. A result is {@code k + 1} ascending bounds: class {@code i} holds values in
 * [bounds[i], bounds[i+1]) and the last class also holds its upper bound (the maximum). Equal bounds are merged, so
 * fewer classes come back when the values do not support {@code k} distinct ones (e.g. all equal: one class).
 * A top class may hold only the maximum (its lower bound then equals the last bound).
 */
public final class Classification {

    private Classification() {
    }

    public static double[] breaks(ClassMethod method, double[] values, int k) {
        if (k < 1 || k > 9) {
            throw new IllegalArgumentException("classes must be 1 to 9, got " + k);
        }
        if (values.length == 0) {
            return new double[] {0, 0};
        }
        double[] v = values.clone();
        Arrays.sort(v);
        double[] b = switch (method) {
            case EQUAL_INTERVAL -> equalInterval(v, k);
            case QUANTILE -> quantile(v, k);
            case NATURAL_BREAKS -> jenks(v, k);
        };
        return distinct(b);
    }

    /** The class index of {@code value} for {@code bounds}; values outside are clamped to the first/last class. */
    public static int classOf(double value, double[] bounds) {
        int classes = Math.max(1, bounds.length - 1);
        for (int i = classes - 1; i > 0; i--) {
            if (value >= bounds[i]) {
                return i;
            }
        }
        return 0;
    }

    static double[] equalInterval(double[] sorted, int k) {
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        double[] b = new double[k + 1];
        for (int i = 0; i <= k; i++) {
            b[i] = i == k ? max : min + (max - min) * i / k;
        }
        return b;
    }

    /** Bounds at the values of ranks n·i/k (lower quantile), so each class holds about n/k values. */
    static double[] quantile(double[] sorted, int k) {
        int n = sorted.length;
        double[] b = new double[k + 1];
        b[0] = sorted[0];
        b[k] = sorted[n - 1];
        for (int i = 1; i < k; i++) {
            b[i] = sorted[(int) Math.floor((double) n * i / k)];
        }
        return b;
    }

    /**
     * Fisher–Jenks natural breaks: the partition of the sorted values into k contiguous classes with the least sum of
     * squared deviations from the class means (exact dynamic programme, O(k·n²)). Bounds are the first value of each
     * class, then the maximum.
     */
    static double[] jenks(double[] sorted, int k) {
        int n = sorted.length;
        if (k >= n) {
            return sorted.clone();
        }
        double[] prefix = new double[n + 1];
        double[] prefix2 = new double[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + sorted[i];
            prefix2[i + 1] = prefix2[i] + sorted[i] * sorted[i];
        }
        // cost[c][j]: best cost of the first j values in c + 1 classes; from[c][j]: start of the last class
        double[][] cost = new double[k][n + 1];
        int[][] from = new int[k][n + 1];
        for (int j = 1; j <= n; j++) {
            cost[0][j] = ssd(prefix, prefix2, 0, j);
        }
        for (int c = 1; c < k; c++) {
            for (int j = c + 1; j <= n; j++) {
                double best = Double.MAX_VALUE;
                int arg = c;
                for (int s = c; s < j; s++) {
                    double v = cost[c - 1][s] + ssd(prefix, prefix2, s, j);
                    if (v < best) {
                        best = v;
                        arg = s;
                    }
                }
                cost[c][j] = best;
                from[c][j] = arg;
            }
        }
        double[] b = new double[k + 1];
        b[k] = sorted[n - 1];
        int end = n;
        for (int c = k - 1; c >= 1; c--) {
            int start = from[c][end];
            b[c] = sorted[start];
            end = start;
        }
        b[0] = sorted[0];
        return b;
    }

    /** Sum of squared deviations of sorted[a..b) from their mean. */
    private static double ssd(double[] p, double[] p2, int a, int b) {
        double s = p[b] - p[a];
        double m = b - a;
        return Math.max(0, (p2[b] - p2[a]) - s * s / m);
    }

    /**
     * Merges equal lower bounds; the final bound (the maximum) is always kept, so a top class holding only the
     * maximum (lower bound = maximum) survives.
     */
    private static double[] distinct(double[] b) {
        double[] lower = Arrays.stream(b, 0, b.length - 1).distinct().sorted().toArray();
        double[] out = Arrays.copyOf(lower, lower.length + 1);
        out[lower.length] = b[b.length - 1];
        return out;
    }
}
