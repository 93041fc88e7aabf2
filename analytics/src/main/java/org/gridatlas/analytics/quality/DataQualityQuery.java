package org.gridatlas.analytics.quality;

import java.sql.Timestamp;
import java.time.Clock;

import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.base.SqlFile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers: how many households in an area are outside every grid area, without coordinates, without an agent now. */
@Service
public class DataQualityQuery {

    private static final String SQL = SqlFile.load(DataQualityQuery.class, "data-quality.sql");

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    DataQualityQuery(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DataQuality forArea(AreaCode area) {
        var params = new MapSqlParameterSource().addValue("area", area.code())
                .addValue("now", Timestamp.from(clock.instant()));
        return jdbc.queryForObject(SQL, params, (rs, i) -> new DataQuality(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
    }
}
