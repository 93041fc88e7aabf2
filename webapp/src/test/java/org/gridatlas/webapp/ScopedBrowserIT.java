package org.gridatlas.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import org.gridatlas.data.account.domain.UserRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A town secretary sees only their town; scripts typed into a login form stay text in the administrator's audit log. */
class ScopedBrowserIT extends BrowserTest {

    @Autowired
    org.gridatlas.data.account.service.AccountService accounts;


    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void a_town_secretary_sees_only_their_town_on_the_map_in_lists_and_in_search() {
        TestUsers.TestUser secretary = users.byRole(UserRole.TOWN_SECRETARY);
        Page page = browser.login(base(), secretary.username(), "/", 1400, 900);
        assertThat(page.locator("ga-map[data-loaded=true]")).hasCount(1);
        assertThat(page.locator("#breadcrumb")).containsText("天目湖镇");
        assertThat(page.locator("#current-user")).containsText("320481106");
        assertThat(page.locator("#division-tree")).containsText("天目湖镇");
        assertThat(page.locator("#division-tree")).not().containsText("别桥镇");
        page.waitForFunction("() => { const el = document.querySelector('ga-map');"
                + " const m = el && el.map; return m && m.loaded() && m.areTilesLoaded() && !m.isMoving(); }");
        Object towns = page.evaluate("() => [...new Set(document.querySelector('ga-map').map"
                + ".queryRenderedFeatures({layers: ['towns-fill']}).map(f => f.properties.code))]");
        assertThat(towns.toString()).isEqualTo("[320481106]");
        // links to agents are scoped by village too: the secretary's count equals an independent count as the system
        long unlinked = users.asSystem(() -> users.jdbc().queryForObject("SELECT count(*) FROM household h"
                + " WHERE h.village_code LIKE ? AND NOT EXISTS (SELECT 1 FROM liaison_link l JOIN agent_link a"
                + " ON a.liaison_id = l.liaison_id WHERE l.household_id = h.id AND l.valid_to IS NULL AND a.valid_to IS NULL)",
                Long.class, TestUsers.OWN_TOWN + "%"));
        assertThat(page.locator("#data-quality")).containsText("未联系代办员的住户：" + String.format("%,d", unlinked));
        BrowserSession.screenshot(page, "town-secretary-map");

        String summary = page.request().get(base() + "/api/v1/summary").text();
        assertThat(summary).contains("\"towns\":1,");
        String foreignCode = Fixture.load(users).foreignHouseholdCode(secretary);
        assertThat(page.request().get(base() + "/api/v1/search?q=" + foreignCode).text()).isEqualTo("[]");
        assertThat(page.request().get(base() + "/api/v1/search?q=" + Fixture.load(users).ownHouseholdCode(secretary)).text())
                .contains("HOUSEHOLD");

        page.navigate(base() + "/overview");
        assertThat(page.locator("#kpi-towns")).containsText("1");
        BrowserSession.screenshot(page, "town-secretary-overview");
    }

    @Test
    void a_town_secretary_reveals_a_phone_number_with_a_reason_that_the_audit_viewer_shows() {
        TestUsers.TestUser secretary = users.byRole(UserRole.TOWN_SECRETARY);
        Fixture f = Fixture.load(users);
        double[] at = f.ownPoint(secretary);
        Page page = browser.login(base(), secretary.username(),
                String.format("/?c=%.6f,%.6f&z=18&area=%s", at[0], at[1], TestUsers.OWN_TOWN), 1200, 900);
        page.waitForFunction("() => { const el = document.querySelector('ga-map');"
                + " const m = el && el.map; return m && m.loaded() && m.areTilesLoaded() && !m.isMoving(); }");
        page.locator("ga-map canvas").click();
        assertThat(page.locator("#household-phone")).containsText("****");
        BrowserSession.screenshot(page, "household-card-masked");
        page.locator("#reveal-reason input").fill("核实低保申请联系电话");
        page.locator("#reveal").click();
        assertThat(page.locator("#household-phone")).not().containsText("*");
        assertThat(page.locator("#household-phone")).containsText("1");
        BrowserSession.screenshot(page, "household-card-revealed");
        page.locator("#register-request").click();
        page.waitForURL(url -> url.contains("/requests/new"));
        assertThat(page.locator("#intake-household input")).hasValue(java.util.regex.Pattern.compile(".+"));
        assertThat(page.locator("#household-phone")).hasCount(0);
        BrowserSession.screenshot(page, "intake-from-map");

        Page admin = browser.login(base(), users.byRole(UserRole.ADMIN).username(), "/admin/audit", 1400, 800);
        assertThat(admin.locator("#audit-grid")).containsText("核实低保申请联系电话");
        assertThat(admin.locator("#audit-grid")).containsText(secretary.username());
        BrowserSession.screenshot(admin, "audit-log-reveal");
    }

