package org.gridatlas.analytics.dashboard;

/**
 * Request figures of one unit (a county, town or village) for a period, as defined in {@code figures.sql}, with
 * visit coverage of the period (households assigned and visited, from the fieldwork coverage query).
 */
public record UnitFigures(String code, String name, long households, long requests, long completed, long rated,
                          long satisfied, long open, long overdue, long assigned, long visited) {

    /** 办结率: completed ÷ requests, 0 without requests. */
    public double completionRate() {
        return ratio(completed, requests);
    }

    /** 满意率: satisfied (满意 or 基本满意) ÷ rated, 0 without ratings. */
    public double satisfactionRate() {
        return ratio(satisfied, rated);
    }

    /** Visit coverage: visited ÷ assigned households. */
    public double coverageRate() {
        return ratio(visited, assigned);
    }

    /** Requests created in the period per 1,000 households. */
    public double requestsPerThousand() {
        return households == 0 ? 0 : requests * 1000.0 / households;
    }

    /** Requests open at the period's end per 1,000 households. */
    public double openPerThousand() {
        return households == 0 ? 0 : open * 1000.0 / households;
    }

    UnitFigures withCoverage(long assigned, long visited) {
        return new UnitFigures(code, name, households, requests, completed, rated, satisfied, open, overdue, assigned,
                visited);
    }

    static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
