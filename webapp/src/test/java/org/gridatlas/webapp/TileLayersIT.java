package org.gridatlas.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import org.gridatlas.data.account.domain.UserRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every tile layer decoded with an MVT reader: names, attributes at raw and counted zoom, size, errors, ETags. */
class TileLayersIT extends IntegrationTest {

    /** Where the Liyang demo is densest (the z13 tile holding the most visits and households). */
    private static final double[] DENSE = {119.509, 31.485};
    private static final Set<String> PERSONAL = Set.of("name", "head_name", "id_number", "phone", "address",
            "description", "summary", "note");
    private static final Map<String, Set<String>> RAW_KEYS = Map.of(
            "households", Set.of("id", "code", "village_code", "grid_area_id", "size", "must_visit", "vulnerable", "count"),
            "agents", Set.of("id", "code", "level", "division_code", "grid_area_id", "households"),
            "posts", Set.of("id", "kind", "name", "division_code"),
            "requests", Set.of("id", "code", "status", "case_type", "category", "item", "overdue", "created_at"),
            "disputes", Set.of("id", "code", "kind", "level", "status", "outcome"),
            "visits", Set.of("id", "agent_id", "household_id", "visited_at"));
    /** One row of each point layer, to find a tile that holds it: table and geometry column. */
    private static final Map<String, String> POINT_OF = Map.of(
            "households", "SELECT ST_X(location), ST_Y(location) FROM household WHERE village_code LIKE '320481%' ORDER BY id DESC LIMIT 1",
            "agents", "SELECT ST_X(home), ST_Y(home) FROM person WHERE role = 'AGENT' AND active AND home IS NOT NULL AND division_code LIKE '320481%' ORDER BY id LIMIT 1",
            "posts", "SELECT ST_X(location), ST_Y(location) FROM service_post WHERE division_code LIKE '320481%' ORDER BY id LIMIT 1",
            "requests", "SELECT ST_X(location), ST_Y(location) FROM service_request WHERE village_code LIKE '320481%' AND location IS NOT NULL ORDER BY id LIMIT 1",
            "disputes", "SELECT ST_X(location), ST_Y(location) FROM dispute WHERE village_code LIKE '320481%' AND location IS NOT NULL ORDER BY id LIMIT 1",
            "visits", "SELECT ST_X(location), ST_Y(location) FROM visit WHERE village_code LIKE '320481%' AND location IS NOT NULL ORDER BY visited_at DESC LIMIT 1");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;


    @ParameterizedTest
    @ValueSource(strings = {"households", "agents", "posts", "requests", "disputes", "visits"})
    void point_layers_carry_their_attributes_at_street_zoom_and_counts_at_county_zoom(String layer) throws Exception {
        double[] at = users.asSystem(() -> users.jdbc().queryForObject(POINT_OF.get(layer),
                (rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)}));
        JtsLayer raw = layer(layer, 17, at);
        assertThat(raw.getGeometries()).isNotEmpty();
        Set<String> keys = Mvt.keys(raw);
        assertThat(keys).containsAll(RAW_KEYS.get(layer).stream()
                .filter(k -> !Set.of("grid_area_id", "case_type", "outcome").contains(k)).toList());
        assertThat(RAW_KEYS.get(layer)).containsAll(keys);
        if (!layer.equals("posts")) {
            assertThat(keys).doesNotContainAnyElementsOf(PERSONAL);
        }

