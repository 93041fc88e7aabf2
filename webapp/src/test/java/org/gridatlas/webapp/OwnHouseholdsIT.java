package org.gridatlas.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.gridatlas.data.account.domain.UserRole;
import org.gridatlas.data.account.service.AccountService;
import org.gridatlas.data.assignment.service.AssignmentService;
import org.gridatlas.data.assignment.service.HouseholdMove;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Own households" follow the assignment (household.agent_id is kept by the link triggers of V070), a grid-limited
 * supervisor cannot assign beside their grid areas, and binding a user refuses what lies outside their area.
 */
class OwnHouseholdsIT extends IntegrationTest {

    @Autowired
    TestUsers users;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AccountService accounts;

    private TestUsers.TestUser agent;
    private Scope agentScope;
    private Scope villageSupervisor;

    @BeforeEach
    void theTestAgentAndTheVillageSupervisor() {
        agent = users.byRole(UserRole.AGENT);
        agentScope = new Scope(agent.username(), "AGENT", agent.area(), agent.area(), agent.agentId(), List.of());
        TestUsers.TestUser s = users.byRole(UserRole.SUPERVISOR);
        villageSupervisor = new Scope(s.username(), s.role().name(), s.area(), s.area());
    }

    private long visibleAs(Scope scope, String sql, Object... args) {
        JdbcTemplate jdbc = users.jdbc();
        return Scopes.runAs(scope, () -> jdbc.queryForObject(sql, Long.class, args));
    }

    private void move(Scope scope, long household, long toLiaison) {
        Scopes.runAs(scope, () -> {
            var seen = assignments.currentLiaisonLinks(List.of(household));
            long link = seen.containsKey(household) ? seen.get(household).linkId() : HouseholdMove.NONE;
            return assignments.moveHouseholds(List.of(new HouseholdMove(household, link, toLiaison)), "测试：移交住户");
        });
    }

    @Test
    void a_household_moved_to_a_liaison_of_the_agent_becomes_theirs_and_moved_back_is_hidden_again() {
        JdbcTemplate jdbc = users.jdbc();
        long[] pick = users.asSystem(() -> jdbc.queryForObject("""
                SELECT h.id, ll.liaison_id, h.agent_id FROM household h
                JOIN liaison_link ll ON ll.household_id = h.id AND ll.valid_to IS NULL
                WHERE h.village_code = ? AND h.agent_id <> ? ORDER BY h.id LIMIT 1""",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, agent.area(), agent.agentId()));
        long household = pick[0];
        long ownLiaison = users.asSystem(() -> jdbc.queryForObject("SELECT liaison_id FROM agent_link"
                + " WHERE agent_id = ? AND valid_to IS NULL ORDER BY liaison_id LIMIT 1", Long.class, agent.agentId()));
        String count = "SELECT count(*) FROM household WHERE id = ?";
        String visits = "SELECT count(*) FROM visit WHERE household_id = ?";
        assertThat(visibleAs(agentScope, count, household)).isZero();
        assertThat(visibleAs(agentScope, visits, household)).isZero();
        long allVisits = visibleAs(villageSupervisor, visits, household);

        move(villageSupervisor, household, ownLiaison);
        try {
            assertThat(users.asSystem(() -> jdbc.queryForObject("SELECT agent_id FROM household WHERE id = ?",
                    Long.class, household))).isEqualTo(agent.agentId());
            assertThat(visibleAs(agentScope, count, household)).isOne();
            assertThat(visibleAs(agentScope, visits, household)).isEqualTo(allVisits);
        } finally {
            move(villageSupervisor, household, pick[1]);
        }
        assertThat(users.asSystem(() -> jdbc.queryForObject("SELECT agent_id FROM household WHERE id = ?",
                Long.class, household))).isEqualTo(pick[2]);
        assertThat(visibleAs(agentScope, count, household)).isZero();
    }

    @Test
    void a_grid_supervisor_sees_and_assigns_only_inside_their_grid_areas() {
        TestUsers.TestUser grid = users.all().stream().filter(u -> !u.gridAreaIds().isEmpty()).findFirst().orElseThrow();
        Scope gridScope = new Scope(grid.username(), "SUPERVISOR", grid.area(), grid.area(), null, grid.gridAreaIds());
        JdbcTemplate jdbc = users.jdbc();
        long inGrid = visibleAs(Scope.SYSTEM, "SELECT count(*) FROM household WHERE grid_area_id = ?",
                grid.gridAreaIds().get(0));
        String village = "SELECT count(*) FROM household WHERE village_code = ?";
        assertThat(visibleAs(gridScope, village, grid.area())).isEqualTo(inGrid).isPositive()
                .isLessThan(visibleAs(villageSupervisor, village, grid.area()));
        long[] outside = users.asSystem(() -> jdbc.queryForObject("""
                SELECT h.id, ll.liaison_id FROM household h
                JOIN liaison_link ll ON ll.household_id = h.id AND ll.valid_to IS NULL
                WHERE h.village_code = ? AND h.grid_area_id <> ? ORDER BY h.id LIMIT 1""",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, grid.area(), grid.gridAreaIds().get(0)));
        long liaisonInGrid = users.asSystem(() -> jdbc.queryForObject("SELECT id FROM person WHERE role = 'LIAISON'"
                + " AND grid_area_id = ? ORDER BY id LIMIT 1", Long.class, grid.gridAreaIds().get(0)));
        assertThatThrownBy(() -> move(gridScope, outside[0], liaisonInGrid)).isInstanceOf(RuntimeException.class);
        assertThat(users.asSystem(() -> jdbc.queryForObject("SELECT liaison_id FROM liaison_link"
                + " WHERE household_id = ? AND valid_to IS NULL", Long.class, outside[0]))).isEqualTo(outside[1]);
    }

    @Test
    void binding_refuses_an_agent_outside_the_capture_area_and_grid_areas_for_non_supervisors() {
        long foreignAgent = users.asSystem(() -> users.jdbc().queryForObject("SELECT min(id) FROM person"
                + " WHERE role = 'AGENT' AND division_code LIKE ?", Long.class, TestUsers.OTHER_TOWN + "%"));
        long grid = users.all().stream().filter(u -> !u.gridAreaIds().isEmpty()).findFirst().orElseThrow()
                .gridAreaIds().get(0);
        long foreignGrid = users.asSystem(() -> users.jdbc().queryForObject("SELECT min(id) FROM grid_area"
                + " WHERE village_code LIKE ?", Long.class, TestUsers.OTHER_TOWN + "%"));
        Scopes.runAs(Scope.SYSTEM, () -> {
            assertThatThrownBy(() -> accounts.bind(agent.username(), foreignAgent, List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(foreignAgent))
                    .hasMessageContaining(agent.area());
            assertThatThrownBy(() -> accounts.bind(agent.username(), agent.agentId(), List.of(grid)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only supervisors");
            assertThatThrownBy(() -> accounts.bind("t_grid_supervisor", null, List.of(foreignGrid)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(foreignGrid));
            assertThat(accounts.find(agent.username()).orElseThrow().personId()).isEqualTo(agent.agentId());
            assertThat(accounts.find("t_grid_supervisor").orElseThrow().gridAreaIds()).containsExactly(grid);
        });
    }
}
