package org.gridatlas.analytics.review;

import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.Geometry;

/** One classified map: features with value and colour, the legend and its notes (unit, size/radius, method). */
public record ReviewLayer(String period, List<Feature> features, Legend legend, List<String> notes) {

    /** A coloured shape; {@code value} NaN = no data (grey). */
    public record Feature(String id, String label, String geoJson, Geometry metric, double value, String color) {
    }

    /** The features as a GeoJSON FeatureCollection with properties id, label, v and color. */
    public String geoJson() {
        StringBuilder b = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < features.size(); i++) {
            Feature f = features.get(i);
            if (i > 0) {
                b.append(',');
            }
            b.append("{\"type\":\"Feature\",\"geometry\":").append(f.geoJson())
                    .append(",\"properties\":{\"id\":\"").append(f.id()).append("\",\"label\":\"")
                    .append(f.label().replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\"v\":")
                    .append(Double.isNaN(f.value()) ? "null" : String.format(Locale.ROOT, "%.4f", f.value()))
                    .append(",\"color\":\"").append(f.color()).append("\"}}");
        }
        return b.append("]}").toString();
    }
}
