package org.gridatlas.analytics.dashboard;

/** Quota compliance of one agent level: agents judged and those meeting the quota in every judged period. */
public record QuotaSummary(QuotaRule.Level level, long agents, long judged, long compliant) {

    public double share() {
        return UnitFigures.ratio(compliant, judged);
    }
}
