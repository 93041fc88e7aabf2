package org.gridatlas.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Page;
import org.gridatlas.data.account.domain.UserRole;
import org.gridatlas.data.imports.CoordinateSystem;
import org.junit.jupiter.api.Test;

/** A supervisor imports a GCJ-02 Excel ledger with two bad rows, reads the report, fixes it, imports, sees it on the map. */
class ImportBrowserIT extends BrowserTest {

    @Test
    void a_supervisor_fixes_two_bad_rows_imports_a_gcj02_ledger_and_sees_the_households_on_the_map() throws Exception {
        String village = users.ownVillage();
        double[] wgs = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT ST_X(p), ST_Y(p) FROM (SELECT ST_PointOnSurface(boundary) p FROM division WHERE code = ?) x",
                (rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)}, village));
        double[] gcj = CoordinateSystem.GCJ02.fromWgs84(wgs[0], wgs[1]);
        String code = "B" + (System.nanoTime() % 1_000_000);
        List<String> good = LedgerFiles.row(code + "1", village, gcj);
        List<String> noName = new java.util.ArrayList<>(LedgerFiles.row(code + "2", village, gcj));
        noName.set(3, "");
        List<String> badId = new java.util.ArrayList<>(LedgerFiles.row(code + "3", village, gcj));
        badId.set(4, "320481199001011232");
        Path dir = Files.createDirectories(Path.of("target", "ledgers"));
        Path bad = Files.write(dir.resolve("台账-有错.xlsx"), LedgerFiles.xlsx(List.of(good, noName, badId)));
        Path fixed = Files.write(dir.resolve("台账-已改.xlsx"), LedgerFiles.xlsx(List.of(good,
                LedgerFiles.row(code + "2", village, gcj), LedgerFiles.row(code + "3", village, gcj))));

        String base = "http://localhost:" + port;
        Page page = browser.login(base, users.byRole(UserRole.SUPERVISOR).username(), "/imports/households", 1300, 900);
        page.locator("#ledger-upload input[type=file]").setInputFiles(bad);
        assertThat(page.locator("#file-info")).containsText("3 行");
        page.locator("#crs").click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.OPTION,
                new Page.GetByRoleOptions().setName("GCJ-02 (高德/腾讯)")).click();
        page.locator("#validate").click();
        assertThat(page.locator("#import-summary")).containsText("发现 2 个问题");
        assertThat(page.locator("#import-problems")).containsText("户主姓名");
        assertThat(page.locator("#import-problems")).containsText("身份证号无效");
        assertThat(page.locator("#commit")).isDisabled();
        BrowserSession.screenshot(page, "import-report-two-bad-rows");

        page.locator("#ledger-upload input[type=file]").setInputFiles(fixed);
        assertThat(page.locator("#file-info")).containsText("台账-已改.xlsx");
        page.locator("#validate").click();
        assertThat(page.locator("#import-summary")).containsText("没有问题");
        page.locator("#commit").click();
        assertThat(page.locator("#import-summary")).containsText("已导入 3 户");
        BrowserSession.screenshot(page, "import-done");

        page.locator("#imported-on-map").click();
        page.waitForFunction("() => { const el = document.querySelector('ga-map');"
                + " const m = el && el.map; return m && m.loaded() && m.areTilesLoaded() && !m.isMoving(); }");
        Object codes = page.evaluate("() => document.querySelector('ga-map').map"
                + ".queryRenderedFeatures({layers: ['households-points']}).map(f => f.properties.code)");
        assertThat(codes.toString()).contains(code + "1").contains(code + "3");
        BrowserSession.screenshot(page, "import-households-on-map");
    }
}
