package org.gridatlas.webapp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Real headless Chromium (Debian's {@code /usr/bin/chromium}) driven by Playwright; WebGL through SwiftShader
 * so MapLibre renders without a GPU. Screenshots go to {@code target/screenshots/}.
 */
final class BrowserSession implements AutoCloseable {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    BrowserSession() {
        // the machine is shared and small: give the UI time rather than fail on a slow moment
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("gridatlas.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
                        "--ignore-gpu-blocklist", "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--lang=zh-CN")));
    }

    Page open(String url, int width, int height) {
        Page page = browser.newContext(new Browser.NewContextOptions()
                        .setViewportSize(width, height).setLocale("zh-CN"))
                .newPage();
        page.setDefaultTimeout(30_000);
        page.navigate(url);
        return page;
    }

    /** Opens the login page, logs in with the test password and goes to {@code path}. */
    Page login(String base, String username, String path, int width, int height) {
        Page page = open(base + "/login", width, height);
        page.locator("vaadin-login-form").getByLabel("用户名").fill(username);
        page.locator("vaadin-login-form").getByLabel("密码").fill(TestUsers.PASSWORD);
        page.locator("vaadin-login-form").getByLabel("密码").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        if (!path.equals("/")) {
            page.navigate(base + path);
        }
        return page;
    }

    static Path screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(false));
        return file;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
