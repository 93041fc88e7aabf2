package org.gridatlas.analytics.assignment;

import java.util.List;

import org.gridatlas.data.assignment.service.AssignmentService;
import org.gridatlas.data.assignment.service.CapacityRules;
import org.gridatlas.data.assignment.service.ChangeResult;
import org.gridatlas.data.assignment.service.LiaisonMove;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Auto-balance one level up: for every grid area under an area, liaisons → the area's agents by the same min-cost
 * flow as households → liaisons ({@link AutoBalance#balance}), within the agent rule (5-8 liaisons, the balanced
 * band around the mean) and minimising straight-line metres from each agent's home to the centroid of the liaison's
 * households, which keeps territories compact. "Change as few links as possible" adds
 * {@link AutoBalance#KEEP_LINKS_PENALTY} metres to every move away from the current agent. {@link #preview} writes
 * nothing; {@link #apply} writes through {@link AssignmentService#moveLiaisons} (history, audit, conflict check).
 */
@Service
public class AgentBalance {

    private final AgentAreaQuery query;
    private final AssignmentService assignments;
    private final CapacityRules rules;

    public AgentBalance(AgentAreaQuery query, AssignmentService assignments, CapacityRules rules) {
        this.query = query;
        this.assignments = assignments;
        this.rules = rules;
    }

    @Transactional(readOnly = true)
    public BalancePreview preview(String areaCode, Long gridAreaId, boolean keepLinks) {
        return balance(query.load(areaCode, gridAreaId), rules, keepLinks ? AutoBalance.KEEP_LINKS_PENALTY : 0);
    }

    /** Applies the preview's changes (only liaisons whose agent changes), refusing on any conflict. */
    public ChangeResult apply(BalancePreview preview, String reason) {
        if (preview.level() != BalancePreview.Level.LIAISONS) {
            throw new IllegalArgumentException("preview: not a liaisons → agents balance");
        }
        List<LiaisonMove> moves = preview.rows().stream().filter(BalancePreview.Row::changes)
                .map(r -> new LiaisonMove(r.subjectId(), r.seenLinkId(), r.afterTargetId())).toList();
        if (moves.isEmpty()) {
            return new ChangeResult(0, 0, preview.rows().size());
        }
        return assignments.moveLiaisons(moves, reason);
    }

    /** Liaisons → agents in every area (no database access): used by the service and the benchmark. */
    public static BalancePreview balance(List<AreaData> areas, CapacityRules rules, long changePenalty) {
        return AutoBalance.balance(areas, rules.agentMinLiaisons(), rules.agentMaxLiaisons(), changePenalty,
                BalancePreview.Level.LIAISONS);
    }
}
