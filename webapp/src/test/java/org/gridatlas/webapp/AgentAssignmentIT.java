package org.gridatlas.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridatlas.analytics.assignment.AgentBalance;
import org.gridatlas.analytics.assignment.BalancePreview;
import org.gridatlas.data.account.domain.UserRole;
import org.gridatlas.data.assignment.service.AgentHandover;
import org.gridatlas.data.assignment.service.AgentSelectionAssigner;
import org.gridatlas.data.assignment.service.AssignmentConflictException;
import org.gridatlas.data.assignment.service.AssignmentService;
import org.gridatlas.data.assignment.service.CapacityRules;
import org.gridatlas.data.assignment.service.CurrentLink;
import org.gridatlas.data.assignment.service.HandoverPlan;
import org.gridatlas.data.assignment.service.HouseholdMove;
import org.gridatlas.data.assignment.service.LiaisonMove;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Liaisons → agents auto-balance, assigning a selection to an agent, and an agent leaving: capacities hold, as-of
 * answers follow the change, and a stale view is refused naming the codes, against the Liyang demo.
 */
class AgentAssignmentIT extends IntegrationTest {

    /** A grid area of the supervisor's village with at least three active agents that each have liaisons. */
    private static final String GRID_AREA = """
            SELECT a.grid_area_id FROM person a
             WHERE a.role = 'AGENT' AND a.active AND a.grid_area_id IN (SELECT id FROM grid_area WHERE village_code = ?)
               AND EXISTS (SELECT 1 FROM agent_link al WHERE al.agent_id = a.id AND al.valid_to IS NULL)
             GROUP BY a.grid_area_id HAVING count(*) >= 3 ORDER BY count(*) DESC, a.grid_area_id LIMIT 1 OFFSET ?""";
    private static final String AGENTS_OF_AREA = """
            SELECT a.id FROM person a WHERE a.role = 'AGENT' AND a.active AND a.grid_area_id = ?
               AND EXISTS (SELECT 1 FROM agent_link al WHERE al.agent_id = a.id AND al.valid_to IS NULL)
             ORDER BY a.id""";
    private static final String LIAISON_LOADS = """
            SELECT al.agent_id, count(*) FROM agent_link al JOIN person a ON a.id = al.agent_id
             WHERE al.valid_to IS NULL AND a.grid_area_id = ? AND a.active GROUP BY al.agent_id""";
    private static final String HOUSEHOLDS_OF_OTHER_AGENTS = """
            SELECT ll.household_id FROM liaison_link ll JOIN agent_link al ON al.liaison_id = ll.liaison_id
                   AND al.valid_to IS NULL JOIN household h ON h.id = ll.household_id
             WHERE ll.valid_to IS NULL AND al.agent_id <> ? AND h.grid_area_id = ? ORDER BY ll.household_id LIMIT ?""";

    @Autowired
    TestUsers users;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AgentBalance balance;
    @Autowired
    AgentSelectionAssigner toAgent;
    @Autowired
    AgentHandover handover;
    @Autowired
    CapacityRules rules;

    private Scope supervisor;
    private String village;

    @BeforeEach
    void aSupervisorOfAVillage() {
        TestUsers.TestUser u = users.byRole(UserRole.SUPERVISOR);
        supervisor = new Scope(u.username(), u.role().name(), u.area(), u.area());
        village = u.area();
    }

    private JdbcTemplate jdbc() {
        return users.jdbc();
    }

    private long gridArea(int nth) {
        return users.asSystem(() -> jdbc().queryForObject(GRID_AREA, Long.class, village, nth));
    }

    private List<Long> agentsOf(long area) {
        return users.asSystem(() -> jdbc().queryForList(AGENTS_OF_AREA, Long.class, area));
    }

    private Map<Long, Long> liaisonLoads(long area) {
        Map<Long, Long> out = new HashMap<>();
        users.asSystem(() -> {
            jdbc().query(LIAISON_LOADS, rs -> {
                out.put(rs.getLong(1), rs.getLong(2));
            }, area);
            return null;
        });
        return out;
    }

    private Long agentAt(long household, Instant at) {
        return Scopes.runAs(supervisor, () -> assignments.responsibleAt(household, at)).orElseThrow().agentId();
    }

    private long firstHouseholdOf(long liaison) {
        return users.asSystem(() -> jdbc().queryForObject("SELECT min(household_id) FROM liaison_link"
                + " WHERE liaison_id = ? AND valid_to IS NULL", Long.class, liaison));
    }

    private String liaisonCode(long liaison) {
        return users.asSystem(() -> jdbc().queryForObject("SELECT code FROM person WHERE id = ?", String.class, liaison));
    }

