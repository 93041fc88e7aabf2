package org.gridatlas.analytics.assignment;

import java.util.ArrayList;
import java.util.List;

import org.gridatlas.data.assignment.service.AssignmentService;
import org.gridatlas.data.assignment.service.CapacityRules;
import org.gridatlas.data.assignment.service.ChangeResult;
import org.gridatlas.data.assignment.service.HouseholdMove;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Auto-balance: for every grid area under an area, households → the area's liaisons by min-cost flow within the
 * capacity rule (balanced band around the mean load), minimising straight-line metres plus, when asked, a penalty
 * per changed link. {@link #preview} writes nothing; {@link #apply} writes through {@link AssignmentService}, whose
 * conflict check refuses the whole change if any household's link changed since the preview.
 */
@Service
public class AutoBalance {

    /** Metres added to each move away from the current liaison when "change as few links as possible" is asked. */
    public static final long KEEP_LINKS_PENALTY = 300;

    private final AreaAssignmentQuery query;
    private final AssignmentService assignments;
    private final CapacityRules rules;

    public AutoBalance(AreaAssignmentQuery query, AssignmentService assignments, CapacityRules rules) {
        this.query = query;
        this.assignments = assignments;
        this.rules = rules;
    }

    @Transactional(readOnly = true)
    public BalancePreview preview(String areaCode, Long gridAreaId, boolean keepLinks) {
        return balance(query.load(areaCode, gridAreaId), rules, keepLinks ? KEEP_LINKS_PENALTY : 0);
    }

    /** Applies the preview's changes (only households whose liaison changes), refusing on any conflict. */
    public ChangeResult apply(BalancePreview preview, String reason) {
        if (preview.level() != BalancePreview.Level.HOUSEHOLDS) {
            throw new IllegalArgumentException("preview: not a households → liaisons balance");
        }
        List<HouseholdMove> moves = preview.rows().stream().filter(BalancePreview.Row::changes)
                .map(r -> new HouseholdMove(r.subjectId(), r.seenLinkId(), r.afterTargetId())).toList();
        if (moves.isEmpty()) {
            return new ChangeResult(0, 0, preview.rows().size());
        }
        return assignments.moveHouseholds(moves, reason);
    }

    /** Households → liaisons in every area (no database access): used by the service and the benchmark. */
    public static BalancePreview balance(List<AreaData> areas, CapacityRules rules, long changePenalty) {
        return balance(areas, rules.liaisonMinHouseholds(), rules.liaisonMaxHouseholds(), changePenalty,
                BalancePreview.Level.HOUSEHOLDS);
    }

    /**
     * Solves every area's points → centres within [min, max] per centre (no database access): households →
     * liaisons, or liaisons → agents (see {@link AgentBalance}).
     */
    public static BalancePreview balance(List<AreaData> areas, int min, int max, long changePenalty,
            BalancePreview.Level level) {
        return balance(areas, min, max, changePenalty, level, MinCostFlowBalancer.DEFAULT_SLACK);
    }

    /** As above with the band's slack around the mean load (the benchmark also solves with an unbounded slack). */
    public static BalancePreview balance(List<AreaData> areas, int min, int max, long changePenalty,
            BalancePreview.Level level, int slack) {
        long start = System.nanoTime();
        List<BalancePreview.Row> rows = new ArrayList<>();
        List<BalanceQuality> before = new ArrayList<>();
        List<BalanceQuality> after = new ArrayList<>();
        List<BalanceQuality> greedy = new ArrayList<>();
        List<int[]> loadsBefore = new ArrayList<>();
        List<int[]> loadsAfter = new ArrayList<>();
        List<int[]> loadsGreedy = new ArrayList<>();
        for (AreaData area : areas) {
            BalanceProblem p = area.problem(min, max, changePenalty);
            int[] solved = MinCostFlowBalancer.solve(p, slack);
            int[] baseline = GreedyBalancer.solve(p);
            before.add(BalanceQuality.of(p, p.current()));
            after.add(BalanceQuality.of(p, solved));
            greedy.add(BalanceQuality.of(p, baseline));
            loadsBefore.add(BalanceQuality.loads(p, p.current()));
            loadsAfter.add(BalanceQuality.loads(p, solved));
            loadsGreedy.add(BalanceQuality.loads(p, baseline));
            for (int i = 0; i < p.points(); i++) {
                AreaData.Point h = area.households().get(i);
                long to = solved[i] < 0 ? 0 : area.liaisons().get(solved[i]).id();
                rows.add(new BalancePreview.Row(h.id(), h.code(), h.lon(), h.lat(), h.linkId(), h.targetId(), to));
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new BalancePreview(level, rows, BalanceQuality.combine(before, loadsBefore),
                BalanceQuality.combine(after, loadsAfter), BalanceQuality.combine(greedy, loadsGreedy), millis,
                areas.size());
    }
}
