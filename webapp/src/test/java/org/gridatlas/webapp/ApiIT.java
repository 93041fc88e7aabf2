package org.gridatlas.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.gridatlas.data.account.domain.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Health, summary and tile endpoints against the real PostGIS holding the Liyang demo. */
class ApiIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;


    @Autowired
    TestUsers users;

    private String token;

    @BeforeEach
    void liyangIsLoadedAndALeaderCalls() {
        token = users.byRole(UserRole.COUNTY_LEADER).token();
    }

    @Test
    void the_api_answers_401_without_credentials() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/summary")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void health_is_up_when_the_database_answers_and_every_migration_is_applied() throws Exception {
        var response = get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = JSON.readTree(response.body());
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/db/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/schema/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/schema/details/pending").asInt()).isZero();
        assertThat(health.at("/components/calendar/details/coveredYears").toString()).isEqualTo("[2025,2026]");
    }

    @Test
    void summary_reports_the_twelve_towns_holding_households_and_the_244_villages_of_liyang() throws Exception {
        JsonNode summary = JSON.readTree(get("/api/v1/summary").body());
        assertThat(summary.get("towns").asLong()).isEqualTo(12);
        assertThat(summary.get("villages").asLong()).isEqualTo(244);
        assertThat(summary.get("households").asLong()).isBetween(240_000L, 280_000L);
        assertThat(summary.get("agents").asLong()).isBetween(2_800L, 3_700L);
        assertThat(summary.get("gridAreas").asLong()).isPositive();
        assertThat(summary.get("groups").asLong()).isGreaterThan(summary.get("gridAreas").asLong());
        assertThat(summary.get("liaisons").asLong()).isGreaterThan(summary.get("agents").asLong());
    }

    @Test
    void summary_of_one_town_counts_only_that_town() throws Exception {
        JsonNode county = JSON.readTree(get("/api/v1/summary?area=320481").body());
        JsonNode town = JSON.readTree(get("/api/v1/summary?area=320481106").body());
        assertThat(town.get("towns").asLong()).isEqualTo(1);
        assertThat(town.get("villages").asLong()).isEqualTo(14);
        assertThat(town.get("households").asLong()).isPositive().isLessThan(county.get("households").asLong());
    }

    @Test
    void summary_refuses_an_area_that_is_not_a_division_code() throws Exception {
        var response = get("/api/v1/summary?area=32%27%20OR%201=1--");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("area must be a division code");
    }

    @Test
    void a_town_tile_over_liyang_holds_features_and_a_tile_over_the_sea_is_empty() throws Exception {
        int[] liyang = Tiles.containing(119.48, 31.42, 9);
        var tile = getBytes("/tiles/towns/9/" + liyang[0] + "/" + liyang[1] + ".mvt");
        assertThat(tile.statusCode()).isEqualTo(200);
        assertThat(tile.headers().firstValue("Content-Type")).contains("application/vnd.mapbox-vector-tile");
        assertThat(tile.body().length).isGreaterThan(1000);
        int[] sea = Tiles.containing(125.0, 30.0, 9);
        assertThat(getBytes("/tiles/towns/9/" + sea[0] + "/" + sea[1] + ".mvt").body()).isEmpty();
    }

    @Test
    void households_are_counted_in_cells_at_county_zoom_so_the_tile_stays_small() throws Exception {
        int[] liyang = Tiles.containing(119.48, 31.42, 8);
        var tile = getBytes("/tiles/households/8/" + liyang[0] + "/" + liyang[1] + ".mvt");
        assertThat(tile.statusCode()).isEqualTo(200);
        assertThat(tile.body().length).isBetween(1_000, 500_000);
    }

    @Test
    void an_unknown_layer_answers_404_and_a_tile_outside_the_pyramid_answers_400() throws Exception {
        assertThat(get("/tiles/rivers/9/425/208.mvt").statusCode()).isEqualTo(404);
        var outside = get("/tiles/towns/9/512/208.mvt");
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(outside.body()).contains("x=512 is outside 0..511");
        assertThat(get("/tiles/towns/23/0/0.mvt").statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(request(path), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).build();
    }
}
