package org.gridatlas.webapp.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.gridatlas.data.request.service.Deadlines;
import org.gridatlas.data.request.service.WorkingCalendar;
import org.junit.jupiter.api.Test;

class CalendarHealthIndicatorTest {

    private static CalendarHealthIndicator at(String instant) {
        return new CalendarHealthIndicator(new Deadlines(WorkingCalendar.fromClasspath()),
                Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void a_covered_year_before_november_carries_no_warning() {
        var health = at("2026-06-01T02:00:00Z").health();
        assertThat(health.getStatus().getCode()).isEqualTo("UP");
        assertThat(health.getDetails()).doesNotContainKey("warning")
                .containsEntry("coveredYears", java.util.Set.of(2025, 2026));
    }

    @Test
    void from_november_on_a_missing_next_year_file_is_named_in_a_warning() {
        var health = at("2026-11-23T02:00:00Z").health();
        assertThat(health.getStatus().getCode()).isEqualTo("UP");
        assertThat((String) health.getDetails().get("warning")).contains("2027", "cn-workdays-2027.csv");
    }

    @Test
    void november_of_a_year_whose_successor_is_present_carries_no_warning() {
        assertThat(at("2025-11-05T02:00:00Z").warning(LocalDate.of(2025, 11, 5))).isNull();
    }

    @Test
    void a_current_year_without_a_file_says_deadlines_count_weekends_only() {
        var indicator = at("2027-03-01T02:00:00Z");
        assertThat(indicator.warning(LocalDate.of(2027, 3, 1))).contains("2027", "只按周末");
    }

    @Test
    void the_year_turns_in_beijing_time_not_utc() {
        // 2026-12-31T17:00Z is already 2027-01-01 01:00 in Beijing: the current year (2027) is missing.
        assertThat((String) at("2026-12-31T17:00:00Z").health().getDetails().get("warning")).contains("本年");
    }
}
