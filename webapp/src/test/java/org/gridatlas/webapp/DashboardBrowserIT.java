package org.gridatlas.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.gridatlas.analytics.dashboard.DashboardQueries;
import org.gridatlas.analytics.dashboard.Kpis;
import org.gridatlas.analytics.dashboard.Quarter;
import org.gridatlas.data.account.domain.UserRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A county leader reads the quarterly dashboard and a town secretary picks another quarter — in real Chromium. */
class DashboardBrowserIT extends BrowserTest {

    @Autowired
    DashboardQueries dashboard;

    @Test
    void the_county_dashboard_shows_the_quarters_kpis_charts_quota_and_stars() {
        Quarter q1 = Quarter.parse("2025Q1");
        Kpis k = users.asSystem(() -> dashboard.kpis(q1, "320481"));
        Page page = browser.login("http://localhost:" + port, users.byRole(UserRole.COUNTY_LEADER).username(),
                "/dashboard?q=2025Q1&area=320481", 1400, 1000);
        assertThat(page.locator("#kpi-requests .ga-kpi-value")).hasText(String.format("%,d", k.figures().requests()));
        assertThat(page.locator("#kpi-completion .ga-kpi-value"))
                .hasText(String.format("%.1f%%", k.figures().completionRate() * 100));
        assertThat(page.locator("#kpi-settled")).containsText(k.disputesSettledBelowTown() + " / " + k.disputesClosed());
        assertThat(page.locator("#chart-trend[data-rendered=true]")).hasCount(1);
        assertThat(page.locator("#chart-ranked[data-rendered=true]")).hasCount(1);
        assertThat(page.locator("#ranked-grid")).containsText("天目湖镇");
        assertThat(page.locator("#quota-summary")).containsText("每周至少 1 件");
        assertThat(page.locator("#stars-counts")).containsText("三星");
        BrowserSession.screenshot(page, "dashboard-county");
        page.locator("#stars-grid").scrollIntoViewIfNeeded();
        BrowserSession.screenshot(page, "dashboard-quota-stars");
    }

    @Test
    void a_town_secretary_sees_their_villages_ranked_and_can_change_the_quarter() {
        Page page = browser.login("http://localhost:" + port, users.byRole(UserRole.TOWN_SECRETARY).username(),
                "/dashboard?q=2025Q1", 1400, 1000);
        assertThat(page.locator("#chart-ranked[data-rendered=true]")).hasCount(1);
        assertThat(page.locator("vaadin-combo-box#area-picker input")).hasValue("天目湖镇");
        String q1Requests = page.locator("#kpi-requests .ga-kpi-value").textContent();
        page.locator("vaadin-select#quarter-picker").click();
        page.locator("vaadin-select-item >> visible=true", new Page.LocatorOptions().setHasText("2024Q4")).first().click();
        page.waitForURL(url -> url.contains("q=2024Q4"));
        assertThat(page.locator("#quarter-picker")).containsText("2024Q4");
        Kpis q4 = users.asSystem(() -> dashboard.kpis(Quarter.parse("2024Q4"), TestUsers.OWN_TOWN));
        assertThat(page.locator("#kpi-requests .ga-kpi-value")).hasText(String.format("%,d", q4.figures().requests()));
        assertThat(String.format("%,d", q4.figures().requests())).isNotEqualTo(q1Requests);
        BrowserSession.screenshot(page, "dashboard-town");
    }
}
