package org.gridatlas.data.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridatlas.data.demo.TestDatabase.count;
import static org.gridatlas.data.demo.TestDatabase.number;
import static org.gridatlas.data.demo.TestDatabase.text;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads Liyang once (unless the test database already holds it) and checks the data with SQL. */
class LiyangDemoLoadIT {

    private static final Logger LOG = LoggerFactory.getLogger(LiyangDemoLoadIT.class);
    private static DataSource db;
    private static LoadReport first;

    @BeforeAll
    static void load() {
        db = TestDatabase.migrated(null);
        first = new DemoLoader(db, TestDatabase.CLOCK).loadIfEmpty(DemoProfile.LIYANG, DemoLoader.DEFAULT_SEED, LOG::info);
        LOG.info("Liyang load: loaded={} in {} ms, counts {}", first.loaded(), first.millis(), first.counts());
        assumeTrue("LIYANG".equals(text(db, "SELECT profile FROM dataset_info")),
                "the test database holds other data than the Liyang demo");
    }

    /** Stored cells against cells recounted from the points at every level, both ways: 0 when equal. */
    private static final String CELL_DIFF = """
            WITH fresh AS (
                SELECT l.lvl, %1$s ga_cell_x(ST_X(p.location), l.lvl) AS cx, ga_cell_y(ST_Y(p.location), l.lvl) AS cy,
                       p.village_code, count(*)::int AS n
                FROM %2$s p CROSS JOIN generate_series(8, 12) AS l(lvl)
                WHERE p.location IS NOT NULL %3$s
                GROUP BY 1, 2, 3, 4 %4$s),
            stored AS (SELECT lvl::int, %5$s cx, cy, village_code, n FROM %2$s_cell %6$s)
            SELECT (SELECT count(*) FROM (TABLE fresh EXCEPT TABLE stored) a)
                 + (SELECT count(*) FROM (TABLE stored EXCEPT TABLE fresh) b)""";

    @Test
    void the_map_cells_built_after_the_copy_equal_a_recount_of_households_and_visits_at_every_level() {
        assertThat(count(db, CELL_DIFF.formatted("", "household", "", "", "", ""))).isZero();
        assertThat(count(db, "SELECT count(DISTINCT lvl) FROM household_cell")).isEqualTo(5);
        // the visits of the last three weeks (a recount of all 3.5 million at five levels takes minutes)
        assertThat(count(db, CELL_DIFF.formatted("(p.visited_at AT TIME ZONE 'Asia/Shanghai')::date AS day,", "visit",
                "AND p.visited_at >= '2025-05-01T00:00:00+08'", ", 5", "day,", "WHERE day >= '2025-05-01'"))).isZero();
        assertThat(count(db, "SELECT count(*) FROM visit_cell WHERE day >= '2025-05-01' AND lvl = 8")).isPositive();
        assertThat(count(db, "SELECT count(*) FROM pg_trigger WHERE tgname IN ('household_cell_insert', 'visit_cell_insert')"
                + " AND tgenabled = 'O'")).as("cell triggers enabled again after the load").isEqualTo(2);
    }

    @Test
    void liyang_has_fourteen_towns_of_which_twelve_hold_households() {
        assertThat(count(db, "SELECT count(*) FROM division WHERE level = 'TOWN'")).isEqualTo(14);
        assertThat(count(db, "SELECT count(*) FROM division WHERE level = 'TOWN' AND holds_households")).isEqualTo(12);
        assertThat(count(db, "SELECT count(*) FROM division WHERE level = 'TOWN' AND boundary IS NOT NULL")).isEqualTo(12);
    }

    @Test
    void all_244_villages_load_with_their_real_codes_and_names() {
        assertThat(count(db, "SELECT count(*) FROM division WHERE level = 'VILLAGE'")).isEqualTo(244);
        assertThat(count(db, "SELECT count(*) FROM division WHERE level = 'VILLAGE' AND boundary IS NOT NULL")).isEqualTo(242);
        assertThat(text(db, "SELECT name FROM division WHERE code = '320481001001'")).isEqualTo("濑江新村居委会");
        assertThat(text(db, "SELECT name FROM division WHERE code = '320481001200'")).isEqualTo("泓口村村委会");
        assertThat(text(db, "SELECT name FROM division WHERE code = '320481114002'")).isEqualTo("强埠居委会");
        assertThat(text(db, "SELECT name FROM division WHERE code = '320481400498'")).isEqualTo("常州监狱虚拟社区");
        assertThat(count(db, "SELECT count(*) FROM division WHERE code = '320481401498' AND NOT holds_households"
                + " AND boundary IS NULL AND seat IS NOT NULL")).isEqualTo(1);
        assertThat(count(db, "SELECT count(*) FROM household WHERE village_code LIKE '3204814%'")).isZero();
    }

