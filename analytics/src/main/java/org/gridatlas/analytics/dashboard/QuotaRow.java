package org.gridatlas.analytics.dashboard;

/**
 * One agent's quota for a quarter ({@link QuotaRule}): items answered in the quarter, periods judged and met, and the
 * verdict ({@code meets} null when no period was judged yet). {@code name} is masked.
 */
public record QuotaRow(long agentId, String code, String name, QuotaRule.Level level, String divisionCode,
                       String divisionName, int items, int periodsJudged, int periodsMet, Boolean meets) {
}
