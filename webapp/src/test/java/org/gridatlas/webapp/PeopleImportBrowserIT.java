package org.gridatlas.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Page;
import org.gridatlas.data.account.domain.UserRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A supervisor imports an agents and liaisons list: a liaison naming an unknown agent is reported, fixed, imported. */
class PeopleImportBrowserIT extends BrowserTest {

    @AfterEach
    void removeImportedPeople() {
        users.asSystem(() -> {
            users.jdbc().update("DELETE FROM agent_link WHERE liaison_id IN (SELECT id FROM person WHERE code LIKE 'PB-%')");
            return users.jdbc().update("DELETE FROM person WHERE code LIKE 'PB-%'");
        });
    }

    @Test
    void a_supervisor_reads_the_report_fixes_the_agent_code_and_imports_an_agent_with_two_liaisons() throws Exception {
        users.all();
        String village = users.ownVillage();
        List<String> agent = PeopleImportIT.person("PB-A1", "张代办", "代办员", "村", village, "13800000001", "", "");
        List<String> liaison = PeopleImportIT.person("PB-L1", "李联络", "联络员", "村", village, "", "320481199001011234", "PB-A1");
        List<String> wrong = PeopleImportIT.person("PB-L2", "王联络", "联络员", "村", village, "", "", "PB-A9");
        List<String> right = PeopleImportIT.person("PB-L2", "王联络", "联络员", "村", village, "", "", "PB-A1");
        Path dir = Files.createDirectories(Path.of("target", "ledgers"));
        Path bad = Files.write(dir.resolve("代办员名单-有错.csv"), PeopleImportIT.csv(List.of(agent, liaison, wrong)));
        Path fixed = Files.write(dir.resolve("代办员名单-已改.csv"), PeopleImportIT.csv(List.of(agent, liaison, right)));

        Page page = browser.login("http://localhost:" + port, users.byRole(UserRole.SUPERVISOR).username(), "/imports/people", 1300, 900);
        page.locator("#people-upload input[type=file]").setInputFiles(bad);
        assertThat(page.locator("#file-info")).containsText("3 行");
        page.locator("#validate").click();
        assertThat(page.locator("#import-summary")).containsText("发现 1 个问题");
        assertThat(page.locator("#import-problems")).containsText("所属代办员「PB-A9」不存在");
        assertThat(page.locator("#commit")).isDisabled();
        BrowserSession.screenshot(page, "people-import-report");

        page.locator("#people-upload input[type=file]").setInputFiles(fixed);
        assertThat(page.locator("#file-info")).containsText("代办员名单-已改.csv");
        page.locator("#validate").click();
        assertThat(page.locator("#import-summary")).containsText("没有问题");
        page.locator("#commit").click();
        assertThat(page.locator("#import-summary")).containsText("已导入 1 名代办员、2 名联络员，建立 2 条");
        BrowserSession.screenshot(page, "people-import-done");
        long links = users.asSystem(() -> users.jdbc().queryForObject("""
                SELECT count(*) FROM agent_link k JOIN person a ON a.id = k.agent_id
                 WHERE a.code = 'PB-A1' AND k.valid_to IS NULL AND k.reason = '导入'""", Long.class));
        assertThat(links).isEqualTo(2);
    }
}
