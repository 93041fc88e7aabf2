package org.gridatlas.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gridatlas.data.account.domain.UserRole;
import org.gridatlas.data.assignment.service.AgentHandover;
import org.gridatlas.data.assignment.service.AssignmentConflictException;
import org.gridatlas.data.assignment.service.AssignmentService;
import org.gridatlas.data.assignment.service.CurrentLink;
import org.gridatlas.data.assignment.service.HandoverPlan;
import org.gridatlas.data.assignment.service.HouseholdMove;
import org.gridatlas.data.assignment.service.Responsible;
import org.gridatlas.data.audit.AuditAction;
import org.gridatlas.data.audit.AuditService;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** History, as-of answers and refused lost updates of assignment changes, against the Liyang demo. */
class AssignmentServiceIT extends IntegrationTest {

    private static final String LIAISON_WITH_HOUSEHOLDS = """
            SELECT ll.liaison_id FROM liaison_link ll JOIN person p ON p.id = ll.liaison_id
             WHERE ll.valid_to IS NULL AND p.division_code = ? AND p.active
             GROUP BY ll.liaison_id, p.grid_area_id HAVING count(*) >= 3
               AND (SELECT count(*) FROM person o WHERE o.grid_area_id = p.grid_area_id AND o.role = 'LIAISON'
                     AND o.active AND o.id <> ll.liaison_id) >= 2
             ORDER BY ll.liaison_id LIMIT 1""";


    @Autowired
    TestUsers users;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AuditService audit;
    @Autowired
    AgentHandover handover;

    private Scope supervisor;
    private long liaison;
    private List<Long> others;
    private List<Long> households;

    @BeforeEach
    void aSupervisorAndALiaisonWithThreeHouseholdsInTheirVillage() {
        TestUsers.TestUser u = users.byRole(UserRole.SUPERVISOR);
        supervisor = new Scope(u.username(), u.role().name(), u.area(), u.area());
        JdbcTemplate jdbc = users.jdbc();
        users.asSystem(() -> {
            liaison = jdbc.queryForObject(LIAISON_WITH_HOUSEHOLDS, Long.class, u.area());
            others = jdbc.queryForList("SELECT o.id FROM person o JOIN person l ON l.grid_area_id = o.grid_area_id"
                    + " WHERE l.id = ? AND o.role = 'LIAISON' AND o.active AND o.id <> l.id ORDER BY o.id LIMIT 2",
                    Long.class, liaison);
            households = jdbc.queryForList("SELECT household_id FROM liaison_link WHERE liaison_id = ?"
                    + " AND valid_to IS NULL ORDER BY household_id LIMIT 3", Long.class, liaison);
            return null;
        });
    }

    private List<HouseholdMove> moves(List<Long> ids, long to) {
        Map<Long, CurrentLink> seen = Scopes.runAs(supervisor, () -> assignments.currentLiaisonLinks(ids));
        return ids.stream().map(h -> new HouseholdMove(h, seen.containsKey(h) ? seen.get(h).linkId()
                : HouseholdMove.NONE, to)).toList();
    }

    private Responsible at(long household, Instant when) {
        return Scopes.runAs(supervisor, () -> assignments.responsibleAt(household, when)).orElseThrow();
    }

    private String code(long household) {
        return users.asSystem(() -> users.jdbc().queryForObject("SELECT code FROM household WHERE id = ?",
                String.class, household));
    }

