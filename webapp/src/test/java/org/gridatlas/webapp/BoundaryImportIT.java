package org.gridatlas.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridatlas.webapp.BoundaryFiles.collection;
import static org.gridatlas.webapp.BoundaryFiles.entry;
import static org.gridatlas.webapp.BoundaryFiles.feature;
import static org.gridatlas.webapp.BoundaryFiles.half;
import static org.gridatlas.webapp.BoundaryFiles.polygon;
import static org.gridatlas.webapp.BoundaryFiles.square;
import static org.gridatlas.webapp.BoundaryFiles.utf8;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.gridatlas.data.account.domain.UserRole;
import org.gridatlas.data.imports.CoordinateSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Boundary imports (grid areas here; towns, villages and groups share the code path) of GeoJSON and zipped
 * Shapefiles: a corpus of bad files, each refused with a message naming file, feature or field and leaving the
 * boundary tables and the audit log byte-for-byte as they were; good files imported, repaired or converted.
 * A synthetic empty village (…901) inside the secretary's town is the parent, removed after each test.
 */
class BoundaryImportIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String VILLAGE = TestUsers.OWN_TOWN + "901";
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

    record Case(String name, String file, byte[] bytes, String params, String expected) {
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
    Stream<DynamicTest> every_bad_file_is_refused_with_a_clear_message_and_leaves_the_database_unchanged() throws Exception {
        aSyntheticEmptyVillageInsideTheSecretarysTown();
        List<Case> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(40);
        String before = checksum();
        return corpus.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            var r = post(c.file(), c.bytes(), c.params() + "&commit=true", UserRole.TOWN_SECRETARY);
            String body = new String(r.body(), StandardCharsets.UTF_8);
            assertThat(r.statusCode()).as(c.name() + ": " + body).isEqualTo(400);
            assertThat(body).as(c.name()).contains(c.expected());
            assertThat(checksum()).as(c.name() + " left the database unchanged").isEqualTo(before);
        }));
    }

    @Test
    void two_good_grid_areas_import_in_one_transaction_with_an_audit_record_and_export_and_import_again_unchanged() throws Exception {
        byte[] file = utf8(collection(
                feature(VILLAGE + "01", "一网格", VILLAGE, polygon(square(x, y, 0.005, 0.01))),
                feature(VILLAGE + "02", "二网格", VILLAGE, polygon(square(x + 0.005, y, 0.005, 0.01)))));
        JsonNode preview = JSON.readTree(post("grids.geojson", file, "", UserRole.TOWN_SECRETARY).body());
        assertThat(preview.get("problems")).isEmpty();
        assertThat(preview.get("features").asInt()).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM grid_area WHERE village_code = ?", VILLAGE)).isZero();

        var r = post("grids.geojson", file, "&commit=true", UserRole.TOWN_SECRETARY);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("{\"imported\":2}");
        assertThat(count("SELECT count(*) FROM grid_area WHERE village_code = ?", VILLAGE)).isEqualTo(2);
        String audit = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT target || ' ' || reason FROM audit_log WHERE action = 'IMPORT' ORDER BY id DESC LIMIT 1", String.class));
        assertThat(audit).contains("boundaries:grid-areas:grids.geojson").contains("2 features");

        // round trip: export as a zipped Shapefile, delete, import the export, compare
        String original = geometries();
        byte[] shp = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/exports/grid-areas?format=shp&area=" + VILLAGE))
                .header("Authorization", "Bearer " + users.byRole(UserRole.TOWN_SECRETARY).token()).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        users.asSystem(() -> users.jdbc().update("DELETE FROM grid_area WHERE village_code = ?", VILLAGE));
        var again = post("grid-areas.shp.zip", shp, "&commit=true", UserRole.TOWN_SECRETARY);
        assertThat(again.statusCode()).as(new String(again.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(geometries()).isEqualTo(original);
    }

    @Test
    void an_invalid_bow_tie_is_refused_but_imports_when_repair_is_chosen_with_the_area_change_shown() throws Exception {
        String bowTie = String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}",
                x, y, x + 0.01, y + 0.01, x + 0.01, y, x, y + 0.01, x, y);
        byte[] file = utf8(collection(feature(VILLAGE + "01", "蝴蝶网格", VILLAGE, bowTie)));
        JsonNode refused = JSON.readTree(post("bow.geojson", file, "", UserRole.TOWN_SECRETARY).body());
        assertThat(refused.at("/problems/0/message").asString()).contains("图形无效").contains("Self-intersection");
        JsonNode repaired = JSON.readTree(post("bow.geojson", file, "&repair=true", UserRole.TOWN_SECRETARY).body());
        assertThat(repaired.get("problems")).isEmpty();
        assertThat(repaired.at("/repairs/0").asString()).contains("ST_MakeValid").contains("面积变化");
        assertThat(post("bow.geojson", file, "&repair=true&commit=true", UserRole.TOWN_SECRETARY).statusCode()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM grid_area WHERE village_code = ? AND ST_IsValid(boundary)", VILLAGE)).isEqualTo(1);
    }

    @Test
    void a_gcj02_file_is_converted_to_wgs84_on_the_way_in() throws Exception {
        double[][] wgs = {{x + 0.002, y + 0.002}, {x + 0.008, y + 0.002}, {x + 0.008, y + 0.008}, {x + 0.002, y + 0.008}};
        StringBuilder ring = new StringBuilder("[[");
        for (int i = 0; i <= 4; i++) {
            double[] g = CoordinateSystem.GCJ02.fromWgs84(wgs[i % 4][0], wgs[i % 4][1]);
            ring.append(i > 0 ? "," : "").append(String.format(Locale.ROOT, "[%s,%s]", g[0], g[1]));
        }
        byte[] file = utf8(collection(feature(VILLAGE + "01", "高德网格", VILLAGE, polygon(ring.append("]]").toString()))));
        var r = post("amap.geojson", file, "&crs=GCJ02&commit=true", UserRole.TOWN_SECRETARY);
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        double[] corner = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT ST_XMin(boundary), ST_YMin(boundary) FROM grid_area WHERE code = ?",
                (rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)}, VILLAGE + "01"));
        assertThat(Math.abs(corner[0] - wgs[0][0])).isLessThan(1e-5);
        assertThat(Math.abs(corner[1] - wgs[0][1])).isLessThan(1e-5);
    }

    @Test
    void a_zipped_shapefile_in_a_cgcs2000_gauss_krueger_zone_is_converted_by_its_prj() throws Exception {
        byte[] file = utf8(collection(
                feature(VILLAGE + "01", "一网格", VILLAGE, polygon(square(x, y, 0.005, 0.01))),
                feature(VILLAGE + "02", "二网格", VILLAGE, polygon(square(x + 0.005, y, 0.005, 0.01)))));
        assertThat(post("grids.geojson", file, "&commit=true", UserRole.TOWN_SECRETARY).statusCode()).isEqualTo(200);
        String original = geometries();
        byte[] exported = download("/api/v1/exports/grid-areas?format=shp&area=" + VILLAGE);
        users.asSystem(() -> users.jdbc().update("DELETE FROM grid_area WHERE village_code = ?", VILLAGE));
        Map<String, byte[]> parts = BoundaryFiles.unzip(exported);
        // the points projected by PostGIS (PROJ) into EPSG:4528 (3° zone 40) and EPSG:4549 (CM 120°E, no zone number)
        for (int epsg : new int[] {4528, 4549}) {
            byte[] projected = BoundaryFiles.mapShpPoints(entry(parts, ".shp"), p -> users.asSystem(() -> users.jdbc().queryForObject(
                    "SELECT ARRAY[ST_X(t), ST_Y(t)] FROM ST_Transform(ST_SetSRID(ST_MakePoint(?, ?), 4490), ?) t",
                    (rs, i) -> { Double[] d = (Double[]) rs.getArray(1).getArray(); return new double[] {d[0], d[1]}; }, p[0], p[1], epsg)));
            String prj = epsg == 4549 ? BoundaryFiles.ESRI_4549
                    : users.asSystem(() -> users.jdbc().queryForObject("SELECT srtext FROM spatial_ref_sys WHERE srid = 4528", String.class));
            byte[] zip = BoundaryFiles.zip(BoundaryFiles.with(BoundaryFiles.with(parts, ".shp", projected), ".prj", utf8(prj)));
            var r = post("grid-areas-" + epsg + ".zip", zip, "&commit=true", UserRole.TOWN_SECRETARY);
            assertThat(r.statusCode()).as(epsg + ": " + new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
            double offset = users.asSystem(() -> users.jdbc().queryForObject("""
                    SELECT max(ST_HausdorffDistance(g.boundary, ST_GeomFromText(o.wkt, 4326)))
                      FROM grid_area g JOIN (SELECT split_part(x, ' ', 1) AS code, substr(x, length(split_part(x, ' ', 1)) + length(split_part(x, ' ', 2)) + 3) AS wkt
                                               FROM unnest(string_to_array(?, ';')) x) o ON o.code = g.code""", Double.class, original));
            assertThat(offset).as("EPSG:%s off by (degrees)", epsg).isLessThan(1e-8);
            users.asSystem(() -> users.jdbc().update("DELETE FROM grid_area WHERE village_code = ?", VILLAGE));
        }
    }

    @Test
    void an_agent_may_not_import_boundaries() throws Exception {
        byte[] file = utf8(collection(feature(VILLAGE + "01", "网格", VILLAGE, polygon(square(x, y, 0.005, 0.01)))));
        assertThat(post("g.geojson", file, "&commit=true", UserRole.AGENT).statusCode()).isEqualTo(403);
    }

    private List<Case> corpus() throws Exception {
        String ok = polygon(square(x, y, 0.005, 0.01));
        String okB = polygon(square(x + 0.005, y, 0.005, 0.01));
        String g1 = feature(VILLAGE + "01", "一网格", VILLAGE, ok);
        String valid = collection(g1, feature(VILLAGE + "02", "二网格", VILLAGE, okB));
        String[] existing = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT code, village_code, ST_AsGeoJSON(ST_GeometryN(boundary, 1)) FROM grid_area WHERE village_code = ? ORDER BY code LIMIT 1",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, users.ownVillage()));
        String otherVillage = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT min(code) FROM division WHERE level = 'VILLAGE' AND parent_code = ?", String.class, TestUsers.OTHER_TOWN));
        byte[] shp = download("/api/v1/exports/grid-areas?format=shp&area=" + users.ownVillage());
        byte[] points = download("/api/v1/exports/households?format=shp&area=" + users.ownVillage());
        Map<String, byte[]> parts = BoundaryFiles.unzip(shp);
        byte[] dbf = entry(parts, ".dbf");
        byte[] shpFile = entry(parts, ".shp");
        int records = java.nio.ByteBuffer.wrap(dbf).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(4);

        List<Case> c = new ArrayList<>();
        // files that cannot be read
        c.add(new Case("empty file", "empty.geojson", new byte[0], "", "文件为空"));
        c.add(new Case("only whitespace", "blank.geojson", utf8("   \n "), "", "FeatureCollection"));
        c.add(new Case("not JSON", "text.geojson", utf8("hello, county"), "", "不是有效的 JSON"));
        c.add(new Case("truncated JSON", "cut.geojson", half(utf8(valid)), "", "不是有效的 JSON"));
        c.add(new Case("a JSON array", "array.geojson", utf8("[1, 2]"), "", "不是 GeoJSON FeatureCollection"));
        c.add(new Case("a single Feature", "feature.geojson", utf8(g1), "", "不是 GeoJSON FeatureCollection"));
        c.add(new Case("a bare geometry", "geometry.geojson", utf8(ok), "", "不是 GeoJSON FeatureCollection"));
        c.add(new Case("no features member", "nofeatures.geojson", utf8("{\"type\":\"FeatureCollection\"}"), "", "features"));
        c.add(new Case("features not an array", "obj.geojson", utf8("{\"type\":\"FeatureCollection\",\"features\":{}}"), "", "features"));
        c.add(new Case("a member that is not a Feature", "foo.geojson", utf8(collection("{\"type\":\"Foo\"}")), "", "第 1 个要素"));
        c.add(new Case("GBK-encoded GeoJSON", "gbk.geojson", valid.getBytes(Charset.forName("GBK")), "", "UTF-8"));
        c.add(new Case("a projected CRS", "3857.geojson", utf8(valid.replace("{\"type\":\"FeatureCollection\",",
                "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:3857\"}},")), "", "EPSG:3857"));
        c.add(new Case("no features at all", "none.geojson", utf8(collection()), "", "没有要素"));
        c.add(new Case("unsupported file type", "areas.kml", utf8(valid), "", "不支持的文件类型"));
        // wrong geometries
        c.add(new Case("a LineString", "line.geojson", utf8(collection(feature(VILLAGE + "01", "线", VILLAGE,
                "{\"type\":\"LineString\",\"coordinates\":[[119,31],[119.1,31.1]]}"))), "", "LineString"));
        c.add(new Case("a Point", "point.geojson", utf8(collection(feature(VILLAGE + "01", "点", VILLAGE,
                "{\"type\":\"Point\",\"coordinates\":[119.4,31.4]}"))), "", "边界须为面"));
        c.add(new Case("a null geometry", "null.geojson", utf8(collection(feature(VILLAGE + "01", "空", VILLAGE, "null"))), "", "没有边界图形"));
        c.add(new Case("coordinates as text", "text-coords.geojson", utf8(collection(feature(VILLAGE + "01", "字", VILLAGE,
                "{\"type\":\"Polygon\",\"coordinates\":[[[\"119\",\"31\"],[\"119.1\",\"31\"],[\"119.1\",\"31.1\"],[\"119\",\"31\"]]]}"))), "", "不是 [经度, 纬度]"));
        c.add(new Case("an open ring", "open.geojson", utf8(collection(feature(VILLAGE + "01", "开", VILLAGE,
                polygon(square(x, y, 0.005, 0.01).replaceFirst(",\\[[^\\[\\]]*\\]\\]\\]$", ",[" + (x + 0.001) + "," + y + "]]]"))))),
                "", "未闭合"));
        c.add(new Case("a ring of three points", "three.geojson", utf8(collection(feature(VILLAGE + "01", "三", VILLAGE,
                "{\"type\":\"Polygon\",\"coordinates\":[[[119,31],[119.1,31],[119,31]]]}"))), "", "少于 4 个点"));
        // wrong fields
        c.add(new Case("no code", "nocode.geojson", utf8(collection(feature(null, "无码", VILLAGE, ok))), "", "\"field\":\"code\""));
        c.add(new Case("no name", "noname.geojson", utf8(collection(feature(VILLAGE + "01", null, VILLAGE, ok))), "", "\"field\":\"name\""));
        c.add(new Case("no parent village", "noparent.geojson", utf8(collection(feature(VILLAGE + "01", "孤", null, ok))), "", "\"field\":\"village\""));
        c.add(new Case("a code with letters", "letters.geojson", utf8(collection(feature(VILLAGE + "0A", "字母", VILLAGE, ok))), "", "位数字"));
        c.add(new Case("a code too long", "long.geojson", utf8(collection(feature(VILLAGE + "012345678", "长", VILLAGE, ok))), "", "位数字"));
        c.add(new Case("a code outside its parent", "prefix.geojson", utf8(collection(feature("320481107901" + "01", "错", VILLAGE, ok))), "", "不以上级代码"));
        c.add(new Case("a name of 65 characters", "longname.geojson", utf8(collection(feature(VILLAGE + "01", "网".repeat(65), VILLAGE, ok))), "", "64"));
        c.add(new Case("duplicate codes", "dup.geojson", utf8(collection(g1, feature(VILLAGE + "01", "重", VILLAGE, okB))), "", "与第 1 个要素重复"));
        c.add(new Case("a code that exists", "exists.geojson", utf8(collection(feature(existing[0], "已有", existing[1], existing[2]))), "", "已存在"));
        c.add(new Case("an unknown parent", "unknown.geojson", utf8(collection(feature(TestUsers.OWN_TOWN + "99801", "无", TestUsers.OWN_TOWN + "998", ok))), "", "不存在或不在您的辖区"));
        c.add(new Case("a parent in another town", "foreign.geojson", utf8(collection(feature(otherVillage + "77", "外", otherVillage, ok))), "", "不存在或不在您的辖区"));
        // impossible coordinates
        c.add(new Case("coordinates (0,0)", "zero.geojson", utf8(collection(feature(VILLAGE + "01", "零", VILLAGE,
                "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[0.01,0],[0.01,0.01],[0,0]]]}"))), "", "(0,0)"));
        c.add(new Case("latitude and longitude swapped", "swapped.geojson", utf8(collection(feature(VILLAGE + "01", "颠", VILLAGE,
                polygon(square(y, x, 0.01, 0.005))))), "", "经纬度颠倒"));
        c.add(new Case("outside China", "europe.geojson", utf8(collection(feature(VILLAGE + "01", "欧", VILLAGE,
                polygon(square(10, 50, 0.01, 0.01))))), "", "中国境外"));
        c.add(new Case("projected metres", "metres.geojson", utf8(collection(feature(VILLAGE + "01", "米", VILLAGE,
                polygon(square(500000, 3500000, 100, 100))))), "", "中国境外"));
        c.add(new Case("mixed coordinate systems", "mixed.geojson", utf8(collection(g1, feature(VILLAGE + "02", "混", VILLAGE,
                polygon(square(40_500_000, 3_500_000, 100, 100))))), "", "\"row\":2"));
        // PostGIS judgements
        c.add(new Case("an invalid bow-tie without repair", "bowtie.geojson", utf8(collection(feature(VILLAGE + "01", "蝶", VILLAGE,
                String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}",
                        x, y, x + 0.01, y + 0.01, x + 0.01, y, x, y + 0.01, x, y)))), "", "图形无效"));
        c.add(new Case("outside its parent village", "away.geojson", utf8(collection(feature(VILLAGE + "01", "远", VILLAGE,
                polygon(square(x + 0.05, y + 0.05, 0.005, 0.005))))), "", "上级区域"));
        c.add(new Case("overlapping siblings", "overlap.geojson", utf8(collection(g1, feature(VILLAGE + "02", "叠", VILLAGE,
                polygon(square(x + 0.0025, y, 0.005, 0.01))))), "", "重叠"));
        c.add(new Case("BD-09 chosen for a WGS84 file", "shifted.geojson", utf8(collection(g1,
                feature(VILLAGE + "02", "偏", VILLAGE, polygon(square(x + 0.0055, y + 0.0005, 0.0045, 0.0095))))), "&crs=BD09", "上级区域"));
        // zipped Shapefiles
        c.add(new Case("a truncated zip", "cut.zip", half(shp), "", "zip"));
        c.add(new Case("random bytes named .zip", "noise.zip", utf8("PK this is not a zip"), "", "zip"));
        c.add(new Case("an empty zip", "empty.zip", BoundaryFiles.zip(Map.of()), "", "zip"));
        c.add(new Case("a zip without .dbf", "nodbf.zip", BoundaryFiles.zip(BoundaryFiles.without(parts, ".dbf")), "", ".dbf"));
        c.add(new Case("a zip without .shp", "noshp.zip", BoundaryFiles.zip(BoundaryFiles.without(parts, ".shp")), "", ".shp"));
        c.add(new Case("a truncated .dbf", "dbfcut.zip", BoundaryFiles.zip(BoundaryFiles.with(parts, ".dbf", half(dbf))), "", "截断"));
        c.add(new Case("a truncated .shp", "shpcut.zip", BoundaryFiles.zip(BoundaryFiles.with(parts, ".shp", half(shpFile))), "", "截断"));
        c.add(new Case("a .shp without its header", "header.zip", BoundaryFiles.zip(BoundaryFiles.with(parts, ".shp",
                BoundaryFiles.patchIntBe(shpFile, 0, 1234))), "", "9994"));
        c.add(new Case("shape and record counts differ", "counts.zip", BoundaryFiles.zip(BoundaryFiles.with(parts, ".dbf",
                BoundaryFiles.patchIntLe(dbf, 4, records - 1))), "", "条记录"));
        c.add(new Case("an unknown .cpg encoding", "cpg.zip", BoundaryFiles.zip(BoundaryFiles.with(parts, ".cpg", utf8("KLINGON-8"))), "", "未知编码"));
        c.add(new Case("a .prj in Web Mercator", "mercator.zip", BoundaryFiles.zip(BoundaryFiles.with(parts, ".prj", utf8(
                "PROJCS[\"WGS_1984_Web_Mercator_Auxiliary_Sphere\",GEOGCS[\"GCS_WGS_1984\"],PROJECTION[\"Mercator_Auxiliary_Sphere\"]]"))),
                "", "WGS_1984_Web_Mercator_Auxiliary_Sphere」不受支持"));
        c.add(new Case("degrees under a Gauss-Krueger .prj", "degrees-gk.zip", BoundaryFiles.zip(BoundaryFiles.with(parts, ".prj", utf8(
                BoundaryFiles.ESRI_4549))), "", "投影带的范围内"));
        c.add(new Case("the wrong encoding chosen", "ascii.zip", shp, "&charset=US-ASCII", "请选择正确的编码"));
        c.add(new Case("a point Shapefile as boundaries", "points.zip", points, "", "另有"));
        c.add(new Case("existing grid areas again", "again.zip", shp, "", "已存在"));
        return c;
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

    private byte[] download(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + users.byRole(UserRole.TOWN_SECRETARY).token()).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    private HttpResponse<byte[]> post(String file, byte[] body, String params, UserRole role) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports/boundaries/grid-areas?filename="
                        + URLEncoder.encode(file, StandardCharsets.UTF_8) + params))
                .header("Authorization", "Bearer " + users.byRole(role).token())
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