    @Test
    void balancing_liaisons_to_agents_keeps_every_agent_within_five_to_eight_and_as_of_answers_follow() throws Exception {
        long area = gridArea(0);
        pileThreeLiaisonsOnOneAgent(area);
        BalancePreview p = Scopes.runAs(supervisor, () -> balance.preview(village, area, false));
        assertThat(p.level()).isEqualTo(BalancePreview.Level.LIAISONS);
        assertThat(p.after().minLoad()).isGreaterThanOrEqualTo(rules.agentMinLiaisons());
        assertThat(p.after().maxLoad()).isLessThanOrEqualTo(rules.agentMaxLiaisons());
        assertThat(p.after().spread()).isLessThanOrEqualTo(p.greedy().spread());
        BalancePreview keep = Scopes.runAs(supervisor, () -> balance.preview(village, area, true));
        assertThat(keep.changes()).isLessThanOrEqualTo(p.changes());
        BalancePreview.Row moved = p.rows().stream().filter(BalancePreview.Row::changes).findFirst().orElseThrow();
        long household = firstHouseholdOf(moved.subjectId());
        Instant before = Instant.now();
        Thread.sleep(5);

        var result = Scopes.runAs(supervisor, () -> balance.apply(p, "联络员均衡"));

        assertThat(result.opened()).isEqualTo((int) p.changes());
        assertThat(liaisonLoads(area).values()).allSatisfy(n -> assertThat(n)
                .isBetween((long) rules.agentMinLiaisons(), (long) rules.agentMaxLiaisons()));
        assertThat(agentAt(household, before)).isEqualTo(moved.beforeTargetId());
        assertThat(agentAt(household, Instant.now())).isEqualTo(moved.afterTargetId());
        BalancePreview again = Scopes.runAs(supervisor, () -> balance.preview(village, area, false));
        assertThat(again.changes()).as("a balanced area stays as it is").isZero();
    }

    @Test
    void applying_a_liaison_balance_after_someone_moved_one_of_its_liaisons_is_refused_and_writes_nothing() {
        long area = gridArea(1);
        pileThreeLiaisonsOnOneAgent(area);
        BalancePreview p = Scopes.runAs(supervisor, () -> balance.preview(village, area, false));
        BalancePreview.Row row = p.rows().stream().filter(BalancePreview.Row::changes).findFirst().orElseThrow();
        long other = agentsOf(area).stream().filter(a -> a != row.beforeTargetId() && a != row.afterTargetId())
                .findFirst().orElseThrow();
        Scopes.runAs(supervisor, () -> assignments.moveLiaisons(List.of(new LiaisonMove(row.subjectId(),
                row.seenLinkId(), other)), "另一名网格长先调整"));
        List<Long> liaisons = p.rows().stream().map(BalancePreview.Row::subjectId).toList();
        Map<Long, CurrentLink> afterFirst = Scopes.runAs(supervisor, () -> assignments.currentAgentLinks(liaisons));

        assertThatThrownBy(() -> Scopes.runAs(supervisor, () -> balance.apply(p, "过时的均衡")))
                .isInstanceOf(AssignmentConflictException.class)
                .hasMessageContaining(liaisonCode(row.subjectId()));
        assertThat(Scopes.runAs(supervisor, () -> assignments.currentAgentLinks(liaisons))).isEqualTo(afterFirst);
    }

    private long room(long agent) {
        return users.asSystem(() -> jdbc().queryForObject("SELECT COALESCE(sum(greatest(0, ? - (SELECT count(*)"
                + " FROM liaison_link ll WHERE ll.liaison_id = al.liaison_id AND ll.valid_to IS NULL))), 0)"
                + " FROM agent_link al WHERE al.agent_id = ? AND al.valid_to IS NULL", Long.class,
                rules.liaisonMaxHouseholds(), agent));
    }