    @Test
    void who_was_responsible_on_a_date_follows_the_household_across_two_changes() throws Exception {
        long h = households.get(0);
        Instant before = Instant.now();
        Responsible original = at(h, before);
        assertThat(original.liaisonId()).isEqualTo(liaison);
        Thread.sleep(5);
        Scopes.runAs(supervisor, () -> assignments.moveHouseholds(moves(List.of(h), others.get(0)), "片区调整"));
        Thread.sleep(5);
        Instant between = Instant.now();
        Thread.sleep(5);
        Scopes.runAs(supervisor, () -> assignments.moveHouseholds(moves(List.of(h), liaison), "调回原联络员"));

        assertThat(at(h, before)).isEqualTo(original);
        assertThat(at(h, between).liaisonId()).isEqualTo(others.get(0));
        assertThat(at(h, between).agentId()).isNotNull();
        assertThat(at(h, Instant.now()).liaisonId()).isEqualTo(liaison);
        List<Map<String, Object>> history = users.asSystem(() -> users.jdbc().queryForList(
                "SELECT liaison_id, valid_to, changed_by, reason FROM liaison_link WHERE household_id = ?"
                        + " AND valid_from > ? ORDER BY valid_from", h, java.sql.Timestamp.from(before)));
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("changed_by")).isEqualTo(supervisor.username());
        assertThat(history.get(0).get("reason")).isEqualTo("片区调整");
        assertThat(history.get(0).get("valid_to")).isNotNull();
        assertThat(history.get(1).get("valid_to")).isNull();
        assertThat(users.asSystem(() -> audit.find(AuditAction.ASSIGNMENT_CHANGED, supervisor.username(), before,
                Instant.now().plusSeconds(1), 10))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void a_change_based_on_a_stale_view_is_refused_naming_the_household_codes_and_writes_nothing() {
        List<HouseholdMove> stale = moves(households, others.get(1));
        Scopes.runAs(supervisor, () -> assignments.moveHouseholds(moves(households.subList(1, 2), others.get(0)),
                "其他网格长先改"));
        Map<Long, CurrentLink> afterFirst = Scopes.runAs(supervisor, () -> assignments.currentLiaisonLinks(households));

        assertThatThrownBy(() -> Scopes.runAs(supervisor, () -> assignments.moveHouseholds(stale, "迟到的修改")))
                .isInstanceOf(AssignmentConflictException.class)
                .hasMessageContaining(code(households.get(1)))
                .hasMessageNotContaining(code(households.get(0)));
        assertThat(Scopes.runAs(supervisor, () -> assignments.currentLiaisonLinks(households))).isEqualTo(afterFirst);
    }

    @Test
    void two_supervisors_changing_overlapping_households_at_once_give_one_success_and_one_conflict() throws Exception {
        List<HouseholdMove> first = moves(households.subList(0, 2), others.get(0));
        List<HouseholdMove> second = moves(households.subList(1, 3), others.get(1));
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (List<HouseholdMove> m : List.of(first, second)) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return Scopes.runAs(supervisor, () -> assignments.moveHouseholds(m, "同时调整"));
                    } catch (AssignmentConflictException e) {
                        return e;
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : results) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).filteredOn(o -> o instanceof AssignmentConflictException).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !(o instanceof AssignmentConflictException)).hasSize(1);
            AssignmentConflictException conflict = (AssignmentConflictException) outcomes.stream()
                    .filter(o -> o instanceof AssignmentConflictException).findFirst().orElseThrow();
            assertThat(conflict.codes()).containsExactly(code(households.get(1)));
            boolean firstWon = !(outcomes.get(0) instanceof AssignmentConflictException);
            long winner = firstWon ? others.get(0) : others.get(1);
            assertThat(at(households.get(1), Instant.now()).liaisonId()).isEqualTo(winner);
            long untouched = firstWon ? households.get(2) : households.get(0);
            assertThat(at(untouched, Instant.now()).liaisonId()).isEqualTo(liaison);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void when_an_agent_leaves_all_their_households_go_to_other_agents_in_one_step() {
        long h = households.get(0);
        Instant before = Instant.now();
        long agent = at(h, before).agentId();
        HandoverPlan plan = Scopes.runAs(supervisor, () -> handover.plan(agent, List.of()));
        var result = Scopes.runAs(supervisor, () -> handover.apply(plan, "代办员调离"));

        assertThat(result.opened()).isEqualTo(plan.rows().size()).isPositive();
        assertThat(at(h, Instant.now()).agentId()).isNotEqualTo(agent).isNotNull();
        assertThat(at(h, before).agentId()).isEqualTo(agent);
        assertThat(users.asSystem(() -> users.jdbc().queryForObject(
                "SELECT count(*) FROM agent_link WHERE agent_id = ? AND valid_to IS NULL", Long.class, agent))).isZero();
    }
}
