package org.gridatlas.analytics.dashboard;

/**
 * Star rating of a service post (seed 001 篇7, 服务点评星): satisfaction 满意率 at least 90 % and the completion rate of
 * requests 办结率 and the success rate of dispute mediation 调解成功率 both at least 80 % / 85 % / 90 % give one / two /
 * three stars. Rates are compared as exact fractions (89.9 % is below 90 %; exactly 80 % reaches one star).
 * <p>
 * A post with no rated request has no satisfaction figure and gets no star; a post that closed no dispute in the
 * quarter is judged on requests alone (its dispute criterion is vacuous); a post with no request gets no star.
 */
public final class StarRule {

    /** Lower bounds in per-mille for one, two, three stars, and the satisfaction bound. */
    static final int[] COMPLETION_PERMILLE = {800, 850, 900};
    static final int SATISFACTION_PERMILLE = 900;

    private StarRule() {
    }

    /**
     * Stars 0–3 from counts: requests and those completed, rated requests and those satisfied (满意 or 基本满意),
     * disputes closed and those resolved.
     */
    public static int stars(long requests, long completed, long rated, long satisfied, long disputesClosed,
                            long disputesResolved) {
        if (requests == 0 || rated == 0 || !atLeast(satisfied, rated, SATISFACTION_PERMILLE)) {
            return 0;
        }
        int stars = 0;
        for (int i = 0; i < COMPLETION_PERMILLE.length; i++) {
            int bound = COMPLETION_PERMILLE[i];
            boolean requestsOk = atLeast(completed, requests, bound);
            boolean disputesOk = disputesClosed == 0 || atLeast(disputesResolved, disputesClosed, bound);
            if (requestsOk && disputesOk) {
                stars = i + 1;
            }
        }
        return stars;
    }

    /** part ÷ whole ≥ permille ÷ 1000, in integers (no rounding). */
    static boolean atLeast(long part, long whole, int permille) {
        return whole > 0 && part * 1000 >= (long) permille * whole;
    }
}
