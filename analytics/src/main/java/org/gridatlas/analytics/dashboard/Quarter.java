package org.gridatlas.analytics.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter in China's time zone (Asia/Shanghai): {@code 2025Q1} = [2025-01-01 00:00, 2025-04-01 00:00)
 * local time. Every dashboard figure of a quarter uses these half-open bounds.
 */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final Pattern TEXT = Pattern.compile("(\\d{4})\\s*Q([1-4])", Pattern.CASE_INSENSITIVE);

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4, got: " + quarter);
        }
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("quarter year must be 2000 to 2100, got: " + year);
        }
    }

    /** Parses "2025Q1" (case-insensitive). */
    public static Quarter parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("quarter must look like 2025Q1, got: "
                    + (text == null ? "nothing" : text.length() > 12 ? text.substring(0, 12) + "…" : text));
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** The quarter holding the clock's current instant. */
    public static Quarter current(Clock clock) {
        return of(LocalDate.ofInstant(clock.instant(), ZONE));
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    /** The first day after the quarter. */
    public LocalDate endDay() {
        return firstDay().plusMonths(3);
    }

    public Instant from() {
        return firstDay().atStartOfDay(ZONE).toInstant();
    }

    public Instant to() {
        return endDay().atStartOfDay(ZONE).toInstant();
    }

    public List<YearMonth> months() {
        YearMonth first = YearMonth.from(firstDay());
        return List.of(first, first.plusMonths(1), first.plusMonths(2));
    }

    public Quarter previous() {
        return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
    }

    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    /** This quarter and the {@code n - 1} before it, oldest first. */
    public List<Quarter> lastQuarters(int n) {
        List<Quarter> out = new ArrayList<>();
        Quarter q = this;
        for (int i = 0; i < n; i++) {
            out.addFirst(q);
            q = q.previous();
        }
        return out;
    }

    @Override
    public int compareTo(Quarter o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
    }

    @Override
    public String toString() {
        return year + "Q" + quarter;
    }
}
