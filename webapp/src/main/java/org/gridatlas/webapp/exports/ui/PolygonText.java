package org.gridatlas.webapp.exports.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The WKT of the GeoJSON Polygon the map draws (one ring of [lon, lat] pairs). */
final class PolygonText {

    private static final Pattern PAIR = Pattern.compile("\\[\\s*(-?[\\d.eE+-]+)\\s*,\\s*(-?[\\d.eE+-]+)\\s*\\]");

    private PolygonText() {
    }

    static String wkt(String geoJson) {
        Matcher m = PAIR.matcher(geoJson == null ? "" : geoJson);
        List<String> points = new ArrayList<>();
        while (m.find()) {
            points.add(m.group(1) + " " + m.group(2));
        }
        return points.size() < 4 ? "" : "POLYGON((" + String.join(", ", points) + "))";
    }
}
