package org.gridatlas.data.imports;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gridatlas.data.audit.AuditAction;
import org.gridatlas.data.audit.AuditService;
import org.gridatlas.data.base.scope.Scopes;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Household ledger import: map columns, validate every row (file, row, field, hint), then commit all rows in one
 * transaction with an audit record — or nothing at all. Row-level security limits villages to the user's area.
 */
@Service
public class HouseholdImportService {

    private static final String VILLAGES = "SELECT code, ST_AsBinary(boundary) FROM division"
            + " WHERE level = 'VILLAGE' AND boundary IS NOT NULL AND code = ANY (?)";
    private static final String EXISTING = "SELECT code FROM household WHERE code = ANY (?)";
    private static final String STAGE = "CREATE TEMP TABLE household_import (n int PRIMARY KEY, code text, village_code text,"
            + " address text, size int, head_name text, id_number text, phone text, lon float8, lat float8) ON COMMIT DROP";
    private static final String STAGE_ROW = "INSERT INTO household_import VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** One statement per chunk: the household table's statement-level triggers run once per chunk, not per row. */
    private static final String INSERT = """
            INSERT INTO household (code, county_code, village_code, grid_area_id, group_id, address, size, head_name,
                                   id_number, phone, location)
            SELECT s.code, substr(s.village_code, 1, 6), s.village_code,
                   (SELECT g.id FROM grid_area g WHERE g.village_code = s.village_code AND ST_Intersects(g.boundary, s.pt) LIMIT 1),
                   (SELECT v.id FROM village_group v WHERE v.village_code = s.village_code AND ST_Intersects(v.boundary, s.pt) LIMIT 1),
                   s.address, s.size, s.head_name, s.id_number, s.phone, s.pt
              FROM (SELECT i.*, CASE WHEN i.lon IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(i.lon, i.lat), 4326) END AS pt
                      FROM household_import i WHERE i.n > ? AND i.n <= ?) s
             ORDER BY s.n""";
    /** Rows staged per JDBC batch (sent as multi-row INSERTs: reWriteBatchedInserts) and written per INSERT … SELECT. */
    static final int STAGE_BATCH = 5_000;
    static final int WRITE_CHUNK = 10_000;

    /** The kind under which household ledger column mappings are remembered. */
    public static final String MAPPING_KIND = "households";

    private final JdbcTemplate jdbc;
    private final AuditService audit;
    private final ColumnMappings mappings;

