package org.gridatlas.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.gridatlas.data.account.domain.UserRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A town secretary imports a generated ledger of 20,000 rows: the progress bar shows rows read, validated and
 * written; a cancel leaves nothing; the same file then imports completely.
 */
class LedgerProgressBrowserIT extends BrowserTest {

    private static final int ROWS = LedgerProgressIT.ROWS;

    @AfterEach
    void removeTheGeneratedHouseholds() {
        users.asSystem(() -> users.jdbc().update("DELETE FROM household WHERE code LIKE 'LB-%'"));
        users.asSystem(() -> users.jdbc().update("DELETE FROM import_column_mapping WHERE updated_by = ?",
                users.byRole(UserRole.TOWN_SECRETARY).username()));
    }

    private long imported() {
        return users.asSystem(() -> users.jdbc().queryForObject("SELECT count(*) FROM household WHERE code LIKE 'LB-%'", Long.class));
    }

    @Test
    void a_town_secretary_watches_the_progress_cancels_and_then_imports_20000_rows() throws Exception {
        users.all();
        Path dir = Files.createDirectories(Path.of("target", "ledgers"));
        Path file = Files.write(dir.resolve("两万户台账.csv"), LedgerProgressIT.generated(users, TestUsers.OWN_TOWN, "LB-", ROWS));
        LocatorAssertions.ContainsTextOptions slow = new LocatorAssertions.ContainsTextOptions().setTimeout(60_000);

        Page page = browser.login("http://localhost:" + port, users.byRole(UserRole.TOWN_SECRETARY).username(),
                "/imports/households", 1300, 900);
        page.locator("#ledger-upload input[type=file]").setInputFiles(file);
        assertThat(page.locator("#file-info")).containsText("20,000 行", slow);
        page.locator("#validate").click();
        assertThat(page.locator("#import-summary")).containsText("没有问题", slow);

        page.locator("#commit").click();
        assertThat(page.locator("#import-progress-counts")).containsText("共 20,000 行");
        BrowserSession.screenshot(page, "ledger-import-progress");
        page.locator("#import-cancel").click();
        assertThat(page.locator("#import-summary")).containsText("导入已取消，未写入任何数据", slow);
        assertThat(page.locator("#import-progress")).isHidden();
        assertThat(imported()).as("nothing written after the cancel").isZero();
        BrowserSession.screenshot(page, "ledger-import-cancelled");

        page.locator("#commit").click();
        assertThat(page.locator("#import-summary")).containsText("已导入 20,000 户", slow);
        assertThat(imported()).isEqualTo(ROWS);
        BrowserSession.screenshot(page, "ledger-import-20000-done");
    }
}
