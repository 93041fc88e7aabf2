package org.gridatlas.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.gridatlas.data.account.domain.UserRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** OGC API – Features (Core, GeoJSON) at /ogc, as QGIS calls it: HTTP Basic or a bearer token, scoped by area. */
class OgcIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;


    @Test
    void the_landing_page_links_conformance_and_collections_and_conformance_declares_core_and_geojson() throws Exception {
        JsonNode landing = json("/ogc", leader());
        List<String> rels = new ArrayList<>();
        landing.get("links").forEach(l -> rels.add(l.get("rel").asString()));
        assertThat(rels).contains("self", "conformance", "data");
        JsonNode conformance = json("/ogc/conformance", leader());
        assertThat(conformance.get("conformsTo").toString())
                .contains("ogcapi-features-1/1.0/conf/core", "ogcapi-features-1/1.0/conf/geojson");
    }

    @Test
    void collections_list_every_map_layer_with_extents() throws Exception {
        JsonNode collections = json("/ogc/collections", leader()).get("collections");
        List<String> ids = new ArrayList<>();
        collections.forEach(c -> ids.add(c.get("id").asString()));
        assertThat(ids).containsExactly("towns", "villages", "grid-areas", "groups", "households", "agents", "posts",
                "requests", "disputes", "visits");
        JsonNode visits = json("/ogc/collections/visits", leader());
        assertThat(visits.at("/extent/spatial/bbox/0/0").asDouble()).isBetween(118.9, 119.6);
        assertThat(visits.at("/extent/temporal/interval/0/0").asString()).startsWith("20");
        assertThat(get("/ogc/collections/rivers", leader()).statusCode()).isEqualTo(404);
    }

    @Test
    void the_county_leader_reads_244_villages_one_page_at_a_time_over_http_basic() throws Exception {
        var response = http.send(HttpRequest.newBuilder(uri("/ogc/collections/villages/items?limit=1"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (leader().username() + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");
        JsonNode page = JSON.readTree(response.body());
        assertThat(page.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(page.get("numberMatched").asLong()).isEqualTo(244);
        assertThat(page.get("numberReturned").asInt()).isEqualTo(1);
        assertThat(page.get("features")).hasSize(1);
        assertThat(page.at("/features/0/geometry/type").asString()).isEqualTo("MultiPolygon");
        String next = link(page, "next");
        assertThat(next).contains("limit=1").contains("offset=1");
        assertThat(link(page, "prev")).isNull();

        JsonNode second = json(URI.create(next).getRawPath() + "?" + URI.create(next).getRawQuery(), leader());
        assertThat(second.at("/features/0/id").asString()).isNotEqualTo(page.at("/features/0/id").asString());
        assertThat(link(second, "prev")).contains("offset=0");

        JsonNode last = json("/ogc/collections/villages/items?limit=10&offset=240", leader());
        assertThat(last.get("numberReturned").asInt()).isEqualTo(4);
        assertThat(link(last, "next")).isNull();
    }

    @Test
    void bbox_and_datetime_narrow_the_items() throws Exception {
        long all = json("/ogc/collections/households/items?limit=1", leader()).get("numberMatched").asLong();
        JsonNode some = json("/ogc/collections/households/items?limit=5&bbox=119.45,31.40,119.52,31.50", leader());
        assertThat(some.get("numberMatched").asLong()).isPositive().isLessThan(all);
        some.get("features").forEach(f -> {
            assertThat(f.at("/geometry/coordinates/0").asDouble()).isBetween(119.45, 119.52);
            assertThat(f.at("/geometry/coordinates/1").asDouble()).isBetween(31.40, 31.50);
            assertThat(f.get("properties").propertyNames()).containsExactlyInAnyOrder("code", "village_code", "size", "must_visit");
        });
        long requests = json("/ogc/collections/requests/items?limit=1", leader()).get("numberMatched").asLong();
        long april = json("/ogc/collections/requests/items?limit=1&datetime=2025-04-01T00:00:00%2B08:00/2025-04-30T23:59:59%2B08:00",
                leader()).get("numberMatched").asLong();
        long fromApril = json("/ogc/collections/requests/items?limit=1&datetime=2025-04-01/..", leader()).get("numberMatched").asLong();
        assertThat(april).isPositive().isLessThan(requests).isLessThanOrEqualTo(fromApril);
    }

    @Test
    void a_single_feature_answers_by_id_and_a_foreign_one_answers_404() throws Exception {
        TestUsers.TestUser secretary = users.byRole(UserRole.TOWN_SECRETARY);
        long own = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT min(id) FROM household WHERE village_code LIKE ?", Long.class, TestUsers.OWN_TOWN + "%"));
        long foreign = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT min(id) FROM household WHERE village_code LIKE ?", Long.class, TestUsers.OTHER_TOWN + "%"));
        JsonNode feature = json("/ogc/collections/households/items/" + own, secretary);
        assertThat(feature.get("type").asString()).isEqualTo("Feature");
        assertThat(feature.get("id").asLong()).isEqualTo(own);
        assertThat(feature.at("/geometry/type").asString()).isEqualTo("Point");
        assertThat(feature.toString()).doesNotContain("head_name", "phone", "address", "id_number");
        assertThat(get("/ogc/collections/households/items/" + foreign, secretary).statusCode()).isEqualTo(404);
        assertThat(get("/ogc/collections/households/items/abc", secretary).statusCode()).isEqualTo(404);
        String village = users.ownVillage();
        assertThat(json("/ogc/collections/villages/items/" + village, secretary).at("/properties/code").asString())
                .isEqualTo(village);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bbox=1,2,3", "bbox=119,31,118,32", "bbox=a,b,c,d", "limit=0", "limit=ten", "offset=-1",
            "datetime=yesterday", "datetime=2025-05-01/2025-04-01", "datetime=../.."})
    void bad_parameters_answer_400_naming_the_parameter(String query) throws Exception {
        var response = get("/ogc/collections/requests/items?" + query, leader());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("parameter '" + query.substring(0, query.indexOf('=')) + "'");
    }

    @Test
    void a_limit_above_the_maximum_is_served_at_the_maximum() throws Exception {
        JsonNode page = json("/ogc/collections/households/items?limit=20000", leader());
        assertThat(page.get("numberReturned").asInt()).isEqualTo(10_000);
    }

    @Test
    void ogc_requires_authentication() throws Exception {
        var response = http.send(HttpRequest.newBuilder(uri("/ogc/collections")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    private static String link(JsonNode doc, String rel) {
        for (JsonNode l : doc.get("links")) {
            if (l.get("rel").asString().equals(rel)) {
                return l.get("href").asString();
            }
        }
        return null;
    }

    private TestUsers.TestUser leader() {
        return users.byRole(UserRole.COUNTY_LEADER);
    }

    private JsonNode json(String path, TestUsers.TestUser user) throws Exception {
        var r = get(path, user);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private HttpResponse<String> get(String path, TestUsers.TestUser user) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + user.token()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
