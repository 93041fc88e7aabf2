package org.gridatlas.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.gridatlas.data.account.domain.UserRole;
import org.gridatlas.data.account.service.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Lockout, injection attempts, the append-only audit log and the reveal audit trail. */
class SecurityIT extends IntegrationTest {

    private static final List<String> INJECTIONS = List.of("' OR '1'='1", "1; DROP TABLE household; --",
            "%' OR 1=1 --", "320481' UNION SELECT head_name FROM household --", "\\'; SELECT pg_sleep(5); --");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder passwords;


    @Test
    void five_failed_logins_in_a_row_lock_the_account_even_against_the_right_password() throws Exception {
        users.all();
        String name = "t_lockout_" + System.nanoTime();
        users.asSystem(() -> accounts.create(name, "锁定测试", passwords.encode(TestUsers.PASSWORD), UserRole.AGENT,
                TestUsers.OWN_TOWN, TestUsers.OWN_TOWN));
        assertThat(basic("/api/v1/summary", name, TestUsers.PASSWORD).statusCode()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(basic("/api/v1/summary", name, "wrong-" + i).statusCode()).isEqualTo(401);
        }
        assertThat(basic("/api/v1/summary", name, TestUsers.PASSWORD).statusCode()).isEqualTo(401);
        String admin = users.byRole(UserRole.ADMIN).token();
        String log = bearer("/api/v1/audit?user=" + name, admin).body();
        assertThat(log).contains("ACCOUNT_LOCKED").contains("LOGIN_FAILED");
    }

    @Test
    void sql_injection_attempts_in_every_filter_are_inert() throws Exception {
        String token = users.byRole(UserRole.COUNTY_LEADER).token();
        String before = bearer("/api/v1/summary", token).body();
        for (String attack : INJECTIONS) {
            String q = URLEncoder.encode(attack, StandardCharsets.UTF_8);
            assertThat(bearer("/api/v1/summary?area=" + q, token).statusCode()).isEqualTo(400);
            assertThat(bearer("/api/v1/divisions?parent=" + q, token).statusCode()).isEqualTo(400);
            assertThat(bearer("/api/v1/divisions/" + q.replace("+", "%20"), token).statusCode()).isIn(400, 404);
            assertThat(bearer("/tiles/households/10/843/415.mvt?area=" + q, token).statusCode()).isEqualTo(400);
            var search = bearer("/api/v1/search?q=" + q, token);
            assertThat(search.statusCode()).isEqualTo(200);
            assertThat(search.body()).isEqualTo("[]");
            var audit = bearer("/api/v1/audit?user=" + q, users.byRole(UserRole.ADMIN).token());
            assertThat(audit.statusCode()).isEqualTo(200);
            assertThat(audit.body()).isEqualTo("[]");
        }
        assertThat(bearer("/api/v1/summary", token).body()).isEqualTo(before);
    }

    @Test
    void the_audit_log_refuses_updates_and_deletes_even_from_the_application_role() {
        users.all();
        assertThatThrownBy(() -> users.asSystem(() -> users.jdbc().update("UPDATE audit_log SET username = 'x'")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> users.asSystem(() -> users.jdbc().update("DELETE FROM audit_log")))
                .hasMessageContaining("append-only");
    }

    @Test
    void revealing_personal_data_needs_a_reason_and_leaves_an_audit_record() throws Exception {
        TestUsers.TestUser agent = users.byRole(UserRole.AGENT);
        long id = Fixture.load(users).ownHousehold(agent);
        var noReason = post("/api/v1/households/" + id + "/reveal", "{}", agent.token());
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        var masked = bearer("/api/v1/households/" + id, agent.token()).body();
        var revealed = post("/api/v1/households/" + id + "/reveal", "{\"reason\":\"上门核实残疾补贴材料\"}", agent.token());
        assertThat(revealed.statusCode()).isEqualTo(200);
        assertThat(masked).contains("****");
        assertThat(revealed.body()).doesNotContain("****");
        String log = bearer("/api/v1/audit?action=REVEAL&user=" + agent.username(), users.byRole(UserRole.ADMIN).token()).body();
        assertThat(log).contains("household:" + id).contains("上门核实残疾补贴材料");
    }

    @Test
    void a_county_leader_may_not_reveal_personal_data() throws Exception {
        TestUsers.TestUser leader = users.byRole(UserRole.COUNTY_LEADER);
        long id = Fixture.load(users).ownHousehold(leader);
        assertThat(post("/api/v1/households/" + id + "/reveal", "{\"reason\":\"会议需要查看\"}", leader.token()).statusCode())
                .isEqualTo(403);
    }

    private HttpResponse<String> basic(String path, String user, String password) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + auth).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> bearer(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
