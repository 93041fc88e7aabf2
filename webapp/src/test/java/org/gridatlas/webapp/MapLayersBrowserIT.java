package org.gridatlas.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.gridatlas.data.account.domain.UserRole;
import org.junit.jupiter.api.Test;

/**
 * All ten map layers in real Chromium: each renders at county, town and village zoom (from the zoom its style
 * starts at: grid areas from z11, groups from z13), each can be switched off and on, a household opens its card
 * with masked personal data, and a search by village code finds the village.
 */
class MapLayersBrowserIT extends BrowserTest {

    /** The demo's last 30 days: every dated layer has data around the test village (the default visit week may not). */
    private static final String LAST_MONTH = "&from=2025-04-21&to=2025-05-20";
    private static final String ALL = "towns,villages,grid-areas,groups,households,agents,posts,requests,disputes,visits";
    /** Layer id → the style layer that draws it and the zoom from which that style layer is drawn. */
    private static final Map<String, Object[]> STYLE = new LinkedHashMap<>();

    static {
        STYLE.put("towns", new Object[] {"towns-line", 0});
        STYLE.put("villages", new Object[] {"villages-line", 9});
        STYLE.put("grid-areas", new Object[] {"grid-areas-line", 11});
        STYLE.put("groups", new Object[] {"groups-line", 13});
        STYLE.put("households", new Object[] {null, 0});
        STYLE.put("agents", new Object[] {"agents-points", 0});
        STYLE.put("posts", new Object[] {"posts-points", 0});
        STYLE.put("requests", new Object[] {"requests-points", 0});
        STYLE.put("disputes", new Object[] {"disputes-points", 0});
        STYLE.put("visits", new Object[] {"visits-points", 0});
    }

    @Test
    void every_layer_renders_at_county_town_and_village_zoom() {
        double[] village = villageCentre();
        double[][] views = {{119.43, 31.42, 9.6}, {village[0], village[1], 12.0}, {village[0], village[1], 14.5}};
        String[] names = {"county", "town", "village"};
        for (int v = 0; v < views.length; v++) {
            Page page = open(String.format(Locale.ROOT, "/?c=%.5f,%.5f&z=%.2f&layers=%s%s", views[v][0], views[v][1],
                    views[v][2], ALL, LAST_MONTH));
            waitForMapIdle(page);
            double zoom = zoom(page);
            for (var e : STYLE.entrySet()) {
                String styleLayer = styleLayer(e.getKey(), zoom);
                int from = (Integer) e.getValue()[1];
                if (zoom >= from) {
                    assertThat(renderedFeatures(page, styleLayer)).as(e.getKey() + " at " + names[v] + " zoom " + zoom)
                            .isPositive();
                } else {
                    assertThat(renderedFeatures(page, styleLayer)).as(e.getKey() + " below its zoom").isZero();
                }
            }
            BrowserSession.screenshot(page, "map-all-layers-" + names[v]);
        }
    }

    @Test
    void each_of_the_ten_layers_switches_off_and_on_again() {
        double[] village = villageCentre();
        Page page = open(String.format(Locale.ROOT, "/?c=%.5f,%.5f&z=14.5&layers=%s%s", village[0], village[1], ALL,
                LAST_MONTH));
        waitForMapIdle(page);
        double zoom = zoom(page);
        for (String layer : STYLE.keySet()) {
            String styleLayer = styleLayer(layer, zoom);
            assertThat(renderedFeatures(page, styleLayer)).as(layer + " on").isPositive();
            // the switch goes through the server (URL, layer state) before the map hides the layer: wait for it
            page.locator("#layer-" + layer).click();
            waitForRendered(page, styleLayer, "=== 0");
            assertThat(renderedFeatures(page, styleLayer)).as(layer + " off").isZero();
            page.locator("#layer-" + layer).click();
            waitForRendered(page, styleLayer, "> 0");
            assertThat(renderedFeatures(page, styleLayer)).as(layer + " on again").isPositive();
        }
        BrowserSession.screenshot(page, "map-all-layers-toggled");
    }

    @Test
    void a_time_range_from_the_link_limits_the_dated_layers_and_a_range_chosen_on_the_page_goes_into_the_link() {
        double[] village = villageCentre();
        Page page = open(String.format(Locale.ROOT, "/?c=%.5f,%.5f&z=14.5&layers=towns,requests,visits"
                + "&from=2020-01-01&to=2020-01-31", village[0], village[1]));
        waitForMapIdle(page);
        assertThat(page.locator("#time-from input")).hasValue("2020-01-01");
        assertThat(renderedFeatures(page, "requests-points")).as("no requests in January 2020").isZero();
        assertThat(renderedFeatures(page, "visits-points")).as("no visits in January 2020").isZero();

        page.locator("#time-to input").fill("2025-06-30");
        page.locator("#time-to input").press("Enter");
        page.locator("#time-from input").fill("2025-04-01");
        page.locator("#time-from input").press("Enter");
        waitForRendered(page, "visits-points", "> 0");
        assertThat(renderedFeatures(page, "requests-points")).as("requests of the second quarter").isPositive();
        assertThat(page.url()).contains("from=2025-04-01").contains("to=2025-06-30");
        BrowserSession.screenshot(page, "map-time-range");

        page.locator("#time-from input").fill("2025-07-01");
        page.locator("#time-from input").press("Enter");
        assertThat(page.locator("#time-to")).hasAttribute("invalid", "");
        assertThat(page.url()).as("a reversed range is not applied").contains("from=2025-04-01");
    }

