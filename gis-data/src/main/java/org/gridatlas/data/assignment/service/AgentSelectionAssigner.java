package org.gridatlas.data.assignment.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigns a selection of households to an AGENT. Households always hang off a liaison (the link model is household
 * → liaison → agent), so the rule is: a household already with one of the agent's liaisons stays there; every other
 * household goes to one of the agent's current liaisons, pairs taken nearest first (household location to liaison
 * home, or to the centroid of the liaison's households when it has no home), each liaison filled at most to the
 * liaison maximum of {@link CapacityRules}. If the agent has no liaison, or its liaisons lack room for the whole
 * selection, nothing is written and the message says how much room there is: no liaison is created and no
 * liaison is overfilled silently. The write goes through {@link AssignmentService#moveHouseholds} (history,
 * audit, conflict check on the links the caller saw).
 */
@Service
public class AgentSelectionAssigner {

    private static final String AGENT = "SELECT code FROM person WHERE id = ? AND role = 'AGENT' AND active";
    private static final String LIAISONS = """
            SELECT p.id, p.code,
                   ST_X(COALESCE(p.home, c.g)), ST_Y(COALESCE(p.home, c.g)), COALESCE(c.n, 0)
              FROM agent_link al JOIN person p ON p.id = al.liaison_id AND p.active
              LEFT JOIN LATERAL (SELECT count(*) AS n, ST_Centroid(ST_Collect(h.location)) AS g
                                   FROM liaison_link ll JOIN household h ON h.id = ll.household_id
                                  WHERE ll.liaison_id = p.id AND ll.valid_to IS NULL) c ON true
             WHERE al.agent_id = ? AND al.valid_to IS NULL ORDER BY p.id""";
    private static final String HOUSEHOLDS = """
            SELECT h.id, ST_X(h.location), ST_Y(h.location), COALESCE(ll.liaison_id, 0)
              FROM household h LEFT JOIN liaison_link ll ON ll.household_id = h.id AND ll.valid_to IS NULL
             WHERE h.id = ANY (?::bigint[]) ORDER BY h.id""";

    private final JdbcTemplate jdbc;
    private final AssignmentService assignments;
    private final CapacityRules rules;

    AgentSelectionAssigner(JdbcTemplate jdbc, AssignmentService assignments, CapacityRules rules) {
        this.jdbc = jdbc;
        this.assignments = assignments;
        this.rules = rules;
    }

    /**
     * {@code seen} maps each selected household to the liaison-link id the caller saw ({@link HouseholdMove#NONE}
     * when it had none). Returns what was written; households already with the agent count as unchanged.
     */
    @Transactional
    public ChangeResult assign(long agentId, Map<Long, Long> seen, String reason) {
        if (seen.isEmpty()) {
            throw new IllegalArgumentException("nothing selected: choose at least one household");
        }
        String agent = jdbc.query(AGENT, rs -> rs.next() ? rs.getString(1) : null, agentId);
        if (agent == null) {
            throw new IllegalArgumentException("agent " + agentId + ": not an active agent in your area");
        }
        Map<Long, double[]> liaisons = new LinkedHashMap<>();
        Map<Long, Integer> room = new HashMap<>();
        jdbc.query(LIAISONS, rs -> {
            liaisons.put(rs.getLong(1), new double[] {Metres.orNaN(rs, 3), Metres.orNaN(rs, 4)});
            room.put(rs.getLong(1), rules.liaisonMaxHouseholds() - rs.getInt(5));
        }, agentId);
        if (liaisons.isEmpty()) {
            throw new IllegalArgumentException("agent " + agent + " has no liaison: link a liaison to the agent first,"
                    + " or assign the households to a liaison");
        }
        Map<Long, Long> to = new LinkedHashMap<>();
        List<double[]> pairs = new ArrayList<>();
        jdbc.query(HOUSEHOLDS, rs -> {
            long h = rs.getLong(1);
            long now = rs.getLong(4);
            if (liaisons.containsKey(now)) {
                to.put(h, now);
                return;
            }
            double lon = Metres.orNaN(rs, 2);
            double lat = Metres.orNaN(rs, 3);
            liaisons.forEach((l, at) -> pairs.add(new double[] {Metres.between(lon, lat, at[0], at[1]), h, l}));
        }, AssignmentService.array(seen.keySet()));
        long needed = seen.size() - to.size();
        int free = room.values().stream().mapToInt(r -> Math.max(0, r)).sum();
        if (needed > free) {
            throw new IllegalArgumentException("agent " + agent + ": their " + liaisons.size() + " liaisons have room"
                    + " for " + free + " more households (at most " + rules.liaisonMaxHouseholds() + " each), the"
                    + " selection needs " + needed + "; nothing was saved - select fewer or assign to a liaison");
        }
        pairs.sort(Comparator.comparingDouble((double[] p) -> p[0]).thenComparingDouble(p -> p[1])
                .thenComparingDouble(p -> p[2]));
        for (double[] p : pairs) {
            long h = (long) p[1];
            long l = (long) p[2];
            if (!to.containsKey(h) && room.get(l) > 0) {
                to.put(h, l);
                room.merge(l, -1, Integer::sum);
            }
        }
        List<HouseholdMove> moves = new ArrayList<>();
        seen.forEach((h, link) -> {
            Long l = to.get(h);
            if (l == null) {
                throw new IllegalArgumentException("unknown or out-of-area households (ids): [" + h + "]");
            }
            moves.add(new HouseholdMove(h, link, l));
        });
        return assignments.moveHouseholds(moves, reason);
    }
}
