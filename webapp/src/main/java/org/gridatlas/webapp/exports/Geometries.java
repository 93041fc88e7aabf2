package org.gridatlas.webapp.exports;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** GeoJSON geometry text and point coordinates for the writers (full double precision: exports round-trip). */
final class Geometries {

    private Geometries() {
    }

    static String geoJson(Geometry g) {
        if (g == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(64);
        switch (g) {
            case Point p -> sb.append("{\"type\":\"Point\",\"coordinates\":").append(position(p.getCoordinate()));
            case Polygon p -> {
                sb.append("{\"type\":\"Polygon\",\"coordinates\":");
                polygon(sb, p);
            }
            case MultiPolygon m -> {
                sb.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
                for (int i = 0; i < m.getNumGeometries(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    polygon(sb, (Polygon) m.getGeometryN(i));
                }
                sb.append(']');
            }
            default -> throw new IllegalArgumentException("unsupported geometry " + g.getGeometryType());
        }
        return sb.append('}').toString();
    }

    private static void polygon(StringBuilder sb, Polygon p) {
        sb.append('[');
        ring(sb, p.getExteriorRing());
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            sb.append(',');
            ring(sb, p.getInteriorRingN(i));
        }
        sb.append(']');
    }

    private static void ring(StringBuilder sb, LineString ring) {
        sb.append('[');
        Coordinate[] cs = ring.getCoordinates();
        for (int i = 0; i < cs.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(position(cs[i]));
        }
        sb.append(']');
    }

    private static String position(Coordinate c) {
        return "[" + c.x + "," + c.y + "]";
    }
}