    @Test
    void every_household_lies_inside_its_village_town_grid_area_and_group() {
        assertThat(count(db, "SELECT count(*) FROM household h JOIN division v ON v.code = h.village_code"
                + " WHERE NOT ST_Intersects(v.boundary, h.location)")).isZero();
        assertThat(count(db, "SELECT count(*) FROM household h JOIN division v ON v.code = h.village_code"
                + " JOIN division t ON t.code = v.parent_code WHERE NOT ST_Intersects(t.boundary, h.location)")).isZero();
        assertThat(count(db, "SELECT count(*) FROM household h JOIN grid_area a ON a.id = h.grid_area_id"
                + " WHERE NOT ST_Intersects(a.boundary, h.location)")).isZero();
        assertThat(count(db, "SELECT count(*) FROM household h JOIN village_group g ON g.id = h.group_id"
                + " WHERE NOT ST_Intersects(g.boundary, h.location)")).isZero();
        assertThat(count(db, "SELECT count(*) FROM household WHERE location IS NULL")).isBetween(100L, 1_000L);
    }

    @Test
    void every_village_polygon_lies_inside_its_town() {
        assertThat(count(db, "SELECT count(*) FROM division v JOIN division t ON t.code = v.parent_code"
                + " WHERE v.level = 'VILLAGE' AND v.boundary IS NOT NULL"
                + " AND ST_Area(ST_Difference(v.boundary, t.boundary)) >= 1e-9")).isZero();
        assertThat(count(db, "SELECT count(*) FROM division WHERE boundary IS NOT NULL AND NOT ST_IsValid(boundary)"))
                .isZero();
        double county = number(db, "SELECT area_km2 FROM division WHERE level = 'COUNTY'");
        double towns = number(db, "SELECT sum(area_km2) FROM division WHERE level = 'TOWN'");
        assertThat(county).isBetween(1_300.0, 1_800.0);
        assertThat(towns).isCloseTo(county, org.assertj.core.data.Percentage.withPercentage(0.1));
    }

    @Test
    void the_counts_match_the_figures_reported_for_liyang() {
        assertThat(count(db, "SELECT count(*) FROM household")).isEqualTo(260_000);
        assertThat(count(db, "SELECT count(*) FROM person WHERE role = 'AGENT'")).isBetween(2_700L, 3_600L);
        assertThat(count(db, "SELECT count(*) FROM grid_area")).isBetween(400L, 700L);
        assertThat(count(db, "SELECT count(*) FROM village_group")).isBetween(1_600L, 2_800L);
        assertThat(count(db, "SELECT count(*) FROM request_item")).isEqualTo(30);
        assertThat(count(db, "SELECT count(*) FROM service_request")).isBetween(5_500L, 7_500L);
        assertThat(count(db, "SELECT count(*) FROM dispute")).isBetween(750L, 1_050L);
        assertThat(count(db, "SELECT count(*) FROM dispute_party")).isEqualTo(2 * count(db, "SELECT count(*) FROM dispute"));
        assertThat(count(db, "SELECT count(*) FROM service_post WHERE kind = 'TOWN_WINDOW'")).isEqualTo(12);
        assertThat(count(db, "SELECT count(*) FROM service_post WHERE kind = 'VILLAGE_STATION'")).isEqualTo(242);
        assertThat(count(db, "SELECT count(*) FROM visit")).isGreaterThan(1_000_000L);
        double completed = number(db, "SELECT avg((status IN ('ARCHIVED', 'RATED'))::int) FROM service_request");
        assertThat(completed).isBetween(0.975, 0.995);
    }

    @Test
    void each_liaison_links_5_to_15_households_and_each_grid_area_has_5_to_8_agents() {
        assertThat(count(db, "SELECT count(*) FROM (SELECT liaison_id, count(*) n FROM liaison_link"
                + " WHERE valid_to IS NULL GROUP BY liaison_id) x WHERE n NOT BETWEEN 5 AND 15")).isZero();
        assertThat(count(db, "SELECT count(*) FROM household h WHERE NOT EXISTS (SELECT 1 FROM liaison_link l"
                + " WHERE l.household_id = h.id AND l.valid_to IS NULL)")).isZero();
        assertThat(count(db, "SELECT count(*) FROM liaison_link WHERE valid_to IS NOT NULL")).isPositive();
        assertThat(count(db, "SELECT count(*) FROM grid_area a WHERE (SELECT count(*) FROM person p"
                + " WHERE p.grid_area_id = a.id AND p.role = 'AGENT') NOT BETWEEN 5 AND 8")).isZero();
        assertThat(count(db, "SELECT count(*) FROM agent_link l JOIN person li ON li.id = l.liaison_id"
                + " JOIN person ag ON ag.id = l.agent_id WHERE li.grid_area_id <> ag.grid_area_id")).isZero();
    }

    @Test
    void identity_sequences_continue_after_the_loaded_ids() {
        assertThat(count(db, "SELECT count(*) FROM household WHERE id > "
                + "(SELECT last_value FROM pg_sequences WHERE sequencename = 'household_id_seq')")).isZero();
        assertThat(count(db, "SELECT count(*) FROM visit WHERE id > "
                + "(SELECT last_value FROM pg_sequences WHERE sequencename = 'visit_id_seq')")).isZero();
    }

    @Test
    void loading_a_second_time_loads_nothing() {
        long households = count(db, "SELECT count(*) FROM household");
        LoadReport again = new DemoLoader(db, TestDatabase.CLOCK).loadIfEmpty(DemoProfile.LIYANG, 1L, line -> { });
        assertThat(again.loaded()).isFalse();
        assertThat(again.counts()).containsEntry("household", households);
        assertThat(count(db, "SELECT count(*) FROM dataset_info")).isEqualTo(1);
    }
}
