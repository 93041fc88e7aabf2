package org.gridatlas.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gridatlas.data.account.domain.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Visits that can be trusted (issue 18 point 2): a corpus of forged and malformed visits posted by an agent, each
 * refused with the field it is about, and the visit counts (and so coverage) unmoved.
 */
class VisitTrustIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    private TestUsers.TestUser agent;
    private Fixture fixture;

    /** One forged or malformed visit: what is wrong, the JSON fields besides the household, the answer expected. */
    record Forged(String what, String fields, int status, String field, String says) {
    }

    @BeforeEach
    void anAgentOfOneVillage() {
        agent = users.byRole(UserRole.AGENT);
        fixture = Fixture.load(users);
    }

    private List<Forged> corpus() {
        Instant now = Instant.now();
        long other = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT min(id) FROM person WHERE role = 'AGENT' AND id <> ?", Long.class, agent.agentId()));
        double[] p = fixture.ownPoint(agent);
        return List.of(
                new Forged("credited to another agent", "\"agentId\":" + other, 403, "agentId", "本人"),
                new Forged("an hour in the future", at(now.plus(Duration.ofHours(1))), 400, "visitedAt", "晚于现在"),
                new Forged("six minutes in the future, beyond the skew", at(now.plus(Duration.ofMinutes(6))), 400,
                        "visitedAt", "5 分钟"),
                new Forged("next year", at(now.plus(Duration.ofDays(365))), 400, "visitedAt", "晚于现在"),
                new Forged("dated 1970-01-01 (a phone with no clock)", at(Instant.EPOCH), 400, "visitedAt", "2004-01-01"),
                new Forged("dated the day before the programme's start", at(Instant.parse("2003-12-30T16:00:00Z")), 400,
                        "visitedAt", "早于"),
                new Forged("at (0, 0)", "\"lon\":0,\"lat\":0", 400, "lon", "(0, 0)"),
                new Forged("at (0, 0) with an accuracy", "\"lon\":0.0,\"lat\":0.0,\"accuracyM\":5", 400, "lon", "(0, 0)"),
                new Forged("latitude and longitude swapped", "\"lon\":" + p[1] + ",\"lat\":" + p[0], 400, "lon", "填反"),
                new Forged("swapped, far west (Kashgar)", "\"lon\":39.47,\"lat\":75.99", 400, "lon", "填反"),
                new Forged("in Paris", "\"lon\":2.35,\"lat\":48.86", 400, "lon", "不在中国境内"),
                new Forged("in Sydney", "\"lon\":151.2,\"lat\":-33.87", 400, "lon", "不在中国境内"),
                new Forged("in Singapore, south of China", "\"lon\":103.82,\"lat\":1.35", 400, "lat", "不在中国境内"),
                new Forged("in Siberia, north of China", "\"lon\":119.4,\"lat\":61.0", 400, "lat", "不在中国境内"),
                new Forged("longitude beyond 180", "\"lon\":200,\"lat\":31.4", 400, "lon", "±180"),
                new Forged("latitude without longitude", "\"lat\":31.4", 400, "lon", "同时"),
                new Forged("a negative accuracy", "\"lon\":" + p[0] + ",\"lat\":" + p[1] + ",\"accuracyM\":-1", 400,
                        "accuracyM", "精度"),
                new Forged("future and at (0, 0) at once", at(now.plus(Duration.ofDays(2))) + ",\"lon\":0,\"lat\":0", 400,
                        "visitedAt", "晚于现在"));
    }

    @Test
    void each_forged_or_malformed_visit_is_refused_naming_its_field_and_the_visit_counts_do_not_move() throws Exception {
        long household = fixture.ownHousehold(agent);
        String marker = "伪造-" + UUID.randomUUID();
        long[] before = counts();
        List<Forged> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(8);
        for (Forged f : corpus) {
            var response = post("{\"householdId\":" + household + ",\"note\":\"" + marker + "\"," + f.fields() + "}");
            assertThat(response.statusCode()).as(f.what() + ": " + response.body()).isEqualTo(f.status());
            JsonNode errors = JSON.readTree(response.body()).get("errors");
            assertThat(errors.findValuesAsString("field")).as(f.what()).contains(f.field());
            assertThat(errors.toString()).as(f.what()).contains(f.says());
        }
        assertThat(counts()).as("visits, visited households, visits with the marker").containsExactly(before);
        assertThat(users.asSystem(() -> users.jdbc().queryForObject("SELECT count(*) FROM visit WHERE note = ?",
                Integer.class, marker))).isZero();
    }

    @Test
    void an_agent_records_a_visit_as_themself_within_the_clock_skew_and_it_counts() throws Exception {
        long household = fixture.ownHousehold(agent);
        double[] p = fixture.ownPoint(agent);
        long[] before = counts();
        var ok = post("{\"householdId\":" + household + ",\"agentId\":" + agent.agentId() + ","
                + at(Instant.now().plus(Duration.ofMinutes(3))) + ",\"lon\":" + p[0] + ",\"lat\":" + p[1] + "}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        assertThat(JSON.readTree(ok.body()).get("agentId").asLong()).isEqualTo(agent.agentId());
        var implicit = post("{\"householdId\":" + household + "}");
        assertThat(implicit.statusCode()).as(implicit.body()).isEqualTo(201);
        assertThat(JSON.readTree(implicit.body()).get("agentId").asLong()).isEqualTo(agent.agentId());
        assertThat(counts()[0]).isEqualTo(before[0] + 2);
    }

    /** Visits in the agent's village, households of it visited, and visits by the agent. */
    private long[] counts() {
        return users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT count(*), count(DISTINCT household_id), count(*) FILTER (WHERE agent_id = ?) FROM visit"
                        + " WHERE village_code = ?",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, agent.agentId(), agent.area()));
    }

    private static String at(Instant t) {
        return "\"visitedAt\":\"" + t + "\"";
    }

    private HttpResponse<String> post(String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/visits"))
                .header("Authorization", "Bearer " + agent.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
