package org.gridatlas.webapp;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.gridatlas.data.account.domain.UserRole;
import org.gridatlas.data.account.service.AccountService;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.gridatlas.webapp.security.ApiTokens;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * One user per role on the Liyang demo, each with a password and an API token, plus a small foreign county
 * (320482, outside every test user's area but the system's) so that "foreign" is never an empty answer by accident.
 * The agent is bound to a real agent of the demo data (so sees only that agent's households and items), and a second
 * supervisor, {@code t_grid_supervisor}, is limited to one grid area of the same village.
 */
@Component
class TestUsers {

    static final String PASSWORD = "Test-pass-2026";
    static final String OWN_TOWN = "320481106";      // 天目湖镇
    static final String OTHER_TOWN = "320481107";    // 别桥镇
    static final String FOREIGN_COUNTY = "320482";

    /**
     * The agent bound to t_agent: the first agent (by id) with a located household in the village and a located
     * dispute there with a party among their households (so that every own layer of the agent holds something).
     */
    static final String TEST_AGENT = """
            SELECT h.agent_id FROM household h
            WHERE h.village_code = ? AND h.location IS NOT NULL AND h.agent_id IS NOT NULL
              AND EXISTS (SELECT 1 FROM dispute d JOIN dispute_party p ON p.dispute_id = d.id
                          JOIN household x ON x.id = p.household_id
                          WHERE d.village_code = h.village_code AND d.location IS NOT NULL AND x.agent_id = h.agent_id)
            ORDER BY h.agent_id LIMIT 1""";
    /** The grid area of t_grid_supervisor: the village's grid area with the most located households. */
    private static final String TEST_GRID_AREA = "SELECT grid_area_id FROM household WHERE village_code = ?"
            + " AND location IS NOT NULL AND grid_area_id IS NOT NULL GROUP BY grid_area_id ORDER BY count(*) DESC, 1 LIMIT 1";

    /**
     * A test user; {@code agentId} (the agent record of an AGENT) and {@code gridAreaIds} (a limited supervisor's
     * grid areas) narrow what the database shows inside the area.
     */
    record TestUser(String username, UserRole role, String area, Long agentId, List<Long> gridAreaIds) {
        TestUser(String username, UserRole role, String area) {
            this(username, role, area, null, List.of());
        }

        String token() {
            return "ga_test_token_" + username;
        }

        /** True when the user sees less than their whole area (an agent, a supervisor limited to grid areas). */
        boolean narrowed() {
            return agentId != null || !gridAreaIds.isEmpty();
        }
    }

    private final AccountService accounts;
    private final PasswordEncoder passwords;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final Flyway flyway;
    private List<TestUser> users;

    TestUsers(AccountService accounts, PasswordEncoder passwords, JdbcTemplate jdbc, DataSource dataSource, Flyway flyway) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.flyway = flyway;
    }

    synchronized List<TestUser> all() {
        if (users == null) {
            TestDatabase.ensureLiyang(dataSource, flyway);
            users = Scopes.runAs(Scope.SYSTEM, this::create);
        }
        return users;
    }

    TestUser byRole(UserRole role) {
        return all().stream().filter(u -> u.role() == role).findFirst().orElseThrow();
    }

    /** Runs SQL as the system (row-level security would hide everything from a test thread without a user). */
    <T> T asSystem(java.util.function.Supplier<T> work) {
        return Scopes.runAs(Scope.SYSTEM, work);
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    String ownVillage() {
        return asSystem(() -> jdbc.queryForObject("SELECT min(village_code) FROM household WHERE village_code LIKE ?",
                String.class, OWN_TOWN + "%"));
    }

    private List<TestUser> create() {
        ForeignCounty.ensure(jdbc);
        String village = ownVillage();
        Map<UserRole, String> areas = Map.of(UserRole.ADMIN, "320481", UserRole.COUNTY_LEADER, "320481",
                UserRole.TOWN_SECRETARY, OWN_TOWN, UserRole.SUPERVISOR, village, UserRole.AGENT, village);
        long agent = jdbc.queryForObject(TEST_AGENT, Long.class, village);
        long grid = jdbc.queryForObject(TEST_GRID_AREA, Long.class, village);
        List<TestUser> created = new java.util.ArrayList<>(areas.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() == UserRole.AGENT
                        ? new TestUser("t_agent", UserRole.AGENT, e.getValue(), agent, List.of())
                        : new TestUser("t_" + e.getKey().name().toLowerCase(), e.getKey(), e.getValue()))
                .toList());
        created.add(new TestUser("t_grid_supervisor", UserRole.SUPERVISOR, village, null, List.of(grid)));
        for (TestUser u : created) {
            if (!accounts.exists(u.username())) {
                accounts.create(u.username(), u.role().label() + "（测试）", passwords.encode(PASSWORD), u.role(),
                        u.area(), u.area());
            }
            accounts.bind(u.username(), u.agentId(), u.gridAreaIds());
            accounts.setApiTokenHash(u.username(), ApiTokens.hash(u.token()));
        }
        return List.copyOf(created);
    }
}
