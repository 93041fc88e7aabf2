package org.gridatlas.analytics.assignment;

/** Load spread (max−min points per centre), its standard deviation, distances in metres, and links changed. */
public record BalanceQuality(int minLoad, int maxLoad, double loadStdDev, double meanMetres, double maxMetres,
        int changed, int assigned) {

    public int spread() {
        return maxLoad - minLoad;
    }

    public static BalanceQuality of(BalanceProblem p, int[] assign) {
        int[] load = new int[p.centres()];
        double sum = 0;
        double max = 0;
        int changed = 0;
        int assigned = 0;
        for (int i = 0; i < assign.length; i++) {
            if (assign[i] < 0) {
                continue;
            }
            assigned++;
            load[assign[i]]++;
            double d = Math.hypot(p.px()[i] - p.cx()[assign[i]], p.py()[i] - p.cy()[assign[i]]);
            sum += d;
            max = Math.max(max, d);
            if (assign[i] != p.current()[i]) {
                changed++;
            }
        }
        int lo = Integer.MAX_VALUE;
        int hi = 0;
        double mean = load.length == 0 ? 0 : (double) assigned / load.length;
        double var = 0;
        for (int l : load) {
            lo = Math.min(lo, l);
            hi = Math.max(hi, l);
            var += (l - mean) * (l - mean);
        }
        return new BalanceQuality(load.length == 0 ? 0 : lo, hi, load.length == 0 ? 0 : Math.sqrt(var / load.length),
                assigned == 0 ? 0 : sum / assigned, max, changed, assigned);
    }

    /** Sums several areas' qualities: loads as extremes, means weighted by points. */
    public static BalanceQuality combine(java.util.List<BalanceQuality> parts, java.util.List<int[]> loads) {
        int assigned = 0;
        double sum = 0;
        double max = 0;
        int changed = 0;
        for (BalanceQuality q : parts) {
            assigned += q.assigned();
            sum += q.meanMetres() * q.assigned();
            max = Math.max(max, q.maxMetres());
            changed += q.changed();
        }
        int lo = Integer.MAX_VALUE;
        int hi = 0;
        long n = 0;
        double s = 0;
        double s2 = 0;
        for (int[] area : loads) {
            for (int l : area) {
                lo = Math.min(lo, l);
                hi = Math.max(hi, l);
                n++;
                s += l;
                s2 += (double) l * l;
            }
        }
        double mean = n == 0 ? 0 : s / n;
        return new BalanceQuality(n == 0 ? 0 : lo, hi, n == 0 ? 0 : Math.sqrt(Math.max(0, s2 / n - mean * mean)),
                assigned == 0 ? 0 : sum / assigned, max, changed, assigned);
    }

    public static int[] loads(BalanceProblem p, int[] assign) {
        int[] load = new int[p.centres()];
        for (int a : assign) {
            if (a >= 0) {
                load[a]++;
            }
        }
        return load;
    }
}
