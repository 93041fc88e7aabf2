package org.gridatlas.data.imports;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gridatlas.data.audit.AuditAction;
import org.gridatlas.data.audit.AuditService;
import org.gridatlas.data.base.scope.Scopes;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
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
    private static final String INSERT = "INSERT INTO household (code, county_code, village_code, grid_area_id, group_id,"
            + " address, size, head_name, id_number, phone, location)"
            + " SELECT ?, substr(?, 1, 6), ?::varchar,"
            + " (SELECT g.id FROM grid_area g WHERE g.village_code = ? AND ST_Intersects(g.boundary, p.pt) LIMIT 1),"
            + " (SELECT v.id FROM village_group v WHERE v.village_code = ? AND ST_Intersects(v.boundary, p.pt) LIMIT 1),"
            + " ?, ?, ?, ?, ?, p.pt"
            + " FROM (SELECT CASE WHEN ?::float8 IS NULL THEN NULL"
            + "       ELSE ST_SetSRID(ST_MakePoint(?::float8, ?::float8), 4326) END AS pt) p";

    private final JdbcTemplate jdbc;
    private final AuditService audit;

    HouseholdImportService(JdbcTemplate jdbc, AuditService audit) {
        this.jdbc = jdbc;
        this.audit = audit;
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
        return check(ledger, columns, crs, new ArrayList<>());
    }

    /** Imports every row or none: any problem → {@link ImportRejectedException}, and nothing is written. */
    @Transactional
    public int commit(Ledger ledger, Map<LedgerField, Integer> columns, CoordinateSystem crs) {
        List<ParsedHousehold> rows = new ArrayList<>();
        ImportPreview preview = check(ledger, columns, crs, rows);
        if (!preview.importable()) {
            throw new ImportRejectedException(preview);
        }
        jdbc.batchUpdate(INSERT, rows, 1000, (PreparedStatement ps, ParsedHousehold h) -> {
            ps.setString(1, h.code());
            ps.setString(2, h.villageCode());
            ps.setString(3, h.villageCode());
            ps.setString(4, h.villageCode());
            ps.setString(5, h.villageCode());
            ps.setString(6, h.address());
            ps.setInt(7, h.size());
            ps.setString(8, h.headName());
            ps.setString(9, h.idNumber());
            ps.setString(10, h.phone());
            ps.setObject(11, h.lon());
            ps.setObject(12, h.lon());
            ps.setObject(13, h.lat());
        });
        audit.record(AuditAction.IMPORT, "households:" + ledger.fileName(), rows.size() + " rows, " + crs, null);
        return rows.size();
    }

    private ImportPreview check(Ledger ledger, Map<LedgerField, Integer> columns, CoordinateSystem crs,
                                List<ParsedHousehold> accepted) {
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
        }
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
