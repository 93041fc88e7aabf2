package org.gridatlas.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.gridatlas.data.account.domain.UserRole;
import org.gridatlas.data.imports.boundary.GaussKruger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GeoPackage boundary imports (grid areas; every level shares the path): a corpus of bad GeoPackages each refused
 * with a clear message and the boundary tables and audit log unchanged; an exported GeoPackage imported again
 * unchanged; files in CGCS2000 Gauss-Krüger zones (3° and 6°, with and without the zone number) converted to
 * longitude/latitude as PROJ does. A synthetic empty village (…902) inside the secretary's town is the parent.
 */
class GeoPackageImportIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String VILLAGE = TestUsers.OWN_TOWN + "902";
    private static final List<String> COLUMNS = List.of("code", "name", "village");
    private static final GeometryFactory GEO = new GeometryFactory();
    private static final String CHECKSUM = """
            SELECT md5((SELECT coalesce(string_agg(md5(d::text), '' ORDER BY code), '') FROM division d)
                    || (SELECT coalesce(string_agg(md5(g::text), '' ORDER BY code), '') FROM grid_area g)
                    || (SELECT coalesce(string_agg(md5(v::text), '' ORDER BY code), '') FROM village_group v)
                    || (SELECT count(*)::text FROM audit_log WHERE action = 'IMPORT'))""";
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    private double x;
    private double y;

    record Case(String name, byte[] bytes, String params, String expected) {
    }

    @BeforeEach
    void aSyntheticEmptyVillageInsideTheSecretarysTown() {
        users.all();
        users.asSystem(() -> {
            double[] p = users.jdbc().queryForObject(
                    "SELECT ST_X(p), ST_Y(p) FROM (SELECT ST_PointOnSurface(boundary) p FROM division WHERE code = ?) s",
                    (rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)}, TestUsers.OWN_TOWN);
            x = Math.floor(p[0] * 1000) / 1000;
            y = Math.floor(p[1] * 1000) / 1000;
            users.jdbc().update("""
                    INSERT INTO division (code, level, parent_code, county_code, name, holds_households, boundary)
                    VALUES (?, 'VILLAGE', ?, '320481', '导入测试村', false,
                            ST_Multi(ST_MakeEnvelope(?, ?, ?, ?, 4326))) ON CONFLICT (code) DO NOTHING""",
                    VILLAGE, TestUsers.OWN_TOWN, x, y, x + 0.01, y + 0.01);
            return null;
        });
    }

    @AfterEach
    void removeTheSyntheticVillage() {
        users.asSystem(() -> {
            users.jdbc().update("DELETE FROM grid_area WHERE village_code = ?", VILLAGE);
            users.jdbc().update("DELETE FROM division WHERE code = ?", VILLAGE);
            return null;
        });
    }

    @TestFactory
    Stream<DynamicTest> every_bad_geopackage_is_refused_with_a_clear_message_and_leaves_the_database_unchanged() throws Exception {
        aSyntheticEmptyVillageInsideTheSecretarysTown();
        List<Case> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(20);
        String before = checksum();
        return corpus.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            var r = post(c.name().replace(' ', '-') + ".gpkg", c.bytes(), c.params() + "&commit=true", UserRole.TOWN_SECRETARY);
            String body = new String(r.body(), StandardCharsets.UTF_8);
            assertThat(r.statusCode()).as(c.name() + ": " + body).isEqualTo(400);
            assertThat(body).as(c.name()).contains(c.expected());
            assertThat(checksum()).as(c.name() + " left the database unchanged").isEqualTo(before);
        }));
    }

    @Test
    void two_good_grid_areas_preview_then_import_with_an_audit_record_and_an_exported_geopackage_imports_again_unchanged() throws Exception {
        byte[] file = GeoPackages.features("grids", 4326, COLUMNS, List.of(
                new Object[] {VILLAGE + "01", "一网格", VILLAGE, square(x, y, 0.005, 0.01)},
                new Object[] {VILLAGE + "02", "二网格", VILLAGE, square(x + 0.005, y, 0.005, 0.01)}));
        JsonNode preview = JSON.readTree(post("grids.gpkg", file, "", UserRole.TOWN_SECRETARY).body());
        assertThat(preview.get("problems")).isEmpty();
        assertThat(preview.get("features").asInt()).isEqualTo(2);
        assertThat(preview.get("mapGeoJson").asString()).contains(VILLAGE + "01");
        assertThat(count("SELECT count(*) FROM grid_area WHERE village_code = ?", VILLAGE)).isZero();

        var r = post("grids.gpkg", file, "&commit=true", UserRole.TOWN_SECRETARY);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("{\"imported\":2}");
        assertThat(count("SELECT count(*) FROM grid_area WHERE village_code = ?", VILLAGE)).isEqualTo(2);
        String audit = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT target || ' ' || reason FROM audit_log WHERE action = 'IMPORT' ORDER BY id DESC LIMIT 1", String.class));
        assertThat(audit).contains("boundaries:grid-areas:grids.gpkg").contains("2 features");

        String original = geometries();
        byte[] gpkg = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/exports/grid-areas?format=gpkg&area=" + VILLAGE))
                .header("Authorization", "Bearer " + users.byRole(UserRole.TOWN_SECRETARY).token()).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        users.asSystem(() -> users.jdbc().update("DELETE FROM grid_area WHERE village_code = ?", VILLAGE));
        var again = post("grid-areas.gpkg", gpkg, "&commit=true", UserRole.TOWN_SECRETARY);
        assertThat(again.statusCode()).as(new String(again.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(geometries()).isEqualTo(original);
    }

    @Test
    void files_in_cgcs2000_gauss_krueger_zones_are_converted_to_longitude_and_latitude_as_proj_does() throws Exception {
        Geometry lonLat = square(x + 0.002, y + 0.002, 0.006, 0.006);
        int n = 0;
        for (int epsg : new int[] {4528, 4549, 4498, 4509}) {
            n++;
            // the file's coordinates come from PostGIS (PROJ), not from the importer's own formulas
            String projected = users.asSystem(() -> users.jdbc().queryForObject(
                    "SELECT ST_AsText(ST_Transform(ST_SetSRID(ST_GeomFromText(?), 4490), ?))", String.class, lonLat.toText(), epsg));
            String code = VILLAGE + String.format("%02d", n);
            byte[] file = GeoPackages.features("zone_" + epsg, epsg, List.of("CODE", "NAME", "VILLAGE"),
                    List.<Object[]>of(new Object[] {code, "投影网格", VILLAGE, new WKTReader().read(projected)}));
            var r = post("zone-" + epsg + ".gpkg", file, "&commit=true", UserRole.TOWN_SECRETARY);
            assertThat(r.statusCode()).as(epsg + ": " + new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
            double distance = users.asSystem(() -> users.jdbc().queryForObject(
                    "SELECT ST_HausdorffDistance(boundary, ST_GeomFromText(?, 4326)) FROM grid_area WHERE code = ?",
                    Double.class, lonLat.toText(), code));
            assertThat(distance).as("EPSG:%s off by (degrees)", epsg).isLessThan(1e-8);
            users.asSystem(() -> users.jdbc().update("DELETE FROM grid_area WHERE code = ?", code));
        }
        assertThat(GaussKruger.byEpsg(4528).centralMeridian()).isEqualTo(120);
    }

    private List<Case> corpus() throws Exception {
        Geometry ok = square(x, y, 0.005, 0.01);
        Geometry okB = square(x + 0.005, y, 0.005, 0.01);
        byte[] valid = GeoPackages.features("grids", 4326, COLUMNS, List.of(
                new Object[] {VILLAGE + "01", "一网格", VILLAGE, ok}, new Object[] {VILLAGE + "02", "二网格", VILLAGE, okB}));
        List<String> core = GeoPackages.core();
        String[] existing = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT code, village_code, ST_AsText(ST_GeometryN(boundary, 1)) FROM grid_area WHERE village_code = ? ORDER BY code LIMIT 1",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, users.ownVillage()));
        List<Case> c = new ArrayList<>();
        // not a GeoPackage
        c.add(new Case("random bytes", "this is not a database at all, only words".repeat(5).getBytes(StandardCharsets.UTF_8), "", "不是 SQLite 数据库文件"));
        c.add(new Case("a GeoJSON named gpkg", "{\"type\":\"FeatureCollection\",\"features\":[]}".repeat(5).getBytes(StandardCharsets.UTF_8), "", "不是 GeoPackage"));
        c.add(new Case("a truncated GeoPackage", Arrays.copyOf(valid, valid.length / 2), "", "损坏或被截断"));
        c.add(new Case("an SQLite file without GeoPackage tables", GeoPackages.sqlite(List.of("CREATE TABLE t (a TEXT)"), null, 0, null, null),
                "", "缺少 gpkg_contents"));
        // tables missing or empty
        c.add(new Case("no feature table", GeoPackages.sqlite(core, null, 0, null, null), "", "没有要素表"));
        c.add(new Case("only a tiles table", GeoPackages.sqlite(concat(core,
                "INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('tiles', 'tiles', 'tiles')"), null, 0, null, null),
                "", "没有要素表"));
        c.add(new Case("an empty feature table", GeoPackages.features("grids", 4326, COLUMNS, List.of()), "", "是空的"));
        c.add(new Case("a listed table that does not exist", GeoPackages.sqlite(concat(core,
                "INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('ghost', 'features', 'ghost')"), null, 0, null, null),
                "", "表不存在"));
        c.add(new Case("no registered geometry column", GeoPackages.sqlite(concat(core, GeoPackages.table("grids", COLUMNS),
                "INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('grids', 'features', 'grids')"), null, 0, null, null),
                "", "没有它的几何列"));
        // columns
        c.add(new Case("no code column", GeoPackages.features("grids", 4326, List.of("bm", "name", "village"),
                List.<Object[]>of(new Object[] {VILLAGE + "01", "一", VILLAGE, ok})), "", "没有 code 列"));
        c.add(new Case("no name column", GeoPackages.features("grids", 4326, List.of("code", "mc", "village"),
                List.<Object[]>of(new Object[] {VILLAGE + "01", "一", VILLAGE, ok})), "", "没有 name 列"));
        c.add(new Case("no village column", GeoPackages.features("grids", 4326, List.of("code", "name", "cun"),
                List.<Object[]>of(new Object[] {VILLAGE + "01", "一", VILLAGE, ok})), "", "\"field\":\"village\""));
        c.add(new Case("an empty code", GeoPackages.features("grids", 4326, COLUMNS,
                List.<Object[]>of(new Object[] {null, "一", VILLAGE, ok})), "", "缺少代码"));
        // SRS
        c.add(new Case("web mercator", GeoPackages.features("grids", 3857, COLUMNS,
                List.<Object[]>of(new Object[] {VILLAGE + "01", "一", VILLAGE, ok})), "", "EPSG:3857」不受支持"));
        c.add(new Case("an srs_id not defined", GeoPackages.sqlite(concat(core, GeoPackages.table("grids", COLUMNS),
                "INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('grids', 'features', 'grids')",
                "INSERT INTO gpkg_geometry_columns VALUES ('grids', 'geom', 'MULTIPOLYGON', 77, 0, 0)"), "grids", 77, COLUMNS,
                List.<Object[]>of(new Object[] {VILLAGE + "01", "一", VILLAGE, ok})), "", "没有在 gpkg_spatial_ref_sys 中定义"));
        c.add(new Case("degrees labelled as a Gauss-Krueger zone", GeoPackages.features("grids", 4528, COLUMNS,
                List.<Object[]>of(new Object[] {VILLAGE + "01", "一", VILLAGE, ok})), "", "不在 EPSG:4528 投影带的范围内"));
        c.add(new Case("metres labelled as EPSG 4326", GeoPackages.features("grids", 4326, COLUMNS,
                List.<Object[]>of(new Object[] {VILLAGE + "01", "一", VILLAGE, square(40_500_000, 3_480_000, 500, 500)})), "", "中国境外"));
        // geometries
        c.add(new Case("plain WKB without the GP header", GeoPackages.features("grids", 4326, COLUMNS,
                List.<Object[]>of(new Object[] {VILLAGE + "01", "一", VILLAGE, new org.locationtech.jts.io.WKBWriter().write(ok)})), "", "GP 标记"));
        c.add(new Case("a GP header followed by garbage", GeoPackages.features("grids", 4326, COLUMNS,
                List.<Object[]>of(new Object[] {VILLAGE + "01", "一", VILLAGE, new byte[] {'G', 'P', 0, 1, 0, 0, 0, 0, 9, 9, 9}})), "", "WKB"));
        c.add(new Case("points instead of polygons", GeoPackages.features("grids", 4326, COLUMNS,
                List.<Object[]>of(new Object[] {VILLAGE + "01", "一", VILLAGE, GEO.createPoint(new Coordinate(x + 0.001, y + 0.001))})), "", "边界须为面"));
        c.add(new Case("a null geometry", GeoPackages.features("grids", 4326, COLUMNS,
                List.<Object[]>of(new Object[] {VILLAGE + "01", "一", VILLAGE, null})), "", "没有边界图形"));
        c.add(new Case("latitude and longitude swapped", GeoPackages.features("grids", 4326, COLUMNS,
                List.<Object[]>of(new Object[] {VILLAGE + "01", "一", VILLAGE, square(y, x, 0.01, 0.005)})), "", "经纬度颠倒"));
        // contents
        c.add(new Case("duplicate codes", GeoPackages.features("grids", 4326, COLUMNS, List.of(
                new Object[] {VILLAGE + "01", "一", VILLAGE, ok}, new Object[] {VILLAGE + "01", "二", VILLAGE, okB})), "", "重复"));
        c.add(new Case("a code that exists", GeoPackages.features("grids", 4326, COLUMNS, List.<Object[]>of(
                new Object[] {existing[0], "已有", existing[1], new WKTReader().read(existing[2])})), "", "已存在"));
        c.add(new Case("overlapping siblings", GeoPackages.features("grids", 4326, COLUMNS, List.of(
                new Object[] {VILLAGE + "01", "一", VILLAGE, ok},
                new Object[] {VILLAGE + "02", "叠", VILLAGE, square(x + 0.0025, y, 0.005, 0.01)})), "", "重叠"));
        c.add(new Case("outside its parent village", GeoPackages.features("grids", 4326, COLUMNS, List.<Object[]>of(
                new Object[] {VILLAGE + "01", "远", VILLAGE, square(x + 0.05, y + 0.05, 0.005, 0.005)})), "", "上级区域"));
        return c;
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    private static Geometry square(double x0, double y0, double w, double h) {
        Polygon p = GEO.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x0 + w, y0),
                new Coordinate(x0 + w, y0 + h), new Coordinate(x0, y0 + h), new Coordinate(x0, y0)});
        return GEO.createMultiPolygon(new Polygon[] {p});
    }

    private String geometries() {
        return users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT string_agg(code || ' ' || name || ' ' || ST_AsText(boundary), ';' ORDER BY code) FROM grid_area WHERE village_code = ?",
                String.class, VILLAGE));
    }

    private String checksum() {
        return users.asSystem(() -> users.jdbc().queryForObject(CHECKSUM, String.class));
    }

    private long count(String sql, Object... args) {
        return users.asSystem(() -> users.jdbc().queryForObject(sql, Long.class, args));
    }

    private HttpResponse<byte[]> post(String file, byte[] body, String params, UserRole role) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports/boundaries/grid-areas?filename="
                        + URLEncoder.encode(file, StandardCharsets.UTF_8) + params))
                .header("Authorization", "Bearer " + users.byRole(role).token())
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