    @Test
    void a_selection_assigned_to_an_agent_goes_to_that_agents_nearest_liaisons_with_room() {
        long area = gridArea(2);
        long agent = agentsOf(area).stream().max(java.util.Comparator.comparingLong(this::room)).orElseThrow();
        assertThat(room(agent)).as("test data: an agent with room for three households").isGreaterThanOrEqualTo(3);
        List<Long> picked = users.asSystem(() -> jdbc().queryForList(HOUSEHOLDS_OF_OTHER_AGENTS, Long.class, agent,
                area, 3));
        Map<Long, Long> seen = seen(picked);
        Instant before = Instant.now();

        var result = Scopes.runAs(supervisor, () -> toAgent.assign(agent, seen, "划给该代办员"));

        assertThat(result.opened()).isEqualTo(3);
        picked.forEach(h -> {
            assertThat(agentAt(h, Instant.now())).isEqualTo(agent);
            assertThat(agentAt(h, before)).isNotEqualTo(agent);
        });
        List<Long> loads = users.asSystem(() -> jdbc().queryForList("SELECT count(ll.id) FROM agent_link al"
                + " LEFT JOIN liaison_link ll ON ll.liaison_id = al.liaison_id AND ll.valid_to IS NULL"
                + " WHERE al.agent_id = ? AND al.valid_to IS NULL GROUP BY al.liaison_id", Long.class, agent));
        assertThat(loads).isNotEmpty().allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(rules.liaisonMaxHouseholds()));
    }

    @Test
    void a_selection_larger_than_the_agents_liaisons_have_room_for_is_refused_and_writes_nothing() {
        long area = gridArea(2);
        long agent = agentsOf(area).get(1);
        long room = room(agent);
        List<Long> picked = users.asSystem(() -> jdbc().queryForList(HOUSEHOLDS_OF_OTHER_AGENTS, Long.class, agent,
                area, (int) room + 1));
        assertThat(picked).hasSize((int) room + 1);
        Map<Long, Long> seen = seen(picked);

        assertThatThrownBy(() -> Scopes.runAs(supervisor, () -> toAgent.assign(agent, seen, "超出容量")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("room for " + room).hasMessageContaining("nothing was saved");
        assertThat(seen(picked)).isEqualTo(seen);
    }

    @Test
    void a_leaving_agents_liaisons_go_to_the_chosen_agent_or_to_neighbours_within_capacity() {
        long area = gridArea(0);
        List<Long> agents = agentsOf(area);
        long leaving = agents.getFirst();
        HandoverPlan chosen = Scopes.runAs(supervisor, () -> handover.plan(leaving, List.of(agents.get(1))));
        assertThat(chosen.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.toAgentId()).isEqualTo(agents.get(1)));

        HandoverPlan auto = Scopes.runAs(supervisor, () -> handover.plan(leaving, List.of()));
        assertThat(auto.targets()).extracting(HandoverPlan.Target::agentId).doesNotContain(leaving)
                .containsAll(agents.subList(1, agents.size()));
        if (auto.overCapacity().isEmpty()) {
            assertThat(auto.targets()).allSatisfy(t -> assertThat(t.liaisonsAfter())
                    .isLessThanOrEqualTo(Math.max(t.liaisonsBefore(), rules.agentMaxLiaisons())));
        }
        long household = firstHouseholdOf(auto.rows().getFirst().liaisonId());
        Instant before = Instant.now();

        var result = Scopes.runAs(supervisor, () -> handover.apply(auto, "代办员离任"));

        assertThat(result.opened()).isEqualTo(auto.rows().size());
        assertThat(agentAt(household, before)).isEqualTo(leaving);
        assertThat(agentAt(household, Instant.now())).isEqualTo(auto.rows().getFirst().toAgentId());
        assertThat(liaisonLoads(area)).doesNotContainKey(leaving);
        assertThat(users.asSystem(() -> jdbc().queryForObject("SELECT active FROM person WHERE id = ?",
                Boolean.class, leaving))).isFalse();
    }

    @Test
    void a_handover_planned_before_another_change_to_the_agents_liaisons_is_refused_and_the_agent_stays() {
        long area = gridArea(1);
        List<Long> agents = agentsOf(area);
        long leaving = agents.get(1);
        HandoverPlan plan = Scopes.runAs(supervisor, () -> handover.plan(leaving, List.of()));
        HandoverPlan.Row row = plan.rows().getFirst();
        long elsewhere = agents.stream().filter(a -> a != leaving && a != row.toAgentId()).findFirst().orElseThrow();
        Scopes.runAs(supervisor, () -> assignments.moveLiaisons(List.of(new LiaisonMove(row.liaisonId(),
                row.seenLinkId(), elsewhere)), "先行调整"));

        assertThatThrownBy(() -> Scopes.runAs(supervisor, () -> handover.apply(plan, "代办员离任")))
                .isInstanceOf(AssignmentConflictException.class).hasMessageContaining(row.liaisonCode());
        assertThat(users.asSystem(() -> jdbc().queryForObject("SELECT active FROM person WHERE id = ?",
                Boolean.class, leaving))).isTrue();
        assertThat(liaisonLoads(area).get(leaving)).isEqualTo(plan.rows().size() - 1L);
    }

    /** Three more liaisons on the area's first agent, so that a balance always has something to move. */
    private void pileThreeLiaisonsOnOneAgent(long area) {
        long agent = agentsOf(area).getFirst();
        List<LiaisonMove> moves = users.asSystem(() -> jdbc().query("SELECT al.liaison_id, al.id FROM agent_link al"
                + " JOIN person o ON o.id = al.agent_id WHERE al.valid_to IS NULL AND o.grid_area_id = ?"
                + " AND o.id <> ? ORDER BY al.liaison_id LIMIT 3", (rs, i) -> new LiaisonMove(rs.getLong(1),
                rs.getLong(2), agent), area, agent));
        Scopes.runAs(supervisor, () -> assignments.moveLiaisons(moves, "测试准备：集中三名联络员"));
    }

    private Map<Long, Long> seen(List<Long> households) {
        Map<Long, CurrentLink> now = Scopes.runAs(supervisor, () -> assignments.currentLiaisonLinks(households));
        Map<Long, Long> out = new LinkedHashMap<>();
        households.forEach(h -> out.put(h, now.containsKey(h) ? now.get(h).linkId() : HouseholdMove.NONE));
        return out;
    }
}
