package org.gridatlas.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.microsoft.playwright.Page;
import org.gridatlas.data.account.domain.UserRole;
import org.gridatlas.data.audit.AuditAction;
import org.gridatlas.data.audit.AuditService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A supervisor draws a polygon round households, assigns them, runs auto-balance, previews and applies it. */
class AssignmentBrowserIT extends BrowserTest {

    @Autowired
    AuditService audit;

    @Test
    void a_supervisor_assigns_households_in_a_drawn_polygon_then_auto_balances_with_a_preview() {
        Instant start = Instant.now().minusSeconds(1);
        TestUsers.TestUser supervisor = users.byRole(UserRole.SUPERVISOR);
        Page page = browser.login("http://localhost:" + port, supervisor.username(), "/assignment", 1500, 950);
        assertThat(page.locator("ga-assign-map#assign-map[data-loaded=true]")).hasCount(1,
                new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(30_000));
        assertThat(page.locator("#area-info")).containsText("户");
        waitForIdle(page, "#assign-map");
        assertThat(page.locator("#agent-panel")).containsText("%");
        BrowserSession.screenshot(page, "assignment-village");

        page.locator("#select-mode vaadin-radio-button").nth(2).click();
        // the mode reaches the map through the server: draw only once the map is in polygon mode
        page.waitForFunction("() => document.querySelector('#assign-map').mode === 'polygon'");
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) page.evaluate("""
                () => { const el = document.querySelector('#assign-map'); const m = el.map;
                  const f = m.queryRenderedFeatures({layers: ['households-points']});
                  const r = m.getCanvas().getBoundingClientRect();
                  const p = m.project(f[Math.floor(f.length / 2)].geometry.coordinates);
                  return [r.left + p.x, r.top + p.y]; }""");
        double x = box.get(0).doubleValue();
        double y = box.get(1).doubleValue();
        page.mouse().click(x - 12, y - 12);
        page.mouse().click(x + 12, y - 12);
        page.mouse().click(x + 12, y + 12);
        page.mouse().dblclick(x - 12, y + 12);
        assertThat(page.locator("#selection-count")).not().containsText("已选 0 户");
        BrowserSession.screenshot(page, "assignment-polygon-selected");

        page.locator("#liaison input").click();
        page.locator("vaadin-combo-box-item").first().click();
        page.locator("#reason input").fill("按多边形调整联系户");
        page.locator("#assign").click();
        assertThat(page.locator("#assign-status")).containsText("已分派");
        BrowserSession.screenshot(page, "assignment-assigned");

        page.locator("#auto-balance").click();
        assertThat(page.locator("#preview-stats")).containsText("贪心基线");
        assertThat(page.locator("ga-assign-map#preview-after[data-loaded=true]")).hasCount(1);
        waitForIdle(page, "#preview-after");
        BrowserSession.screenshot(page, "assignment-balance-preview");
        page.locator("#apply-balance").click();
        assertThat(page.locator("#assign-status")).containsText("已应用自动均衡");
        BrowserSession.screenshot(page, "assignment-balanced");

        var changes = users.asSystem(() -> audit.find(AuditAction.ASSIGNMENT_CHANGED, supervisor.username(), start,
                Instant.now().plusSeconds(1), 10));
        assertThat(changes).hasSizeGreaterThanOrEqualTo(2);
        assertThat(changes).anySatisfy(e -> assertThat(e.reason()).contains("按多边形调整联系户"));
    }

    private static void waitForIdle(Page page, String selector) {
        page.waitForFunction("s => { const m = document.querySelector(s).map;"
                + " return m && m.loaded() && !m.isMoving() && m.queryRenderedFeatures({layers: ['households-points']}).length > 0; }",
                selector);
    }
}