    HouseholdImportService(JdbcTemplate jdbc, AuditService audit, ColumnMappings mappings) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.mappings = mappings;
    }

    /** The mapping used for the last file with this header row in the user's county, if any. */
    @Transactional(readOnly = true)
    public Optional<Map<LedgerField, Integer>> rememberedColumns(List<String> headers) {
        return mappings.recall(MAPPING_KIND, LedgerField.class, headers);
    }

    /** Columns recognised from the headings; the user may change the mapping before validating. */
    public static Map<LedgerField, Integer> guessColumns(List<String> headers) {
        Map<LedgerField, Integer> map = new LinkedHashMap<>();
        for (LedgerField f : LedgerField.values()) {
            for (int i = 0; i < headers.size(); i++) {
                if (f.recognises(headers.get(i))) {
                    map.put(f, i);
                    break;
                }
            }
        }
        return map;
    }

    @Transactional(readOnly = true)
    public ImportPreview validate(Ledger ledger, Map<LedgerField, Integer> columns, CoordinateSystem crs) {
        return check(ledger, columns, crs, new ArrayList<>(), ImportProgress.none());
    }

    /** Validates, reporting rows validated to {@code progress}; writes nothing. */
    @Transactional(readOnly = true)
    public ImportPreview validate(Ledger ledger, Map<LedgerField, Integer> columns, CoordinateSystem crs, ImportProgress progress) {
        return check(ledger, columns, crs, new ArrayList<>(), progress);
    }

    /** Imports every row or none: any problem → {@link ImportRejectedException}, and nothing is written. */
    @Transactional
    public int commit(Ledger ledger, Map<LedgerField, Integer> columns, CoordinateSystem crs) {
        return write(ledger, columns, crs, ImportProgress.none());
    }

    /**
     * Imports every row or none, reporting rows validated and written to {@code progress}: any problem →
     * {@link ImportRejectedException}, a cancel → {@link ImportCancelledException}; either way nothing is written.
     * Rows are staged in a temporary table in multi-row batches, then written in chunks of {@value #WRITE_CHUNK}
     * by one INSERT … SELECT each, all in this one transaction.
     */
    @Transactional
    public int commit(Ledger ledger, Map<LedgerField, Integer> columns, CoordinateSystem crs, ImportProgress progress) {
        return write(ledger, columns, crs, progress);
    }

    private int write(Ledger ledger, Map<LedgerField, Integer> columns, CoordinateSystem crs, ImportProgress progress) {
        List<ParsedHousehold> rows = new ArrayList<>();
        ImportPreview preview = check(ledger, columns, crs, rows, progress);
        if (!preview.importable()) {
            throw new ImportRejectedException(preview);
        }
        jdbc.execute(STAGE);
        for (int from = 0; from < rows.size(); from += STAGE_BATCH) {
            progress.checkCancelled();
            List<ParsedHousehold> batch = rows.subList(from, Math.min(rows.size(), from + STAGE_BATCH));
            int offset = from;
            jdbc.batchUpdate(STAGE_ROW, new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement ps, int i) throws SQLException {
                    ParsedHousehold h = batch.get(i);
                    ps.setInt(1, offset + i + 1);
                    ps.setString(2, h.code());
                    ps.setString(3, h.villageCode());
                    ps.setString(4, h.address());
                    ps.setInt(5, h.size());
                    ps.setString(6, h.headName());
                    ps.setString(7, h.idNumber());
                    ps.setString(8, h.phone());
                    ps.setObject(9, h.lon(), Types.DOUBLE);
                    ps.setObject(10, h.lat(), Types.DOUBLE);
                }

                @Override
                public int getBatchSize() {
                    return batch.size();
                }
            });
        }
        int written = 0;
        for (int from = 0; from < rows.size(); from += WRITE_CHUNK) {
            progress.checkCancelled();
            written += jdbc.update(INSERT, from, Math.min(rows.size(), from + WRITE_CHUNK));
            progress.written(written);
        }
        progress.checkCancelled();
        mappings.remember(MAPPING_KIND, ledger.headers(), columns);
        audit.record(AuditAction.IMPORT, "households:" + ledger.fileName(), rows.size() + " rows, " + crs, null);
        return written;
    }

    private ImportPreview check(Ledger ledger, Map<LedgerField, Integer> columns, CoordinateSystem crs,
                                List<ParsedHousehold> accepted, ImportProgress progress) {
        List<ImportProblem> problems = new ArrayList<>();
        for (LedgerField f : LedgerField.values()) {
            if (f.required() && !columns.containsKey(f)) {
                problems.add(new ImportProblem(0, f.label(), "没有对应的列 / no column is mapped to this field",
                        "在列对应中为「" + f.label() + "」选择一列"));
            }
        }
        if (!problems.isEmpty()) {
            return new ImportPreview(ledger.fileName(), ledger.encoding(), ledger.rows().size(), 0, problems, null, null);
        }
        Set<String> villageCodes = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (List<String> r : ledger.rows()) {
            villageCodes.add(cell(r, columns.get(LedgerField.VILLAGE)));
            codes.add(cell(r, columns.get(LedgerField.CODE)));
        }
        RowValidator validator = new RowValidator(columns, crs, villages(villageCodes), existing(codes), Scopes.current());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ledger.rows().size(); i++) {
            ParsedHousehold h = validator.check(Ledger.fileRow(i), ledger.rows().get(i), seen, problems);
            if (h != null) {
                accepted.add(h);
            }
            if ((i + 1) % 1000 == 0) {
                progress.validated(i + 1);
                progress.checkCancelled();
            }
        }
        progress.validated(ledger.rows().size());
        String warning = validator.shiftedLikeGcj() > 0
                ? validator.shiftedLikeGcj() + " 户的坐标系统性偏移约数百米，像是 GCJ-02（高德/腾讯）坐标：请选择坐标系 GCJ-02" : null;
        double[] first = accepted.stream().filter(h -> h.lon() != null).findFirst()
                .map(h -> new double[] {h.lon(), h.lat()}).orElse(null);
        return new ImportPreview(ledger.fileName(), ledger.encoding(), ledger.rows().size(), accepted.size(), problems,
                warning, first);
    }

    private Map<String, PreparedGeometry> villages(Set<String> codes) {
        Map<String, PreparedGeometry> map = new HashMap<>();
        WKBReader wkb = new WKBReader();
        jdbc.query(VILLAGES, rs -> {
            try {
                map.put(rs.getString(1), PreparedGeometryFactory.prepare(wkb.read(rs.getBytes(2))));
            } catch (ParseException e) {
                throw new IllegalStateException("village boundary " + rs.getString(1) + " is not valid WKB", e);
            }
        }, (Object) codes.toArray(String[]::new));
        return map;
    }

    private Set<String> existing(Set<String> codes) {
        return new HashSet<>(jdbc.queryForList(EXISTING, String.class, (Object) codes.toArray(String[]::new)));
    }

    private static String cell(List<String> row, Integer column) {
        return column == null || column >= row.size() ? "" : row.get(column).strip();
    }
}
