package org.gridatlas.webapp.review;

import java.util.Arrays;
import java.util.Locale;

import org.gridatlas.analytics.review.ClassMethod;
import org.gridatlas.analytics.review.MapStyle;
import org.gridatlas.analytics.review.PointMetric;
import org.gridatlas.analytics.review.RateMetric;
import org.gridatlas.analytics.review.RateUnit;

/** Parses the review's map parameters (URL and REST), each refusal naming the parameter and its choices. */
public final class ReviewParams {

    private ReviewParams() {
    }

    public static MapStyle style(String style, String metric, Double size, String unit, String method, Integer classes) {
        MapStyle.Kind kind = choice("style", style == null ? "HEX" : style, MapStyle.Kind.class);
        ClassMethod m = choice("method", method == null ? "NATURAL_BREAKS" : method, ClassMethod.class);
        int k = classes == null ? 5 : classes;
        return switch (kind) {
            case HEX -> MapStyle.hex(choice("metric", metric == null ? "REQUESTS" : metric, PointMetric.class),
                    size == null ? 1000 : size, m, k);
            case DENSITY -> MapStyle.density(choice("metric", metric == null ? "REQUESTS" : metric, PointMetric.class),
                    size == null ? 1500 : size, m, k);
            case CHOROPLETH -> MapStyle.choropleth(choice("metric", metric == null ? "COVERAGE" : metric,
                    RateMetric.class), choice("unit", unit == null ? "VILLAGE" : unit, RateUnit.class), m, k);
        };
    }

    /** A Chinese title for the style and metric (PNG downloads). */
    public static String label(MapStyle s) {
        String kind = switch (s.kind()) {
            case HEX -> "六边形分箱";
            case DENSITY -> "核密度";
            case CHOROPLETH -> "分级设色";
        };
        String metric = s.kind() == MapStyle.Kind.CHOROPLETH ? switch (s.rate()) {
            case COVERAGE -> "走访覆盖率";
            case COMPLETION -> "办结率";
            case SATISFACTION -> "满意率";
            case REQUESTS_PER_1000 -> "每千户诉求";
        } : switch (s.point()) {
            case REQUESTS -> "诉求";
            case DISPUTES -> "矛盾纠纷";
            case OVERDUE -> "逾期件";
        };
        return kind + " · " + metric;
    }

    public static <E extends Enum<E>> E choice(String parameter, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(parameter + " must be one of "
                    + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ", got: "
                    + value.replaceAll("[^\\p{L}\\p{N}_-]", "?"));
        }
    }
}
