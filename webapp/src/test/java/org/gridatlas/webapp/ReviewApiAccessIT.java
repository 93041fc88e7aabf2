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

/** The review's HTTP paths follow the review screen's roles: closed to agents, open to a town secretary. */
class ReviewApiAccessIT extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

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

    private HttpResponse<String> png(UserRole role, String area) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/review/map.png?area=" + area + "&quarter=2025Q1"))
                .header("Authorization", "Bearer " + users.byRole(role).token()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
