package org.gridatlas.webapp;

import java.util.Map;

import org.gridatlas.data.account.domain.UserRole;
import org.springframework.jdbc.core.JdbcTemplate;

/** Own and foreign targets for each test user, read from the database as the system. */
record Fixture(Map<String, Object[]> own, Map<String, Object[]> foreign) {

    private static final String ONE_HOUSEHOLD = "SELECT id, code, ST_X(location), ST_Y(location) FROM household"
            + " WHERE village_code LIKE ? AND location IS NOT NULL ORDER BY id LIMIT 1";

    static Fixture load(TestUsers users) {
        JdbcTemplate jdbc = users.jdbc();
        return users.asSystem(() -> {
            Map<String, Object[]> own = new java.util.HashMap<>();
            Map<String, Object[]> foreign = new java.util.HashMap<>();
            for (TestUsers.TestUser u : users.all()) {
                own.put(u.username(), row(jdbc, u.area()));
                foreign.put(u.username(), row(jdbc, foreignArea(u.role())));
            }
            return new Fixture(own, foreign);
        });
    }

    private static Object[] row(JdbcTemplate jdbc, String area) {
        return jdbc.queryForObject(ONE_HOUSEHOLD, (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2),
                rs.getDouble(3), rs.getDouble(4)}, area + "%");
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
