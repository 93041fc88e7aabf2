package org.gridatlas.data.request.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.gridatlas.data.request.domain.CaseType;

/**
 * The promised deadline of a request, set when it is accepted (受理), counted on the {@link WorkingCalendar}:
 * 即办件 the end of the working day (18:00 Beijing time; accepted after 18:00 or on a day off: the next working day's
 * end), 承办件 the end of the 3rd working day after acceptance, 联办件 and 上报件 the 5th, 退回件 none.
 */
public final class Deadlines {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final LocalTime END_OF_DAY = LocalTime.of(18, 0);
    public static final int COMMITTED_WORKING_DAYS = 3;
    public static final int JOINT_WORKING_DAYS = 5;
    public static final int ESCALATED_WORKING_DAYS = 5;

    private final WorkingCalendar calendar;

    public Deadlines(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** The deadline, or {@code null} for 退回件. */
    public Instant deadline(CaseType type, Instant acceptedAt) {
        ZonedDateTime at = acceptedAt.atZone(ZONE);
        LocalDate day = at.toLocalDate();
        LocalDate due = switch (type) {
            case IMMEDIATE -> calendar.isWorkingDay(day) && at.toLocalTime().isBefore(END_OF_DAY)
                    ? day : calendar.addWorkingDays(day, 1);
            case COMMITTED -> calendar.addWorkingDays(day, COMMITTED_WORKING_DAYS);
            case JOINT -> calendar.addWorkingDays(day, JOINT_WORKING_DAYS);
            case ESCALATED -> calendar.addWorkingDays(day, ESCALATED_WORKING_DAYS);
            case RETURNED -> null;
        };
        return due == null ? null : due.atTime(END_OF_DAY).atZone(ZONE).toInstant();
    }

    public WorkingCalendar calendar() {
        return calendar;
    }
}
