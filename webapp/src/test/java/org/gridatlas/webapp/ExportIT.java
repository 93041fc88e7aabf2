package org.gridatlas.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gridatlas.data.account.domain.UserRole;
import org.gridatlas.data.imports.boundary.BoundaryFeature;
import org.gridatlas.data.imports.boundary.ShapefileReader;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Exports of layers and ledgers at /api/v1/exports: every format, scoped by area, masked unless revealed, audited. */
class ExportIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Test
    void the_county_leader_exports_the_244_villages_of_liyang_as_geojson_and_nothing_of_the_foreign_county() throws Exception {
        var r = get("/api/v1/exports/villages?format=geojson", UserRole.COUNTY_LEADER);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).contains("villages-all.geojson");
        JsonNode fc = JSON.readTree(new String(r.body(), StandardCharsets.UTF_8));
        assertThat(fc.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(fc.get("features")).hasSize(244);
        assertThat(r.headers().firstValue("X-Export-Rows").orElseThrow()).isEqualTo("244");
        fc.get("features").forEach(f -> assertThat(f.at("/properties/code").asString()).startsWith("320481"));
        assertThat(fc.at("/features/0/geometry/type").asString()).isEqualTo("MultiPolygon");
    }

    @Test
    void a_town_secretary_exports_her_towns_households_as_csv_with_a_bom_masked_and_counted_in_the_audit_log() throws Exception {
        long expected = count("SELECT count(*) FROM household WHERE village_code LIKE ?", TestUsers.OWN_TOWN + "%");
        var r = get("/api/v1/exports/households?format=csv", UserRole.TOWN_SECRETARY);
        assertThat(r.statusCode()).isEqualTo(200);
        byte[] body = r.body();
        assertThat(body[0] & 0xFF).isEqualTo(0xEF);
        assertThat(body[1] & 0xFF).isEqualTo(0xBB);
        assertThat(body[2] & 0xFF).isEqualTo(0xBF);
        List<String> lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).startsWith("code,village,grid_code,group_code,address,size,head_name,id_number,phone")
                .endsWith(",lon,lat");
        assertThat(lines).hasSize((int) expected + 1);
        String[] first = lines.get(1).split(",", -1);
        assertThat(first[0]).startsWith(TestUsers.OWN_TOWN);
        String real = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT head_name FROM household WHERE code = ?", String.class, first[0]));
        assertThat(first[6]).contains("*").isNotEqualTo(real);
        assertThat(first[7]).contains("********");
        assertThat(lastAudit(UserRole.TOWN_SECRETARY, "EXPORT")).contains("export:households.csv")
                .contains(expected + " rows").contains("masked");
    }

    @Test
    void revealing_personal_data_in_an_export_needs_a_permitted_role_and_a_reason_and_is_audited() throws Exception {
        var leader = get("/api/v1/exports/households?format=csv&reveal=true&reason=" + enc("季度走访核对"), UserRole.COUNTY_LEADER);
        assertThat(leader.statusCode()).isEqualTo(403);
        assertThat(lastAudit(UserRole.COUNTY_LEADER, "ACCESS_DENIED")).contains("export:households");

        var noReason = get("/api/v1/exports/households?format=csv&reveal=true", UserRole.SUPERVISOR);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(new String(noReason.body(), StandardCharsets.UTF_8)).contains("reason");

        var r = get("/api/v1/exports/households?format=geojson&reveal=true&reason=" + enc("季度走访核对"), UserRole.SUPERVISOR);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode f = JSON.readTree(new String(r.body(), StandardCharsets.UTF_8)).at("/features/0/properties");
        String real = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT head_name || '|' || coalesce(phone, '') FROM household WHERE code = ?", String.class,
                f.get("code").asString()));
        assertThat(f.get("head_name").asString() + "|" + (f.get("phone").isNull() ? "" : f.get("phone").asString())).isEqualTo(real);
        assertThat(lastAudit(UserRole.SUPERVISOR, "EXPORT")).contains("personal data revealed: 季度走访核对");
    }

    @Test
    void a_supervisor_asking_for_another_town_gets_an_empty_export_because_row_level_security_hides_it() throws Exception {
        var r = get("/api/v1/exports/households?format=geojson&area=" + TestUsers.OTHER_TOWN, UserRole.SUPERVISOR);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("X-Export-Rows").orElseThrow()).isEqualTo("0");
        assertThat(JSON.readTree(new String(r.body(), StandardCharsets.UTF_8)).get("features")).isEmpty();
    }

    @Test
    void a_drawn_polygon_limits_the_export_to_the_features_it_intersects() throws Exception {
        String village = users.ownVillage();
        String polygon = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT ST_AsText(ST_Envelope(ST_Buffer(boundary, -0.002))) FROM division WHERE code = ?", String.class, village));
        long expected = count("SELECT count(*) FROM household WHERE ST_Intersects(location, ST_GeomFromText(?, 4326))", polygon);
        assertThat(expected).isPositive();
        var r = get("/api/v1/exports/households?format=csv&polygon=" + enc(polygon), UserRole.COUNTY_LEADER);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("X-Export-Rows").orElseThrow()).isEqualTo(Long.toString(expected));
    }

    @Test
    void grid_areas_as_a_zipped_shapefile_read_back_with_the_same_codes_and_geometries() throws Exception {
        var r = get("/api/v1/exports/grid-areas?format=shp&area=" + TestUsers.OWN_TOWN, UserRole.COUNTY_LEADER);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(entries(r.body())).containsExactly("grid-areas.shp", "grid-areas.shx", "grid-areas.dbf",
                "grid-areas.prj", "grid-areas.cpg");
        ShapefileReader.Result shp = ShapefileReader.read("grid-areas.shp.zip", r.body(), null);
        assertThat(shp.charset()).isEqualTo(StandardCharsets.UTF_8);
        Map<String, String> db = new HashMap<>();
        users.asSystem(() -> {
            users.jdbc().query("SELECT code, name, ST_AsText(boundary) FROM grid_area WHERE village_code LIKE ?",
                    rs -> {
                        db.put(rs.getString(1), rs.getString(2) + "|" + rs.getString(3));
                    }, TestUsers.OWN_TOWN + "%");
            return null;
        });
        assertThat(shp.features()).hasSize(db.size());
        WKTReader wkt = new WKTReader();
        for (BoundaryFeature f : shp.features()) {
            String[] expected = db.get(f.text("code")).split("\\|");
            assertThat(f.text("name")).isEqualTo(expected[0]);
            Geometry original = wkt.read(expected[1]);
            assertThat(DiscreteHausdorffDistance.distance(original, f.geometry())).isLessThan(1e-9);
            assertThat(f.geometry().getArea()).isCloseTo(original.getArea(), org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void a_geopackage_holds_one_feature_table_registered_in_gpkg_contents() throws Exception {
        long expected = count("SELECT count(*) FROM village_group WHERE village_code LIKE ?", TestUsers.OWN_TOWN + "%");
        var r = get("/api/v1/exports/groups?format=gpkg&area=" + TestUsers.OWN_TOWN, UserRole.COUNTY_LEADER);
        assertThat(r.statusCode()).isEqualTo(200);
        Path file = Files.createTempFile("groups", ".gpkg");
        try {
            Files.write(file, r.body());
            try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
                var rs = s.executeQuery("PRAGMA application_id");
                assertThat(rs.getInt(1)).isEqualTo(0x47504B47);
                rs = s.executeQuery("SELECT table_name, data_type, srs_id, min_x FROM gpkg_contents");
                assertThat(rs.getString(1)).isEqualTo("groups");
                assertThat(rs.getString(2)).isEqualTo("features");
                assertThat(rs.getInt(3)).isEqualTo(4326);
                assertThat(rs.getDouble(4)).isBetween(118.9, 119.7);
                rs = s.executeQuery("SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name = 'groups'");
                assertThat(rs.getString(1)).isEqualTo("MULTIPOLYGON");
                rs = s.executeQuery("SELECT count(*), count(DISTINCT code), min(substr(geom, 1, 2)) FROM groups");
                assertThat(rs.getLong(1)).isEqualTo(expected);
                assertThat(rs.getLong(2)).isEqualTo(expected);
                assertThat(rs.getString(3)).isEqualTo("GP");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void an_agents_excel_export_of_their_village_has_one_row_per_own_household_under_a_header() throws Exception {
        String village = users.ownVillage();
        long agent = users.byRole(UserRole.AGENT).agentId();
        long expected = count("SELECT count(*) FROM household WHERE village_code = ? AND agent_id = ?", village, agent);
        assertThat(expected).isPositive()
                .isLessThan(count("SELECT count(*) FROM household WHERE village_code = ?", village));
        var r = get("/api/v1/exports/households?format=xlsx&area=" + village, UserRole.AGENT);
        assertThat(r.statusCode()).isEqualTo(200);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("code");
            assertThat(sheet.getLastRowNum()).isEqualTo((int) expected);
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).contains("*");
        }
    }

    @Test
    void bad_parameters_answer_400_naming_the_parameter_and_write_no_audit_record() throws Exception {
        long before = count("SELECT count(*) FROM audit_log WHERE action = 'EXPORT'");
        assertThat(error("/api/v1/exports/rivers")).contains("layer");
        assertThat(error("/api/v1/exports/villages?format=kml")).contains("format");
        assertThat(error("/api/v1/exports/villages?polygon=" + enc("POLYGON((1 2, 3 4"))).contains("polygon");
        assertThat(error("/api/v1/exports/villages?polygon=" + enc("POINT(119 31)"))).contains("polygon");
        assertThat(error("/api/v1/exports/villages?polygon=" + enc("POLYGON((3119 31, 3120 31, 3120 32, 3119 31))")))
                .contains("polygon");
        assertThat(error("/api/v1/exports/villages?area=32x")).contains("area");
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'EXPORT'")).isEqualTo(before);
    }

    @Test
    void a_head_request_neither_runs_an_export_nor_audits_one() throws Exception {
        long before = count("SELECT count(*) FROM audit_log WHERE action = 'EXPORT'");
        var r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/exports/households?format=csv"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + users.byRole(UserRole.COUNTY_LEADER).token()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).contains("GET");
        assertThat(r.headers().firstValue("X-Export-Rows")).isEmpty();
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'EXPORT'")).isEqualTo(before);
    }

    @Test
    void the_catalogue_lists_ten_layers_and_five_formats() throws Exception {
        JsonNode c = JSON.readTree(new String(get("/api/v1/exports", UserRole.AGENT).body(), StandardCharsets.UTF_8));
        assertThat(c.get("layers")).hasSize(10);
        assertThat(c.get("formats")).hasSize(5);
    }

    private String error(String path) throws Exception {
        var r = get(path, UserRole.COUNTY_LEADER);
        assertThat(r.statusCode()).as(path).isEqualTo(400);
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static List<String> entries(byte[] zip) throws Exception {
        var names = new java.util.ArrayList<String>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    private long count(String sql, Object... args) {
        return users.asSystem(() -> users.jdbc().queryForObject(sql, Long.class, args));
    }

    private String lastAudit(UserRole role, String action) {
        return users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT target || ' ' || coalesce(reason, '') FROM audit_log WHERE username = ? AND action = ? ORDER BY id DESC LIMIT 1",
                String.class, users.byRole(role).username(), action));
    }

    private HttpResponse<byte[]> get(String path, UserRole role) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + users.byRole(role).token()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
