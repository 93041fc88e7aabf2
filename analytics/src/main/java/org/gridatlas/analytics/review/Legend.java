package org.gridatlas.analytics.review;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;

/**
 * A map legend: class bounds, one colour per class, the method and the unit. {@link #locked} computes ONE legend over
 * the union of the values of every period being compared, so the same colour means the same value in each of them.
 */
public record Legend(ClassMethod method, double[] bounds, List<String> colors, String unit, boolean diverging) {

    /** ColorBrewer YlOrRd 9 (sequential) and RdBu 9 reversed (diverging: blue = fewer, red = more). */
    static final String[] SEQUENTIAL = {"#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c",
        "#bd0026", "#800026"};
    static final String[] DIVERGING = {"#2166ac", "#4393c3", "#92c5de", "#d1e5f0", "#f7f7f7", "#fddbc7", "#f4a582",
        "#d6604d", "#b2182b"};

    /** One legend over the union of the periods' values. */
    public static Legend locked(ClassMethod method, int classes, List<double[]> periods, String unit) {
        double[] all = periods.stream().flatMapToDouble(DoubleStream::of).toArray();
        double[] bounds = Classification.breaks(method, all, classes);
        return new Legend(method, bounds, ramp(SEQUENTIAL, bounds.length - 1), unit, false);
    }

    /**
     * A diverging legend for changes (this period minus the previous): {@code classes} (made odd) equal classes
     * symmetric around zero, the middle one holding "no change".
     */
    public static Legend change(double[] deltas, int classes, String unit) {
        int k = classes % 2 == 0 ? classes + 1 : classes;
        double m = DoubleStream.of(deltas).map(Math::abs).max().orElse(0);
        if (m == 0) {
            m = 1;
        }
        double[] bounds = new double[k + 1];
        for (int i = 0; i <= k; i++) {
            bounds[i] = -m + 2 * m * i / k;
        }
        return new Legend(ClassMethod.EQUAL_INTERVAL, bounds, ramp(DIVERGING, k), unit, true);
    }

    public int classes() {
        return bounds.length - 1;
    }

    public String colorOf(double value) {
        return colors.get(Classification.classOf(value, bounds));
    }

    /** Labels like "12 – 30" per class, with {@code decimals} digits. */
    public List<String> labels(int decimals) {
        List<String> out = new ArrayList<>();
        String f = "%." + decimals + "f";
        for (int i = 0; i < classes(); i++) {
            out.add(String.format(java.util.Locale.ROOT, f + " – " + f, bounds[i], bounds[i + 1]));
        }
        return out;
    }

    /** {@code k} colours spread evenly over a 9-colour ramp (both ends kept). */
    static List<String> ramp(String[] palette, int k) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            int idx = k == 1 ? palette.length / 2 : (int) Math.round((double) i * (palette.length - 1) / (k - 1));
            out.add(palette[idx]);
        }
        return out;
    }
}
