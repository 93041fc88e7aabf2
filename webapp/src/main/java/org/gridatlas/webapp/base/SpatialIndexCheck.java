package org.gridatlas.webapp.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Warns at start-up when PostGIS's {@code &&} is not LEAKPROOF: row-level security then keeps the planner from
 * using spatial indexes and every map tile becomes a sequential scan. {@code ./gridatlas} sets it on its own
 * instance; on another server a superuser runs the statement printed here.
 */
@Component
class SpatialIndexCheck {

    private static final Logger LOG = LoggerFactory.getLogger(SpatialIndexCheck.class);
    private static final String CHECK = "SELECT bool_and(proleakproof) FROM pg_proc WHERE proname = 'geometry_overlaps'";

    private final JdbcTemplate jdbc;

    SpatialIndexCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void check() {
        Boolean leakproof = jdbc.queryForObject(CHECK, Boolean.class);
        if (!Boolean.TRUE.equals(leakproof)) {
            LOG.warn("Spatial indexes are unusable under row-level security: as a database superuser run "
                    + "ALTER FUNCTION geometry_overlaps(geometry, geometry) LEAKPROOF; (see README, Configuration)");
        }
    }
}
