package org.gridatlas.analytics.fieldwork;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridatlas.analytics.base.SqlFile;
import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.data.base.scope.Scopes;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visit coverage for any area and period, per agent, grid area, village and town (SQL in {@code coverage.sql}):
 * households assigned by the assignments valid in the period, visited by anyone in the period.
 *
 * <p>A county's coverage reads hundreds of thousands of links and over a million visits (seconds), and dashboards,
 * reviews and packs ask for the same quarter again and again. Results are therefore kept per rows the caller may
 * see ({@code Scope.rowsKey()}), area and period, and reused only while the four tables they are computed from keep
 * their V030 {@code layer_version} (counter and time of the last change, so a number reused after a rolled-back
 * write does not match): any write to households, links or visits makes the next call recompute, so a cached answer
 * is always the answer the SQL would give now.
 */
@Service
public class CoverageQuery {

    private static final String VERSIONS = """
            SELECT string_agg(table_name || ':' || version || '@' || changed_at, ',' ORDER BY table_name) FROM layer_version
            WHERE table_name IN ('household', 'liaison_link', 'agent_link', 'visit')""";
    private static final int CACHED_ANSWERS = 64;

    private record Answer(String versions, List<Coverage> rows) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final String sql;
    private final Map<String, Answer> answers = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
            return size() > CACHED_ANSWERS;
        }
    };

    CoverageQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.sql = load("coverage.sql");
    }

    /** Every grouping at once for {@code area} over [from, to). */
    @Transactional(readOnly = true)
    public List<Coverage> coverage(AreaCode area, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("period: from " + from + " must be before to " + to);
        }
        String key = Scopes.current().rowsKey() + "|" + area.code() + "|" + from + "|" + to;
        String versions = jdbc.getJdbcTemplate().queryForObject(VERSIONS, String.class);
        Answer known;
        synchronized (answers) {
            known = answers.get(key);
        }
        if (known != null && known.versions().equals(versions)) {
            return known.rows();
        }
        var params = new MapSqlParameterSource()
                .addValue("area", area.code())
                .addValue("from", Timestamp.from(from))
                .addValue("to", Timestamp.from(to));
        List<Coverage> rows = List.copyOf(jdbc.query(sql, params, (rs, i) -> new Coverage(
                CoverageLevel.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3), rs.getLong(4))));
        synchronized (answers) {
            answers.put(key, new Answer(versions, rows));
        }
        return rows;
    }

    /** Forgets every kept answer (benchmarks that measure the first view of a period). */
    public void forget() {
        synchronized (answers) {
            answers.clear();
        }
    }

    /** One grouping for {@code area} over [from, to). */
    @Transactional(readOnly = true)
    public List<Coverage> coverage(AreaCode area, Instant from, Instant to, CoverageLevel level) {
        return coverage(area, from, to).stream().filter(c -> c.level() == level).toList();
    }

    static String load(String name) {
        return SqlFile.load(CoverageQuery.class, name);
    }
}
