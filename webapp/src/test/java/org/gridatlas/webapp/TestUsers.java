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
 */
@Component
class TestUsers {

    static final String PASSWORD = "Test-pass-2026";
    static final String OWN_TOWN = "320481106";      // 天目湖镇
    static final String OTHER_TOWN = "320481107";    // 别桥镇
    static final String FOREIGN_COUNTY = "320482";

    record TestUser(String username, UserRole role, String area) {
        String token() {
            return "ga_test_token_" + username;
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
        List<TestUser> created = areas.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new TestUser("t_" + e.getKey().name().toLowerCase(), e.getKey(), e.getValue()))
                .toList();
        for (TestUser u : created) {
            if (!accounts.exists(u.username())) {
                accounts.create(u.username(), u.role().label() + "（测试）", passwords.encode(PASSWORD), u.role(),
                        u.area(), u.area());
            }
            accounts.setApiTokenHash(u.username(), ApiTokens.hash(u.token()));
        }
        return created;
    }
}
