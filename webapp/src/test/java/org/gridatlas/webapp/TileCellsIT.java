package org.gridatlas.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.tiles.TileCoord;
import org.gridatlas.analytics.tiles.TileFilter;
import org.gridatlas.analytics.tiles.TileLayer;
import org.gridatlas.analytics.tiles.TileQuery;
import org.gridatlas.data.account.domain.UserRole;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * V040's pre-counted cells: equal to an independent count of the points after the demo load and after inserts,
 * moves and deletes (each checked inside a transaction that is rolled back), and county tiles drawn from them
 * count exactly the points the raw tiles hold.
 */
class TileCellsIT extends IntegrationTest {

    /** Cells recounted from the points themselves, compared both ways with the stored cells: 0 when equal. */
    private static final String HOUSEHOLD_DIFF = """
            WITH fresh AS (
                SELECT l.lvl, ga_cell_x(ST_X(h.location), l.lvl) AS cx, ga_cell_y(ST_Y(h.location), l.lvl) AS cy,
                       h.village_code, count(*)::int AS n
                FROM household h CROSS JOIN generate_series(8, 12) AS l(lvl)
                WHERE h.location IS NOT NULL
                GROUP BY 1, 2, 3, 4),
            stored AS (SELECT lvl::int, cx, cy, village_code, n FROM household_cell)
            SELECT (SELECT count(*) FROM (TABLE fresh EXCEPT TABLE stored) a)
                 + (SELECT count(*) FROM (TABLE stored EXCEPT TABLE fresh) b)""";
    private static final String VISIT_DIFF = """
            WITH fresh AS (
                SELECT l.lvl, (v.visited_at AT TIME ZONE 'Asia/Shanghai')::date AS day,
                       ga_cell_x(ST_X(v.location), l.lvl) AS cx, ga_cell_y(ST_Y(v.location), l.lvl) AS cy,
                       v.village_code, count(*)::int AS n
                FROM visit v CROSS JOIN generate_series(8, 12) AS l(lvl)
                WHERE v.location IS NOT NULL AND v.visited_at >= :since
                GROUP BY 1, 2, 3, 4, 5),
            stored AS (SELECT lvl::int, day, cx, cy, village_code, n FROM visit_cell WHERE day >= :sinceDay)
            SELECT (SELECT count(*) FROM (TABLE fresh EXCEPT TABLE stored) a)
                 + (SELECT count(*) FROM (TABLE stored EXCEPT TABLE fresh) b)""";

    @Autowired
    TestUsers users;

    @Autowired
    TileQuery tiles;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void household_cells_equal_a_recount_after_the_load_and_after_inserts_moves_and_deletes() {
        assertThat(householdDiff()).isZero();
        inRolledBackTransaction(() -> {
            var jdbc = users.jdbc();
            jdbc.update("""
                    INSERT INTO household (code, county_code, village_code, address, head_name, location)
                    SELECT 'CELLTEST' || id, county_code, village_code, address, head_name, location
                    FROM household WHERE village_code LIKE '320481%' ORDER BY id LIMIT 50""");
            assertThat(householdDiff()).as("after insert").isZero();
            jdbc.update("UPDATE household SET location = ST_Translate(location, 0.01, 0.003) WHERE id % 97 = 0");
            assertThat(householdDiff()).as("after a move").isZero();
            jdbc.update("UPDATE household SET size = size WHERE id % 89 = 0");
            assertThat(householdDiff()).as("after an update that moves nothing").isZero();
            jdbc.update("DELETE FROM household WHERE code LIKE 'CELLTEST%'");
            assertThat(householdDiff()).as("after delete").isZero();
        });
    }

    @Test
    void visit_cells_equal_a_recount_per_day_after_inserts_moves_and_deletes() {
        String since = "2025-04-01";
        assertThat(visitDiff(since)).isZero();
        inRolledBackTransaction(() -> {
            var jdbc = users.jdbc();
            jdbc.update("""
                    INSERT INTO visit (county_code, village_code, agent_id, household_id, visited_at, location)
                    SELECT county_code, village_code, agent_id, household_id, visited_at + interval '20 hours', location
                    FROM visit WHERE village_code LIKE '320481%' AND visited_at >= '2025-05-01' ORDER BY id LIMIT 200""");
            assertThat(visitDiff(since)).as("after insert").isZero();
            jdbc.update("UPDATE visit SET visited_at = visited_at + interval '1 day' WHERE visited_at >= '2025-05-10' AND id % 7 = 0");
            assertThat(visitDiff(since)).as("after moving visits to the next day").isZero();
            jdbc.update("DELETE FROM visit WHERE visited_at >= '2025-05-12' AND id % 5 = 0");
            assertThat(visitDiff(since)).as("after delete").isZero();
        });
    }