    @Test
    void an_administrator_creates_a_village_agent_who_then_sees_only_that_village() {
        String village = users.ownVillage();
        String name = "new_agent_" + (System.nanoTime() % 100000);
        Page admin = browser.login(base(), users.byRole(UserRole.ADMIN).username(), "/admin/users", 1400, 900);
        admin.locator("#new-username input").fill(name);
        admin.locator("#new-role input").fill("代办员");
        admin.locator("#new-role input").press("Enter");
        admin.locator("#new-view-area input").fill(village);
        admin.locator("#new-capture-area input").fill("320481107");
        admin.locator("#new-password input").fill(TestUsers.PASSWORD);
        admin.locator("#create-user").click();
        assertThat(admin.locator("vaadin-notification-card")).containsText("录入区域须在查看区域之内");
        admin.locator("#new-capture-area input").fill(village);
        admin.locator("#create-user").click();
        assertThat(admin.locator("#users-grid")).containsText(name);
        assertThat(admin.locator("#users-grid")).containsText("未绑定代办员");
        String agentCode = users.asSystem(() -> users.jdbc().queryForObject("SELECT code FROM person WHERE id = ?",
                String.class, users.byRole(UserRole.AGENT).agentId()));
        admin.locator("#scope-user input").fill(name);
        admin.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(name)).first().click();
        assertThat(admin.locator("#scope-agent input")).isEnabled();
        admin.locator("#scope-agent input").fill(agentCode);
        admin.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(agentCode)).first().click();
        admin.locator("#scope-save").click();
        assertThat(admin.locator("vaadin-notification-card").last()).containsText("已更新 " + name + " 的数据范围");
        BrowserSession.screenshot(admin, "admin-users");
        assertThat(accounts.find(name).orElseThrow().personId()).isEqualTo(users.byRole(UserRole.AGENT).agentId());

        Page agent = browser.login(base(), name, "/overview", 1200, 800);
        assertThat(agent.locator("#kpi-villages")).containsText("1");
        assertThat(agent.locator("#current-user")).containsText(village);
    }

    @Test
    void an_agent_sees_only_their_own_households_on_the_map_where_the_village_supervisor_sees_all() {
        TestUsers.TestUser agent = users.byRole(UserRole.AGENT);
        double[] at = Fixture.load(users).ownPoint(agent);
        String path = String.format("/?c=%.6f,%.6f&z=16.5&layers=households&area=%s", at[0], at[1], agent.area());
        java.util.Set<String> own = java.util.Set.copyOf(users.asSystem(() -> users.jdbc().queryForList(
                "SELECT code FROM household WHERE agent_id = ?", String.class, agent.agentId())));

        Page page = browser.login(base(), agent.username(), path, 1200, 900);
        java.util.List<String> seen = renderedHouseholds(page);
        BrowserSession.screenshot(page, "agent-own-households");
        Page supervisor = browser.login(base(), users.byRole(UserRole.SUPERVISOR).username(), path, 1200, 900);
        java.util.List<String> village = renderedHouseholds(supervisor);
        BrowserSession.screenshot(supervisor, "supervisor-village-households");

        assertThat(seen).isNotEmpty().allMatch(own::contains);
        assertThat(village).containsAll(seen).hasSizeGreaterThan(seen.size());
        page.navigate(base() + "/worklist");
        page.locator("#worklist").waitFor();
        BrowserSession.screenshot(page, "agent-worklist");
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> renderedHouseholds(Page page) {
        assertThat(page.locator("ga-map[data-loaded=true]")).hasCount(1);
        page.waitForFunction("() => { const el = document.querySelector('ga-map');"
                + " const m = el && el.map; return m && m.loaded() && m.areTilesLoaded() && !m.isMoving(); }");
        return (java.util.List<String>) page.evaluate("() => [...new Set(document.querySelector('ga-map').map"
                + ".queryRenderedFeatures({layers: ['households-points']}).map(f => f.properties.code))]");
    }

    @Test
    void a_browser_session_cannot_write_through_the_api_without_the_csrf_token() {
        TestUsers.TestUser secretary = users.byRole(UserRole.TOWN_SECRETARY);
        Page page = browser.login(base(), secretary.username(), "/", 1200, 800);
        long id = Fixture.load(users).ownHousehold(secretary);
        var response = page.request().post(base() + "/api/v1/households/" + id + "/reveal",
                RequestOptions.create().setHeader("Content-Type", "application/json").setData("{\"reason\":\"跨站请求伪造\"}"));
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void script_typed_as_a_user_name_shows_as_text_in_the_audit_log() {
        String attack = "<img src=x onerror=\"window.__xss=1\">";
        Page login = browser.open(base() + "/login", 1200, 800);
        login.locator("vaadin-login-form").getByLabel("用户名").fill(attack);
        login.locator("vaadin-login-form").getByLabel("密码").fill("nope");
        login.locator("vaadin-login-form").getByLabel("密码").press("Enter");
        login.waitForURL(url -> url.contains("error"));
        BrowserSession.screenshot(login, "login-failed");

        Page page = browser.login(base(), users.byRole(UserRole.ADMIN).username(), "/admin/audit", 1400, 800);
        assertThat(page.locator("#audit-grid")).containsText("LOGIN_FAILED");
        page.locator("#audit-user input").fill(attack);
        page.locator("#audit-user input").press("Enter");
        assertThat(page.locator("#audit-grid")).containsText("onerror=\"window.__xss=1\"");
        assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
        BrowserSession.screenshot(page, "audit-log-escapes-script");
    }
}
