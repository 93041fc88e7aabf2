package org.gridatlas.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.gridatlas.data.account.domain.UserRole;
import org.junit.jupiter.api.Test;

/** A county leader pages through meeting mode with the keyboard, drills into a town and leaves with Esc. */
class MeetingBrowserIT extends BrowserTest {

    @Test
    void keyboard_paging_drilling_into_a_town_and_esc_back_to_the_dashboard() {
        Page page = browser.login("http://localhost:" + port, users.byRole(UserRole.COUNTY_LEADER).username(),
                "/meeting?q=2025Q1&area=320481", 1600, 900);
        assertThat(page.locator("#meeting-page")).hasText("1 / 5");
        assertThat(page.locator("#meeting-title")).hasText("总览");
        assertThat(page.locator("#meeting-trend[data-rendered=true]")).hasCount(1);
        BrowserSession.screenshot(page, "meeting-1-overview");

        page.keyboard().press("ArrowRight");
        assertThat(page.locator("#meeting-page")).hasText("2 / 5");
        assertThat(page.locator("#meeting-ranked[data-rendered=true]")).hasCount(1);
        BrowserSession.screenshot(page, "meeting-2-ranked");

        page.keyboard().press("PageDown");
        assertThat(page.locator("#meeting-title")).hasText("热点");
        assertThat(page.locator("#meeting-hotspots[data-rendered=true]")).hasCount(1);
        assertThat(page.locator("ga-map#meeting-map[data-loaded=true]")).hasCount(1);
        BrowserSession.screenshot(page, "meeting-3-hotspots");

        page.keyboard().press("ArrowRight");
        assertThat(page.locator("#meeting-title")).hasText("走访盲区");
        BrowserSession.screenshot(page, "meeting-4-gaps");
        page.keyboard().press("5");
        assertThat(page.locator("#meeting-page")).hasText("5 / 5");
        assertThat(page.locator("#meeting-title")).hasText("星级服务点");
        BrowserSession.screenshot(page, "meeting-5-stars");
        page.keyboard().press("PageUp");
        assertThat(page.locator("#meeting-page")).hasText("4 / 5");
        page.keyboard().press("ArrowLeft");
        assertThat(page.locator("#meeting-page")).hasText("3 / 5");

        page.keyboard().press("2");
        page.locator("#meeting-towns button[data-code='" + TestUsers.OWN_TOWN + "']").click();
        assertThat(page.locator("#meeting-body")).hasAttribute("data-area", TestUsers.OWN_TOWN);
        assertThat(page.locator("#meeting-page")).hasText("1 / 5");
        assertThat(page.locator(".ga-meeting-where")).containsText("天目湖镇");
        page.keyboard().press("ArrowRight");
        assertThat(page.locator("#meeting-title")).hasText("排名");
        assertThat(page.locator("#meeting-ranked[data-rendered=true]")).hasCount(1);
        BrowserSession.screenshot(page, "meeting-town-ranked");

        page.keyboard().press("Escape");
        page.waitForURL(url -> url.contains("/dashboard"));
        assertThat(page.locator("#dashboard-kpis")).hasCount(1);
        assertThat(page.locator("vaadin-combo-box#area-picker input")).hasValue("溧阳市");
    }
}