    @Test
    void a_county_tile_from_cells_counts_every_household_and_visit_of_its_tile() {
        int[] xy = Tiles.containing(119.509, 31.485, 10);
        TileCoord tile = new TileCoord(10, xy[0], xy[1]);
        TileFilter week = new TileFilter(java.time.LocalDate.parse("2025-05-01"), java.time.LocalDate.parse("2025-05-07"),
                null, null, null, null);
        Scopes.runAs(Scope.SYSTEM, () -> {
            long households = sum(tiles.tile(TileLayer.HOUSEHOLDS, tile, AreaCode.of("320481")), "households");
            long visits = sum(tiles.tile(TileLayer.VISITS, tile, AreaCode.of("320481"), week), "visits");
            var jdbc = new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(users.jdbc());
            Map<String, Object> p = Map.of("z", 10, "x", xy[0], "y", xy[1]);
            long expectedHouseholds = jdbc.queryForObject("""
                    SELECT count(*) FROM household WHERE village_code LIKE '320481%'
                      AND ST_Intersects(ST_Transform(location, 3857), ST_TileEnvelope(:z, :x, :y))""", p, Long.class);
            long expectedVisits = jdbc.queryForObject("""
                    SELECT count(*) FROM visit WHERE village_code LIKE '320481%'
                      AND visited_at >= '2025-05-01T00:00+08' AND visited_at < '2025-05-08T00:00+08'
                      AND ST_Intersects(ST_Transform(location, 3857), ST_TileEnvelope(:z, :x, :y))""", p, Long.class);
            assertThat(households).isPositive().isEqualTo(expectedHouseholds);
            assertThat(visits).isPositive().isEqualTo(expectedVisits);
            return null;
        });
    }

    @Test
    void an_agents_county_tile_counts_only_their_own_households_and_visits_not_the_cells_of_their_village() {
        TestUsers.TestUser agent = users.byRole(UserRole.AGENT);
        Scope agentScope = new Scope(agent.username(), "AGENT", agent.area(), agent.area(), agent.agentId(), List.of());
        double[] home = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT ST_X(location), ST_Y(location) FROM household WHERE agent_id = ? AND location IS NOT NULL LIMIT 1",
                (rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)}, agent.agentId()));
        int[] xy = Tiles.containing(home[0], home[1], 10);
        TileCoord tile = new TileCoord(10, xy[0], xy[1]);
        TileFilter spring = new TileFilter(java.time.LocalDate.parse("2025-01-01"), java.time.LocalDate.parse("2025-05-19"),
                null, null, null, null);
        AreaCode county = AreaCode.of("320481");
        String inTile = " AND ST_Intersects(ST_Transform(location, 3857), ST_TileEnvelope(10, ?, ?))";
        long[] own = Scopes.runAs(agentScope, () -> new long[] {
                sum(tiles.tile(TileLayer.HOUSEHOLDS, tile, county), "households"),
                sum(tiles.tile(TileLayer.VISITS, tile, county, spring), "visits"),
                users.jdbc().queryForObject("SELECT count(*) FROM household WHERE true" + inTile, Long.class, xy[0], xy[1]),
                users.jdbc().queryForObject("SELECT count(*) FROM visit WHERE visited_at >= '2025-01-01T00:00+08'"
                        + " AND visited_at < '2025-05-20T00:00+08'" + inTile, Long.class, xy[0], xy[1])});
        long villageHouseholds = users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT count(*) FROM household WHERE village_code = ?" + inTile, Long.class, agent.area(), xy[0], xy[1]));
        assertThat(own[0]).as("households on the agent's tile").isPositive().isEqualTo(own[2])
                .isLessThan(villageHouseholds);
        assertThat(own[1]).as("visits on the agent's tile").isPositive().isEqualTo(own[3]);
    }

    @Test
    void a_visit_logged_by_an_agent_still_counts_in_the_cells_they_may_not_read() {
        TestUsers.TestUser agent = users.byRole(UserRole.AGENT);
        Scope agentScope = new Scope(agent.username(), "AGENT", agent.area(), agent.area(), agent.agentId(), List.of());
        Scopes.runAs(agentScope, () -> transactions.execute(status -> {
            status.setRollbackOnly();
            var jdbc = users.jdbc();
            int added = jdbc.update("""
                    INSERT INTO visit (county_code, village_code, agent_id, household_id, visited_at, location)
                    SELECT county_code, village_code, agent_id, id, '2025-05-19T10:00+08', location
                    FROM household WHERE agent_id = ? AND location IS NOT NULL LIMIT 3""", agent.agentId());
            assertThat(added).isPositive();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM visit_cell", Long.class))
                    .as("cells are invisible to the agent").isZero();
            jdbc.queryForObject("SELECT set_config('gridatlas.view_area', '*', true) || set_config('gridatlas.agent_id', '', true)",
                    String.class);
            assertThat(new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc).queryForObject(VISIT_DIFF,
                    Map.of("since", java.time.OffsetDateTime.parse("2025-05-19T00:00+08:00"),
                            "sinceDay", java.time.LocalDate.parse("2025-05-19")), Long.class))
                    .as("cells equal a recount after the agent's visits").isZero();
            return null;
        }));
    }

    private static long sum(byte[] tile, String layer) {
        try {
            var decoded = Mvt.layers(tile).get(layer);
            return decoded.getGeometries().stream()
                    .mapToLong(g -> ((Number) Mvt.attributes(g).get("count")).longValue()).sum();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long householdDiff() {
        return users.asSystem(() -> users.jdbc().queryForObject(HOUSEHOLD_DIFF, Long.class));
    }

    private long visitDiff(String since) {
        return users.asSystem(() -> new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(users.jdbc())
                .queryForObject(VISIT_DIFF, Map.of("since", java.time.OffsetDateTime.parse(since + "T00:00+08:00"),
                        "sinceDay", java.time.LocalDate.parse(since)), Long.class));
    }

    private void inRolledBackTransaction(Runnable work) {
        users.asSystem(() -> transactions.execute(status -> {
            status.setRollbackOnly();
            work.run();
            return null;
        }));
    }
}
