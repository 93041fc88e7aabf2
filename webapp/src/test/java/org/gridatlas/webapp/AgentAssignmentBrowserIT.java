package org.gridatlas.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.gridatlas.data.account.domain.UserRole;
import org.gridatlas.data.audit.AuditAction;
import org.gridatlas.data.audit.AuditService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A supervisor draws a polygon and assigns the households to an agent, balances liaisons → agents with a preview,
 * and moves a leaving agent's liaisons to others in one step, previewed and confirmed.
 */
class AgentAssignmentBrowserIT extends IntegrationTest {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;
    @Autowired
    AuditService audit;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void a_supervisor_assigns_a_polygon_to_an_agent_balances_liaisons_and_hands_over_a_leaving_agent() {
        Instant start = Instant.now().minusSeconds(1);
        TestUsers.TestUser supervisor = users.byRole(UserRole.SUPERVISOR);
        Page page = browser.login("http://localhost:" + port, supervisor.username(), "/assignment", 1500, 950);
        assertThat(page.locator("ga-assign-map#assign-map[data-loaded=true]")).hasCount(1,
                new LocatorAssertions.HasCountOptions().setTimeout(30_000));
        waitForIdle(page, "#assign-map");

        page.locator("#select-mode vaadin-radio-button").nth(2).click();
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) page.evaluate("""
                () => { const m = document.querySelector('#assign-map').map;
                  const f = m.queryRenderedFeatures({layers: ['households-points']});
                  const r = m.getCanvas().getBoundingClientRect();
                  const p = m.project(f[Math.floor(f.length / 3)].geometry.coordinates);
                  return [r.left + p.x, r.top + p.y]; }""");
        double x = at.get(0).doubleValue();
        double y = at.get(1).doubleValue();
        page.mouse().click(x - 6, y - 6);
        page.mouse().click(x + 6, y - 6);
        page.mouse().click(x + 6, y + 6);
        page.mouse().dblclick(x - 6, y + 6);
        assertThat(page.locator("#selection-count")).not().containsText("已选 0 户");
        page.locator("#to-agent input").click();
        Locator items = page.locator("vaadin-combo-box-item");
        items.first().waitFor();
        List<String> labels = items.allTextContents();
        int roomiest = 0;
        for (int i = 1; i < labels.size(); i++) {
            if (room(labels.get(i)) > room(labels.get(roomiest))) {
                roomiest = i;
            }
        }
        assertThat(labels.get(roomiest)).contains("空位");
        items.nth(roomiest).click();
        page.locator("#reason input").fill("多边形划给代办员");
        page.locator("#assign-agent").click();
        assertThat(page.locator("#assign-status")).containsText("已分派");
        BrowserSession.screenshot(page, "assignment-to-agent");

        page.locator("#auto-balance-agents").click();
        assertThat(page.locator("#preview-stats")).containsText("贪心基线");
        assertThat(page.locator("#preview-stats")).containsText("名联络员");
        assertThat(page.locator("ga-assign-map#preview-after[data-loaded=true]")).hasCount(1);
        waitForIdle(page, "#preview-after");
        BrowserSession.screenshot(page, "assignment-agent-balance-preview");
        page.locator("#apply-balance").click();
        assertThat(page.locator("#assign-status")).containsText("已应用联络员均衡");

        Locator firstAgent = page.locator("#agent-panel vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("^A\\d+ ")));
        firstAgent.first().click();
        page.locator("#agent-leaves").click();
        assertThat(page.locator("#handover-summary")).containsText("一次性转交");
        assertThat(page.locator("#handover-rows")).containsText("→");
        BrowserSession.screenshot(page, "assignment-agent-handover-preview");
        page.locator("#handover-apply").click();
        assertThat(page.locator("#assign-status")).containsText("已转交");
        BrowserSession.screenshot(page, "assignment-agent-handed-over");

        var changes = users.asSystem(() -> audit.find(AuditAction.ASSIGNMENT_CHANGED, supervisor.username(), start,
                Instant.now().plusSeconds(1), 10));
        assertThat(changes).hasSizeGreaterThanOrEqualTo(3);
        assertThat(changes).anySatisfy(e -> assertThat(e.reason()).contains("多边形划给代办员"));
        assertThat(changes).anySatisfy(e -> assertThat(e.reason()).contains("代办员离任"));
    }

    private static int room(String label) {
        return Integer.parseInt(label.replaceAll(".*空位 (\\d+).*", "$1"));
    }

    private static void waitForIdle(Page page, String selector) {
        page.waitForFunction("s => { const m = document.querySelector(s).map;"
                + " return m && m.loaded() && !m.isMoving() && m.queryRenderedFeatures({layers: ['households-points']}).length > 0; }",
                selector);
    }
}
