package org.gridatlas.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.gridatlas.data.account.domain.UserRole;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.gridatlas.data.imports.ImportPreview;
import org.gridatlas.data.imports.ImportRejectedException;
import org.gridatlas.data.imports.Ledger;
import org.gridatlas.data.imports.LedgerReader;
import org.gridatlas.data.imports.people.PeopleImportService;
import org.gridatlas.data.imports.people.PersonField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Agents and liaisons lists: every bad list refused with row, field and hint (ID numbers masked) and nothing
 * changed in person, agent_link or the audit log; a good list imports its people and opens one agent link per
 * liaison (reason 导入) in one transaction with an audit record.
 */
class PeopleImportIT extends IntegrationTest {

    static final List<String> HEADERS = List.of("人员编码", "姓名", "角色", "层级", "村（网格）代码", "联系电话", "身份证号", "所属代办员编码");
    private static final String PREFIX = "PI-";
    private static final String VALID_ID = "320481199001011234";
    private static final String CHECKSUM = """
            SELECT md5((SELECT coalesce(string_agg(md5(p::text), '' ORDER BY id), '') FROM person p)
                    || (SELECT coalesce(string_agg(md5(a::text), '' ORDER BY id), '') FROM agent_link a)
                    || (SELECT count(*)::text FROM audit_log WHERE action = 'IMPORT'))""";

    @Autowired
    PeopleImportService imports;

    @Autowired
    TestUsers users;

    private Scope supervisor() {
        TestUsers.TestUser u = users.byRole(UserRole.SUPERVISOR);
        return new Scope(u.username(), u.role().name(), u.area(), u.area());
    }

    @BeforeEach
    void theLiyangDemo() {
        users.all();
    }

    @AfterEach
    void removeImportedPeople() {
        users.asSystem(() -> {
            users.jdbc().update("DELETE FROM agent_link WHERE liaison_id IN (SELECT id FROM person WHERE code LIKE 'PI-%')");
            return users.jdbc().update("DELETE FROM person WHERE code LIKE 'PI-%'");
        });
    }

    static List<String> person(String code, String name, String role, String level, String area, String phone, String id, String agent) {
        return List.of(code, name, role, level, area, phone, id, agent);
    }

