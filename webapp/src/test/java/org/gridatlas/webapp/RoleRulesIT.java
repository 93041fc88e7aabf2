package org.gridatlas.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.gridatlas.data.account.domain.UserRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Role rules on HTTP paths, beside the area rules of AccessMatrixIT: the county leader reads and the administrator
 * manages accounts, so neither records field data, whatever the area; the review's paths follow the review screen.
 */
class RoleRulesIT extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Test
    void the_county_leader_and_the_administrator_can_neither_open_nor_advance_nor_dispatch_a_request() throws Exception {
        TestUsers.TestUser agent = users.byRole(UserRole.AGENT);
        long household = Fixture.load(users).ownHousehold(agent);
        int item = users.asSystem(() -> users.jdbc().queryForObject("SELECT min(id) FROM request_item WHERE active", Integer.class));
        String intake = "{\"householdId\":" + household + ",\"itemId\":" + item
                + ",\"description\":\"角色测试\",\"channel\":\"STATION\"}";
        var created = post("/api/v1/requests", intake, agent);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Long.parseLong(created.body().replaceAll("(?s).*?\"summary\":\\{\"id\":(\\d+).*", "$1"));
        long agentId = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT agent_id FROM service_request WHERE id = ?", Long.class, id));

        for (UserRole role : new UserRole[] {UserRole.COUNTY_LEADER, UserRole.ADMIN}) {
            TestUsers.TestUser viewer = users.byRole(role);
            var open = post("/api/v1/requests", intake, viewer);
            assertThat(open.statusCode()).as(role + " opens").isEqualTo(403);
            assertThat(open.body()).contains("\"field\":\"role\"");
            var step = post("/api/v1/requests/" + id + "/steps", "{\"step\":\"ACCEPT\",\"caseType\":\"COMMITTED\"}", viewer);
            assertThat(step.statusCode()).as(role + " accepts").isEqualTo(403);
            var dispatch = post("/api/v1/requests/" + id + "/dispatch", "{\"agentId\":" + agentId + "}", viewer);
            assertThat(dispatch.statusCode()).as(role + " dispatches").isEqualTo(403);
        }
        assertThat(users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT status || ' ' || (SELECT count(*) FROM request_step WHERE request_id = ?) FROM service_request WHERE id = ?",
                String.class, id, id))).isEqualTo("SUBMITTED 0");
        var secretary = post("/api/v1/requests/" + id + "/steps", "{\"step\":\"ACCEPT\",\"caseType\":\"COMMITTED\"}",
                users.byRole(UserRole.TOWN_SECRETARY));
        assertThat(secretary.statusCode()).as("a town secretary takes the step: %s", secretary.body()).isEqualTo(200);
    }

    @Test
    void an_agent_is_refused_the_review_map_image_as_the_review_screen_is_closed_to_agents() throws Exception {
        var r = png(UserRole.AGENT, TestUsers.OWN_TOWN);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("access denied");
    }

    @Test
    void a_town_secretary_gets_the_review_map_image_of_her_town() throws Exception {
        var r = png(UserRole.TOWN_SECRETARY, TestUsers.OWN_TOWN);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/png"));
    }

    private HttpResponse<String> post(String path, String json, TestUsers.TestUser user) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + user.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> png(UserRole role, String area) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/review/map.png?area=" + area + "&quarter=2025Q1"))
                .header("Authorization", "Bearer " + users.byRole(role).token()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
