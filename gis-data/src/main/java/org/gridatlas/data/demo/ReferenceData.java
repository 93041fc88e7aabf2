package org.gridatlas.data.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

/** Reads the copied public reference data (division codes, county outline) from the classpath. */
final class ReferenceData {

    /** One row of a {@code *-divisions.csv}: level, code, name, parent code. */
    record DivisionRef(String level, String code, String name, String parentCode) {
    }

    private ReferenceData() {
    }

    static List<DivisionRef> divisions(String resource) {
        List<DivisionRef> rows = new ArrayList<>();
        try (BufferedReader in = reader(resource)) {
            String line = in.readLine(); // header: level,code,name,parent_code
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                rows.add(new DivisionRef(f[0].trim(), f[1].trim(), f[2].trim(), f[3].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The first feature's outline (Polygon or MultiPolygon, outer rings and holes) as a valid geometry. */
    static Geometry outline(String resource) {
        return outline(text(resource), 0, resource);
    }

    /** Every feature's outline by its {@code name} property, in file order. */
    static java.util.Map<String, Geometry> outlines(String resource) {
        String json = text(resource);
        java.util.Map<String, Geometry> result = new java.util.LinkedHashMap<>();
        int at = json.indexOf("\"coordinates\"");
        while (at >= 0) {
            int key = json.lastIndexOf("\"name\"", at);
            String name = key < 0 ? "" : json.substring(json.indexOf('"', json.indexOf(':', key) + 1) + 1,
                    json.indexOf('"', json.indexOf('"', json.indexOf(':', key) + 1) + 1));
            result.put(name, outline(json, at, resource));
            at = json.indexOf("\"coordinates\"", at + 1);
        }
        return result;
    }

    private static String text(String resource) {
        try (InputStream in = stream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Geometry outline(String json, int from, String resource) {
        int at = json.indexOf("\"coordinates\"", from);
        if (at < 0) {
            throw new IllegalStateException("no coordinates in " + resource);
        }
        boolean multi = json.lastIndexOf("\"MultiPolygon\"", at) >= 0
                && json.lastIndexOf("\"MultiPolygon\"", at) > json.lastIndexOf("\"Polygon\"", at);
        List<List<List<Coordinate>>> polygons = parseNested(json, json.indexOf('[', at), multi);
        List<Polygon> result = new ArrayList<>();
        for (List<List<Coordinate>> rings : polygons) {
            LinearRing shell = ring(rings.get(0));
            LinearRing[] holes = new LinearRing[rings.size() - 1];
            for (int i = 1; i < rings.size(); i++) {
                holes[i - 1] = ring(rings.get(i));
            }
            result.add(Geo.GF.createPolygon(shell, holes));
        }
        Geometry g = result.size() == 1 ? result.get(0) : Geo.GF.createMultiPolygon(result.toArray(Polygon[]::new));
        return GeometryFixer.fix(g);
    }

    /** Walks the coordinate arrays by bracket depth; depth of a position is 3 (Polygon) or 4 (MultiPolygon). */
    private static List<List<List<Coordinate>>> parseNested(String json, int start, boolean multi) {
        int positionDepth = multi ? 4 : 3;
        List<List<List<Coordinate>>> polygons = new ArrayList<>();
        List<List<Coordinate>> rings = null;
        List<Coordinate> ring = null;
        int depth = 0;
        int i = start;
        do {
            char c = json.charAt(i);
            if (c == '[') {
                depth++;
                if (depth == positionDepth - 2) {
                    rings = new ArrayList<>();
                    polygons.add(rings);
                } else if (depth == positionDepth - 1) {
                    ring = new ArrayList<>();
                    rings.add(ring);
                } else if (depth == positionDepth) {
                    int end = json.indexOf(']', i);
                    String[] xy = json.substring(i + 1, end).split(",");
                    ring.add(new Coordinate(Double.parseDouble(xy[0].trim()), Double.parseDouble(xy[1].trim())));
                    i = end - 1;
                }
            } else if (c == ']') {
                depth--;
            }
            i++;
        } while (depth > 0);
        if (!multi && polygons.isEmpty() && rings != null) {
            polygons.add(rings);
        }
        return polygons;
    }

    private static LinearRing ring(List<Coordinate> coordinates) {
        List<Coordinate> cs = new ArrayList<>(coordinates.size() + 1);
        for (Coordinate c : coordinates) {
            if (cs.isEmpty() || !cs.get(cs.size() - 1).equals2D(c)) {
                cs.add(c);
            }
        }
        if (!cs.get(0).equals2D(cs.get(cs.size() - 1))) {
            cs.add(new Coordinate(cs.get(0)));
        }
        return Geo.GF.createLinearRing(cs.toArray(Coordinate[]::new));
    }

    private static BufferedReader reader(String resource) {
        return new BufferedReader(new InputStreamReader(stream(resource), StandardCharsets.UTF_8));
    }

    private static InputStream stream(String resource) {
        InputStream in = ReferenceData.class.getResourceAsStream(ProfileSpec.REFERENCE + resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + ProfileSpec.REFERENCE + resource);
        }
        return in;
    }
}
