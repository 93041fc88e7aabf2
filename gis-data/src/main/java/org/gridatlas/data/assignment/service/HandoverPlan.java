package org.gridatlas.data.assignment.service;

import java.util.List;

/**
 * What happens when an agent leaves, not yet written: each of the agent's liaisons (with the link id read now, the
 * "seen" of the later change) and the agent it goes to; every receiving agent's liaison count before and after.
 * {@code overCapacity} lists receiving agents left above the agent maximum (only when the targets lack room).
 */
public record HandoverPlan(long agentId, String agentCode, List<Row> rows, List<Target> targets,
        List<String> overCapacity) {

    public record Row(long liaisonId, String liaisonCode, long seenLinkId, int households, long toAgentId,
            String toAgentCode, double metres) {
    }

    public record Target(long agentId, String code, int liaisonsBefore, int liaisonsAfter, int householdsAfter) {
    }

    public int households() {
        return rows.stream().mapToInt(Row::households).sum();
    }
}