    static byte[] csv(List<List<String>> rows) {
        StringBuilder s = new StringBuilder(String.join(",", HEADERS)).append('\n');
        rows.forEach(r -> s.append(String.join(",", r)).append('\n'));
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String checksum() {
        return users.asSystem(() -> users.jdbc().queryForObject(CHECKSUM, String.class));
    }

    @TestFactory
    Stream<DynamicTest> every_bad_list_is_refused_with_row_field_and_hint_and_nothing_changes() {
        String village = users.ownVillage();
        String otherVillage = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT min(code) FROM division WHERE level = 'VILLAGE' AND parent_code = ?", String.class, TestUsers.OTHER_TOWN));
        String existing = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT min(code) FROM person WHERE division_code = ?", String.class, village));
        List<String> agent = person("PI-A1", "张代办", "代办员", "村", village, "13800000001", VALID_ID, "");
        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[] {"no name", List.of(person("PI-1", "", "代办员", "村", village, "", "", "")), "\"field\":\"姓名\"", "必填项为空"});
        cases.add(new Object[] {"an unknown role", List.of(person("PI-1", "王", "书记", "村", village, "", "", "")), "角色", "不认识"});
        cases.add(new Object[] {"an unknown village", List.of(person("PI-1", "王", "代办员", "村", "320481999999", "", "", "")), "村（网格）代码", "未知的村"});
        cases.add(new Object[] {"a village outside the supervisor's area", List.of(person("PI-1", "王", "代办员", "村", otherVillage, "", "", "")),
                "村（网格）代码", "未知的村"});
        cases.add(new Object[] {"a duplicate code in the file", List.of(agent, person("PI-A1", "李", "代办员", "村", village, "", "", "")),
                "人员编码", "文件中编码重复"});
        cases.add(new Object[] {"a code that exists", List.of(person(existing, "王", "代办员", "村", village, "", "", "")), "人员编码", "编码已存在"});
        cases.add(new Object[] {"a code with a space", List.of(person("PI 1", "王", "代办员", "村", village, "", "", "")), "人员编码", "编码格式不对"});
        cases.add(new Object[] {"a name of 41 characters", List.of(person("PI-1", "王".repeat(41), "代办员", "村", village, "", "", "")), "姓名", "40"});
        cases.add(new Object[] {"a bad phone", List.of(person("PI-1", "王", "代办员", "村", village, "12345678901", "", "")), "联系电话", "电话号码格式不对"});
        cases.add(new Object[] {"a bad ID number (masked in the report)", List.of(person("PI-1", "王", "代办员", "村", village, "", "320481199001011232", "")),
                "身份证号", "320481********1232"});
        cases.add(new Object[] {"an unknown level", List.of(person("PI-1", "王", "代办员", "省", village, "", "", "")), "层级", "不认识"});
        cases.add(new Object[] {"a liaison naming an unknown agent", List.of(person("PI-L1", "联", "联络员", "村", village, "", "", "PI-NOBODY")),
                "所属代办员编码", "所属代办员「PI-NOBODY」不存在"});
        cases.add(new Object[] {"a liaison without an agent", List.of(person("PI-L1", "联", "联络员", "村", village, "", "", "")),
                "所属代办员编码", "联络员须填所属代办员编码"});
        cases.add(new Object[] {"a liaison naming a liaison", List.of(person("PI-L1", "联", "联络员", "村", village, "", "", "PI-L2"),
                person("PI-L2", "络", "联络员", "村", village, "", "", "PI-L1")), "所属代办员编码", "在文件中不是代办员"});
        cases.add(new Object[] {"an agent naming an agent", List.of(agent, person("PI-A2", "代", "代办员", "村", village, "", "", "PI-A1")),
                "所属代办员编码", "代办员不隶属于其他代办员"});
        cases.add(new Object[] {"one good row and one bad row", List.of(agent, person("PI-L1", "联", "联络员", "村", village, "1", "", "PI-A1")),
                "联系电话", "电话号码格式不对"});
        String before = checksum();
        return cases.stream().map(c -> DynamicTest.dynamicTest((String) c[0], () -> {
            @SuppressWarnings("unchecked")
            Ledger list = LedgerReader.read("名单.csv", csv((List<List<String>>) c[1]));
            ImportRejectedException e = Scopes.runAs(supervisor(), () -> org.assertj.core.api.Assertions.catchThrowableOfType(
                    ImportRejectedException.class, () -> imports.commit(list, PeopleImportService.guessColumns(list.headers()), null)));
            assertThat(e).as((String) c[0]).isNotNull();
            ImportPreview p = e.preview();
            assertThat(p.problems()).as((String) c[0]).isNotEmpty();
            assertThat(p.problems()).anySatisfy(x -> {
                assertThat(x.field()).isEqualTo(((String) c[2]).replace("\"field\":\"", "").replace("\"", ""));
                assertThat(x.message() + x.hint()).contains((String) c[3]);
                assertThat(x.row()).isGreaterThanOrEqualTo(2);
            });
            assertThat(p.problems().toString()).doesNotContain("320481199001011232").doesNotContain("12345678901");
            assertThat(checksum()).as(c[0] + " left person, agent_link and the audit log unchanged").isEqualTo(before);
        }));
    }

