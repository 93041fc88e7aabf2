package org.gridatlas.data.demo;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Sampling helpers shared by the field-work generators. */
final class WorkTimes {

    private WorkTimes() {
    }

    /** {@code n} sorted times in [from, to): mostly working days, 08:00-18:00, fewer at weekends. */
    static long[] sorted(int n, long from, long to, SplittableRandom rnd) {
        long[] t = new long[n];
        long days = Math.max(1, (to - from) / 86_400);
        for (int i = 0; i < n; i++) {
            long at;
            do {
                long day = from + 86_400L * rnd.nextLong(days + 1);
                boolean weekend = RequestGenerator.weekend(Period.date(day));
                if (weekend && rnd.nextDouble() < 0.65) {
                    at = -1;
                    continue;
                }
                at = day + 8 * 3_600 + (long) (10 * 3_600 * rnd.nextDouble());
            } while (at < from || at >= to);
            t[i] = at;
        }
        Arrays.sort(t);
        return t;
    }

    static double[] cdf(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= sum;
        }
        return c;
    }

    static int pick(double[] cdf, SplittableRandom rnd) {
        double u = rnd.nextDouble();
        for (int i = 0; i < cdf.length; i++) {
            if (u < cdf[i]) {
                return i;
            }
        }
        return cdf.length - 1;
    }

    /** A random household; must-visit (needy, petitioner, old party member) households ask more often. */
    static DemoModel.Household household(DemoModel model, SplittableRandom rnd) {
        DemoModel.Household first = model.households.get(rnd.nextInt(model.households.size()));
        if (first.mustVisit() || first.elderlyAlone()) {
            return first;
        }
        DemoModel.Household second = model.households.get(rnd.nextInt(model.households.size()));
        return second.mustVisit() || second.elderlyAlone() ? second : first;
    }
}