    @Test
    void a_request_status_from_the_link_filters_the_requests_and_a_status_chosen_on_the_page_goes_into_the_link() {
        Page page = open("/?c=119.43,31.42&z=9.6&layers=towns,requests" + LAST_MONTH + "&status=RATED");
        waitForMapIdle(page);
        assertThat(page.locator("#request-status")).containsText("已评价");
        assertThat((String) page.evaluate("() => document.querySelector('ga-map').map.getSource('requests').tiles[0]"))
                .contains("status=RATED").contains("from=2025-04-21");
        int rated = renderedCount(page, "requests-points");
        assertThat(rated).as("rated requests of the last month").isPositive();

        page.locator("#request-status").click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.OPTION,
                new Page.GetByRoleOptions().setName("办理中")).click();
        page.waitForFunction("() => document.querySelector('ga-map').map.getSource('requests').tiles[0].includes('status=HANDLING')");
        waitForMapIdle(page);
        assertThat(page.url()).contains("status=HANDLING");
        assertThat(renderedCount(page, "requests-points")).as("fewer requests in handling than rated").isLessThan(rated);
        BrowserSession.screenshot(page, "map-request-status");
    }

    @Test
    void a_click_on_a_household_opens_its_card_with_masked_personal_data() {
        double[] at = users.asSystem(() -> users.jdbc().queryForObject("""
                SELECT ST_X(location), ST_Y(location) FROM household
                WHERE village_code LIKE '320481%' AND location IS NOT NULL AND phone IS NOT NULL
                ORDER BY id LIMIT 1""", (rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)}));
        Page page = open(String.format(Locale.ROOT, "/?c=%.6f,%.6f&z=18&layers=towns,households", at[0], at[1]));
        waitForMapIdle(page);
        assertThat(renderedFeatures(page, "households-points")).isPositive();
        page.locator("ga-map canvas").click();
        assertThat(page.locator("#household-card")).hasAttribute("opened", "");
        assertThat(page.locator("#household-phone")).containsText("*");
        assertThat(page.locator("#household-name")).containsText("*");
        BrowserSession.screenshot(page, "map-household-card");
    }

    @Test
    void a_search_by_village_code_finds_the_village() {
        String[] village = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT code, name FROM division d WHERE level = 'VILLAGE' AND code LIKE '320481%'"
                        + " AND EXISTS (SELECT 1 FROM household h WHERE h.village_code = d.code) ORDER BY code DESC LIMIT 1",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}));
        Page page = open("/");
        waitForMapIdle(page);
        page.locator("#map-search input").fill(village[0]);
        page.locator("#map-search input").press("Enter");
        assertThat(page.locator("#search-results")).containsText(village[1]);
        page.locator("#search-results vaadin-button").first().click();
        assertThat(page.locator("#breadcrumb")).containsText(village[1]);
        page.waitForFunction("() => { const el = document.querySelector('ga-map'); return el && el.map && !el.map.isMoving(); }");
        waitForMapIdle(page);
        assertThat(zoom(page)).isGreaterThan(11);
        BrowserSession.screenshot(page, "map-search-village-code");
    }

    /** Households are cells below z13 and points from z13. */
    private static String styleLayer(String layer, double zoom) {
        Object s = STYLE.get(layer)[0];
        return s != null ? (String) s : zoom < 13 ? "households-cells" : "households-points";
    }

    /** The seat of the village holding the dispute nearest the densest part of Liyang (every layer has data there). */
    private double[] villageCentre() {
        return users.asSystem(() -> users.jdbc().queryForObject("""
                SELECT ST_X(d.location), ST_Y(d.location) FROM dispute d
                WHERE d.village_code LIKE '320481%' AND d.location IS NOT NULL
                ORDER BY d.location <-> ST_SetSRID(ST_MakePoint(119.509, 31.485), 4326) LIMIT 1""",
                (rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)}));
    }

    private Page open(String path) {
        return browser.login("http://localhost:" + port, users.byRole(UserRole.COUNTY_LEADER).username(), path, 1400, 900);
    }

    private static void waitForMapIdle(Page page) {
        page.waitForFunction("() => { const el = document.querySelector('ga-map');"
                + " const m = el && el.map; return m && m.loaded() && m.areTilesLoaded() && !m.isMoving(); }");
        page.waitForTimeout(300);
        page.waitForFunction("() => { const el = document.querySelector('ga-map'); return el && el.map && el.map.areTilesLoaded(); }");
    }

    private static void waitForRendered(Page page, String layer, String condition) {
        page.waitForFunction("l => { const m = document.querySelector('ga-map').map;"
                + " return !m.isMoving() && m.areTilesLoaded() && m.queryRenderedFeatures({layers: [l]}).length " + condition + "; }",
                layer);
        waitForMapIdle(page);
    }

    private static int renderedFeatures(Page page, String layer) {
        return ((Number) page.evaluate("l => document.querySelector('ga-map').map.queryRenderedFeatures({layers: [l]}).length",
                layer)).intValue();
    }

    /** Requests drawn, counting each cell's points (low zoom draws counted cells). */
    private static int renderedCount(Page page, String layer) {
        return ((Number) page.evaluate("l => document.querySelector('ga-map').map.queryRenderedFeatures({layers: [l]})"
                + ".reduce((n, f) => n + (f.properties.count || 1), 0)", layer)).intValue();
    }

    private static double zoom(Page page) {
        return ((Number) page.evaluate("() => document.querySelector('ga-map').map.getZoom()")).doubleValue();
    }
}
