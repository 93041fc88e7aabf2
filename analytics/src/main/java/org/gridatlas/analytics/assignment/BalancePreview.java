package org.gridatlas.analytics.assignment;

import java.util.List;

/**
 * A proposed assignment, not written: every household with the link it has now (passed back as "seen" when
 * applying) and its liaison before and after; quality now, proposed, and of the greedy baseline.
 */
public record BalancePreview(List<Row> rows, BalanceQuality before, BalanceQuality after, BalanceQuality greedy,
        long millis, int areas) {

    public record Row(long householdId, String code, double lon, double lat, long seenLinkId, long beforeLiaisonId,
            long afterLiaisonId) {

        public boolean changes() {
            return afterLiaisonId != 0 && afterLiaisonId != beforeLiaisonId;
        }
    }

    public long changes() {
        return rows.stream().filter(Row::changes).count();
    }
}
