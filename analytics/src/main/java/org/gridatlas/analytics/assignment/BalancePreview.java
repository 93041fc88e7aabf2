package org.gridatlas.analytics.assignment;

import java.util.List;

/**
 * A proposed assignment, not written: every subject (a household, or a liaison at the agent level) with the link it
 * has now (passed back as "seen" when applying) and its target (liaison, or agent) before and after; quality now,
 * proposed, and of the greedy baseline.
 */
public record BalancePreview(Level level, List<Row> rows, BalanceQuality before, BalanceQuality after,
        BalanceQuality greedy, long millis, int areas) {

    /** What is balanced: households → liaisons, or liaisons (at the centroid of their households) → agents. */
    public enum Level { HOUSEHOLDS, LIAISONS }

    public record Row(long subjectId, String code, double lon, double lat, long seenLinkId, long beforeTargetId,
            long afterTargetId) {

        public boolean changes() {
            return afterTargetId != 0 && afterTargetId != beforeTargetId;
        }
    }

    public long changes() {
        return rows.stream().filter(Row::changes).count();
    }
}
