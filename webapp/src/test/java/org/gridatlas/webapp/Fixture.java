package org.gridatlas.webapp;

import java.util.Map;

import org.gridatlas.data.account.domain.UserRole;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Own and foreign targets for each test user, read from the database as the system. For a narrowed user (an agent,
 * a supervisor limited to grid areas) "own" is one of their households and {@code neighbour} a household of the same
 * village that is not theirs.
 */
record Fixture(Map<String, Object[]> own, Map<String, Object[]> foreign, Map<String, Object[]> neighbour) {

    private static final String ONE_HOUSEHOLD = "SELECT id, code, ST_X(location), ST_Y(location) FROM household"
            + " WHERE village_code LIKE ? AND location IS NOT NULL"
            + " AND (?::bigint IS NULL OR agent_id = ?) AND (?::bigint[] IS NULL OR grid_area_id = ANY (?))"
            + " ORDER BY id LIMIT 1";
    private static final String ONE_NEIGHBOUR = "SELECT id, code, ST_X(location), ST_Y(location) FROM household"
            + " WHERE village_code LIKE ? AND location IS NOT NULL"
            + " AND (?::bigint IS NULL OR agent_id IS DISTINCT FROM ?)"
            + " AND (?::bigint[] IS NULL OR grid_area_id IS NULL OR NOT grid_area_id = ANY (?))"
            + " ORDER BY id LIMIT 1";

    static Fixture load(TestUsers users) {
        JdbcTemplate jdbc = users.jdbc();
        return users.asSystem(() -> {
            Map<String, Object[]> own = new java.util.HashMap<>();
            Map<String, Object[]> foreign = new java.util.HashMap<>();
            Map<String, Object[]> neighbour = new java.util.HashMap<>();
            for (TestUsers.TestUser u : users.all()) {
                own.put(u.username(), row(jdbc, ONE_HOUSEHOLD, u.area(), u));
                foreign.put(u.username(), row(jdbc, ONE_HOUSEHOLD, foreignArea(u.role()), null));
                if (u.narrowed()) {
                    neighbour.put(u.username(), row(jdbc, ONE_NEIGHBOUR, u.area(), u));
                }
            }
            return new Fixture(own, foreign, neighbour);
        });
    }

    private static Object[] row(JdbcTemplate jdbc, String sql, String area, TestUsers.TestUser narrowedTo) {
        Long agent = narrowedTo == null ? null : narrowedTo.agentId();
        Long[] grids = narrowedTo == null || narrowedTo.gridAreaIds().isEmpty() ? null
                : narrowedTo.gridAreaIds().toArray(Long[]::new);
        return jdbc.queryForObject(sql, (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2),
                rs.getDouble(3), rs.getDouble(4)}, area + "%", agent, agent, grids, grids);
    }

    long neighbourHousehold(TestUsers.TestUser u) {
        return (Long) neighbour.get(u.username())[0];
    }

    String neighbourHouseholdCode(TestUsers.TestUser u) {
        return (String) neighbour.get(u.username())[1];
    }

    double[] neighbourPoint(TestUsers.TestUser u) {
        Object[] r = neighbour.get(u.username());
        return new double[] {(Double) r[2], (Double) r[3]};
    }

    /** County-wide users' foreign area is the test county 320482; everyone else's is another Liyang town. */
    static String foreignArea(UserRole role) {
        return role == UserRole.ADMIN || role == UserRole.COUNTY_LEADER ? TestUsers.FOREIGN_COUNTY : TestUsers.OTHER_TOWN;
    }

    String foreignArea(TestUsers.TestUser u) {
        return foreignArea(u.role());
    }

    long ownHousehold(TestUsers.TestUser u) {
        return (Long) own.get(u.username())[0];
    }

    long foreignHousehold(TestUsers.TestUser u) {
        return (Long) foreign.get(u.username())[0];
    }

    String ownHouseholdCode(TestUsers.TestUser u) {
        return (String) own.get(u.username())[1];
    }

    String foreignHouseholdCode(TestUsers.TestUser u) {
        return (String) foreign.get(u.username())[1];
    }

    double[] ownPoint(TestUsers.TestUser u) {
        Object[] r = own.get(u.username());
        return new double[] {(Double) r[2], (Double) r[3]};
    }

    double[] foreignPoint(TestUsers.TestUser u) {
        Object[] r = foreign.get(u.username());
        return new double[] {(Double) r[2], (Double) r[3]};
    }
}
