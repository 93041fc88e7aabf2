package org.gridatlas.analytics.fieldwork;

import java.sql.Timestamp;
import java.time.Instant;

import org.gridatlas.analytics.base.AreaCode;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The share of disputes settled at or below the village (矛盾不上交) for an area and period. */
@Service
public class SettledShareQuery {

    private final NamedParameterJdbcTemplate jdbc;
    private final String sql;

    SettledShareQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.sql = CoverageQuery.load("settled-below-town.sql");
    }

    @Transactional(readOnly = true)
    public SettledShare share(AreaCode area, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("period: from " + from + " must be before to " + to);
        }
        var params = new MapSqlParameterSource().addValue("area", area.code())
                .addValue("from", Timestamp.from(from)).addValue("to", Timestamp.from(to));
        return jdbc.queryForObject(sql, params, (rs, i) -> new SettledShare(rs.getLong(1), rs.getLong(2)));
    }
}
