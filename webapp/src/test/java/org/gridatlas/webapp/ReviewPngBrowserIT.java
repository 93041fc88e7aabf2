package org.gridatlas.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions;
import com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions;
import org.gridatlas.data.account.domain.UserRole;
import org.gridatlas.webapp.review.ReviewScreen;
import org.junit.jupiter.api.Test;

/**
 * Every map of the review screen can be saved as PNG: the single map, the four quarters together (one legend) and
 * each of them, the change map, and a month of the playback. Each link is clicked, the download decoded, and its
 * size and content checked.
 */
class ReviewPngBrowserIT extends BrowserTest {

    @Test
    void every_review_map_downloads_as_a_png_that_decodes_at_its_size() {
        TestUsers.TestUser secretary = users.byRole(UserRole.TOWN_SECRETARY);
        Page page = browser.login("http://localhost:" + port, secretary.username(), "/review", 1600, 1000);
        assertThat(page.locator("ga-review-map#review-map[data-loaded=true]")).hasCount(1,
                new HasCountOptions().setTimeout(30_000));
        page.locator("#quarter").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("2025Q1")).click();
        assertThat(page.locator("#map-title")).containsText("天目湖镇 · 2025Q1");

        BufferedImage single = download(page, "#png", "review-png-single");
        assertPng(single, ReviewScreen.PNG_W, ReviewScreen.PNG_H);

        page.locator("#mode vaadin-radio-button").nth(1).click();
        assertThat(page.locator("ga-review-map#small-3[data-loaded=true]")).hasCount(1,
                new HasCountOptions().setTimeout(30_000));
        assertThat(page.locator("#png")).containsText("四季度");
        assertThat(page.locator("[id^=png-]")).hasCount(4);
        BrowserSession.screenshot(page, "review-png-links-compare");
        BufferedImage four = download(page, "#png", "review-png-four-quarters");
        assertPng(four, ReviewScreen.MULTIPLES_W, ReviewScreen.MULTIPLES_H);
        for (int i = 0; i < 4; i++) {
            assertPng(download(page, "#png-" + i, "review-png-quarter-" + i), ReviewScreen.PNG_W, ReviewScreen.PNG_H);
        }

        page.locator("#mode vaadin-radio-button").nth(2).click();
        assertThat(page.locator("#legend")).containsText("变化 change: 2025Q1 − 2024Q4");
        assertThat(page.locator("#png")).not().containsText("四季度");
        assertThat(page.locator("#png")).hasAttribute("href", java.util.regex.Pattern.compile("mode=change"));
        assertPng(download(page, "#png", "review-png-change"), ReviewScreen.PNG_W, ReviewScreen.PNG_H);

        page.locator("#mode vaadin-radio-button").nth(0).click();
        page.locator("#play").click();
        assertThat(page.locator("#month-label")).containsText("2025-0", new ContainsTextOptions().setTimeout(15_000));
        assertThat(page.locator("#png")).hasAttribute("href", java.util.regex.Pattern.compile("month=2025-0[123]"));
        assertPng(download(page, "#png", "review-png-month"), ReviewScreen.PNG_W, ReviewScreen.PNG_H);

        String base = "http://localhost:" + port + "/api/v1/review/map.png?area=" + TestUsers.OWN_TOWN + "&quarter=2025Q1";
        com.microsoft.playwright.APIResponse month = page.request().get(base + "&month=2024-12");
        assertThat(month.status()).isEqualTo(400);
        assertThat(month.text()).contains("month must be one of [2025-01, 2025-02, 2025-03]");
        com.microsoft.playwright.APIResponse index = page.request().get(base + "&mode=compare&index=4");
        assertThat(index.status()).isEqualTo(400);
        assertThat(index.text()).contains("index must be 0 to 3, got 4");
    }

    /** Clicks the link, waits for the download, keeps it under target/screenshots and decodes it. */
    private static BufferedImage download(Page page, String link, String name) {
        Download d = page.waitForDownload(() -> page.locator(link).click());
        assertThat(d.failure()).as("download of %s", link).isNull();
        assertThat(d.suggestedFilename()).endsWith(".png");
        try {
            byte[] bytes = Files.readAllBytes(d.path());
            Files.createDirectories(BrowserSession.SCREENSHOTS);
            Files.write(BrowserSession.SCREENSHOTS.resolve(name + ".png"), bytes);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(img).as("%s decodes as an image", link).isNotNull();
            return img;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The size, and a drawing on it: the white ground, the map's colours (not one flat colour). */
    private static void assertPng(BufferedImage img, int w, int h) {
        assertThat(img.getWidth()).isEqualTo(w);
        assertThat(img.getHeight()).isEqualTo(h);
        assertThat(img.getRGB(1, 1) & 0xffffff).isEqualTo(0xffffff);
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < h; y += 7) {
            for (int x = 0; x < w; x += 7) {
                colours.add(img.getRGB(x, y) & 0xffffff);
            }
        }
        assertThat(colours).as("distinct colours in the map").hasSizeGreaterThan(6);
    }
}
