package org.gridatlas.analytics.review;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter in China Standard Time, written "2025Q2"; its months are the playback steps. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})Q([1-4])");

    public Quarter {
        if (year < 2000 || year > 2100 || quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be like 2025Q2, got year " + year + " quarter " + quarter);
        }
    }

    /** Parses "2025Q2"; anything else is refused naming the parameter. */
    public static Quarter parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("quarter must be like 2025Q2, got: "
                    + (text == null ? "nothing" : text.replaceAll("[^\\p{L}\\p{N}]", "?")));
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, (quarter - 1) * 3 + 1);
    }

    public Period period() {
        return new Period(toString(), firstMonth().atDay(1).atStartOfDay(ZONE).toInstant(),
                firstMonth().plusMonths(3).atDay(1).atStartOfDay(ZONE).toInstant());
    }

    public Quarter previous() {
        return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
    }

    /** This quarter and the {@code n - 1} before it, oldest first. */
    public List<Quarter> lastN(int n) {
        List<Quarter> out = new ArrayList<>();
        Quarter q = this;
        for (int i = 0; i < n; i++) {
            out.addFirst(q);
            q = q.previous();
        }
        return out;
    }

    public List<Period> months() {
        List<Period> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            YearMonth m = firstMonth().plusMonths(i);
            out.add(new Period(m.toString(), m.atDay(1).atStartOfDay(ZONE).toInstant(),
                    m.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant()));
        }
        return out;
    }

    @Override
    public int compareTo(Quarter o) {
        return Integer.compare(year * 4 + quarter, o.year * 4 + o.quarter);
    }

    @Override
    public String toString() {
        return year + "Q" + quarter;
    }
}
