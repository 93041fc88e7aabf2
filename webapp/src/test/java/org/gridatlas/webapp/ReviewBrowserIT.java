package org.gridatlas.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions;
import com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions;
import org.gridatlas.data.account.domain.UserRole;
import org.junit.jupiter.api.Test;

/**
 * A town secretary reviews the quarter on the map: hexagon bins, four quarters under one locked legend, the change
 * against the previous quarter, a choropleth, the monthly playback, a PNG, and makes the review pack.
 */
class ReviewBrowserIT extends BrowserTest {

    @Test
    void a_town_secretary_compares_quarters_under_one_legend_and_makes_the_review_pack() {
        TestUsers.TestUser secretary = users.byRole(UserRole.TOWN_SECRETARY);
        Page page = browser.login("http://localhost:" + port, secretary.username(), "/review", 1600, 1000);
        assertThat(page.locator("ga-review-map#review-map[data-loaded=true]")).hasCount(1,
                new HasCountOptions().setTimeout(30_000));
        page.locator("#quarter").click();   // the demo's quarters; later tests may add items today
        page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("2025Q1")).click();
        assertThat(page.locator("#map-title")).containsText("天目湖镇 · 2025Q1");
        drawn(page, "#review-map");
        assertThat(page.locator("#legend")).containsText("六边形边长 1000 m");
        assertThat(page.locator("#legend .legend-class")).not().hasCount(0);
        assertThat(page.locator("#oldest-open .open-item")).not().hasCount(0);
        assertThat(page.locator("#coverage-gaps")).containsText("覆盖率");
        BrowserSession.screenshot(page, "review-hex");

        page.locator("#mode vaadin-radio-button").nth(1).click();
        assertThat(page.locator("ga-review-map#small-3[data-loaded=true]")).hasCount(1,
                new HasCountOptions().setTimeout(30_000));
        for (int i = 0; i < 4; i++) {
            drawn(page, "#small-" + i);
        }
        assertThat(page.locator("#legend")).containsText("图例锁定于 2024Q2–2025Q1");
        assertThat(page.locator(".small-title")).hasText(new String[] {"2024Q2", "2024Q3", "2024Q4", "2025Q1"});
        BrowserSession.screenshot(page, "review-compare-four-quarters");

        page.locator("#mode vaadin-radio-button").nth(2).click();
        assertThat(page.locator("#legend")).containsText("变化 change: 2025Q1 − 2024Q4");
        drawn(page, "#review-map");
        BrowserSession.screenshot(page, "review-change");

        page.locator("#mode vaadin-radio-button").nth(0).click();
        page.locator("#style").click();
        page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("分级设色")).click();
        assertThat(page.locator("#legend")).containsText("单位：%");
        drawn(page, "#review-map");
        BrowserSession.screenshot(page, "review-choropleth-coverage");

        page.locator("#style").click();
        page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("核密度")).click();
        assertThat(page.locator("#legend")).containsText("搜索半径 1500 m");
        drawn(page, "#review-map");
        BrowserSession.screenshot(page, "review-density");

        page.locator("#play").click();
        assertThat(page.locator("#month-label")).containsText("2025-01");
        assertThat(page.locator("#month-label")).containsText("2025-03", new ContainsTextOptions().setTimeout(15_000));

        String png = page.locator("#png").getAttribute("href");
        APIResponse image = page.request().get("http://localhost:" + port + "/" + png);
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.headers().get("content-type")).isEqualTo("image/png");
        assertThat(image.body()).hasSizeGreaterThan(10_000);
        save("review-map-download.png", image.body());

        page.locator("#make-pack").click();
        assertThat(page.locator("#pack-status")).containsText(java.util.regex.Pattern.compile("已生成并存档|生成失败"),
                new ContainsTextOptions().setTimeout(120_000));
        assertThat(page.locator("#pack-status")).containsText("已生成并存档");
        BrowserSession.screenshot(page, "review-pack-made");
        String pdf = page.locator("#pack-pdf").getAttribute("href");
        APIResponse file = page.request().get("http://localhost:" + port + "/" + pdf);
        assertThat(file.status()).isEqualTo(200);
        assertThat(new String(file.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        save("review-pack.pdf", file.body());
    }

    private static void save(String name, byte[] bytes) {
        try {
            java.nio.file.Files.createDirectories(BrowserSession.SCREENSHOTS);
            java.nio.file.Files.write(BrowserSession.SCREENSHOTS.resolve(name), bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Waits until the map in {@code selector} has drawn cells (the browser shares two busy cores: up to 90 s). */
    private static void drawn(Page page, String selector) {
        try {
            page.waitForFunction("s => { const el = document.querySelector(s); const m = el && el.map;"
                    + " return m && m.loaded() && Number(el.getAttribute('data-features')) > 0"
                    + " && m.queryRenderedFeatures({layers: ['cells-fill']}).length > 0; }", selector,
                    new Page.WaitForFunctionOptions().setTimeout(90_000));
        } catch (RuntimeException e) {
            BrowserSession.screenshot(page, "review-failed-" + selector.replace("#", ""));
            throw e;
        }
    }
}
