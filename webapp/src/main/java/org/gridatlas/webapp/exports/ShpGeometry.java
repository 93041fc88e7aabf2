package org.gridatlas.webapp.exports;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/** Shapefile record contents (little-endian) for null shapes, points and polygons. */
final class ShpGeometry {

    static final int NULL = 0;
    static final int POINT = 1;
    static final int POLYGON = 5;

    private ShpGeometry() {
    }

    static byte[] content(int shapeType, Geometry g) {
        if (g == null || g.isEmpty()) {
            return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(NULL).array();
        }
        if (shapeType == POINT) {
            Coordinate c = g.getCoordinate();
            return ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN).putInt(POINT).putDouble(c.x).putDouble(c.y).array();
        }
        List<Coordinate[]> rings = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            rings.add(oriented(p.getExteriorRing().getCoordinates(), false));
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                rings.add(oriented(p.getInteriorRingN(h).getCoordinates(), true));
            }
        }
        int points = rings.stream().mapToInt(r -> r.length).sum();
        ByteBuffer b = ByteBuffer.allocate(44 + 4 * rings.size() + 16 * points).order(ByteOrder.LITTLE_ENDIAN);
        Envelope e = g.getEnvelopeInternal();
        b.putInt(POLYGON).putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
        b.putInt(rings.size()).putInt(points);
        int start = 0;
        for (Coordinate[] r : rings) {
            b.putInt(start);
            start += r.length;
        }
        for (Coordinate[] r : rings) {
            for (Coordinate c : r) {
                b.putDouble(c.x).putDouble(c.y);
            }
        }
        return b.array();
    }

    /** Shapefile rings: outer clockwise, holes counter-clockwise. */
    private static Coordinate[] oriented(Coordinate[] ring, boolean hole) {
        boolean ccw = Orientation.isCCW(ring);
        if (ccw == hole) {
            return ring;
        }
        Coordinate[] r = ring.clone();
        for (int i = 0, j = r.length - 1; i < j; i++, j--) {
            Coordinate t = r[i];
            r[i] = r[j];
            r[j] = t;
        }
        return r;
    }
}
