package org.gridatlas.webapp;

import org.springframework.jdbc.core.JdbcTemplate;

/** A tiny county outside Liyang (code 320482, one town, one village, one household) for "foreign area" tests. */
final class ForeignCounty {

    static final String HOUSEHOLD_CODE = "320482001001001010001";

    private ForeignCounty() {
    }

    static void ensure(JdbcTemplate jdbc) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM division WHERE code = '320482'", Integer.class);
        if (n != null && n > 0) {
            return;
        }
        String box = "ST_Multi(ST_MakeEnvelope(118.00, 30.00, 118.05, 30.05, 4326))";
        jdbc.update("INSERT INTO division (code, level, parent_code, county_code, name, seat, boundary) VALUES "
                + "('320482', 'COUNTY', NULL, '320482', '测试外县', ST_SetSRID(ST_MakePoint(118.02, 30.02), 4326), " + box + "),"
                + "('320482001', 'TOWN', '320482', '320482', '外县一镇', ST_SetSRID(ST_MakePoint(118.02, 30.02), 4326), " + box + "),"
                + "('320482001001', 'VILLAGE', '320482001', '320482', '外县一村', ST_SetSRID(ST_MakePoint(118.02, 30.02), 4326), " + box + ")");
        jdbc.update("INSERT INTO grid_area (code, name, county_code, village_code, boundary) VALUES "
                + "('320482001001001', '外县一片', '320482', '320482001001', " + box + ")");
        jdbc.update("INSERT INTO village_group (code, name, county_code, village_code, grid_area_id, boundary) "
                + "SELECT '32048200100100101', '外县一组', '320482', '320482001001', id, " + box
                + " FROM grid_area WHERE code = '320482001001001'");
        jdbc.update("INSERT INTO household (code, county_code, village_code, grid_area_id, group_id, address, head_name,"
                + " id_number, phone, location) SELECT ?, '320482', '320482001001', g.grid_area_id, g.id, '外县一村1号',"
                + " '王外县', '320482199001011234', '13900001111', ST_SetSRID(ST_MakePoint(118.02, 30.02), 4326)"
                + " FROM village_group g WHERE g.code = '32048200100100101'", HOUSEHOLD_CODE);
    }
}
