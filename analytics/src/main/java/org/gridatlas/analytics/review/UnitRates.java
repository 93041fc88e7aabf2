package org.gridatlas.analytics.review;

import org.locationtech.jts.geom.Geometry;

/**
 * The counts behind one village's or grid area's rates for a period (see {@code rates.sql}):
 * <ul>
 * <li>visit coverage = visited ÷ assigned (the fieldwork coverage definition);</li>
 * <li>办结率 completion = completed ÷ countable (requests of the period not returned, replied before its end);</li>
 * <li>满意率 satisfaction = satisfied ÷ rated (rated SATISFIED among the period's rated requests);</li>
 * <li>requests per 1,000 households = requests × 1000 ÷ households.</li>
 * </ul>
 * A rate with a zero denominator is {@code NaN} (shown as "no data", never as 0).
 */
public record UnitRates(String key, String name, String geoJson, Geometry metric, long households, long requests, long countable,
        long completed, long rated, long satisfied, long assigned, long visited) {

    public double value(RateMetric metric) {
        return switch (metric) {
            case COVERAGE -> ratio(visited, assigned);
            case COMPLETION -> ratio(completed, countable);
            case SATISFACTION -> ratio(satisfied, rated);
            case REQUESTS_PER_1000 -> households == 0 ? Double.NaN : requests * 1000.0 / households;
        };
    }

    UnitRates withCoverage(long assigned, long visited) {
        return new UnitRates(key, name, geoJson, metric, households, requests, countable, completed, rated, satisfied,
                assigned, visited);
    }

    private static double ratio(long a, long b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }
}
