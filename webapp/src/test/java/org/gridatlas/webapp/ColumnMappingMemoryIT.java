package org.gridatlas.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.gridatlas.data.account.domain.UserRole;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.gridatlas.data.imports.ColumnMappings;
import org.gridatlas.data.imports.CoordinateSystem;
import org.gridatlas.data.imports.HouseholdImportService;
import org.gridatlas.data.imports.Ledger;
import org.gridatlas.data.imports.LedgerField;
import org.gridatlas.data.imports.LedgerReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The household ledger's column mapping is remembered per header row (hash of the normalised headings, per county):
 * a second file with the same header — spaced and cased differently, other rows — gets the mapping the user chose
 * for the first one without mapping it again; a different header gets nothing.
 */
class ColumnMappingMemoryIT extends IntegrationTest {

    /** Headings no guess recognises, in an unusual order. */
    private static final String HEADER = "HH编号,门牌,所在村编码,户主 名,手机号码,人口数量,东经,北纬";

    @Autowired
    HouseholdImportService imports;

    @Autowired
    TestUsers users;

    private Scope as(UserRole role) {
        TestUsers.TestUser u = users.byRole(role);
        return new Scope(u.username(), u.role().name(), u.area(), u.area());
    }

    @AfterEach
    void removeTheImportedHouseholdsAndMappings() {
        users.asSystem(() -> {
            users.jdbc().update("DELETE FROM household WHERE code LIKE 'CM-%'");
            return users.jdbc().update("DELETE FROM import_column_mapping WHERE header_hash = ?",
                    ColumnMappings.hash(List.of(HEADER.split(","))));
        });
    }

    private Ledger ledger(String header, String file, String code, String village, double[] p) {
        String csv = header + "\n" + String.join(",", code, "测试路 1 号", village, "李测试", "13912345678", "3",
                String.format("%.7f", p[0]), String.format("%.7f", p[1])) + "\n";
        return LedgerReader.read(file, csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_second_file_with_the_same_header_gets_the_first_files_mapping_without_mapping_it_again() {
        users.all();
        String village = users.ownVillage();
        double[] p = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT ST_X(p), ST_Y(p) FROM (SELECT ST_PointOnSurface(boundary) p FROM division WHERE code = ?) x",
                (rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)}, village));
        Ledger first = ledger(HEADER, "一月.csv", "CM-1", village, p);
        assertThat(HouseholdImportService.guessColumns(first.headers())).doesNotContainKeys(LedgerField.CODE, LedgerField.VILLAGE);
        assertThat(Scopes.runAs(as(UserRole.SUPERVISOR), () -> imports.rememberedColumns(first.headers()))).isEmpty();

        Map<LedgerField, Integer> chosen = new EnumMap<>(LedgerField.class);
        chosen.put(LedgerField.CODE, 0);
        chosen.put(LedgerField.ADDRESS, 1);
        chosen.put(LedgerField.VILLAGE, 2);
        chosen.put(LedgerField.HEAD_NAME, 3);
        chosen.put(LedgerField.PHONE, 4);
        chosen.put(LedgerField.SIZE, 5);
        chosen.put(LedgerField.LON, 6);
        chosen.put(LedgerField.LAT, 7);
        int n = Scopes.runAs(as(UserRole.SUPERVISOR), () -> imports.commit(first, chosen, CoordinateSystem.WGS84));
        assertThat(n).isEqualTo(1);

        // the same header with other spacing and case, another file, other rows
        Ledger second = ledger(" hh编号 ,门牌,所在村编码 ,户主名,手机号码,人口数量,东经,北纬", "二月.csv", "CM-2", village, p);
        var recalled = Scopes.runAs(as(UserRole.SUPERVISOR), () -> imports.rememberedColumns(second.headers()));
        assertThat(recalled).contains(chosen);
        assertThat(Scopes.runAs(as(UserRole.SUPERVISOR), () -> imports.commit(second, recalled.orElseThrow(), CoordinateSystem.WGS84)))
                .isEqualTo(1);
        assertThat(users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT count(*) FROM household WHERE code = 'CM-2' AND village_code = ? AND address = '测试路 1 号'", Long.class, village)))
                .isEqualTo(1);
        // per county: the town secretary of the same county gets it too; a different header gets nothing
        assertThat(Scopes.runAs(as(UserRole.TOWN_SECRETARY), () -> imports.rememberedColumns(second.headers()))).contains(chosen);
        assertThat(Scopes.runAs(as(UserRole.SUPERVISOR), () -> imports.rememberedColumns(
                List.of("HH编号", "门牌", "所在村编码", "户主名", "手机号码", "人口数量", "东经", "北纬", "备注")))).isEmpty();
    }
}
