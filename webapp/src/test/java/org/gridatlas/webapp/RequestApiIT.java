package org.gridatlas.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.gridatlas.data.account.domain.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The request API walked end to end against PostGIS: intake, idempotency, steps, rating, lists and errors. */
class RequestApiIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;


    private TestUsers.TestUser agent;
    private Fixture fixture;
    private int itemId;

    @BeforeEach
    void anAgentOfOneVillage() {
        agent = users.byRole(UserRole.AGENT);
        fixture = Fixture.load(users);
        itemId = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT min(id) FROM request_item WHERE active", Integer.class));
    }

    @Test
    void a_request_walks_the_closed_loop_from_intake_to_archive_with_every_step_logged_and_audited() throws Exception {
        long household = fixture.ownHousehold(agent);
        var created = post("/api/v1/requests", body(household, itemId, "申请高龄补贴，材料齐全", "STATION"), null);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode r = JSON.readTree(created.body());
        long id = r.at("/summary/id").asLong();
        assertThat(r.at("/summary/status").asString()).isEqualTo("SUBMITTED");
        assertThat(r.at("/summary/villageCode").asString()).startsWith(agent.area());
        assertThat(r.get("lon").asDouble()).isEqualTo(fixture.ownPoint(agent)[0]);
        assertThat(r.at("/allowedNext/0").asString()).isEqualTo("ACCEPT");

        JsonNode accepted = JSON.readTree(step(id, "{\"step\":\"ACCEPT\",\"caseType\":\"COMMITTED\",\"note\":\"登记委托单\"}").body());
        assertThat(accepted.at("/summary/status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.at("/summary/deadline").isNull()).isFalse();
        for (String s : new String[] {"VERIFY", "HANDLE", "REPLY"}) {
            var response = step(id, "{\"step\":\"" + s + "\",\"note\":\"" + s + " 完成\"}");
            assertThat(response.statusCode()).as(s).isEqualTo(200);
        }
        var rated = post("/api/v1/requests/" + id + "/rating", "{\"rating\":\"SATISFIED\",\"note\":\"办得快\"}", null);
        assertThat(rated.statusCode()).isEqualTo(200);
        JsonNode archived = JSON.readTree(step(id, "{\"step\":\"ARCHIVE\"}").body());
        assertThat(archived.at("/summary/status").asString()).isEqualTo("ARCHIVED");
        assertThat(archived.get("rating").asString()).isEqualTo("SATISFIED");

        JsonNode detail = JSON.readTree(get("/api/v1/requests/" + id).body());
        assertThat(detail.get("steps").size()).isEqualTo(6);
        assertThat(detail.at("/steps/0/label").asString()).isEqualTo("受理");
        assertThat(detail.at("/steps/4/note").asString()).isEqualTo("满意：办得快");
        assertThat(detail.at("/steps/0/actorName").asString()).isNotBlank();
        Integer audited = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT count(*) FROM audit_log WHERE action = 'REQUEST_TRANSITION' AND target = ?", Integer.class,
                "request:" + id));
        assertThat(audited).isEqualTo(7);
    }

    @Test
    void two_posts_with_the_same_idempotency_key_create_one_request_and_answer_the_same() throws Exception {
        String key = "test-" + UUID.randomUUID();
        String b = body(fixture.ownHousehold(agent), itemId, "热线来电：申请低保", "HOTLINE");
        var first = post("/api/v1/requests", b, key);
        var second = post("/api/v1/requests", b, key);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(JSON.readTree(second.body()).at("/summary/id").asLong())
                .isEqualTo(JSON.readTree(first.body()).at("/summary/id").asLong());
        Integer rows = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT count(*) FROM service_request WHERE idempotency_key = ?", Integer.class, key));
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void bad_input_answers_400_naming_each_field_and_writes_nothing() throws Exception {
        String marker = "无效-" + UUID.randomUUID();
        var response = post("/api/v1/requests", "{\"householdId\":" + fixture.ownHousehold(agent)
                + ",\"itemId\":999999,\"description\":\"" + marker + "\",\"channel\":\"PIGEON\"}", null);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors.findValuesAsString("field")).contains("channel");
        var second = post("/api/v1/requests", "{\"householdId\":" + fixture.ownHousehold(agent)
                + ",\"itemId\":999999,\"description\":\"" + marker + "\",\"channel\":\"VISIT\"}", null);
        assertThat(JSON.readTree(second.body()).get("errors").findValuesAsString("field")).containsExactly("itemId");
        var empty = post("/api/v1/requests", "{}", null);
        assertThat(JSON.readTree(empty.body()).get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("householdId", "itemId", "description", "channel");
        Integer rows = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT count(*) FROM service_request WHERE description = ?", Integer.class, marker));
        assertThat(rows).isZero();
    }

    @Test
    void a_household_outside_the_area_is_not_found() throws Exception {
        var response = post("/api/v1/requests", body(fixture.foreignHousehold(agent), itemId, "越界", "VISIT"), null);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).at("/errors/0/field").asString()).isEqualTo("householdId");
    }

    @Test
    void an_illegal_step_is_refused_with_what_is_allowed_next_and_changes_nothing() throws Exception {
        long id = JSON.readTree(post("/api/v1/requests", body(fixture.ownHousehold(agent), itemId, "申请残疾证", "VISIT"),
                null).body()).at("/summary/id").asLong();
        step(id, "{\"step\":\"ACCEPT\",\"caseType\":\"IMMEDIATE\"}");
        var refused = step(id, "{\"step\":\"RATE\"}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(refused.body()).at("/errors/0/message").asString())
                .isEqualTo("当前状态「已受理」之后只能：核实、告知、上报、代办、退回");
        var unknown = step(id, "{\"step\":\"DANCE\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        var stale = step(id, "{\"step\":\"VERIFY\",\"version\":0}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(get("/api/v1/requests/" + id).body()).at("/summary/status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void the_workflow_refuses_a_second_inform_naming_the_tell_once_rule_and_writes_nothing() throws Exception {
        long id = JSON.readTree(post("/api/v1/requests", body(fixture.ownHousehold(agent), itemId, "申请低保，材料不全", "VISIT"),
                null).body()).at("/summary/id").asLong();
        step(id, "{\"step\":\"ACCEPT\",\"caseType\":\"COMMITTED\"}");
        assertThat(step(id, "{\"step\":\"VERIFY\"}").statusCode()).isEqualTo(200);
        assertThat(step(id, "{\"step\":\"INFORM\",\"note\":\"缺户口本\"}").statusCode()).isEqualTo(200);
        JsonNode reverified = JSON.readTree(step(id, "{\"step\":\"VERIFY\",\"note\":\"材料已补齐\"}").body());
        assertThat(reverified.at("/summary/status").asString()).isEqualTo("VERIFIED");
        assertThat(reverified.get("allowedNext").toString()).isEqualTo("[\"ESCALATE\",\"HANDLE\",\"RETURN\"]");

        var second = step(id, "{\"step\":\"INFORM\",\"note\":\"还缺身份证\"}");
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(second.body()).at("/errors/0/message").asString())
                .startsWith("一次性告知").contains("不能再次告知");
        JsonNode after = JSON.readTree(get("/api/v1/requests/" + id).body());
        assertThat(after.at("/summary/status").asString()).isEqualTo("VERIFIED");
        assertThat(after.get("steps").size()).isEqualTo(4);
    }

    @Test
    void a_return_needs_a_reason_and_closes_the_request() throws Exception {
        long id = JSON.readTree(post("/api/v1/requests", body(fixture.ownHousehold(agent), itemId, "代办私事", "ONLINE"),
                null).body()).at("/summary/id").asLong();
        assertThat(step(id, "{\"step\":\"ACCEPT\",\"caseType\":\"RETURNED\"}").statusCode()).isEqualTo(400);
        JsonNode returned = JSON.readTree(step(id, "{\"step\":\"ACCEPT\",\"caseType\":\"RETURNED\",\"note\":\"非本人委托\"}").body());
        assertThat(returned.at("/summary/status").asString()).isEqualTo("RETURNED");
        assertThat(returned.at("/steps/0/step").asString()).isEqualTo("RETURN");
        assertThat(returned.get("allowedNext").size()).isZero();
    }

    @Test
    void lists_filter_by_area_and_status_and_never_show_foreign_requests() throws Exception {
        post("/api/v1/requests", body(fixture.ownHousehold(agent), itemId, "列表测试", "VISIT"), null);
        JsonNode own = JSON.readTree(get("/api/v1/requests?area=" + agent.area() + "&status=SUBMITTED&size=5").body());
        assertThat(own.get("total").asLong()).isPositive();
        assertThat(own.at("/items/0/status").asString()).isEqualTo("SUBMITTED");
        JsonNode foreign = JSON.readTree(get("/api/v1/requests?area=" + TestUsers.OTHER_TOWN).body());
        assertThat(foreign.get("total").asLong()).isZero();
        assertThat(get("/api/v1/requests?status=NOPE").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/requests?area=abc").statusCode()).isEqualTo(400);
    }

    @Test
    void the_openapi_document_describes_the_request_endpoints() throws Exception {
        var response = get("/api/v1/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = JSON.readTree(response.body());
        assertThat(doc.get("paths").has("/api/v1/requests")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/requests/{id}/steps")).isTrue();
    }

    @Test
    void a_visit_with_a_gps_fix_is_logged_and_the_request_it_produced_is_created_in_the_same_transaction() throws Exception {
        long household = fixture.ownHousehold(agent);
        long agentId = agent.agentId();
        var response = post("/api/v1/visits", "{\"householdId\":" + household + ",\"agentId\":" + agentId
                + ",\"lon\":119.4,\"lat\":31.4,\"accuracyM\":8.5,\"note\":\"民情日志\",\"tags\":[\"独居\"],"
                + "\"request\":{\"itemId\":" + itemId + ",\"description\":\"走访中提出：申请低保\"}}", null);
        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode v = JSON.readTree(response.body());
        assertThat(v.get("accuracyM").asDouble()).isEqualTo(8.5);
        long requestId = v.get("requestId").asLong();
        assertThat(JSON.readTree(get("/api/v1/requests/" + requestId).body()).at("/summary/channel").asString()).isEqualTo("VISIT");

        var bad = post("/api/v1/visits", "{\"householdId\":" + household + ",\"agentId\":" + agentId
                + ",\"lon\":200,\"lat\":31.4,\"request\":{\"itemId\":999999,\"description\":\"x\"}}", null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).at("/errors/0/field").asString()).isEqualTo("lon");
        var badItem = post("/api/v1/visits", "{\"householdId\":" + household + ",\"agentId\":" + agentId
                + ",\"note\":\"半途而废\",\"request\":{\"itemId\":999999,\"description\":\"x\"}}", null);
        assertThat(badItem.statusCode()).isEqualTo(400);
        Integer halfWritten = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT count(*) FROM visit WHERE note = '半途而废'", Integer.class));
        assertThat(halfWritten).isZero();
    }

    @Test
    void a_dispute_is_escalated_with_who_when_why_and_closed_with_its_result() throws Exception {
        var opened = post("/api/v1/disputes", "{\"kind\":\"邻里纠纷\",\"summary\":\"宅基地边界\",\"partyHouseholdIds\":["
                + fixture.ownHousehold(agent) + "]}", null);
        assertThat(opened.statusCode()).isEqualTo(201);
        long id = JSON.readTree(opened.body()).get("id").asLong();
        assertThat(post("/api/v1/disputes/" + id + "/escalations", "{\"level\":\"GROUP\",\"reason\":\"x\"}", null)
                .statusCode()).isEqualTo(400);
        JsonNode up = JSON.readTree(post("/api/v1/disputes/" + id + "/escalations",
                "{\"level\":\"VILLAGE\",\"reason\":\"组内调解未果\"}", null).body());
        assertThat(up.get("level").asString()).isEqualTo("VILLAGE");
        assertThat(up.at("/escalations/0/reason").asString()).isEqualTo("组内调解未果");
        assertThat(up.at("/escalations/0/actorName").asString()).isNotBlank();
        JsonNode closed = JSON.readTree(post("/api/v1/disputes/" + id + "/close", "{\"outcome\":\"RESOLVED\"}", null).body());
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("parties").size()).isEqualTo(1);
    }

    @Test
    void a_foreign_town_agent_is_refused_as_mediator_naming_the_field_and_no_dispute_is_written() throws Exception {
        Long foreign = users.asSystem(() -> users.jdbc().queryForObject("SELECT min(id) FROM person WHERE role = 'AGENT'"
                + " AND active AND county_code = '320481' AND division_code NOT LIKE ?", Long.class, TestUsers.OWN_TOWN + "%"));
        String marker = "外镇调解人-" + UUID.randomUUID();
        var refused = post("/api/v1/disputes", "{\"kind\":\"邻里纠纷\",\"summary\":\"" + marker + "\",\"partyHouseholdIds\":["
                + fixture.ownHousehold(agent) + "],\"mediatorId\":" + foreign + "}", null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).at("/errors/0/field").asString()).isEqualTo("mediatorId");
        assertThat(users.asSystem(() -> users.jdbc().queryForObject("SELECT count(*) FROM dispute WHERE summary = ?",
                Integer.class, marker))).isZero();

        long id = JSON.readTree(post("/api/v1/disputes", "{\"kind\":\"邻里纠纷\",\"summary\":\"本镇调解\",\"partyHouseholdIds\":["
                + fixture.ownHousehold(agent) + "],\"mediatorId\":" + agent.agentId() + "}", null).body()).get("id").asLong();
        var mediate = post("/api/v1/disputes/" + id + "/mediation", "{\"mediatorId\":" + foreign + "}", null);
        assertThat(mediate.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(mediate.body()).at("/errors/0/field").asString()).isEqualTo("mediatorId");
        JsonNode kept = JSON.readTree(get("/api/v1/disputes/" + id).body());
        assertThat(kept.get("mediatorId").asLong()).isEqualTo(agent.agentId());
        assertThat(kept.get("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void a_mediator_id_that_is_no_person_or_a_liaison_is_refused_naming_the_field_not_the_idempotency_key() throws Exception {
        var missing = post("/api/v1/disputes", "{\"kind\":\"邻里纠纷\",\"summary\":\"无此人\",\"partyHouseholdIds\":["
                + fixture.ownHousehold(agent) + "],\"mediatorId\":987654321}", null);
        assertThat(missing.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(missing.body()).at("/errors/0");
        assertThat(error.get("field").asString()).isEqualTo("mediatorId");
        assertThat(error.get("message").asString()).contains("987654321").doesNotContain("Idempotency-Key");

        Long liaison = users.asSystem(() -> users.jdbc().queryForObject("SELECT min(id) FROM person WHERE role = 'LIAISON'"
                + " AND division_code LIKE ?", Long.class, agent.area() + "%"));
        var notStaff = post("/api/v1/disputes", "{\"kind\":\"邻里纠纷\",\"summary\":\"联络员\",\"partyHouseholdIds\":["
                + fixture.ownHousehold(agent) + "],\"mediatorId\":" + liaison + "}", null);
        assertThat(notStaff.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notStaff.body()).at("/errors/0/field").asString()).isEqualTo("mediatorId");
    }

    @Test
    void the_request_ledger_is_an_xlsx_with_chinese_headers_masked_names_and_an_export_audit() throws Exception {
        post("/api/v1/requests", body(fixture.ownHousehold(agent), itemId, "台账测试", "STATION"), null);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/ledger/requests.xlsx?from=2020-01-01&to=" + today))
                .header("Authorization", "Bearer " + agent.token()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(response.body()))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("代办事项台账");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("编号");
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("户主");
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(3);
            assertThat(sheet.getRow(3).getCell(6).getStringCellValue()).contains("*");
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(4).getStringCellValue()).isNotBlank();
            }
        }
        var visits = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/ledger/visits.xlsx?from=2025-01-01&to=2025-05-20"))
                .header("Authorization", "Bearer " + agent.token()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(visits.statusCode()).isEqualTo(200);
        Integer audited = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT count(*) FROM audit_log WHERE action = 'EXPORT' AND target = 'ledger:requests' AND username = ?",
                Integer.class, agent.username()));
        assertThat(audited).isPositive();
        assertThat(get("/api/v1/ledger/requests.xlsx?from=2025-13-01&to=2025-01-01").statusCode()).isEqualTo(400);
    }

    @Test
    void a_supervisor_dispatches_an_open_request_to_another_agent_and_an_unknown_agent_is_refused() throws Exception {
        long id = JSON.readTree(post("/api/v1/requests", body(fixture.ownHousehold(agent), itemId, "派单测试", "HOTLINE"),
                null).body()).at("/summary/id").asLong();
        long other = ownAgent();
        JsonNode d = JSON.readTree(post("/api/v1/requests/" + id + "/dispatch", "{\"agentId\":" + other + "}", null).body());
        assertThat(d.at("/summary/agentId").asLong()).isEqualTo(other);
        assertThat(post("/api/v1/requests/" + id + "/dispatch", "{\"agentId\":-5}", null).statusCode()).isEqualTo(404);
        assertThat(post("/api/v1/requests/" + id + "/dispatch", "{}", null).statusCode()).isEqualTo(400);
    }

    private long ownAgent() {
        return users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT min(id) FROM person WHERE role = 'AGENT' AND division_code LIKE ?", Long.class,
                agent.area() + "%"));
    }

    private static String body(long household, int item, String description, String channel) {
        return "{\"householdId\":" + household + ",\"itemId\":" + item + ",\"description\":\"" + description
                + "\",\"channel\":\"" + channel + "\"}";
    }

    private HttpResponse<String> step(long id, String json) throws Exception {
        return post("/api/v1/requests/" + id + "/steps", json, null);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + agent.token()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json, String key) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + agent.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
