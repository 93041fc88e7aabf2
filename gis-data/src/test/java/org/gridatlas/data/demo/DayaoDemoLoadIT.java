package org.gridatlas.data.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridatlas.data.demo.TestDatabase.count;
import static org.gridatlas.data.demo.TestDatabase.text;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads 大瑶镇 into {@code gridatlas_test_dayao} and checks seed 004's exact figures. */
class DayaoDemoLoadIT {

    private static final Logger LOG = LoggerFactory.getLogger(DayaoDemoLoadIT.class);
    private static DataSource db;

    @BeforeAll
    static void load() {
        db = TestDatabase.migrated("gridatlas_test_dayao");
        LoadReport report = new DemoLoader(db, TestDatabase.CLOCK)
                .loadIfEmpty(DemoProfile.DAYAO, DemoLoader.DEFAULT_SEED, LOG::info);
        LOG.info("Dayao load: loaded={} in {} ms, counts {}", report.loaded(), report.millis(), report.counts());
        assumeTrue("DAYAO".equals(text(db, "SELECT profile FROM dataset_info")),
                "gridatlas_test_dayao holds other data than the Dayao demo");
    }

    @Test
    void dayao_has_exactly_the_structure_of_seed_004() {
        assertThat(count(db, "SELECT count(*) FROM division WHERE level = 'TOWN'")).isEqualTo(1);
        assertThat(text(db, "SELECT name FROM division WHERE level = 'TOWN'")).isEqualTo("大瑶镇");
        assertThat(count(db, "SELECT count(*) FROM division WHERE level = 'VILLAGE'")).isEqualTo(15);
        assertThat(text(db, "SELECT name FROM division WHERE code = '430181110003'")).isEqualTo("南川社区");
        assertThat(count(db, "SELECT count(*) FROM grid_area")).isEqualTo(81);
        assertThat(count(db, "SELECT count(*) FROM village_group")).isEqualTo(356);
        assertThat(count(db, "SELECT count(*) FROM person WHERE role = 'LIAISON'")).isEqualTo(1_756);
        assertThat(count(db, "SELECT count(*) FROM household")).isEqualTo(24_000);
    }

    @Test
    void each_representative_links_5_to_15_households() {
        assertThat(count(db, "SELECT count(*) FROM (SELECT liaison_id, count(*) n FROM liaison_link"
                + " WHERE valid_to IS NULL GROUP BY liaison_id) x WHERE n NOT BETWEEN 5 AND 15")).isZero();
        assertThat(count(db, "SELECT count(DISTINCT liaison_id) FROM liaison_link WHERE valid_to IS NULL"))
                .isEqualTo(1_756);
    }

    @Test
    void every_household_lies_inside_its_village_and_the_town() {
        assertThat(count(db, "SELECT count(*) FROM household h JOIN division v ON v.code = h.village_code"
                + " JOIN division t ON t.code = v.parent_code"
                + " WHERE NOT ST_Intersects(v.boundary, h.location) OR NOT ST_Intersects(t.boundary, h.location)"))
                .isZero();
        assertThat(count(db, "SELECT count(*) FROM division t, division c WHERE t.level = 'TOWN' AND c.level = 'COUNTY'"
                + " AND ST_Area(ST_Difference(t.boundary, c.boundary)) >= 1e-9")).isZero();
    }
}