        JtsLayer counted = layer(layer, 10, at);
        assertThat(counted.getGeometries()).isNotEmpty();
        assertThat(Mvt.keys(counted)).isEqualTo(layer.equals("requests") ? Set.of("count", "overdue") : Set.of("count"));
        long total = counted.getGeometries().stream().mapToLong(g -> ((Number) Mvt.attributes(g).get("count")).longValue()).sum();
        assertThat(total).isGreaterThanOrEqualTo(raw.getGeometries().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"towns", "villages", "grid-areas", "groups"})
    void area_layers_carry_codes_and_names(String layer) throws Exception {
        JtsLayer decoded = layer(layer, 12, DENSE);
        assertThat(decoded.getGeometries()).isNotEmpty();
        assertThat(Mvt.keys(decoded)).contains("code", "name");
    }

    @Test
    void grid_areas_below_z9_carry_only_their_ids_so_a_city_tile_stays_small() throws Exception {
        JtsLayer z8 = layer("grid-areas", 8, DENSE);
        assertThat(z8.getGeometries()).isNotEmpty();
        assertThat(Mvt.keys(z8)).contains("id").doesNotContain("name", "code");
        assertThat(Mvt.keys(layer("grid-areas", 9, DENSE))).contains("id", "code", "name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"households", "visits", "requests", "agents"})
    void no_tile_over_the_densest_part_of_liyang_exceeds_500_kb(String layer) throws Exception {
        for (int z : new int[] {8, 10, 12, 13, 14, 15, 16}) {
            int[] xy = Tiles.containing(DENSE[0], DENSE[1], z);
            for (int dx = -1; dx <= 1; dx++) {
                var r = getBytes("/tiles/" + layer + "/" + z + "/" + (xy[0] + dx) + "/" + xy[1] + ".mvt", leader());
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.body().length).as(layer + " z" + z).isLessThanOrEqualTo(500_000);
            }
        }
    }

    @Test
    void a_dense_street_tile_answers_counts_in_cells_instead_of_megabytes_of_points() throws Exception {
        int[] xy = Tiles.containing(DENSE[0], DENSE[1], 13);
        var r = getBytes("/tiles/visits/13/" + xy[0] + "/" + xy[1] + ".mvt?from=2000-01-01", leader());
        JtsLayer visits = Mvt.layers(r.body()).get("visits");
        assertThat(Mvt.keys(visits)).containsExactly("count");
        long total = visits.getGeometries().stream().mapToLong(g -> ((Number) Mvt.attributes(g).get("count")).longValue()).sum();
        assertThat(total).isGreaterThan(org.gridatlas.analytics.tiles.TileQuery.MAX_RAW_FEATURES);
    }

    @Test
    void a_dense_z13_household_tile_counts_from_the_level_12_cells_exactly_the_households_inside_it() throws Exception {
        int[] xy = Tiles.containing(DENSE[0], DENSE[1], 13);
        var r = getBytes("/tiles/households/13/" + xy[0] + "/" + xy[1] + ".mvt", leader());
        JtsLayer households = Mvt.layers(r.body()).get("households");
        assertThat(Mvt.keys(households)).containsExactly("count");
        assertThat(households.getGeometries().size()).as("at most 24 x 24 level-12 cells").isLessThanOrEqualTo(24 * 24);
        long drawn = households.getGeometries().stream()
                .mapToLong(g -> ((Number) Mvt.attributes(g).get("count")).longValue()).sum();
        long inside = users.asSystem(() -> users.jdbc().queryForObject("""
                SELECT count(*) FROM household WHERE village_code LIKE '320481%'
                   AND ST_Intersects(ST_Transform(ST_TileEnvelope(13, ?, ?), 4326), location)""",
                Long.class, xy[0], xy[1]));
        assertThat(inside).isGreaterThan(org.gridatlas.analytics.tiles.TileQuery.MAX_RAW_FEATURES);
        assertThat(drawn).isEqualTo(inside);
    }

    @Test
    void visits_without_a_time_range_show_the_most_recent_week() throws Exception {
        int[] xy = Tiles.containing(DENSE[0], DENSE[1], 10);
        long week = count(Mvt.layers(getBytes("/tiles/visits/10/" + xy[0] + "/" + xy[1] + ".mvt", leader()).body()).get("visits"));
        String from = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT to_char((max(visited_at) AT TIME ZONE 'Asia/Shanghai')::date - 6, 'YYYY-MM-DD') FROM visit", String.class));
        long explicit = count(Mvt.layers(getBytes("/tiles/visits/10/" + xy[0] + "/" + xy[1] + ".mvt?from=" + from, leader())
                .body()).get("visits"));
        assertThat(week).isPositive().isEqualTo(explicit);
    }

    @Test
    void filters_narrow_the_requests_to_one_status() throws Exception {
        String status = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT status FROM service_request WHERE village_code LIKE '320481%' GROUP BY status ORDER BY count(*) DESC LIMIT 1", String.class));
        int[] xy = Tiles.containing(DENSE[0], DENSE[1], 9);
        var all = Mvt.layers(getBytes("/tiles/requests/9/" + xy[0] + "/" + xy[1] + ".mvt", leader()).body()).get("requests");
        var some = Mvt.layers(getBytes("/tiles/requests/9/" + xy[0] + "/" + xy[1] + ".mvt?status=" + status
                + "&from=2024-01-01&to=2030-12-31", leader()).body()).get("requests");
        assertThat(count(some)).isPositive().isLessThan(count(all));
        var none = getBytes("/tiles/requests/9/" + xy[0] + "/" + xy[1] + ".mvt?from=2030-01-01", leader());
        assertThat(none.body()).isEmpty();
    }

    @Test
    void malformed_filters_answer_400_naming_the_parameter_and_an_unknown_layer_404() throws Exception {
        String tile = "/tiles/requests/10/843/415.mvt?";
        assertError(tile + "from=2025-13-01", 400, "parameter 'from' must be an ISO date like 2025-04-01");
        assertError(tile + "to=yesterday", 400, "parameter 'to'");
        assertError(tile + "from=2025-05-01&to=2025-04-01", 400, "parameter 'to'");
        assertError(tile + "status=handling;drop", 400, "parameter 'status'");
        assertError(tile + "caseType=x", 400, "parameter 'caseType'");
        assertError(tile + "agent=abc", 400, "parameter 'agent'");
        assertError(tile + "category=" + "长".repeat(40), 400, "parameter 'category'");
        assertError("/tiles/rivers/10/843/415.mvt", 404, "unknown tile layer");
        assertError("/tiles/visits/10/1024/415.mvt", 400, "x=1024 is outside 0..1023");
    }

    @Test
    void tiles_carry_a_strong_etag_that_answers_304_and_changes_when_the_layer_data_changes() throws Exception {
        int[] xy = Tiles.containing(DENSE[0], DENSE[1], 12);
        String path = "/tiles/visits/12/" + xy[0] + "/" + xy[1] + ".mvt";
        var first = getBytes(path, leader());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("private");

        var again = http.send(request(path, leader()).header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        var secretary = getBytes(path, users.byRole(UserRole.TOWN_SECRETARY));
        assertThat(secretary.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);

        Long id = users.asSystem(() -> users.jdbc().queryForObject("""
                INSERT INTO visit (county_code, village_code, agent_id, household_id, visited_at, location)
                SELECT county_code, village_code, agent_id, household_id, visited_at, location FROM visit
                WHERE village_code LIKE '320481%' ORDER BY id LIMIT 1 RETURNING id""", Long.class));
        try {
            var changed = http.send(request(path, leader()).header("If-None-Match", etag).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(changed.statusCode()).isEqualTo(200);
            assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        } finally {
            users.asSystem(() -> users.jdbc().update("DELETE FROM visit WHERE id = ?", id));
        }
        // other layers keep their ETag: households did not change
        String households = "/tiles/households/12/" + xy[0] + "/" + xy[1] + ".mvt";
        String h1 = getBytes(households, leader()).headers().firstValue("ETag").orElseThrow();
        assertThat(getBytes(households, leader()).headers().firstValue("ETag").orElseThrow()).isEqualTo(h1);
    }

    private static long count(JtsLayer layer) {
        return layer == null ? 0 : layer.getGeometries().stream()
                .mapToLong(g -> ((Number) Mvt.attributes(g).get("count")).longValue()).sum();
    }

    private void assertError(String path, int status, String message) throws Exception {
        var r = http.send(request(path, leader()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(status);
        assertThat(r.body()).as(path).contains(message);
    }

    private JtsLayer layer(String layer, int z, double[] at) throws Exception {
        int[] xy = Tiles.containing(at[0], at[1], z);
        var r = getBytes("/tiles/" + layer + "/" + z + "/" + xy[0] + "/" + xy[1] + ".mvt", leader());
        assertThat(r.statusCode()).isEqualTo(200);
        var layers = Mvt.layers(r.body());
        assertThat(layers).as(layer + " z" + z).containsOnlyKeys(layer);
        return layers.get(layer);
    }

    private TestUsers.TestUser leader() {
        return users.byRole(UserRole.COUNTY_LEADER);
    }

    private HttpResponse<byte[]> getBytes(String path, TestUsers.TestUser user) throws Exception {
        return http.send(request(path, user).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String path, TestUsers.TestUser user) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + user.token());
    }
}
