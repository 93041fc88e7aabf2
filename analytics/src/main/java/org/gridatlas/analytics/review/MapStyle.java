package org.gridatlas.analytics.review;

/**
 * What a review map shows and how: hexagon bins or kernel density of a counted layer, or a choropleth of a rate;
 * {@code size} is the hexagon edge or the density search radius in metres; classes by {@code method}.
 */
public record MapStyle(Kind kind, PointMetric point, RateMetric rate, RateUnit unit, double size, ClassMethod method,
        int classes) {

    public enum Kind { HEX, DENSITY, CHOROPLETH }

    public MapStyle {
        if (classes < 2 || classes > 9) {
            throw new IllegalArgumentException("classes must be 2 to 9, got " + classes);
        }
    }

    public static MapStyle hex(PointMetric metric, double edge, ClassMethod method, int classes) {
        return new MapStyle(Kind.HEX, metric, null, null, edge, method, classes);
    }

    public static MapStyle density(PointMetric metric, double radius, ClassMethod method, int classes) {
        return new MapStyle(Kind.DENSITY, metric, null, null, radius, method, classes);
    }

    public static MapStyle choropleth(RateMetric rate, RateUnit unit, ClassMethod method, int classes) {
        return new MapStyle(Kind.CHOROPLETH, null, rate, unit, 0, method, classes);
    }
}
