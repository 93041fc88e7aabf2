package org.gridatlas.webapp.base;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import org.gridatlas.data.request.service.Deadlines;
import org.gridatlas.data.request.service.WorkingCalendar;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code calendar} health: which years the working-day calendar covers. Request deadlines of a year without a
 * holiday file are counted on weekends alone, so this says so in a {@code warning} detail: when the current year is
 * missing, and from November on when next year's file (published by the State Council each November) is missing.
 * The status stays UP: the application works, its deadlines are only less exact.
 */
@Component("calendar")
class CalendarHealthIndicator implements HealthIndicator {

    private final WorkingCalendar calendar;
    private final Clock clock;

    CalendarHealthIndicator(Deadlines deadlines, Clock clock) {
        this.calendar = deadlines.calendar();
        this.clock = clock;
    }

    @Override
    public Health health() {
        LocalDate today = LocalDate.now(clock.withZone(Deadlines.ZONE));
        Health.Builder health = Health.up().withDetail("coveredYears", calendar.coveredYears());
        String warning = warning(today);
        return warning == null ? health.build() : health.withDetail("warning", warning).build();
    }

    String warning(LocalDate today) {
        int year = today.getYear();
        if (!calendar.coveredYears().contains(year)) {
            return "工作日历缺少 " + year + " 年的节假日文件（calendar/cn-workdays-" + year
                    + ".csv）：本年的期限只按周末计算。";
        }
        if (today.getMonth().compareTo(Month.NOVEMBER) >= 0 && !calendar.coveredYears().contains(year + 1)) {
            return "工作日历还没有 " + (year + 1) + " 年的节假日文件（calendar/cn-workdays-" + (year + 1)
                    + ".csv）：国务院办公厅公布次年安排后请补上，否则次年的期限只按周末计算。";
        }
        return null;
    }
}
