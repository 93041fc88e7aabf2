package org.gridatlas.webapp.demo;

import java.util.ArrayList;
import java.util.List;

import org.gridatlas.data.account.domain.UserRole;
import org.gridatlas.data.account.service.AccountService;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.gridatlas.data.demo.DemoProfile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * One demo user per role on the demo data (demo profile only). Their passwords are public, so a production start
 * refuses to run while any of them is unchanged ({@link DefaultPasswordGuard}).
 */
@Service
class DemoUsers {

    record DemoUser(String username, String password, UserRole role, String area) {
    }

    /** The demo accounts and their published passwords. */
    static final List<String[]> ACCOUNTS = List.of(
            new String[] {"admin", "Admin-demo-2026", "ADMIN"},
            new String[] {"leader", "Leader-demo-2026", "COUNTY_LEADER"},
            new String[] {"secretary", "Secretary-demo-2026", "TOWN_SECRETARY"},
            new String[] {"supervisor", "Supervisor-demo-2026", "SUPERVISOR"},
            new String[] {"agent", "Agent-demo-2026", "AGENT"});

    private static final String FIRST_VILLAGE = "SELECT d.code FROM division d WHERE d.parent_code = ? AND d.holds_households"
            + " ORDER BY d.code LIMIT 1";

    private final AccountService accounts;
    private final PasswordEncoder passwords;
    private final JdbcTemplate jdbc;

    DemoUsers(AccountService accounts, PasswordEncoder passwords, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.jdbc = jdbc;
    }

    /** Creates the demo users that do not exist yet and returns all of them with their passwords. */
    List<DemoUser> ensure(DemoProfile profile) {
        return Scopes.runAs(Scope.SYSTEM, () -> {
            String county = switch (profile) {
                case LIYANG -> "320481";
                case DAYAO -> "430181";
                case SUZHOU -> "341302";   // 埇桥区, the largest of the five counties
            };
            String town = switch (profile) {
                case LIYANG -> "320481106";
                case DAYAO -> "430181110";
                case SUZHOU -> "341302001";
            };
            String village = jdbc.queryForObject(FIRST_VILLAGE, String.class, town);
            List<DemoUser> users = new ArrayList<>();
            for (String[] a : ACCOUNTS) {
                UserRole role = UserRole.valueOf(a[2]);
                String area = switch (role) {
                    case ADMIN, COUNTY_LEADER -> county;
                    case TOWN_SECRETARY -> town;
                    case SUPERVISOR, AGENT -> village;
                };
                if (!accounts.exists(a[0])) {
                    accounts.create(a[0], role.label() + "（演示）", passwords.encode(a[1]), role, area, area);
                }
                users.add(new DemoUser(a[0], a[1], role, area));
            }
            return users;
        });
    }
}
