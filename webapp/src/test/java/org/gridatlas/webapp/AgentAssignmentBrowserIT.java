package org.gridatlas.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.gridatlas.data.account.domain.UserRole;
import org.gridatlas.data.assignment.service.AssignmentService;
import org.gridatlas.data.assignment.service.LiaisonMove;
import org.gridatlas.data.audit.AuditAction;
import org.gridatlas.data.audit.AuditService;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A supervisor draws a polygon and assigns the households to an agent, balances liaisons → agents with a preview,
 * and moves a leaving agent's liaisons to others in one step, previewed and confirmed.
 */
class AgentAssignmentBrowserIT extends BrowserTest {

    @Autowired
    AuditService audit;
    @Autowired
    AssignmentService assignments;

    @Test
    void a_supervisor_assigns_a_polygon_to_an_agent_balances_liaisons_and_hands_over_a_leaving_agent() {
        Instant start = Instant.now().minusSeconds(1);
        TestUsers.TestUser supervisor = users.byRole(UserRole.SUPERVISOR);
        unbalanceOneGridArea(supervisor);
        Page page = browser.login("http://localhost:" + port, supervisor.username(), "/assignment", 1500, 950);
        assertThat(page.locator("ga-assign-map#assign-map[data-loaded=true]")).hasCount(1,
                new LocatorAssertions.HasCountOptions().setTimeout(90_000));
        waitForIdle(page, "#assign-map");

        page.locator("#select-mode vaadin-radio-button").nth(2).click();
        // the mode reaches the map through the server: draw only once the map is in polygon mode
        page.waitForFunction("() => document.querySelector('#assign-map').mode === 'polygon'");
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
        @SuppressWarnings("unchecked")
        List<Number> selected = (List<Number>) page.evaluate("() => document.querySelector('#assign-map')._selection");
        String ids = selected.stream().map(n -> String.valueOf(n.longValue())).collect(Collectors.joining(",", "{", "}"));
        List<String> agentsNow = agentCodesOf(ids);
        page.locator("#to-agent input").click();
        Locator items = page.locator("vaadin-combo-box-item");
        page.waitForFunction("() => [...document.querySelectorAll('vaadin-combo-box-item')]"
                + ".some(i => i.textContent.includes('空位'))");
        List<String> labels = items.allTextContents();
        int roomiest = -1;
        for (int i = 0; i < labels.size(); i++) {
            String code = labels.get(i).split(" ")[0];
            if (!agentsNow.contains(code) && (roomiest < 0 || room(labels.get(i)) > room(labels.get(roomiest)))) {
                roomiest = i;
            }
        }
        assertThat(room(labels.get(roomiest))).isGreaterThanOrEqualTo(selected.size());
        String target = labels.get(roomiest).split(" ")[0];
        items.nth(roomiest).click();
        page.locator("#reason input").fill("多边形划给代办员");
        page.locator("#assign-agent").click();
        assertThat(page.locator("#assign-status")).containsText("已分派 " + selected.size() + " 户");
        assertThat(agentCodesOf(ids)).containsExactly(target);
        BrowserSession.screenshot(page, "assignment-to-agent");

        page.locator("#auto-balance-agents").click();
        assertThat(page.locator("#preview-stats")).containsText("贪心基线");
        assertThat(page.locator("#preview-stats")).containsText("名联络员");
        assertThat(page.locator("ga-assign-map#preview-after[data-loaded=true]")).hasCount(1);
        waitForIdle(page, "#preview-after");
        BrowserSession.screenshot(page, "assignment-agent-balance-preview");
        page.locator("#apply-balance").click();
        assertThat(page.locator("#assign-status")).containsText("已应用联络员均衡");

        String firstAgent = users.asSystem(() -> users.jdbc().queryForObject("SELECT min(code) FROM person"
                + " WHERE role = 'AGENT' AND active AND grid_area_id IN (SELECT id FROM grid_area WHERE village_code ="
                + " (SELECT min(code) FROM division WHERE level = 'VILLAGE' AND code LIKE ? AND holds_households))",
                String.class, supervisor.area() + "%"));
        page.locator("#agent-panel vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(firstAgent)).first().click();
        page.locator("#agent-leaves").click();
        assertThat(page.locator("#handover-summary")).containsText("一次性转交");
        assertThat(page.locator("#handover-rows")).containsText("→");
        BrowserSession.screenshot(page, "assignment-agent-handover-preview");
        page.locator("#handover-apply").click();
        assertThat(page.locator("#assign-status")).containsText("已转交");
        BrowserSession.screenshot(page, "assignment-agent-handed-over");

        var changes = users.asSystem(() -> audit.find(AuditAction.ASSIGNMENT_CHANGED, supervisor.username(), start,
                Instant.now().plusSeconds(1), 10));
        assertThat(changes).hasSizeGreaterThanOrEqualTo(4);
        assertThat(changes).anySatisfy(e -> assertThat(e.reason()).contains("多边形划给代办员"));
        assertThat(changes).anySatisfy(e -> assertThat(e.reason()).contains("代办员离任"));
    }

    /** Piles three more liaisons on one agent so that the liaison balance has something to propose. */
    private void unbalanceOneGridArea(TestUsers.TestUser supervisor) {
        List<LiaisonMove> moves = users.asSystem(() -> users.jdbc().query("""
                WITH a AS (SELECT p.id, p.grid_area_id FROM person p WHERE p.role = 'AGENT' AND p.active
                             AND p.grid_area_id IN (SELECT id FROM grid_area WHERE village_code LIKE ?)
                           ORDER BY p.id LIMIT 1)
                SELECT al.liaison_id, al.id, a.id FROM a JOIN person o ON o.grid_area_id = a.grid_area_id
                       AND o.role = 'AGENT' AND o.id <> a.id
                  JOIN agent_link al ON al.agent_id = o.id AND al.valid_to IS NULL
                 ORDER BY al.liaison_id LIMIT 3""", (rs, i) -> new LiaisonMove(rs.getLong(1), rs.getLong(2),
                rs.getLong(3)), supervisor.area() + "%"));
        assertThat(moves).hasSize(3);
        Scope scope = new Scope(supervisor.username(), supervisor.role().name(), supervisor.area(), supervisor.area());
        Scopes.runAs(scope, () -> assignments.moveLiaisons(moves, "测试准备：集中三名联络员"));
    }

    private List<String> agentCodesOf(String householdIds) {
        return users.asSystem(() -> users.jdbc().queryForList("SELECT DISTINCT a.code FROM liaison_link ll"
                + " JOIN agent_link al ON al.liaison_id = ll.liaison_id AND al.valid_to IS NULL"
                + " JOIN person a ON a.id = al.agent_id WHERE ll.valid_to IS NULL AND ll.household_id = ANY (?::bigint[])",
                String.class, householdIds));
    }

    private static int room(String label) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("空位 (\\d+)").matcher(label);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static void waitForIdle(Page page, String selector) {
        page.waitForFunction("s => { const m = document.querySelector(s).map;"
                + " return m && m.loaded() && !m.isMoving() && m.queryRenderedFeatures({layers: ['households-points']}).length > 0; }",
                selector);
    }
}
