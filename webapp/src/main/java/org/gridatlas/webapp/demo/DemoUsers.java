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
            new String[] {"agent", "Agent-demo-2026", "AGENT"},
            new String[] {"gridsupervisor", "Gridsupervisor-demo-2026", "SUPERVISOR"});

    /** The demo agent's agent record: the first agent (by id) with a current link to a household in the village. */
    private static final String FIRST_AGENT = "SELECT al.agent_id FROM agent_link al"
            + " JOIN liaison_link ll ON ll.liaison_id = al.liaison_id AND ll.valid_to IS NULL"
            + " JOIN household h ON h.id = ll.household_id AND h.village_code = ?"
            + " WHERE al.valid_to IS NULL ORDER BY al.agent_id LIMIT 1";
    /** The grid supervisor's grid area: the village's grid area with the most households. */
    private static final String BUSIEST_GRID_AREA = "SELECT grid_area_id FROM household WHERE village_code = ?"
            + " AND grid_area_id IS NOT NULL GROUP BY grid_area_id ORDER BY count(*) DESC, 1 LIMIT 1";

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
                // bound on every start while unbound, so demo databases from before the binding get it too
                var account = accounts.find(a[0]).orElseThrow();
                if (role == UserRole.AGENT && account.personId() == null) {
                    accounts.bind(a[0], jdbc.queryForObject(FIRST_AGENT, Long.class, village), List.of());
                } else if (a[0].equals("gridsupervisor") && account.gridAreaIds().isEmpty()) {
                    accounts.bind(a[0], null, List.of(jdbc.queryForObject(BUSIEST_GRID_AREA, Long.class, village)));
                }
                users.add(new DemoUser(a[0], a[1], role, area));
            }
            return users;
        });
    }
}
