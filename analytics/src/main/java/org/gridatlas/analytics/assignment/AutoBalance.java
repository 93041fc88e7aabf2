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
        List<HouseholdMove> moves = preview.rows().stream().filter(BalancePreview.Row::changes)
                .map(r -> new HouseholdMove(r.householdId(), r.seenLinkId(), r.afterLiaisonId())).toList();
        if (moves.isEmpty()) {
            return new ChangeResult(0, 0, preview.rows().size());
        }
        return assignments.moveHouseholds(moves, reason);
    }

    /** Solves every area (no database access): used by the service and the benchmark. */
    public static BalancePreview balance(List<AreaData> areas, CapacityRules rules, long changePenalty) {
        long start = System.nanoTime();
        List<BalancePreview.Row> rows = new ArrayList<>();
        List<BalanceQuality> before = new ArrayList<>();
        List<BalanceQuality> after = new ArrayList<>();
        List<BalanceQuality> greedy = new ArrayList<>();
        List<int[]> loadsBefore = new ArrayList<>();
        List<int[]> loadsAfter = new ArrayList<>();
        List<int[]> loadsGreedy = new ArrayList<>();
        for (AreaData area : areas) {
            BalanceProblem p = area.problem(rules.liaisonMinHouseholds(), rules.liaisonMaxHouseholds(), changePenalty);
            int[] solved = MinCostFlowBalancer.solve(p);
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
        return new BalancePreview(rows, BalanceQuality.combine(before, loadsBefore),
                BalanceQuality.combine(after, loadsAfter), BalanceQuality.combine(greedy, loadsGreedy), millis,
                areas.size());
    }
}
