package org.gridatlas.data.request.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Mainland China's working days: Monday to Friday, except public holidays, plus the weekend make-up working days
 * 调休. The exceptions are read from {@code calendar/cn-workdays-YYYY.csv} (format: {@code date,kind,name} with
 * kind {@code HOLIDAY} or {@code WORKDAY}; see the 2025 file's header). Years without a file fall back to the
 * weekend rule alone; {@link #coveredYears()} tells an administrator which years are missing.
 */
public final class WorkingCalendar {

    /** The classpath pattern of the yearly files. */
    public static final String RESOURCE_PATTERN = "classpath*:calendar/cn-workdays-*.csv";

    private final Map<LocalDate, Boolean> exceptions;
    private final Set<Integer> years;

    private WorkingCalendar(Map<LocalDate, Boolean> exceptions, Set<Integer> years) {
        this.exceptions = Map.copyOf(exceptions);
        this.years = Collections.unmodifiableSet(new TreeSet<>(years));
    }

    /** Weekends only, no holidays. */
    /** The calendar of the yearly files on the classpath ({@link #RESOURCE_PATTERN}): the app's and the demo's. */
    public static WorkingCalendar fromClasspath() {
        try {
            Map<String, InputStream> files = new java.util.LinkedHashMap<>();
            for (org.springframework.core.io.Resource r : new org.springframework.core.io.support
                    .PathMatchingResourcePatternResolver().getResources(RESOURCE_PATTERN)) {
                files.put(r.getFilename(), r.getInputStream());
            }
            return parse(files);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the working-day calendar", e);
        }
    }

    public static WorkingCalendar weekendsOnly() {
        return new WorkingCalendar(Map.of(), Set.of());
    }

    /** Parses one or more yearly files; a malformed line fails with its source and line number. */
    public static WorkingCalendar parse(Map<String, InputStream> files) {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        Set<Integer> years = new TreeSet<>();
        files.forEach((name, in) -> read(name, in, exceptions, years));
        return new WorkingCalendar(exceptions, years);
    }

    private static void read(String name, InputStream in, Map<LocalDate, Boolean> exceptions, Set<Integer> years) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                String[] parts = s.split(",", 3);
                try {
                    LocalDate date = LocalDate.parse(parts[0].strip());
                    String kind = parts.length > 1 ? parts[1].strip() : "";
                    switch (kind) {
                        case "HOLIDAY" -> exceptions.put(date, false);
                        case "WORKDAY" -> exceptions.put(date, true);
                        default -> throw new IllegalArgumentException(name + " line " + n
                                + ": kind must be HOLIDAY or WORKDAY, found '" + kind + "'");
                    }
                    years.add(date.getYear());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(name + " line " + n + ": date must be yyyy-MM-dd, found '"
                            + parts[0] + "'", e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /** The n-th working day after {@code day} (n ≥ 1), not counting {@code day} itself. */
    public LocalDate addWorkingDays(LocalDate day, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        LocalDate d = day;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** {@code day} itself when it is a working day, else the next working day. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The years for which a holiday file was read. */
    public Set<Integer> coveredYears() {
        return years;
    }
}
