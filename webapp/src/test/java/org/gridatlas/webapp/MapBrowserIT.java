package org.gridatlas.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.gridatlas.data.account.domain.UserRole;
import org.junit.jupiter.api.Test;

/** A person opens the map, reads it, drills into a town, opens the overview and switches language — in real Chromium. */
class MapBrowserIT extends BrowserTest {


    private Page open(String path, int width, int height) {
        return browser.login("http://localhost:" + port, users.byRole(UserRole.COUNTY_LEADER).username(), path, width, height);
    }

    @Test
    void the_map_shows_town_and_village_boundaries_and_households() {
        Page page = open("/", 1400, 900);
        assertThat(page.locator("ga-map[data-loaded=true]")).hasCount(1);
        waitForMapIdle(page);
        assertThat(page.locator("#breadcrumb")).containsText("溧阳市");
        assertThat(renderedFeatures(page, "towns-fill")).isGreaterThanOrEqualTo(12);
        assertThat(renderedFeatures(page, "households-cells")).isGreaterThan(100);
        BrowserSession.screenshot(page, "map-liyang");
    }

    @Test
    void selecting_a_town_in_the_tree_drills_the_map_into_that_town() {
        Page page = open("/", 1400, 900);
        assertThat(page.locator("ga-map[data-loaded=true]")).hasCount(1);
        waitForMapIdle(page);
        double countyZoom = zoom(page);
        page.locator("#division-tree").getByText("天目湖镇", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#breadcrumb")).containsText("天目湖镇");
        assertThat(page.locator("#selection-info")).containsText("320481106");
        page.waitForFunction("() => { const el = document.querySelector('ga-map'); return el && el.map && !el.map.isMoving(); }");
        waitForMapIdle(page);
        assertThat(zoom(page)).isGreaterThan(countyZoom);
        assertThat(renderedFeatures(page, "villages-line")).isGreaterThan(5);
        BrowserSession.screenshot(page, "map-town-tianmuhu");
    }

    @Test
    void each_layer_can_be_toggled_off_and_on_again() {
        Page page = open("/", 1400, 900);
        waitForMapIdle(page);
        assertThat(renderedFeatures(page, "households-cells")).isPositive();
        page.locator("#layer-households").click();
        waitForMapIdle(page);
        assertThat(renderedFeatures(page, "households-cells")).isZero();
        assertThat(page.url()).contains("layers=");
        page.locator("#layer-households").click();
        waitForMapIdle(page);
        assertThat(renderedFeatures(page, "households-cells")).isPositive();
        assertThat(page.locator("#count-households")).containsText("260,0");
        assertThat(page.locator("#data-quality")).containsText("缺少坐标的住户",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        BrowserSession.screenshot(page, "map-layer-panel");
    }

    @Test
    void a_search_finds_a_village_and_flies_the_map_there() {
        String village = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT name FROM division WHERE parent_code = '320481107' ORDER BY code LIMIT 1", String.class));
        Page page = open("/", 1400, 900);
        waitForMapIdle(page);
        page.locator("#map-search input").fill(village);
        page.locator("#map-search input").press("Enter");
        page.locator("#search-results vaadin-button").first().click();
        assertThat(page.locator("#breadcrumb")).containsText(village);
        assertThat(page.locator("#breadcrumb")).containsText("别桥镇");
        page.waitForFunction("() => { const el = document.querySelector('ga-map'); return el && el.map && !el.map.isMoving(); }");
        waitForMapIdle(page);
        assertThat(zoom(page)).isGreaterThan(11);
        BrowserSession.screenshot(page, "map-search-village");
    }

    @Test
    void a_shared_link_reproduces_centre_zoom_and_layers() {
        Page page = open("/?c=119.45000,31.30000&z=12.50&layers=towns,grid-areas,households", 1400, 900);
        waitForMapIdle(page);
        assertThat(zoom(page)).isBetween(12.4, 12.6);
        double lon = ((Number) page.evaluate("() => document.querySelector('ga-map').map.getCenter().lng")).doubleValue();
        assertThat(lon).isBetween(119.449, 119.451);
        assertThat(page.locator("#layer-villages input")).not().isChecked();
        assertThat(page.locator("#layer-grid-areas input")).isChecked();
        assertThat(renderedFeatures(page, "villages-line")).isZero();
        assertThat(renderedFeatures(page, "grid-areas-line")).isPositive();
        BrowserSession.screenshot(page, "map-shared-link");
    }

    @Test
    void the_request_layer_shows_open_items_and_a_click_opens_a_request_summary() {
        double[] at = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT ST_X(location), ST_Y(location) FROM service_request WHERE location IS NOT NULL"
                        + " AND status NOT IN ('ARCHIVED', 'RATED', 'RETURNED') ORDER BY id LIMIT 1",
                (rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)}));
        Page page = open("/?layers=towns,villages,requests", 1400, 900);
        waitForMapIdle(page);
        assertThat(page.locator("#layer-requests input")).isChecked();
        assertThat(renderedFeatures(page, "requests-points")).isPositive();
        BrowserSession.screenshot(page, "map-requests-county");
        page.navigate(page.url().replaceAll("\\?.*$", "") + String.format("?c=%.6f,%.6f&z=18&layers=towns,requests", at[0], at[1]));
        waitForMapIdle(page);
        Object atCentre = page.evaluate("() => { const m = document.querySelector('ga-map').map; const c = m.getCanvas();"
                + " return JSON.stringify(m.queryRenderedFeatures([c.clientWidth / 2, c.clientHeight / 2])"
                + ".map(f => f.layer.id + ':' + JSON.stringify(f.properties))); }");
        assertThat(atCentre.toString()).contains("requests-points");
        page.locator("ga-map canvas").click();
        assertThat(page.locator("#feature-summary")).containsText("办件类型");
        assertThat(page.locator("#feature-summary")).containsText("状态");
        assertThat(page.locator("#feature-summary")).not().containsText("SUBMITTED");
        BrowserSession.screenshot(page, "map-request-summary");
    }

    @Test
    void the_overview_charts_households_per_town() {
        Page page = open("/overview", 1200, 900);
        assertThat(page.locator("#kpi-villages")).containsText("244");
        assertThat(page.locator("ga-chart[data-rendered=true]")).hasCount(1);
        BrowserSession.screenshot(page, "overview");
    }

    @Test
    void the_interface_is_chinese_first_and_switches_to_english() {
        Page page = open("/overview", 1200, 800);
        assertThat(page.locator("body")).containsText("网格治理一张图");
        page.locator("#language-switch").click();
        assertThat(page.locator("h3")).hasText("Overview");
        assertThat(page.locator("#kpi-villages")).containsText("Villages");
        BrowserSession.screenshot(page, "overview-english");
        page.locator("#language-switch").click();
        assertThat(page.locator("h3")).hasText("概览");
        assertThat(page.locator("#kpi-villages")).containsText("村（社区）");
    }

    private static void waitForMapIdle(Page page) {
        page.waitForFunction("() => { const el = document.querySelector('ga-map');"
                + " const m = el && el.map; return m && m.loaded() && m.areTilesLoaded() && !m.isMoving(); }");
        page.waitForTimeout(300);
        page.waitForFunction("() => { const el = document.querySelector('ga-map'); return el && el.map && el.map.areTilesLoaded(); }");
    }

    private static int renderedFeatures(Page page, String layer) {
        return ((Number) page.evaluate("l => document.querySelector('ga-map').map.queryRenderedFeatures({layers: [l]}).length",
                layer)).intValue();
    }

    private static double zoom(Page page) {
        return ((Number) page.evaluate("() => document.querySelector('ga-map').map.getZoom()")).doubleValue();
    }
}
