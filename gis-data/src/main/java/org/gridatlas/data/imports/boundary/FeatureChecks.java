package org.gridatlas.data.imports.boundary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gridatlas.data.imports.CoordinateSystem;
import org.gridatlas.data.imports.ImportProblem;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * The checks a feature needs before PostGIS sees it: required fields, code shape and parent prefix, duplicate
 * codes in the file, a polygon geometry, and impossible coordinates (0,0; latitude and longitude swapped; outside
 * China). Converts the geometry from the file's coordinate system to WGS84 in place.
 */
final class FeatureChecks {

    // China's extent, generously: longitude 73–135.1, latitude 3–53.6
    static final double MIN_LON = 73;
    static final double MAX_LON = 135.1;
    static final double MIN_LAT = 3;
    static final double MAX_LAT = 53.6;

    private FeatureChecks() {
    }

    static void check(BoundaryLevel level, List<BoundaryFeature> features, CoordinateSystem crs, List<ImportProblem> problems) {
        Map<String, Integer> seen = new HashMap<>();
        for (BoundaryFeature f : features) {
            int n = f.number();
            String code = f.text("code");
            String parent = f.text(level.parentField());
            if (blank(code)) {
                problems.add(new ImportProblem(n, "code", "缺少代码 / code missing", "每个要素都要有 code 字段"));
            } else if (!code.matches("\\d{6," + level.maxCodeLength() + "}")) {
                problems.add(new ImportProblem(n, "code", "代码「" + code + "」应为 6–" + level.maxCodeLength() + " 位数字 / code must be digits",
                        "使用统计用区划代码"));
            } else {
                Integer first = seen.putIfAbsent(code, n);
                if (first != null) {
                    problems.add(new ImportProblem(n, "code", "代码「" + code + "」与第 " + first + " 个要素重复 / duplicate code",
                            "每个代码只能出现一次"));
                }
            }
            if (blank(f.text("name"))) {
                problems.add(new ImportProblem(n, "name", "缺少名称 / name missing", "填写 name 字段"));
            } else if (f.text("name").length() > 64) {
                problems.add(new ImportProblem(n, "name", "名称超过 64 个字 / name longer than 64", "缩短名称"));
            }
            if (blank(parent)) {
                problems.add(new ImportProblem(n, level.parentField(), "缺少上级代码 / parent code missing",
                        "填写 " + level.parentField() + " 字段"));
            } else if (!blank(code) && !code.startsWith(parent) && level != BoundaryLevel.GROUP) {
                problems.add(new ImportProblem(n, "code", "代码「" + code + "」不以上级代码「" + parent + "」开头 / code outside its parent",
                        "核对代码与上级代码"));
            }
            geometry(f, crs, problems);
        }
    }

    private static void geometry(BoundaryFeature f, CoordinateSystem crs, List<ImportProblem> problems) {
        Geometry g = f.geometry();
        int n = f.number();
        if (g == null || g.isEmpty()) {
            problems.add(new ImportProblem(n, "geometry", "没有边界图形 / no geometry", "每个要素都要有面状边界"));
            return;
        }
        if (!(g instanceof Polygonal)) {
            problems.add(new ImportProblem(n, "geometry", "图形是 " + g.getGeometryType() + "，边界须为面 / not a polygon",
                    "导出面图层（Polygon/MultiPolygon）"));
            return;
        }
        Envelope e = g.getEnvelopeInternal();
        for (Coordinate c : g.getCoordinates()) {
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
                problems.add(new ImportProblem(n, "geometry", "坐标不是有限数 / coordinate not finite", "检查文件"));
                return;
            }
            if (c.x == 0 && c.y == 0) {
                problems.add(new ImportProblem(n, "geometry", "坐标为 (0,0) / coordinate (0,0)", "缺失的坐标不能填 0"));
                return;
            }
        }
        if (inChina(e.getMinY(), e.getMinX()) && inChina(e.getMaxY(), e.getMaxX())) {
            problems.add(new ImportProblem(n, "geometry", "经纬度颠倒（" + e.getMinX() + ", " + e.getMinY() + "）/ latitude and longitude swapped",
                    "坐标顺序应为 经度, 纬度"));
            return;
        }
        if (!inChina(e.getMinX(), e.getMinY()) || !inChina(e.getMaxX(), e.getMaxY())) {
            problems.add(new ImportProblem(n, "geometry", "坐标在中国境外（" + e.getMinX() + ", " + e.getMinY() + "）/ outside China",
                    "确认坐标为经纬度（投影坐标请先转换）"));
            return;
        }
        if (crs != CoordinateSystem.WGS84 && crs != CoordinateSystem.CGCS2000) {
            g.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
                double[] w = crs.toWgs84(c.x, c.y);
                c.x = w[0];
                c.y = w[1];
            });
            g.geometryChanged();
        }
    }

    static boolean inChina(double lon, double lat) {
        return lon >= MIN_LON && lon <= MAX_LON && lat >= MIN_LAT && lat <= MAX_LAT;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
