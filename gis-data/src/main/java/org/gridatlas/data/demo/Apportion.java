package org.gridatlas.data.demo;

/** Splits a whole number over weighted buckets (largest remainder; ties go to the lower index). */
final class Apportion {

    private Apportion() {
    }

    static int[] split(int total, double[] weights, int min) {
        int n = weights.length;
        int[] result = new int[n];
        int rest = total - min * n;
        if (rest < 0) {
            throw new IllegalArgumentException("cannot give " + min + " to each of " + n + " buckets from " + total);
        }
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] remainder = new double[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            double exact = rest * weights[i] / sum;
            result[i] = min + (int) Math.floor(exact);
            remainder[i] = exact - Math.floor(exact);
            given += result[i] - min;
        }
        for (int k = 0; k < rest - given; k++) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (remainder[i] >= 0 && (best < 0 || remainder[i] > remainder[best])) {
                    best = i;
                }
            }
            result[best]++;
            remainder[best] = -1;
        }
        return result;
    }

    /** Sizes of {@code parts} consecutive chunks of {@code total} items, as equal as possible. */
    static int[] even(int total, int parts) {
        int[] sizes = new int[parts];
        for (int i = 0; i < parts; i++) {
            sizes[i] = total / parts + (i < total % parts ? 1 : 0);
        }
        return sizes;
    }
}
