package org.gridatlas.data.imports.boundary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a GeoJSON FeatureCollection of Polygon / MultiPolygon features (RFC 7946). */
final class GeoJsonBoundaryReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final GeometryFactory GEO = new GeometryFactory(new PrecisionModel(), 4326);

    private GeoJsonBoundaryReader() {
    }

    static List<BoundaryFeature> read(String file, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            String line = e.getLocation() == null ? "" : "（第 " + e.getLocation().getLineNr() + " 行附近）";
            throw new BoundaryFileException(file + "：不是有效的 JSON" + line + " / not valid JSON", e);
        }
        String type = root == null || !root.isObject() ? "" : root.path("type").asString("");
        if (!"FeatureCollection".equals(type)) {
            throw new BoundaryFileException(file + "：不是 GeoJSON FeatureCollection（type 为「" + (type.isEmpty() ? "无" : type)
                    + "」）/ not a GeoJSON FeatureCollection");
        }
        JsonNode features = root.get("features");
        if (features == null || !features.isArray()) {
            throw new BoundaryFileException(file + "：缺少 features 数组 / no features array");
        }
        if (root.has("crs")) {
            String crs = root.at("/crs/properties/name").asString("");
            if (!crs.isEmpty() && !crs.contains("CRS84") && !crs.contains("4326") && !crs.contains("4490")) {
                throw new BoundaryFileException(file + "：坐标参照系「" + crs + "」不受支持，请转换为经纬度 / unsupported crs");
            }
        }
        List<BoundaryFeature> out = new ArrayList<>();
        int n = 0;
        for (JsonNode f : features) {
            n++;
            String where = file + " 第 " + n + " 个要素";
            if (!"Feature".equals(f.path("type").asString(""))) {
                throw new BoundaryFileException(where + "：type 不是 Feature / not a Feature");
            }
            Map<String, Object> props = new LinkedHashMap<>();
            JsonNode p = f.get("properties");
            if (p != null && p.isObject()) {
                for (var e : p.properties()) {
                    JsonNode v = e.getValue();
                    props.put(e.getKey(), v.isNull() ? null : v.isNumber() ? (v.isIntegralNumber() ? (Object) v.asLong()
                            : (Object) v.asDouble()) : v.isBoolean() ? (Object) v.asBoolean() : v.isString() ? v.asString() : v.toString());
                }
            }
            out.add(new BoundaryFeature(n, props, geometry(where, f.get("geometry"))));
        }
        return out;
    }

    private static Geometry geometry(String where, JsonNode g) {
        if (g == null || g.isNull()) {
            return null;
        }
        String type = g.path("type").asString("");
        JsonNode cs = g.get("coordinates");
        if (cs == null || !cs.isArray()) {
            throw new BoundaryFileException(where + "：geometry 缺少 coordinates / no coordinates");
        }
        return switch (type) {
            case "Polygon" -> GEO.createMultiPolygon(new Polygon[] {polygon(where, cs)});
            case "MultiPolygon" -> {
                Polygon[] ps = new Polygon[cs.size()];
                for (int i = 0; i < ps.length; i++) {
                    ps[i] = polygon(where, cs.get(i));
                }
                yield GEO.createMultiPolygon(ps);
            }
            case "Point" -> GEO.createPoint(position(where, cs));
            default -> throw new BoundaryFileException(where + "：不支持的几何类型「" + type + "」，边界须为 Polygon 或 MultiPolygon / unsupported geometry");
        };
    }

    private static Polygon polygon(String where, JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new BoundaryFileException(where + "：多边形没有环 / polygon without rings");
        }
        LinearRing[] rs = new LinearRing[rings.size()];
        for (int r = 0; r < rs.length; r++) {
            JsonNode ring = rings.get(r);
            if (!ring.isArray() || ring.size() < 4) {
                throw new BoundaryFileException(where + "：第 " + (r + 1) + " 个环少于 4 个点 / ring with fewer than 4 points");
            }
            Coordinate[] c = new Coordinate[ring.size()];
            for (int i = 0; i < c.length; i++) {
                c[i] = position(where, ring.get(i));
            }
            if (!c[0].equals2D(c[c.length - 1])) {
                throw new BoundaryFileException(where + "：第 " + (r + 1) + " 个环未闭合 / ring not closed");
            }
            rs[r] = GEO.createLinearRing(c);
        }
        return GEO.createPolygon(rs[0], java.util.Arrays.copyOfRange(rs, 1, rs.length));
    }

    private static Coordinate position(String where, JsonNode p) {
        if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw new BoundaryFileException(where + "：坐标「" + p + "」不是 [经度, 纬度] 数字 / position is not [lon, lat]");
        }
        return new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
    }
}
