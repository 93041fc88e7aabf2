package org.gridatlas.analytics.fieldwork;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.gridatlas.analytics.base.SqlFile;
import org.gridatlas.analytics.base.AreaCode;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visit coverage for any area and period, per agent, grid area, village and town (SQL in {@code coverage.sql}):
 * households assigned by the assignments valid in the period, visited by anyone in the period.
 */
@Service
public class CoverageQuery {

    private final NamedParameterJdbcTemplate jdbc;
    private final String sql;

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
        var params = new MapSqlParameterSource()
                .addValue("area", area.code())
                .addValue("from", Timestamp.from(from))
                .addValue("to", Timestamp.from(to));
        return jdbc.query(sql, params, (rs, i) -> new Coverage(CoverageLevel.valueOf(rs.getString(1)), rs.getString(2),
                rs.getLong(3), rs.getLong(4)));
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
