package org.gridatlas.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.gridatlas.data.account.domain.UserRole;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.gridatlas.data.imports.CoordinateSystem;
import org.gridatlas.data.imports.HouseholdImportService;
import org.gridatlas.data.imports.ImportCancelledException;
import org.gridatlas.data.imports.ImportPreview;
import org.gridatlas.data.imports.ImportProgress;
import org.gridatlas.data.imports.Ledger;
import org.gridatlas.data.imports.LedgerReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A generated ledger of 20,000 households (points inside the villages of the secretary's town): rows read, validated
 * and written are reported while the import runs; a cancel while reading, validating or writing leaves the
 * household table, the audit log and the remembered mappings as they were. (The 300,000-row figure comes from
 * {@code ./gridatlas bench import}, not from a test.)
 */
class LedgerProgressIT extends IntegrationTest {

    static final int ROWS = 20_000;
    private static final String STATE = """
            SELECT (SELECT count(*) FROM household) || '/' || (SELECT count(*) FROM household WHERE code LIKE 'LP-%')
                   || '/' || (SELECT count(*) FROM audit_log WHERE action = 'IMPORT') || '/' || (SELECT count(*) FROM import_column_mapping)""";

    @Autowired
    HouseholdImportService imports;

    @Autowired
    TestUsers users;

    private Ledger ledger;

    private Scope secretary() {
        TestUsers.TestUser u = users.byRole(UserRole.TOWN_SECRETARY);
        return new Scope(u.username(), u.role().name(), u.area(), u.area());
    }

    /** A CSV ledger of {@code rows} households at random points inside the villages of a town (fixed seed). */
    static byte[] generated(TestUsers users, String town, String prefix, int rows) {
        List<String> lines = users.asSystem(() -> users.jdbc().queryForList("""
                WITH v AS (SELECT code, boundary, row_number() OVER (ORDER BY code) - 1 AS i, count(*) OVER () AS k
                             FROM division WHERE level = 'VILLAGE' AND parent_code = ? AND boundary IS NOT NULL AND holds_households)
                SELECT v.code || ',' || ST_X(d.geom) || ',' || ST_Y(d.geom)
                  FROM v, LATERAL ST_Dump(ST_GeneratePoints(ST_Buffer(v.boundary, -0.00001), (? / v.k + CASE WHEN v.i < ? % v.k THEN 1 ELSE 0 END)::int, 8)) d
                 LIMIT ?
                """, String.class, town, rows, rows, rows));
        StringBuilder csv = new StringBuilder(rows * 90).append("户编码,村代码,地址,户主姓名,身份证号,联系电话,户人口数,经度,纬度\n");
        for (int i = 0; i < lines.size(); i++) {
            String[] p = lines.get(i).split(",");
            csv.append(String.format(Locale.ROOT, "%s%06d,%s,生成路 %d 号,户主%d,,139%08d,%d,%.7f,%.7f%n",
                    prefix, i, p[0], i, i, i, 1 + i % 5, Double.parseDouble(p[1]), Double.parseDouble(p[2])));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void aGeneratedLedger() {
        users.all();
        if (ledger == null) {
            byte[] csv = generated(users, TestUsers.OWN_TOWN, "LP-", ROWS);
            ledger = LedgerReader.read("生成台账.csv", csv);
        }
    }

    @AfterEach
    void removeTheGeneratedHouseholds() {
        users.asSystem(() -> users.jdbc().update("DELETE FROM household WHERE code LIKE 'LP-%'"));
        users.asSystem(() -> users.jdbc().update("DELETE FROM import_column_mapping WHERE updated_by = ?",
                users.byRole(UserRole.TOWN_SECRETARY).username()));
    }

    private String state() {
        return users.asSystem(() -> users.jdbc().queryForObject(STATE, String.class));
    }

    @Test
    void reading_validating_and_writing_20000_rows_report_their_progress_and_write_every_row() throws Exception {
        ImportProgress reading = new ImportProgress();
        byte[] csv = generated(users, TestUsers.OWN_TOWN, "LP-", ROWS);
        Ledger read = LedgerReader.read("生成台账.csv", csv, reading);
        assertThat(read.rows()).hasSize(ROWS);
        assertThat(reading.read()).isEqualTo(ROWS);
        assertThat(reading.total()).isEqualTo(ROWS);

        var columns = HouseholdImportService.guessColumns(read.headers());
        ImportProgress validating = new ImportProgress();
        validating.started(ROWS);
        ImportPreview preview = Scopes.runAs(secretary(), () -> imports.validate(read, columns, CoordinateSystem.WGS84, validating));
        assertThat(preview.problems()).isEmpty();
        assertThat(validating.validated()).isEqualTo(ROWS);
        assertThat(validating.written()).isZero();

        ImportProgress writing = new ImportProgress();
        writing.started(ROWS);
        AtomicLong seenMidway = new AtomicLong(-1);
        Thread watcher = Thread.ofVirtual().start(() -> {
            while (writing.written() < ROWS && !Thread.currentThread().isInterrupted()) {
                long w = writing.written();
                if (w > 0 && w < ROWS) {
                    seenMidway.compareAndSet(-1, w);
                }
                Thread.onSpinWait();
            }
        });
        int n = Scopes.runAs(secretary(), () -> imports.commit(read, columns, CoordinateSystem.WGS84, writing));
        watcher.interrupt();
        watcher.join();
        assertThat(n).isEqualTo(ROWS);
        assertThat(writing.validated()).isEqualTo(ROWS);
        assertThat(writing.written()).isEqualTo(ROWS);
        assertThat(seenMidway.get()).as("a written count between 0 and all rows was reported while writing").isPositive();
        assertThat(users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT count(*) FROM household WHERE code LIKE 'LP-%' AND location IS NOT NULL AND village_code LIKE ?", Long.class,
                TestUsers.OWN_TOWN + "%"))).isEqualTo(ROWS);
        assertThat(users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT count(*) FROM household WHERE code LIKE 'LP-%' AND grid_area_id IS NOT NULL", Long.class)))
                .as("grid areas found for the points (one INSERT … SELECT per chunk)").isGreaterThan(ROWS * 9L / 10);
    }

    @Test
    void a_cancel_while_writing_leaves_the_database_unchanged() throws Exception {
        String before = state();
        var columns = HouseholdImportService.guessColumns(ledger.headers());
        ImportProgress p = new ImportProgress();
        p.started(ROWS);
        Thread canceller = Thread.ofVirtual().start(() -> {
            while (p.written() == 0 && !Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
            p.cancel();
        });
        assertThatThrownBy(() -> Scopes.runAs(secretary(), () -> imports.commit(ledger, columns, CoordinateSystem.WGS84, p)))
                .isInstanceOf(ImportCancelledException.class).hasMessageContaining("未写入任何数据");
        canceller.join();
        assertThat(p.written()).as("the cancel came after rows had been written in the transaction").isPositive();
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void a_cancel_while_reading_or_validating_stops_at_once_and_writes_nothing() {
        String before = state();
        ImportProgress reading = new ImportProgress();
        reading.cancel();
        byte[] csv = generated(users, TestUsers.OWN_TOWN, "LP-", 3_000);
        assertThatThrownBy(() -> LedgerReader.read("生成台账.csv", csv, reading)).isInstanceOf(ImportCancelledException.class);
        assertThat(reading.read()).isLessThan(3_000);

        ImportProgress validating = new ImportProgress();
        validating.started(ROWS);
        validating.cancel();
        var columns = HouseholdImportService.guessColumns(ledger.headers());
        assertThatThrownBy(() -> Scopes.runAs(secretary(), () -> imports.commit(ledger, columns, CoordinateSystem.WGS84, validating)))
                .isInstanceOf(ImportCancelledException.class);
        assertThat(validating.validated()).isLessThan(ROWS);
        assertThat(state()).isEqualTo(before);
    }
}
