package org.gridatlas.data.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;

/** Small geometry helpers; everything is lon/lat degrees in EPSG:4326. */
final class Geo {

    static final int SRID = 4326;
    static final GeometryFactory GF = new GeometryFactory(new PrecisionModel(), SRID);
    private static final double METRES_PER_DEGREE = 111_320.0;

    private Geo() {
    }

    static double degLat(double metres) {
        return metres / METRES_PER_DEGREE;
    }

    static double degLon(double metres, double lat) {
        return metres / (METRES_PER_DEGREE * Math.cos(Math.toRadians(lat)));
    }

    /** Square root of the polygon's area, in degrees of latitude (a "typical width"). */
    static double width(Geometry g) {
        double lat = g.getEnvelopeInternal().centre().y;
        return Math.sqrt(g.getArea() * Math.cos(Math.toRadians(lat)));
    }

    static Point point(double lon, double lat) {
        return GF.createPoint(new Coordinate(lon, lat));
    }

    /** Uniform point inside {@code area} by rejection in its envelope; null after {@code tries} misses. */
    static Coordinate uniformIn(PreparedGeometry area, SplittableRandom rnd, int tries) {
        Envelope e = area.getGeometry().getEnvelopeInternal();
        for (int i = 0; i < tries; i++) {
            double x = e.getMinX() + rnd.nextDouble() * e.getWidth();
            double y = e.getMinY() + rnd.nextDouble() * e.getHeight();
            if (area.containsProperly(point(x, y))) {
                return new Coordinate(x, y);
            }
        }
        return null;
    }

    /** Gaussian offset of {@code sigmaMetres} around a centre. */
    static Coordinate around(Coordinate c, double sigmaMetres, SplittableRandom rnd) {
        return new Coordinate(c.x + degLon(gaussian(rnd) * sigmaMetres, c.y), c.y + degLat(gaussian(rnd) * sigmaMetres));
    }

    static double gaussian(SplittableRandom rnd) {
        double u = 1.0 - rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }

    /** Polygonal part of {@code g} as a valid MultiPolygon with SRID 4326 (empty when there is none). */
    static MultiPolygon multi(Geometry g) {
        Geometry valid = g.isValid() ? g : GeometryFixer.fix(g);
        List<Polygon> polygons = new ArrayList<>();
        for (Object p : PolygonExtracter.getPolygons(valid)) {
            Polygon polygon = (Polygon) p;
            if (!polygon.isEmpty() && polygon.getArea() > 0) {
                polygons.add(polygon);
            }
        }
        MultiPolygon m = GF.createMultiPolygon(polygons.toArray(Polygon[]::new));
        m.setSRID(SRID);
        return m;
    }
}
