package org.gridatlas.analytics.dashboard;

/** A service post's counts for the quarter and its stars ({@link StarRule}). */
public record PostStars(long postId, String kind, String name, String divisionCode, String divisionName,
                        long requests, long completed, long rated, long satisfied, long disputesClosed,
                        long disputesResolved, int stars) {

    public double completionRate() {
        return UnitFigures.ratio(completed, requests);
    }

    public double satisfactionRate() {
        return UnitFigures.ratio(satisfied, rated);
    }

    public double disputeSuccessRate() {
        return UnitFigures.ratio(disputesResolved, disputesClosed);
    }
}
