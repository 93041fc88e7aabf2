package org.gridatlas.data.imports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.ScopedDataSource;
import org.gridatlas.data.base.scope.Scopes;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code ./gridatlas bench import [rows]}: generates a household ledger of {@code rows} (default 300,000) CSV rows at
 * random points inside Liyang's villages, then reads, validates and writes it through {@link HouseholdImportService}
 * exactly as the import screen does — and rolls the write back, so the database is left as it was. Prints the
 * seconds and rows per second of each step and the heap in use. Usage:
 * {@code ImportBench <jdbc-url> <user> <password> [rows]} on a database holding the Liyang demo.
 */
public final class ImportBench {

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(args[0]);
        pg.setUser(args[1]);
        pg.setPassword(args[2]);
        pg.setReWriteBatchedInserts(true);
        int rows = args.length > 3 ? Integer.parseInt(args[3]) : LedgerReader.MAX_ROWS;
        DataSource ds = ScopedDataSource.fixed(pg, Scope.SYSTEM);
        Scopes.runAs(Scope.SYSTEM, () -> {
            try {
                run(ds, rows);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    private static void run(DataSource ds, int rows) throws Exception {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        Long liyang = jdbc.queryForObject("SELECT count(*) FROM division WHERE level = 'VILLAGE' AND code LIKE '320481%'", Long.class);
        if (liyang == null || liyang == 0) {
            throw new IllegalStateException("no Liyang villages in this database: run ./gridatlas demo (Liyang) first");
        }
        try (StandaloneImports services = new StandaloneImports(ds, Clock.systemUTC())) {
            bench(ds, jdbc, services.households(), rows);
        }
    }

    private static void bench(DataSource ds, JdbcTemplate jdbc, HouseholdImportService imports, int rows) {
        long t0 = System.nanoTime();
        byte[] csv = generate(jdbc, rows);
        out("generated %,d rows (%.1f MB CSV) in %.1f s", rows, csv.length / 1e6, secs(t0));

        ImportProgress progress = new ImportProgress();
        long t1 = System.nanoTime();
        Ledger ledger = LedgerReader.read("bench.csv", csv, progress);
        double read = secs(t1);
        var columns = HouseholdImportService.guessColumns(ledger.headers());
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        long t2 = System.nanoTime();
        ImportPreview preview = imports.validate(ledger, columns, CoordinateSystem.WGS84, progress);
        double validate = secs(t2);
        if (!preview.importable()) {
            throw new IllegalStateException("the generated ledger has problems: " + preview.problems().stream().limit(5).toList());
        }
        long t3 = System.nanoTime();
        double[] write = new double[1];
        Integer written = tx.execute(s -> {
            int n = imports.commit(ledger, columns, CoordinateSystem.WGS84, progress);
            write[0] = secs(t3);
            s.setRollbackOnly();
            return n;
        });
        double total = read + validate + write[0];
        Runtime rt = Runtime.getRuntime();
        out("read      %,9d rows %7.1f s %,10.0f rows/s", ledger.rows().size(), read, ledger.rows().size() / read);
        out("validate  %,9d rows %7.1f s %,10.0f rows/s (includes a read-only validation pass; the write validates again)",
                progress.validated(), validate, rows / validate);
        out("write     %,9d rows %7.1f s %,10.0f rows/s (validate + stage + %d INSERT … SELECT of %,d; rolled back)",
                written, write[0], rows / write[0], (rows + HouseholdImportService.WRITE_CHUNK - 1) / HouseholdImportService.WRITE_CHUNK,
                HouseholdImportService.WRITE_CHUNK);
        out("import    %,9d rows %7.1f s %,10.0f rows/s end to end (read + validate + write); heap in use %d MB",
                rows, total, rows / total, (rt.totalMemory() - rt.freeMemory()) / 1_000_000);
    }

    /** {@code rows} households at random points (fixed seed) inside Liyang's villages that hold households. */
    static byte[] generate(JdbcTemplate jdbc, int rows) {
        List<String> points = jdbc.queryForList("""
                WITH v AS (SELECT code, boundary, row_number() OVER (ORDER BY code) - 1 AS i, count(*) OVER () AS k
                             FROM division WHERE level = 'VILLAGE' AND code LIKE '320481%' AND boundary IS NOT NULL AND holds_households)
                SELECT v.code || ',' || ST_X(d.geom) || ',' || ST_Y(d.geom)
                  FROM v, LATERAL ST_Dump(ST_GeneratePoints(ST_Buffer(v.boundary, -0.00001), (? / v.k + CASE WHEN v.i < ? % v.k THEN 1 ELSE 0 END)::int, 8)) d
                 LIMIT ?
                """, String.class, rows, rows, rows);
        StringBuilder csv = new StringBuilder(rows * 90).append("户编码,村代码,地址,户主姓名,身份证号,联系电话,户人口数,经度,纬度\n");
        for (int i = 0; i < points.size(); i++) {
            String[] p = points.get(i).split(",");
            csv.append(String.format(Locale.ROOT, "BENCH%07d,%s,生成路 %d 号,户主%d,,139%08d,%d,%.7f,%.7f%n",
                    i, p[0], i, i, i, 1 + i % 5, Double.parseDouble(p[1]), Double.parseDouble(p[2])));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** A command-line benchmark prints its figures (like the other bench classes); it is not part of the app. */
    private static void out(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
