package org.gridatlas.data.imports.people;

import java.sql.Timestamp;
import java.time.Clock;
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
import org.gridatlas.data.imports.ColumnMappings;
import org.gridatlas.data.imports.ImportPreview;
import org.gridatlas.data.imports.ImportProblem;
import org.gridatlas.data.imports.ImportRejectedException;
import org.gridatlas.data.imports.Ledger;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Agents and liaisons list import (代办员、联络员名单): map columns, validate every row (row, field, hint; ID numbers
 * and phones masked), then insert every person and, for each liaison, the open agent_link to their agent (reason
 * 导入) in one transaction with an audit record — or nothing. The links go in one INSERT … SELECT, so the link
 * table's statement triggers run once. Row-level security limits areas and agents to the user's area.
 */
@Service
public class PeopleImportService {

    /** The kind under which people list column mappings are remembered. */
    public static final String MAPPING_KIND = "people";

    /** The reason written on the agent links an import opens. */
    public static final String LINK_REASON = "导入";

    private static final String AREAS = """
            SELECT code, code, NULL::bigint, level FROM division WHERE level IN ('TOWN', 'VILLAGE') AND code = ANY (?)
            UNION ALL
            SELECT code, village_code, id, 'GRID' FROM grid_area WHERE code = ANY (?)""";
    private static final String EXISTING = "SELECT code FROM person WHERE code = ANY (?)";
    private static final String AGENTS = "SELECT code FROM person WHERE role = 'AGENT' AND active AND code = ANY (?)";
    private static final String INSERT = "INSERT INTO person (code, county_code, role, level, division_code, grid_area_id, name,"
            + " id_number, phone) VALUES (?, substr(?, 1, 6), ?, ?, ?, ?, ?, ?, ?)";
    private static final String LINKS = """
            INSERT INTO agent_link (county_code, liaison_id, agent_id, valid_from, changed_by, reason)
            SELECT l.county_code, l.id, a.id, ?, ?, ?
              FROM unnest(?::text[], ?::text[]) AS x (liaison, agent)
              JOIN person l ON l.code = x.liaison
              JOIN person a ON a.code = x.agent AND a.role = 'AGENT'""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditService audit;
    private final Clock clock;
    private final ColumnMappings mappings;

    PeopleImportService(JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditService audit, Clock clock,
                        ColumnMappings mappings) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.audit = audit;
        this.clock = clock;
        this.mappings = mappings;
    }

    /** The mapping used for the last list with this header row in the user's county, if any. */
    public Optional<Map<PersonField, Integer>> rememberedColumns(List<String> headers) {
        return mappings.recall(MAPPING_KIND, PersonField.class, headers);
    }

    /** What an import wrote: people by role and the agent links opened. */
    public record Result(int agents, int liaisons, int links) {
    }

    /** Columns recognised from the headings; the user may change the mapping before validating. */
    public static Map<PersonField, Integer> guessColumns(List<String> headers) {
        Map<PersonField, Integer> map = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        for (PersonField f : PersonField.values()) {
            for (int i = 0; i < headers.size(); i++) {
                if (!taken.contains(i) && f.recognises(headers.get(i))) {
                    map.put(f, i);
                    taken.add(i);
                    break;
                }
            }
        }
        return map;
    }

    public ImportPreview validate(Ledger list, Map<PersonField, Integer> columns) {
        return tx.execute(status -> {
            status.setRollbackOnly();
            return check(list, columns, new ArrayList<>());
        });
    }

    /** Imports every row or none: any problem → {@link ImportRejectedException}, and nothing is written. */
    public Result commit(Ledger list, Map<PersonField, Integer> columns, String clientIp) {
        return tx.execute(status -> {
            List<ParsedPerson> rows = new ArrayList<>();
            ImportPreview preview = check(list, columns, rows);
            if (!preview.importable()) {
                status.setRollbackOnly();
                throw new ImportRejectedException(preview);
            }
            List<ParsedPerson> liaisons = rows.stream().filter(p -> p.agentCode() != null).toList();
            int links;
            try {
                jdbc.batchUpdate(INSERT, rows, 1000, (ps, p) -> {
                    ps.setString(1, p.code());
                    ps.setString(2, p.divisionCode());
                    ps.setString(3, p.role());
                    ps.setString(4, p.level());
                    ps.setString(5, p.divisionCode());
                    ps.setObject(6, p.gridAreaId());
                    ps.setString(7, p.name());
                    ps.setString(8, p.idNumber());
                    ps.setString(9, p.phone());
                });
                links = liaisons.isEmpty() ? 0 : jdbc.update(LINKS, ps -> {
                    ps.setTimestamp(1, Timestamp.from(clock.instant()));
                    ps.setString(2, Scopes.current().username());
                    ps.setString(3, LINK_REASON);
                    ps.setArray(4, ps.getConnection().createArrayOf("text", liaisons.stream().map(ParsedPerson::code).toArray()));
                    ps.setArray(5, ps.getConnection().createArrayOf("text", liaisons.stream().map(ParsedPerson::agentCode).toArray()));
                });
            } catch (DataIntegrityViolationException e) {
                status.setRollbackOnly();
                throw new ImportRejectedException(new ImportPreview(list.fileName(), list.encoding(), list.rows().size(), 0,
                        List.of(new ImportProblem(0, PersonField.CODE.label(), "有编码已被您区域之外的人员使用 / a code is taken outside your area",
                                "核对编码，或请上级管理员查重")), null, null));
            }
            if (links != liaisons.size()) {
                status.setRollbackOnly();
                throw new IllegalStateException("opened " + links + " agent links for " + liaisons.size() + " liaisons");
            }
            int agents = (int) rows.stream().filter(p -> "AGENT".equals(p.role())).count();
            mappings.remember(MAPPING_KIND, list.headers(), columns);
            Result result = new Result(agents, rows.size() - agents, links);
            audit.record(AuditAction.IMPORT, "people:" + cut(list.fileName()), result.agents() + " agents, " + result.liaisons()
                    + " liaisons, " + links + " agent links", clientIp);
            return result;
        });
    }

    private ImportPreview check(Ledger list, Map<PersonField, Integer> columns, List<ParsedPerson> accepted) {
        List<ImportProblem> problems = new ArrayList<>();
        for (PersonField f : PersonField.values()) {
            if (f.required() && !columns.containsKey(f)) {
                problems.add(new ImportProblem(0, f.label(), "没有对应的列 / no column is mapped to this field",
                        "在列对应中为「" + f.label() + "」选择一列"));
            }
        }
        if (!problems.isEmpty()) {
            return new ImportPreview(list.fileName(), list.encoding(), list.rows().size(), 0, problems, null, null);
        }
        Set<String> areaCodes = new HashSet<>();
        Set<String> codes = new HashSet<>();
        Set<String> agentCodes = new HashSet<>();
        Map<String, String> fileRoles = new HashMap<>();
        for (List<String> r : list.rows()) {
            String code = cell(r, columns.get(PersonField.CODE));
            areaCodes.add(cell(r, columns.get(PersonField.AREA)));
            codes.add(code);
            agentCodes.add(cell(r, columns.get(PersonField.AGENT)));
            fileRoles.putIfAbsent(code, cell(r, columns.get(PersonField.ROLE)));
        }
        PersonRowValidator validator = new PersonRowValidator(columns, areas(areaCodes),
                new HashSet<>(jdbc.queryForList(EXISTING, String.class, (Object) codes.toArray(String[]::new))),
                fileRoles, new HashSet<>(jdbc.queryForList(AGENTS, String.class, (Object) agentCodes.toArray(String[]::new))),
                Scopes.current());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.rows().size(); i++) {
            ParsedPerson p = validator.check(Ledger.fileRow(i), list.rows().get(i), seen, problems);
            if (p != null) {
                accepted.add(p);
            }
        }
        return new ImportPreview(list.fileName(), list.encoding(), list.rows().size(), accepted.size(), problems, null, null);
    }

    private Map<String, PersonArea> areas(Set<String> codes) {
        Map<String, PersonArea> map = new HashMap<>();
        String[] array = codes.toArray(String[]::new);
        jdbc.query(AREAS, rs -> {
            map.put(rs.getString(1), new PersonArea(rs.getString(1), rs.getString(2), (Long) rs.getObject(3), rs.getString(4)));
        }, array, array);
        return map;
    }

    private static String cell(List<String> row, Integer column) {
        return column == null || column >= row.size() || row.get(column) == null ? "" : row.get(column).strip();
    }

    private static String cut(String s) {
        return s == null ? "" : s.length() > 60 ? s.substring(0, 60) : s;
    }
}
