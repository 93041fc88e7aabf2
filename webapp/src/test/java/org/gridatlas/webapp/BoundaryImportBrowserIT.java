package org.gridatlas.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.microsoft.playwright.Page;
import org.gridatlas.data.account.domain.UserRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A town secretary uploads a grid area with a self-intersecting boundary, reads the report, repairs it and imports. */
class BoundaryImportBrowserIT extends BrowserTest {

    private static final String VILLAGE = TestUsers.OWN_TOWN + "902";
    @AfterEach
    void removeTheSyntheticVillage() {
        users.asSystem(() -> {
            users.jdbc().update("DELETE FROM grid_area WHERE village_code = ?", VILLAGE);
            users.jdbc().update("DELETE FROM division WHERE code = ?", VILLAGE);
            return null;
        });
    }

    @Test
    void a_town_secretary_repairs_a_self_intersecting_grid_area_and_imports_it() throws Exception {
        users.all();
        double[] p = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT ST_X(p), ST_Y(p) FROM (SELECT ST_PointOnSurface(boundary) p FROM division WHERE code = ?) s",
                (rs, i) -> new double[] {Math.floor(rs.getDouble(1) * 1000) / 1000, Math.floor(rs.getDouble(2) * 1000) / 1000},
                TestUsers.OWN_TOWN));
        double x = p[0];
        double y = p[1];
        users.asSystem(() -> users.jdbc().update("""
                INSERT INTO division (code, level, parent_code, county_code, name, holds_households, boundary)
                VALUES (?, 'VILLAGE', ?, '320481', '导入测试村', false, ST_Multi(ST_MakeEnvelope(?, ?, ?, ?, 4326)))""",
                VILLAGE, TestUsers.OWN_TOWN, x, y, x + 0.01, y + 0.01));
        String bowTie = String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}",
                x, y, x + 0.01, y + 0.01, x + 0.01, y, x, y + 0.01, x, y);
        Path dir = Files.createDirectories(Path.of("target", "boundaries"));
        Path file = Files.writeString(dir.resolve("蝴蝶网格.geojson"), BoundaryFiles.collection(
                BoundaryFiles.feature(VILLAGE + "01", "蝴蝶网格", VILLAGE, bowTie)));

        Page page = browser.login("http://localhost:" + port, users.byRole(UserRole.TOWN_SECRETARY).username(),
                "/imports/boundaries", 1300, 1000);
        assertThat(page.locator("#boundary-upload")).isVisible();
        BrowserSession.screenshot(page, "boundary-import-opened");
        page.waitForFileChooser(() -> page.locator("#boundary-upload vaadin-button").first().click()).setFiles(file);
        assertThat(page.locator("#boundary-summary")).containsText("发现 1 个问题");
        assertThat(page.locator("#boundary-problems")).containsText("图形无效");
        assertThat(page.locator("#boundary-commit")).isDisabled();
        BrowserSession.screenshot(page, "boundary-import-invalid-geometry");

        page.locator("#boundary-repair").click();
        page.locator("#boundary-validate").click();
        assertThat(page.locator("#boundary-summary")).containsText("没有问题");
        assertThat(page.locator("#boundary-repairs")).containsText("面积变化");
        assertThat(page.locator("#boundary-commit")).isEnabled();
        page.waitForTimeout(1500);
        BrowserSession.screenshot(page, "boundary-import-repaired-preview");

        page.locator("#boundary-commit").click();
        assertThat(page.locator("#boundary-summary")).containsText("已导入 1 个区域");
        long valid = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT count(*) FROM grid_area WHERE village_code = ? AND ST_IsValid(boundary)", Long.class, VILLAGE));
        assertThat(valid).isEqualTo(1);
    }

    @Test
    void a_town_secretary_previews_and_imports_a_geopackage_in_a_cgcs2000_gauss_krueger_zone() throws Exception {
        users.all();
        double[] p = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT ST_X(p), ST_Y(p) FROM (SELECT ST_PointOnSurface(boundary) p FROM division WHERE code = ?) s",
                (rs, i) -> new double[] {Math.floor(rs.getDouble(1) * 1000) / 1000, Math.floor(rs.getDouble(2) * 1000) / 1000},
                TestUsers.OWN_TOWN));
        users.asSystem(() -> users.jdbc().update("""
                INSERT INTO division (code, level, parent_code, county_code, name, holds_households, boundary)
                VALUES (?, 'VILLAGE', ?, '320481', '导入测试村', false, ST_Multi(ST_MakeEnvelope(?, ?, ?, ?, 4326)))""",
                VILLAGE, TestUsers.OWN_TOWN, p[0], p[1], p[0] + 0.01, p[1] + 0.01));
        String projected = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT ST_AsText(ST_Transform(ST_Multi(ST_MakeEnvelope(?, ?, ?, ?, 4490)), 4528))", String.class,
                p[0] + 0.002, p[1] + 0.002, p[0] + 0.008, p[1] + 0.008));
        Path dir = Files.createDirectories(Path.of("target", "boundaries"));
        Path file = Files.write(dir.resolve("网格-4528.gpkg"), GeoPackages.features("grids", 4528, java.util.List.of("code", "name", "village"),
                java.util.List.<Object[]>of(new Object[] {VILLAGE + "01", "投影网格", VILLAGE, new org.locationtech.jts.io.WKTReader().read(projected)})));

        Page page = browser.login("http://localhost:" + port, users.byRole(UserRole.TOWN_SECRETARY).username(),
                "/imports/boundaries", 1300, 1000);
        page.waitForFileChooser(() -> page.locator("#boundary-upload vaadin-button").first().click()).setFiles(file);
        assertThat(page.locator("#boundary-summary")).containsText("没有问题");
        assertThat(page.locator("#boundary-commit")).isEnabled();
        page.waitForTimeout(1500);
        BrowserSession.screenshot(page, "boundary-import-geopackage-preview");
        page.locator("#boundary-commit").click();
        assertThat(page.locator("#boundary-summary")).containsText("已导入 1 个区域");
        double offset = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT ST_HausdorffDistance(boundary, ST_MakeEnvelope(?, ?, ?, ?, 4326)) FROM grid_area WHERE code = ?", Double.class,
                p[0] + 0.002, p[1] + 0.002, p[0] + 0.008, p[1] + 0.008, VILLAGE + "01"));
        org.assertj.core.api.Assertions.assertThat(offset).isLessThan(1e-8);
    }
}
