package org.gridatlas.data.assignment.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agent leaves: all their liaisons (and so all their households) move to other agents in one step. {@link #plan}
 * proposes, writing nothing: to the chosen targets, or, when none are chosen, to the neighbouring agents (the other
 * active agents of the same grid area; of the same village if the grid area has none). Liaison → agent pairs are
 * taken nearest first (agent home to the centroid of the liaison's households), each target filled at most to the
 * agent maximum of {@link CapacityRules}; only when the targets have too little room in total are the rest given to
 * the least loaded target, and the plan names the overfilled agents. {@link #apply} writes the plan through
 * {@link AssignmentService#moveLiaisons} (history, audit, conflict check) and marks the agent inactive, in one
 * transaction; a liaison linked to or removed from the agent since the plan is a conflict.
 */
@Service
public class AgentHandover {

    private static final String AGENT = """
            SELECT code, grid_area_id, division_code FROM person WHERE id = ? AND role = 'AGENT' AND active""";
    private static final String LIAISONS = """
            SELECT p.id, p.code, al.id, ST_X(COALESCE(c.g, p.home)), ST_Y(COALESCE(c.g, p.home)), COALESCE(c.n, 0)
              FROM agent_link al JOIN person p ON p.id = al.liaison_id
              LEFT JOIN LATERAL (SELECT count(*) AS n, ST_Centroid(ST_Collect(h.location)) AS g
                                   FROM liaison_link ll JOIN household h ON h.id = ll.household_id
                                  WHERE ll.liaison_id = p.id AND ll.valid_to IS NULL) c ON true
             WHERE al.agent_id = ? AND al.valid_to IS NULL ORDER BY p.code""";
    private static final String NEIGHBOURS = """
            SELECT o.id FROM person o WHERE o.role = 'AGENT' AND o.active AND o.id <> ?
               AND (o.grid_area_id = ? OR (?::bigint IS NULL OR NOT EXISTS (SELECT 1 FROM person g
                     WHERE g.role = 'AGENT' AND g.active AND g.id <> ? AND g.grid_area_id = ?))
                    AND o.division_code = ?)
             ORDER BY o.id""";
    private static final String TARGETS = """
            SELECT a.id, a.code, ST_X(a.home), ST_Y(a.home),
                   (SELECT count(*) FROM agent_link al WHERE al.agent_id = a.id AND al.valid_to IS NULL),
                   (SELECT count(*) FROM agent_link al JOIN liaison_link ll ON ll.liaison_id = al.liaison_id
                     AND ll.valid_to IS NULL WHERE al.agent_id = a.id AND al.valid_to IS NULL)
              FROM person a WHERE a.role = 'AGENT' AND a.active AND a.id = ANY (?::bigint[]) ORDER BY a.id""";
    private static final String DEACTIVATE = "UPDATE person SET active = false WHERE id = ? AND role = 'AGENT'";

    private final JdbcTemplate jdbc;
    private final AssignmentService assignments;
    private final CapacityRules rules;

    AgentHandover(JdbcTemplate jdbc, AssignmentService assignments, CapacityRules rules) {
        this.jdbc = jdbc;
        this.assignments = assignments;
        this.rules = rules;
    }

    /** Proposes where the agent's liaisons go; {@code targets} empty = the neighbouring agents. Writes nothing. */
    @Transactional(readOnly = true)
    public HandoverPlan plan(long agentId, Collection<Long> targets) {
        Object[] agent = jdbc.query(AGENT, rs -> rs.next() ? new Object[] {rs.getString(1),
                rs.getObject(2) == null ? null : rs.getLong(2), rs.getString(3)} : null, agentId);
        if (agent == null) {
            throw new IllegalArgumentException("agent " + agentId + ": not an active agent in your area");
        }
        List<Long> to = targets.isEmpty()
                ? jdbc.queryForList(NEIGHBOURS, Long.class, agentId, agent[1], agent[1], agentId, agent[1], agent[2])
                : List.copyOf(new TreeSet<>(targets));
        if (to.contains(agentId)) {
            throw new IllegalArgumentException("targets: the leaving agent " + agent[0] + " cannot take over");
        }
        if (to.isEmpty()) {
            throw new IllegalArgumentException("agent " + agent[0] + " has no other active agent in the grid area or"
                    + " village to take over; choose the receiving agents");
        }
        Map<Long, Object[]> cand = new LinkedHashMap<>();
        jdbc.query(TARGETS, rs -> {
            cand.put(rs.getLong(1), new Object[] {rs.getString(2), Metres.orNaN(rs, 3), Metres.orNaN(rs, 4),
                rs.getInt(5), rs.getInt(6)});
        }, AssignmentService.array(to));
        if (cand.size() != to.size()) {
            throw new IllegalArgumentException("targets must be active agents in your area: "
                    + to.stream().filter(t -> !cand.containsKey(t)).toList());
        }
        List<Object[]> liaisons = new ArrayList<>();
        jdbc.query(LIAISONS, rs -> {
            liaisons.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3), Metres.orNaN(rs, 4),
                Metres.orNaN(rs, 5), rs.getInt(6)});
        }, agentId);
        return distribute(agentId, (String) agent[0], liaisons, cand);
    }

    private HandoverPlan distribute(long agentId, String code, List<Object[]> liaisons, Map<Long, Object[]> cand) {
        Map<Long, Integer> load = new HashMap<>();
        Map<Long, Integer> households = new HashMap<>();
        cand.forEach((id, c) -> {
            load.put(id, (Integer) c[3]);
            households.put(id, (Integer) c[4]);
        });
        List<Object[]> pairs = new ArrayList<>();
        for (int i = 0; i < liaisons.size(); i++) {
            Object[] l = liaisons.get(i);
            for (var c : cand.entrySet()) {
                pairs.add(new Object[] {Metres.between((double) l[3], (double) l[4], (double) c.getValue()[1],
                        (double) c.getValue()[2]), i, c.getKey()});
            }
        }
        pairs.sort(Comparator.comparingDouble((Object[] p) -> (double) p[0]).thenComparingInt(p -> (int) p[1])
                .thenComparingLong(p -> (long) p[2]));
        Map<Integer, Object[]> chosen = new HashMap<>();
        for (Object[] p : pairs) {
            int i = (int) p[1];
            long a = (long) p[2];
            if (!chosen.containsKey(i) && load.get(a) < rules.agentMaxLiaisons()) {
                chosen.put(i, p);
                load.merge(a, 1, Integer::sum);
            }
        }
        for (Object[] p : pairs) { // no room left anywhere: the least loaded target, nearest among equals
            int i = (int) p[1];
            if (chosen.containsKey(i)) {
                continue;
            }
            int least = load.values().stream().min(Integer::compare).orElseThrow();
            Object[] best = pairs.stream().filter(q -> (int) q[1] == i && load.get((long) q[2]) == least)
                    .findFirst().orElseThrow();
            chosen.put(i, best);
            load.merge((long) best[2], 1, Integer::sum);
        }
        List<HandoverPlan.Row> rows = new ArrayList<>();
        for (int i = 0; i < liaisons.size(); i++) {
            Object[] l = liaisons.get(i);
            long a = (long) chosen.get(i)[2];
            double m = (double) chosen.get(i)[0];
            households.merge(a, (Integer) l[5], Integer::sum);
            rows.add(new HandoverPlan.Row((long) l[0], (String) l[1], (long) l[2], (Integer) l[5], a,
                    (String) cand.get(a)[0], Double.isInfinite(m) ? Double.NaN : m));
        }
        List<HandoverPlan.Target> targets = new ArrayList<>();
        List<String> over = new ArrayList<>();
        cand.forEach((id, c) -> {
            targets.add(new HandoverPlan.Target(id, (String) c[0], (Integer) c[3], load.get(id), households.get(id)));
            if (load.get(id) > rules.agentMaxLiaisons() && load.get(id) > (Integer) c[3]) {
                over.add((String) c[0]);
            }
        });
        return new HandoverPlan(agentId, code, rows, targets, over);
    }

    /**
     * Writes the plan in one transaction: the liaisons move (refused as a whole if any link changed since the plan
     * was read, or if a liaison was linked to the agent since) and the agent is marked inactive.
     */
    @Transactional
    public ChangeResult apply(HandoverPlan plan, String reason) {
        Set<Long> planned = new TreeSet<>();
        plan.rows().forEach(r -> planned.add(r.liaisonId()));
        List<String> added = new ArrayList<>();
        jdbc.query(LIAISONS, rs -> {
            if (!planned.contains(rs.getLong(1))) {
                added.add(rs.getString(2));
            }
        }, plan.agentId());
        if (!added.isEmpty()) {
            throw new AssignmentConflictException("liaisons", added);
        }
        ChangeResult result = plan.rows().isEmpty() ? new ChangeResult(0, 0, 0)
                : assignments.moveLiaisons(plan.rows().stream()
                        .map(r -> new LiaisonMove(r.liaisonId(), r.seenLinkId(), r.toAgentId())).toList(), reason);
        jdbc.update(DEACTIVATE, plan.agentId());
        return result;
    }
}
