package org.gridatlas.webapp.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridatlas.analytics.assignment.AgentBalance;
import org.gridatlas.analytics.assignment.AssignmentMapQuery;
import org.gridatlas.analytics.assignment.AutoBalance;
import org.gridatlas.analytics.assignment.BalancePreview;
import org.gridatlas.data.assignment.service.AgentHandover;
import org.gridatlas.data.assignment.service.AgentSelectionAssigner;
import org.gridatlas.data.assignment.service.AssignmentService;
import org.gridatlas.data.assignment.service.CapacityRules;
import org.gridatlas.data.assignment.service.ChangeResult;
import org.gridatlas.data.assignment.service.CurrentLink;
import org.gridatlas.data.assignment.service.HandoverPlan;
import org.gridatlas.data.assignment.service.HouseholdMove;
import org.gridatlas.data.base.PersonalData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The assignment screen's door to the data: map layers as GeoJSON, the agent panel with capacity warnings, polygon
 * selection, assigning a selection, and auto-balance preview/apply. Names are masked (PersonalData).
 */
@Service
public class AssignmentScreen {

    /** Colours of agents (and liaisons in previews), cycled. */
    static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf",
        "#bcbd22", "#7f7f7f", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d"};
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record Area(String village, Long gridArea) {
    }

    public record AgentLine(long id, String code, String name, String color, long households, long liaisons,
            long openItems, Double coverage, boolean liaisonWarning, long room) {
    }

    public record LiaisonLine(long id, String label, long households, boolean outOfRange) {
    }

    public record Layers(String households, String territories, int householdCount, int unassigned) {
    }

    private final AssignmentMapQuery query;
    private final AssignmentService assignments;
    private final AutoBalance balance;
    private final AgentBalance agentBalance;
    private final AgentSelectionAssigner toAgent;
    private final AgentHandover handover;
    private final CapacityRules rules;
    private final Clock clock;

    AssignmentScreen(AssignmentMapQuery query, AssignmentService assignments, AutoBalance balance,
            AgentBalance agentBalance, AgentSelectionAssigner toAgent, AgentHandover handover, CapacityRules rules,
            Clock clock) {
        this.query = query;
        this.assignments = assignments;
        this.balance = balance;
        this.agentBalance = agentBalance;
        this.toAgent = toAgent;
        this.handover = handover;
        this.rules = rules;
        this.clock = clock;
    }

    public CapacityRules rules() {
        return rules;
    }

    @Transactional(readOnly = true)
    public List<AssignmentMapQuery.Village> villages(String viewArea) {
        return query.villages(viewArea);
    }

    @Transactional(readOnly = true)
    public List<AssignmentMapQuery.Village> gridAreas(String village) {
        return query.gridAreas(village);
    }

    /** Households coloured by agent (unassigned flagged), agents' concave-hull territories. */
    @Transactional(readOnly = true)
    public Layers layers(Area a) {
        Map<Long, String> colors = agentColors(a);
        var households = query.households(a.village(), a.gridArea());
        ArrayNode hf = JSON.createArrayNode();
        int unassigned = 0;
        for (var h : households) {
            boolean none = h.agentId() == 0;
            unassigned += none ? 1 : 0;
            hf.add(point(h.lon(), h.lat(), p -> p.put("id", h.id()).put("code", h.code())
                    .put("color", none ? "#d7191c" : colors.getOrDefault(h.agentId(), "#999999"))
                    .put("unassigned", none)));
        }
        ArrayNode tf = JSON.createArrayNode();
        for (var t : query.territories(a.village(), a.gridArea())) {
            if (t.geoJson() == null) {
                continue;
            }
            ObjectNode f = JSON.createObjectNode().put("type", "Feature");
            f.set("geometry", JSON.readTree(t.geoJson()));
            f.putObject("properties").put("agent", t.agentId()).put("color", colors.getOrDefault(t.agentId(), "#999"));
            tf.add(f);
        }
        return new Layers(collection(hf), collection(tf), households.size(), unassigned);
    }

    /**
     * A preview's before or after map: households coloured by liaison, or (agent level) liaisons at the centroid
     * of their households coloured by agent; the same target keeps its colour in both maps.
     */
    public String previewLayer(BalancePreview p, boolean after) {
        java.util.TreeSet<Long> targets = new java.util.TreeSet<>();
        p.rows().forEach(r -> {
            targets.add(r.beforeTargetId());
            targets.add(r.afterTargetId());
        });
        targets.remove(0L);
        Map<Long, String> colors = new HashMap<>();
        targets.forEach(t -> colors.put(t, PALETTE[colors.size() % PALETTE.length]));
        ArrayNode hf = JSON.createArrayNode();
        for (var r : p.rows()) {
            long l = after ? r.afterTargetId() : r.beforeTargetId();
            String c = l == 0 ? "#d7191c" : colors.getOrDefault(l, "#999999");
            hf.add(point(r.lon(), r.lat(), q -> q.put("id", r.subjectId()).put("code", r.code()).put("color", c)
                    .put("unassigned", l == 0)));
        }
        return collection(hf);
    }

