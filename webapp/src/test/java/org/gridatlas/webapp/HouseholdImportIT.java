package org.gridatlas.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.gridatlas.data.account.domain.UserRole;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.gridatlas.data.imports.CoordinateSystem;
import org.gridatlas.data.imports.HouseholdImportService;
import org.gridatlas.data.imports.ImportPreview;
import org.gridatlas.data.imports.ImportRejectedException;
import org.gridatlas.data.imports.Ledger;
import org.gridatlas.data.imports.LedgerException;
import org.gridatlas.data.imports.LedgerReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

/** Bad ledgers get a clear message naming row and field and change nothing; a good one imports in one transaction. */
class HouseholdImportIT extends IntegrationTest {

    @Autowired
    HouseholdImportService imports;

    @Autowired
    TestUsers users;

    private Scope supervisor() {
        TestUsers.TestUser u = users.byRole(UserRole.SUPERVISOR);
        return new Scope(u.username(), u.role().name(), u.area(), u.area());
    }

    private double[] inVillage(String village) {
        return users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT ST_X(p), ST_Y(p) FROM (SELECT ST_PointOnSurface(boundary) p FROM division WHERE code = ?) x",
                (rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)}, village));
    }

    /** A GCJ-02 position whose WGS84 reading falls outside the village (a household near its edge). */
    private double[] gcjShiftedOutOf(String village) {
        List<double[]> points = users.asSystem(() -> users.jdbc().query(
                "SELECT ST_X(location), ST_Y(location) FROM household WHERE village_code = ? AND location IS NOT NULL",
                (rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)}, village));
        for (double[] p : points) {
            double[] gcj = CoordinateSystem.GCJ02.fromWgs84(p[0], p[1]);
            Boolean inside = users.asSystem(() -> users.jdbc().queryForObject(
                    "SELECT ST_Covers(boundary, ST_SetSRID(ST_MakePoint(?, ?), 4326)) FROM division WHERE code = ?",
                    Boolean.class, gcj[0], gcj[1], village));
            if (!Boolean.TRUE.equals(inside)) {
                return gcj;
            }
        }
        throw new IllegalStateException("no household of " + village + " lies within a GCJ-02 offset of its edge");
    }

    private long households() {
        return users.asSystem(() -> users.jdbc().queryForObject("SELECT count(*) FROM household", Long.class));
    }

    @TestFactory
    Stream<DynamicTest> every_bad_ledger_is_refused_with_row_and_field_and_nothing_changes() {
        String village = users.ownVillage();
        double[] wgs = inVillage(village);
        double[] shiftedOut = gcjShiftedOutOf(village);
        String existing = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT min(code) FROM household WHERE village_code = ?", String.class, village));
        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[] {"missing head of household", List.of(List.of("T1", village, "地址", "", "", "", "", "", "")), "户主姓名"});
        cases.add(new Object[] {"bad ID checksum", List.of(with(LedgerFiles.row("T2", village, wgs), 4, "320481199001011232")), "身份证号"});
        cases.add(new Object[] {"bad phone", List.of(with(LedgerFiles.row("T3", village, wgs), 5, "12345")), "电话号码"});
        cases.add(new Object[] {"size 0", List.of(with(LedgerFiles.row("T4", village, wgs), 6, "0")), "人口数"});
        cases.add(new Object[] {"size not a number", List.of(with(LedgerFiles.row("T5", village, wgs), 6, "三")), "人口数"});
        cases.add(new Object[] {"unknown village", List.of(LedgerFiles.row("T6", "320481999999", wgs)), "未知的村"});
        cases.add(new Object[] {"village outside the capture area", List.of(LedgerFiles.row("T7", "320481107001", null)), "未知的村"});
        cases.add(new Object[] {"duplicate code in file", List.of(LedgerFiles.row("T8", village, wgs), LedgerFiles.row("T8", village, wgs)), "编码重复"});
        cases.add(new Object[] {"code already in the database", List.of(LedgerFiles.row(existing, village, wgs)), "编码已存在"});
        cases.add(new Object[] {"coordinates (0,0)", List.of(LedgerFiles.row("T9", village, new double[] {0, 0})), "(0, 0)"});
        cases.add(new Object[] {"latitude and longitude swapped", List.of(LedgerFiles.row("T10", village, new double[] {wgs[1], wgs[0]})), "填反"});
        cases.add(new Object[] {"outside China", List.of(LedgerFiles.row("T11", village, new double[] {2.35, 48.85})), "不在中国境内"});
        cases.add(new Object[] {"coordinates not numbers", List.of(with(LedgerFiles.row("T12", village, wgs), 7, "东经119度")), "不是数字"});
        cases.add(new Object[] {"GCJ-02 points declared as WGS84", List.of(LedgerFiles.row("T13", village, shiftedOut)), "GCJ-02"});
        cases.add(new Object[] {"bad code characters", List.of(LedgerFiles.row("T 14/", village, wgs)), "编码格式"});
        cases.add(new Object[] {"address too long", List.of(with(LedgerFiles.row("T15", village, wgs), 2, "长".repeat(201))), "200"});
        cases.add(new Object[] {"name too long", List.of(with(LedgerFiles.row("T16", village, wgs), 3, "名".repeat(41))), "40"});
        cases.add(new Object[] {"one bad row among good ones", List.of(LedgerFiles.row("T17", village, wgs),
                with(LedgerFiles.row("T18", village, wgs), 4, "1")), "身份证号"});
        List<DynamicTest> tests = new ArrayList<>();
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            List<List<String>> rows = (List<List<String>>) c[1];
            tests.add(DynamicTest.dynamicTest((String) c[0], () -> refused(LedgerReader.read("坏台账.xlsx", LedgerFiles.xlsx(rows)),
                    (String) c[2])));
        }
        tests.add(DynamicTest.dynamicTest("no column for a required field", () -> {
            byte[] csv = "编号,地址\n1,x\n".getBytes(StandardCharsets.UTF_8);
            refused(LedgerReader.read("少列.csv", csv), "没有对应的列");
        }));
        for (String[] f : new String[][] {{"empty.csv", ""}, {"ledger.pdf", "x"}, {"broken.xlsx", "PK\u0003\u0004broken"}, {"blank.csv", "\n,\n"}}) {
            tests.add(DynamicTest.dynamicTest("unreadable file " + f[0], () -> {
                long before = households();
                assertThatThrownBy(() -> LedgerReader.read(f[0], f[1].getBytes(StandardCharsets.ISO_8859_1)))
                        .isInstanceOf(LedgerException.class).hasMessageContaining(f[0]);
                assertThat(households()).isEqualTo(before);
            }));
        }
        return tests.stream();
    }

    @Test
    void a_gcj02_ledger_imports_all_rows_in_one_transaction_into_their_grid_areas() {
        String village = users.ownVillage();
        double[] wgs = inVillage(village);
        double[] gcj = CoordinateSystem.GCJ02.fromWgs84(wgs[0], wgs[1]);
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        Ledger ledger = LedgerReader.read("好台账.xlsx", LedgerFiles.xlsx(List.of(
                LedgerFiles.row("G" + suffix + "A", village, gcj), LedgerFiles.row("G" + suffix + "B", village, gcj))));
        long before = households();
        int imported = Scopes.runAs(supervisor(), () -> imports.commit(ledger, HouseholdImportService.guessColumns(ledger.headers()),
                CoordinateSystem.GCJ02));
        assertThat(imported).isEqualTo(2);
        assertThat(households()).isEqualTo(before + 2);
        Double metres = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT max(ST_Distance(location::geography, ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography)) FROM household"
                        + " WHERE code LIKE ? AND grid_area_id IS NOT NULL", Double.class, wgs[0], wgs[1], "G" + suffix + "%"));
        assertThat(metres).isLessThan(0.05);
    }

    private void refused(Ledger ledger, String expected) {
        long before = households();
        var columns = HouseholdImportService.guessColumns(ledger.headers());
        ImportPreview preview = Scopes.runAs(supervisor(), () -> imports.validate(ledger, columns, CoordinateSystem.WGS84));
        assertThat(preview.importable()).isFalse();
        assertThat(preview.problems()).anySatisfy(p -> assertThat(p.message() + " " + p.hint()).contains(expected));
        assertThat(preview.problems()).allSatisfy(p -> assertThat(p.field()).isNotBlank());
        assertThatThrownBy(() -> Scopes.runAs(supervisor(), () -> imports.commit(ledger, columns, CoordinateSystem.WGS84)))
                .isInstanceOf(ImportRejectedException.class);
        assertThat(households()).isEqualTo(before);
    }

    private static List<String> with(List<String> row, int column, String value) {
        List<String> copy = new ArrayList<>(row);
        copy.set(column, value);
        return copy;
    }
}
