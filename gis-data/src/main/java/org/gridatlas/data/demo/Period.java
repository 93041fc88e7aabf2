package org.gridatlas.data.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The time span the demo data covers: the four complete calendar quarters before the clock's current quarter,
 * plus the current quarter up to now (Asia/Shanghai). Visits cover a shorter span, see {@link #VISIT_QUARTERS}.
 */
record Period(LocalDate start, LocalDate currentQuarter, LocalDate today, long startSecond, long nowSecond,
              long visitStartSecond) {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** China has kept UTC+8 without daylight saving since 1991, so every demo timestamp uses this offset. */
    static final ZoneOffset OFFSET = ZoneOffset.ofHours(8);
    /** Complete quarters of visits before the current quarter (the visit table is by far the largest). */
    static final int VISIT_QUARTERS = 2;

    static Period of(Clock clock) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZONE);
        LocalDate today = now.toLocalDate();
        LocalDate quarter = LocalDate.of(today.getYear(), ((today.getMonthValue() - 1) / 3) * 3 + 1, 1);
        LocalDate start = quarter.minusMonths(12);
        return new Period(start, quarter, today, second(start), now.toEpochSecond(OFFSET),
                second(quarter.minusMonths(3L * VISIT_QUARTERS)));
    }

    static long second(LocalDate date) {
        return date.atStartOfDay().toEpochSecond(OFFSET);
    }

    static LocalDate date(long second) {
        return LocalDateTime.ofEpochSecond(second, 0, OFFSET).toLocalDate();
    }

    long days() {
        return (nowSecond - startSecond) / 86_400;
    }
}