    @Test
    void a_village_level_person_on_a_town_is_refused_and_a_town_level_one_is_not() {
        String town = TestUsers.OWN_TOWN;
        TestUsers.TestUser u = users.byRole(UserRole.TOWN_SECRETARY);
        Scope secretary = new Scope(u.username(), u.role().name(), u.area(), u.area());
        Ledger wrong = LedgerReader.read("名单.csv", csv(List.of(person("PI-T1", "王", "代办员", "村", town, "", "", ""))));
        ImportPreview p = Scopes.runAs(secretary, () -> imports.validate(wrong, PeopleImportService.guessColumns(wrong.headers())));
        assertThat(p.problems()).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("层级");
            assertThat(x.message()).contains("区域是乡镇");
            assertThat(x.row()).isEqualTo(2);
        });
        Ledger right = LedgerReader.read("名单.csv", csv(List.of(person("PI-T1", "王", "代办员", "", town, "", "", ""))));
        assertThat(Scopes.runAs(secretary, () -> imports.validate(right, PeopleImportService.guessColumns(right.headers())).problems())).isEmpty();
    }

    @Test
    void an_unmapped_required_column_is_named_and_nothing_is_read() {
        Ledger list = LedgerReader.read("名单.csv", "编号,名字\nPI-1,王\n".getBytes(StandardCharsets.UTF_8));
        Map<PersonField, Integer> columns = PeopleImportService.guessColumns(list.headers());
        ImportPreview p = Scopes.runAs(supervisor(), () -> imports.validate(list, columns));
        assertThat(p.importable()).isFalse();
        assertThat(p.problems()).extracting(x -> x.field()).contains("姓名", "角色", "村（网格）代码");
    }

    @Test
    void agents_and_their_liaisons_import_with_open_agent_links_and_an_audit_record() {
        String village = users.ownVillage();
        String[] grid = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT code, id::text FROM grid_area WHERE village_code = ? ORDER BY code LIMIT 1",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, village));
        String existingAgent = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT min(code) FROM person WHERE role = 'AGENT' AND active AND division_code = ?", String.class, village));
        Ledger list = LedgerReader.read("代办员名单.csv", csv(List.of(
                person("PI-A1", "张代办", "代办员", "", grid[0], "13800000001", VALID_ID, ""),
                person("PI-L1", "李联络", "联络员", "村", village, "13800000002", "", "PI-A1"),
                person("PI-L2", "王联络", "联络员", "组", village, "", "", "PI-A1"),
                person("PI-L3", "赵联络", "联络员", "村", village, "", "", existingAgent))));
        Map<PersonField, Integer> columns = PeopleImportService.guessColumns(list.headers());
        assertThat(columns).hasSize(PersonField.values().length);
        ImportPreview preview = Scopes.runAs(supervisor(), () -> imports.validate(list, columns));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.valid()).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM person WHERE code LIKE 'PI-%'")).isZero();

        PeopleImportService.Result r = Scopes.runAs(supervisor(), () -> imports.commit(list, columns, "127.0.0.1"));
        assertThat(r).isEqualTo(new PeopleImportService.Result(1, 3, 3));
        assertThat(count("SELECT count(*) FROM person WHERE code = 'PI-A1' AND role = 'AGENT' AND level = 'VILLAGE'"
                + " AND division_code = ? AND grid_area_id = " + grid[1] + " AND id_number = ?", village, VALID_ID)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM person WHERE code = 'PI-L2' AND level = 'GROUP' AND county_code = '320481'")).isEqualTo(1);
        assertThat(count("""
                SELECT count(*) FROM agent_link k JOIN person l ON l.id = k.liaison_id JOIN person a ON a.id = k.agent_id
                 WHERE l.code LIKE 'PI-L%' AND k.valid_to IS NULL AND k.reason = '导入' AND k.changed_by = ?
                   AND k.village_code = ? AND a.code = CASE l.code WHEN 'PI-L3' THEN ? ELSE 'PI-A1' END""",
                users.byRole(UserRole.SUPERVISOR).username(), village, existingAgent)).isEqualTo(3);
        String audit = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT target || ' ' || reason FROM audit_log WHERE action = 'IMPORT' ORDER BY id DESC LIMIT 1", String.class));
        assertThat(audit).isEqualTo("people:代办员名单.csv 1 agents, 3 liaisons, 3 agent links");

        assertThatThrownBy(() -> Scopes.runAs(supervisor(), () -> imports.commit(list, columns, null)))
                .isInstanceOf(ImportRejectedException.class);
    }

    private long count(String sql, Object... args) {
        return users.asSystem(() -> users.jdbc().queryForObject(sql, Long.class, args));
    }
}