    @Transactional(readOnly = true)
    public List<AgentLine> agents(Area a) {
        Map<Long, String> colors = agentColors(a);
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        LocalDate thisQuarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        LocalDate last = thisQuarter.minusMonths(3);
        Map<Long, long[]> liaisonLoads = new HashMap<>();
        for (var l : query.liaisons(a.village(), a.gridArea())) {
            long[] v = liaisonLoads.computeIfAbsent(l.agentId(), k -> new long[2]);
            v[0] += rules.liaisonOutOfRange(l.households()) ? 1 : 0;
            v[1] += Math.max(0, rules.liaisonMaxHouseholds() - l.households());
        }
        return query.agents(a.village(), a.gridArea(), last.atStartOfDay(zone).toInstant(),
                thisQuarter.atStartOfDay(zone).toInstant()).stream().map(r -> new AgentLine(r.id(), r.code(),
                PersonalData.maskName(r.name()), colors.getOrDefault(r.id(), "#999999"), r.households(), r.liaisons(),
                r.openItems(), r.assignedLastQuarter() == 0 ? null : (double) r.visitedLastQuarter() / r.assignedLastQuarter(),
                liaisonLoads.getOrDefault(r.id(), new long[2])[0] > 0, liaisonLoads.getOrDefault(r.id(), new long[2])[1]))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<LiaisonLine> liaisons(Area a) {
        return query.liaisons(a.village(), a.gridArea()).stream().map(l -> new LiaisonLine(l.id(),
                l.code() + " " + PersonalData.maskName(l.name()), l.households(),
                rules.liaisonOutOfRange(l.households()))).toList();
    }

    /** Households inside a drawn polygon (GeoJSON), with the links they have now (the "seen" of a later change). */
    @Transactional(readOnly = true)
    public Map<Long, Long> select(Area a, String polygonGeoJson) {
        return seen(query.inPolygon(a.village(), a.gridArea(), polygonGeoJson));
    }

    @Transactional(readOnly = true)
    public Map<Long, Long> seen(Collection<Long> householdIds) {
        Map<Long, CurrentLink> now = assignments.currentLiaisonLinks(householdIds);
        Map<Long, Long> out = new LinkedHashMap<>();
        householdIds.forEach(h -> out.put(h, now.containsKey(h) ? now.get(h).linkId() : HouseholdMove.NONE));
        return out;
    }

    public ChangeResult assign(Map<Long, Long> seen, long liaisonId, String reason) {
        List<HouseholdMove> moves = new ArrayList<>();
        seen.forEach((h, link) -> moves.add(new HouseholdMove(h, link, liaisonId)));
        return assignments.moveHouseholds(moves, reason);
    }

    /** The selection goes to the agent's nearest liaisons with room (rule: {@link AgentSelectionAssigner}). */
    public ChangeResult assignToAgent(Map<Long, Long> seen, long agentId, String reason) {
        return toAgent.assign(agentId, seen, reason);
    }

    /** Where a leaving agent's liaisons would go: to {@code targets}, or (empty) to the neighbouring agents. */
    public HandoverPlan handoverPlan(long agentId, Collection<Long> targets) {
        return handover.plan(agentId, targets);
    }

    /** The agent leaves: the plan's liaisons and households move in one step; the agent becomes inactive. */
    public ChangeResult agentLeaves(HandoverPlan plan, String reason) {
        return handover.apply(plan, reason);
    }

    /** Households → liaisons, or (agents = true) liaisons → agents, for the village or grid area. */
    public BalancePreview preview(Area a, boolean agents, boolean keepLinks) {
        return agents ? agentBalance.preview(a.village(), a.gridArea(), keepLinks)
                : balance.preview(a.village(), a.gridArea(), keepLinks);
    }

    public ChangeResult apply(BalancePreview p, String reason) {
        return p.level() == BalancePreview.Level.LIAISONS ? agentBalance.apply(p, reason) : balance.apply(p, reason);
    }

    /** Agents warn when the grid area (or village) has fewer or more agents than the rule. */
    public boolean agentCountOutOfRange(List<AgentLine> agents, Area a) {
        return a.gridArea() != null && rules.areaOutOfRange(agents.size());
    }

    private Map<Long, String> agentColors(Area a) {
        java.util.TreeSet<Long> ids = new java.util.TreeSet<>();
        for (var l : query.liaisons(a.village(), a.gridArea())) {
            if (l.agentId() != 0) {
                ids.add(l.agentId());
            }
        }
        Map<Long, String> colors = new HashMap<>();
        int i = 0;
        for (long id : ids) {
            colors.put(id, PALETTE[i++ % PALETTE.length]);
        }
        return colors;
    }

    private static ObjectNode point(double lon, double lat, java.util.function.Consumer<ObjectNode> properties) {
        ObjectNode f = JSON.createObjectNode().put("type", "Feature");
        f.putObject("geometry").put("type", "Point").putArray("coordinates").add(lon).add(lat);
        properties.accept(f.putObject("properties"));
        return f;
    }

    private static String collection(ArrayNode features) {
        ObjectNode fc = JSON.createObjectNode().put("type", "FeatureCollection");
        fc.set("features", features);
        return fc.toString();
    }
}
