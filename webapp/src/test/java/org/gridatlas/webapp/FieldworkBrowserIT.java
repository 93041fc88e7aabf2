package org.gridatlas.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Geolocation;
import org.gridatlas.data.account.domain.UserRole;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.gridatlas.data.request.domain.CaseType;
import org.gridatlas.data.request.domain.Channel;
import org.gridatlas.data.request.service.NewRequest;
import org.gridatlas.data.request.service.RequestService;
import org.gridatlas.data.request.service.StepCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Field work in a real browser: an agent on a 360×740 phone opens 我的待办, opens a request and records 核实, 代办
 * and 反馈; a supervisor registers a request through the form; an agent logs a visit with the phone's GPS fix.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FieldworkBrowserIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    RequestService requests;

    private BrowserSession browser;
    private long agentPerson;
    private long household;


    @BeforeAll
    void theTestAgentIsTheAgentOfAHouseholdInItsVillage() {
        browser = new BrowserSession();
        String village = users.byRole(UserRole.AGENT).area();
        var jdbc = users.jdbc();
        long[] pick = users.asSystem(() -> jdbc.queryForObject("""
                SELECT al.agent_id, ll.household_id FROM agent_link al
                JOIN liaison_link ll ON ll.liaison_id = al.liaison_id AND ll.valid_to IS NULL
                JOIN household h ON h.id = ll.household_id AND h.village_code = ? AND h.location IS NOT NULL
                WHERE al.valid_to IS NULL AND al.agent_id = ? ORDER BY al.agent_id, ll.household_id LIMIT 1""",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, village, users.byRole(UserRole.AGENT).agentId()));
        agentPerson = pick[0];
        household = pick[1];
        users.asSystem(() -> jdbc.update("UPDATE app_user SET person_id = ? WHERE username = ?", agentPerson,
                users.byRole(UserRole.AGENT).username()));
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void an_agent_on_a_phone_opens_my_work_and_records_verify_handle_and_reply() {
        int item = users.asSystem(() -> users.jdbc().queryForObject("SELECT min(id) FROM request_item", Integer.class));
        var created = Scopes.runAs(Scope.SYSTEM, () -> {
            var c = requests.create(new NewRequest(household, item, "手机端测试：申请高龄补贴", Channel.STATION, null));
            requests.advance(c.request().summary().id(), StepCommand.accept(CaseType.COMMITTED, "登记委托单"));
            return c.request().summary();
        });
        Page page = browser.login(base(), users.byRole(UserRole.AGENT).username(), "/worklist", 360, 740);
        var card = page.locator(".ga-request-card", new Page.LocatorOptions().setHasText(created.code()));
        card.waitFor();
        BrowserSession.screenshot(page, "fieldwork-worklist-360");
        card.locator("a").click();
        page.waitForURL(Pattern.compile(".*/requests/" + created.id()));
        page.locator("#timeline").waitFor();
        assertThat(page.locator(".ga-timeline-step").count()).isEqualTo(1);
        for (String step : List.of("VERIFY", "HANDLE", "REPLY")) {
            page.locator("#step-" + step).click();
            page.locator("#step-note textarea").fill(step + "：已上门");
            page.locator("#step-submit").click();
            page.locator("#step-" + step).waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        }
        page.locator(".ga-timeline-step").nth(3).waitFor();
        assertThat(page.locator(".ga-timeline-step").count()).isEqualTo(4);
        assertThat(page.locator("#request-meta").innerText()).contains("已反馈");
        assertThat(page.locator("#step-RATE").isVisible()).isTrue();
        page.locator("ga-mini-map[data-loaded]").waitFor();
        BrowserSession.screenshot(page, "fieldwork-request-360");
        Integer steps = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT count(*) FROM request_step WHERE request_id = ? AND actor_id = ?", Integer.class,
                created.id(), agentPerson));
        assertThat(steps).isEqualTo(3);
    }

    @Test
    void a_request_walks_from_intake_through_acceptance_handling_and_rating_to_the_archive() {
        String code = users.asSystem(() -> users.jdbc().queryForObject("SELECT code FROM household WHERE id = ?",
                String.class, household));
        Page page = browser.login(base(), users.byRole(UserRole.SUPERVISOR).username(), "/requests/new", 1280, 900);
        page.locator("#intake-household input").fill(code);
        page.locator("vaadin-combo-box-item").first().click();
        page.locator("#intake-category").click();
        page.locator("vaadin-select-item >> visible=true", new Page.LocatorOptions().setHasText("民政和社会保障")).first().click();
        page.locator("#intake-item").click();
        page.locator("vaadin-select-item >> visible=true", new Page.LocatorOptions().setHasText("临时生活救助")).first().click();
        page.locator("#intake-description textarea").fill("全流程测试：申请临时生活救助");
        page.locator("#intake-submit").click();
        page.waitForURL(Pattern.compile(".*/requests/\\d+"));
        page.locator("#timeline").waitFor();
        // 受理 as 承办件: the deadline comes from the working-day calendar, the agent from the household's links
        page.locator("#step-ACCEPT").click();
        page.locator("#step-case-type").click();
        page.locator("vaadin-select-item >> visible=true", new Page.LocatorOptions().setHasText("承办件")).first().click();
        page.locator("#step-note textarea").fill("登记委托单");
        page.locator("#step-submit").click();
        page.locator("#step-ACCEPT").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        for (String step : List.of("VERIFY", "HANDLE", "REPLY")) {
            page.locator("#step-" + step).click();
            page.locator("#step-note textarea").fill(step + "：已办理");
            page.locator("#step-submit").click();
            page.locator("#step-" + step).waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        }
        page.locator("#step-RATE").click();
        page.locator("#step-rating").click();
        page.locator("vaadin-select-item >> visible=true", new Page.LocatorOptions().setHasText("基本满意")).first().click();
        page.locator("#step-note textarea").fill("群众电话回访");
        page.locator("#step-submit").click();
        page.locator("#step-RATE").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        assertThat(page.locator("#request-meta").innerText()).contains("已评价");
        String id = page.url().replaceAll(".*/requests/(\\d+).*", "$1");
        var row = users.asSystem(() -> users.jdbc().queryForMap(
                "SELECT status, rating, case_type, deadline IS NOT NULL AS has_deadline, agent_id IS NOT NULL AS has_agent,"
                        + " (SELECT count(*) FROM request_step s WHERE s.request_id = r.id) AS steps"
                        + " FROM service_request r WHERE id = ?", Long.parseLong(id)));
        assertThat(row.get("status")).isEqualTo("RATED");
        assertThat(row.get("rating")).isEqualTo("BASIC");
        assertThat(row.get("case_type")).isEqualTo("COMMITTED");
        assertThat(row.get("has_deadline")).isEqualTo(true);
        assertThat(row.get("has_agent")).isEqualTo(true);
        assertThat(((Number) row.get("steps")).intValue()).isEqualTo(5);
        BrowserSession.screenshot(page, "fieldwork-request-rated");
    }

    @Test
    void a_supervisor_registers_a_request_through_the_form() {
        String code = users.asSystem(() -> users.jdbc().queryForObject("SELECT code FROM household WHERE id = ?",
                String.class, household));
        Page page = browser.login(base(), users.byRole(UserRole.SUPERVISOR).username(), "/requests/new", 1280, 800);
        page.locator("#intake-household input").fill(code);
        page.locator("vaadin-combo-box-item").first().click();
        page.locator("#intake-category").click();
        page.locator("vaadin-select-item >> visible=true", new Page.LocatorOptions().setHasText("民政和社会保障")).first().click();
        page.locator("#intake-item").click();
        page.locator("vaadin-select-item >> visible=true", new Page.LocatorOptions().setHasText("申报农村五保")).first().click();
        page.locator("#intake-description textarea").fill("表单测试：申请临时生活救助");
        BrowserSession.screenshot(page, "fieldwork-intake");
        page.locator("#intake-submit").click();
        page.waitForURL(Pattern.compile(".*/requests/\\d+"));
        page.locator("#timeline").waitFor();
        assertThat(page.locator("#request-meta").innerText()).contains("待受理");
        assertThat(page.locator("#request-title").innerText()).isEqualTo("申报农村五保");
        assertThat(page.locator("#step-ACCEPT").isVisible()).isTrue();
        BrowserSession.screenshot(page, "fieldwork-intake-done");
        Integer rows = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT count(*) FROM service_request WHERE description = '表单测试：申请临时生活救助' AND household_id = ?",
                Integer.class, household));
        assertThat(rows).isPositive();
    }

    @Test
    void an_agent_logs_a_visit_with_the_phones_gps_fix() {
        String code = users.asSystem(() -> users.jdbc().queryForObject("SELECT code FROM household WHERE id = ?",
                String.class, household));
        Page page = browser.login(base(), users.byRole(UserRole.AGENT).username(), "/visits/new", 360, 740);
        page.context().grantPermissions(List.of("geolocation"));
        page.context().setGeolocation(new Geolocation(31.41, 119.47).setAccuracy(12));
        page.locator("#visit-household input").fill(code);
        page.locator("vaadin-combo-box-item").first().click();
        page.locator("#visit-locate").click();
        page.locator("#visit-fix", new Page.LocatorOptions().setHasText("12")).waitFor();
        page.locator("#visit-note textarea").fill("走访测试：老人身体好");
        page.locator("#visit-tags input").fill("高龄, 独居");
        BrowserSession.screenshot(page, "fieldwork-visit-360");
        page.locator("#visit-save").click();
        page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("走访已保存")).waitFor();
        var row = users.asSystem(() -> users.jdbc().queryForMap(
                "SELECT agent_id, accuracy_m, ST_X(location) AS lon, tags::text AS tags FROM visit"
                        + " WHERE household_id = ? AND note = '走访测试：老人身体好' ORDER BY id DESC LIMIT 1", household));
        assertThat(((Number) row.get("agent_id")).longValue()).isEqualTo(agentPerson);
        assertThat(((Number) row.get("accuracy_m")).doubleValue()).isEqualTo(12.0);
        assertThat((Double) row.get("lon")).isEqualTo(119.47);
        assertThat((String) row.get("tags")).contains("高龄").contains("独居");
    }
}
