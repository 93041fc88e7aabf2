package org.gridatlas.data.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Splits a parent polygon into cells: seats are sampled inside the parent with a minimum spacing, and each
 * cell is the seat's Voronoi cell clipped to the parent. Nested use gives county → town → village → grid
 * area → group. No public source has these boundaries; they are generated.
 */
final class PolygonPartitioner {

    /** A seat hint: sample near {@code centre} (gaussian, sigma in degrees of latitude) or uniformly when null. */
    record Hint(Coordinate centre, double sigmaDeg) {
        static final Hint UNIFORM = new Hint(null, 0);
    }

    private PolygonPartitioner() {
    }

    /**
     * Seats inside {@code parent}, one per hint, at least {@code spacingDeg} apart where possible. Fixed seats
     * (non-null entries of {@code fixed}) are kept as given.
     */
    static List<Coordinate> seats(PreparedGeometry parent, List<Hint> hints, List<Coordinate> fixed,
                                  double spacingDeg, SplittableRandom rnd) {
        List<Coordinate> seats = new ArrayList<>(hints.size());
        for (int i = 0; i < hints.size(); i++) {
            seats.add(fixed == null ? null : fixed.get(i));
        }
        for (int i = 0; i < hints.size(); i++) {
            if (seats.get(i) != null) {
                continue;
            }
            double spacing = spacingDeg;
            Coordinate chosen = null;
            for (int attempt = 0; chosen == null; attempt++) {
                if (attempt > 0 && attempt % 60 == 0) {
                    spacing *= 0.8;
                }
                Coordinate c = candidate(parent, hints.get(i), rnd);
                if (c != null && farEnough(c, seats, spacing)) {
                    chosen = c;
                }
            }
            seats.set(i, chosen);
        }
        return seats;
    }

    private static Coordinate candidate(PreparedGeometry parent, Hint hint, SplittableRandom rnd) {
        if (hint.centre() != null) {
            Coordinate c = Geo.around(hint.centre(), hint.sigmaDeg() * 111_320.0, rnd);
            return parent.containsProperly(Geo.point(c.x, c.y)) ? c : null;
        }
        return Geo.uniformIn(parent, rnd, 50);
    }

    private static boolean farEnough(Coordinate c, List<Coordinate> seats, double spacing) {
        double cos = Math.cos(Math.toRadians(c.y));
        for (Coordinate s : seats) {
            if (s != null) {
                double dx = (s.x - c.x) * cos;
                double dy = s.y - c.y;
                if (dx * dx + dy * dy < spacing * spacing) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Voronoi cells of {@code seats} clipped to {@code parent}, in the order of the seats. */
    static List<MultiPolygon> cells(Geometry parent, List<Coordinate> seats) {
        List<MultiPolygon> result = new ArrayList<>(seats.size());
        if (seats.size() == 1) {
            result.add(Geo.multi(parent));
            return result;
        }
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(seats);
        Envelope clip = new Envelope(parent.getEnvelopeInternal());
        clip.expandBy(Math.max(clip.getWidth(), clip.getHeight()));
        builder.setClipEnvelope(clip);
        Geometry diagram = builder.getDiagram(Geo.GF);
        Map<Coordinate, Geometry> bySeat = new HashMap<>(); // lookup only; output order follows the seats list
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i);
            bySeat.put((Coordinate) cell.getUserData(), cell);
        }
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(parent);
        for (Coordinate seat : seats) {
            Geometry cell = bySeat.get(seat);
            Geometry clipped = prepared.covers(cell) ? cell : cell.intersection(parent);
            MultiPolygon m = Geo.multi(clipped);
            result.add(m.isEmpty() ? Geo.multi(Geo.point(seat.x, seat.y).buffer(1e-4).intersection(parent)) : m);
        }
        return result;
    }
}
