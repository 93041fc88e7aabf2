package org.gridatlas.analytics.dashboard;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Agent quotas of seed 001 篇6 (村官代办): a town agent completes at least 1 item a week, a village agent at least 2 a
 * month, a group agent at least 1 a month.
 * <p>
 * An <b>item</b> is a service request handled by the agent ({@code service_request.agent_id}) that is not a 退回件
 * (case type RETURNED) and was answered (replied, or closed) inside the period: its
 * {@code coalesce(replied_at, closed_at)} lies in [period start, period end).
 * <p>
 * The judged periods of a quarter: for town agents the Monday-to-Sunday weeks lying wholly inside the quarter (the
 * partial weeks at its edges are not judged); for village and group agents its three months. A period is judged
 * only once it has ended (so the current quarter is judged up to now). An agent meets the quota for the quarter when
 * every judged period has at least the required count; with no period judged yet there is no verdict.
 */
public final class QuotaRule {

    /** Agent level as stored in {@code person.level}. */
    public enum Level {
        TOWN(1, "week"), VILLAGE(2, "month"), GROUP(1, "month");

        private final int required;
        private final String period;

        Level(int required, String period) {
            this.required = required;
            this.period = period;
        }

        public int required() {
            return required;
        }

        /** "week" or "month". */
        public String period() {
            return period;
        }
    }

    /** One judged period [from, to). */
    public record Period(Instant from, Instant to) {
        boolean holds(Instant t) {
            return !t.isBefore(from) && t.isBefore(to);
        }
    }

    private QuotaRule() {
    }

    /** The periods of {@code quarter} judged for {@code level}, those ended by {@code now}. */
    public static List<Period> periods(Level level, Quarter quarter, Instant now) {
        List<Period> out = new ArrayList<>();
        if (level == Level.TOWN) {
            LocalDate monday = quarter.firstDay().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            for (LocalDate d = monday; !d.plusDays(7).isAfter(quarter.endDay()); d = d.plusDays(7)) {
                out.add(new Period(start(d), start(d.plusDays(7))));
            }
        } else {
            for (YearMonth m : quarter.months()) {
                out.add(new Period(start(m.atDay(1)), start(m.plusMonths(1).atDay(1))));
            }
        }
        return out.stream().filter(p -> !p.to().isAfter(now)).toList();
    }

    /** Items per judged period, in the order of {@code periods}. */
    public static int[] countPerPeriod(List<Period> periods, List<Instant> itemTimes) {
        int[] counts = new int[periods.size()];
        for (Instant t : itemTimes) {
            for (int i = 0; i < periods.size(); i++) {
                if (periods.get(i).holds(t)) {
                    counts[i]++;
                }
            }
        }
        return counts;
    }

    /** Periods whose count reaches the level's requirement. */
    public static int periodsMet(Level level, int[] counts) {
        int met = 0;
        for (int c : counts) {
            if (c >= level.required()) {
                met++;
            }
        }
        return met;
    }

    /** True when every judged period met the quota; null when no period was judged. */
    public static Boolean meets(Level level, int[] counts) {
        return counts.length == 0 ? null : periodsMet(level, counts) == counts.length;
    }

    private static Instant start(LocalDate d) {
        return d.atStartOfDay(Quarter.ZONE).toInstant();
    }
}
