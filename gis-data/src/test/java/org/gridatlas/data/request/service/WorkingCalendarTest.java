package org.gridatlas.data.request.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gridatlas.data.request.domain.CaseType;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    static final WorkingCalendar CN = load();

    static WorkingCalendar load() {
        Map<String, InputStream> files = new LinkedHashMap<>();
        for (int year : new int[] {2025, 2026}) {
            String name = "calendar/cn-workdays-" + year + ".csv";
            files.put(name, WorkingCalendarTest.class.getClassLoader().getResourceAsStream(name));
        }
        return WorkingCalendar.parse(files);
    }

    private static final Deadlines DEADLINES = new Deadlines(CN);

    private static Instant beijing(String local) {
        return LocalDateTime.parse(local).atZone(Deadlines.ZONE).toInstant();
    }

    private static LocalDate dueDay(CaseType type, String acceptedLocal) {
        return DEADLINES.deadline(type, beijing(acceptedLocal)).atZone(Deadlines.ZONE).toLocalDate();
    }

    @Test
    void weekdays_work_and_weekends_rest_unless_the_file_says_otherwise() {
        assertThat(CN.isWorkingDay(LocalDate.of(2026, 11, 23))).isTrue();   // Monday
        assertThat(CN.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse();  // Saturday
        assertThat(CN.isWorkingDay(LocalDate.of(2026, 11, 29))).isFalse();  // Sunday
        assertThat(CN.isWorkingDay(LocalDate.of(2025, 10, 1))).isFalse();   // National Day, Wednesday
        assertThat(CN.isWorkingDay(LocalDate.of(2025, 9, 28))).isTrue();    // 调休 Sunday
        assertThat(CN.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();   // 调休 Saturday
        assertThat(CN.coveredYears()).containsExactly(2025, 2026);
    }

    @Test
    void a_committed_case_accepted_the_day_before_the_national_day_holiday_is_due_after_it() {
        // Tue 29 Sep 2026: Wed 30 Sep is day 1, 1–7 Oct are off, Thu 8 and Fri 9 Oct are days 2 and 3.
        assertThat(dueDay(CaseType.COMMITTED, "2026-09-29T10:00")).isEqualTo(LocalDate.of(2026, 10, 9));
    }

    @Test
    void a_committed_case_accepted_on_the_friday_before_national_day_2025_counts_the_make_up_sunday() {
        // Fri 26 Sep 2025: Sun 28 Sep (调休) is day 1, Mon 29 day 2, Tue 30 day 3.
        assertThat(dueDay(CaseType.COMMITTED, "2025-09-26T15:00")).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    void a_make_up_saturday_counts_as_a_working_day() {
        // Thu 9 Oct 2025: Fri 10 is day 1, Sat 11 (调休) day 2, Mon 13 day 3.
        assertThat(dueDay(CaseType.COMMITTED, "2025-10-09T09:00")).isEqualTo(LocalDate.of(2025, 10, 13));
    }

    @Test
    void the_count_crosses_the_turn_of_the_year_over_new_year_holidays() {
        // Wed 31 Dec 2025: 1–3 Jan 2026 off, Sun 4 Jan (调休) day 1, Mon 5 day 2, Tue 6 day 3.
        assertThat(dueDay(CaseType.COMMITTED, "2025-12-31T11:00")).isEqualTo(LocalDate.of(2026, 1, 6));
    }

    @Test
    void joint_and_escalated_cases_get_five_working_days_skipping_the_weekend() {
        // Mon 23 Nov 2026 → Mon 30 Nov.
        assertThat(dueDay(CaseType.JOINT, "2026-11-23T09:00")).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(dueDay(CaseType.ESCALATED, "2026-11-23T09:00")).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void an_immediate_case_is_due_at_six_pm_the_same_working_day_or_the_next_working_day() {
        assertThat(DEADLINES.deadline(CaseType.IMMEDIATE, beijing("2026-11-23T09:30")))
                .isEqualTo(beijing("2026-11-23T18:00"));
        assertThat(DEADLINES.deadline(CaseType.IMMEDIATE, beijing("2026-11-23T18:30")))
                .isEqualTo(beijing("2026-11-24T18:00"));
        assertThat(DEADLINES.deadline(CaseType.IMMEDIATE, beijing("2026-02-15T10:00")))   // 春节
                .isEqualTo(beijing("2026-02-24T18:00"));
    }

    @Test
    void a_returned_case_has_no_deadline() {
        assertThat(DEADLINES.deadline(CaseType.RETURNED, beijing("2026-11-23T09:30"))).isNull();
    }

    @Test
    void a_year_without_a_file_falls_back_to_weekends_only() {
        assertThat(CN.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue();   // a Friday; no 2027 file yet
        assertThat(CN.addWorkingDays(LocalDate.of(2027, 1, 1), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void a_malformed_line_is_refused_with_its_file_and_line_number() {
        var bad = Map.<String, InputStream>of("cn-workdays-2030.csv",
                new ByteArrayInputStream("# header\n2030-01-01,HOLIDAY,元旦\n2030-13-01,HOLIDAY,x\n".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> WorkingCalendar.parse(bad)).hasMessageContaining("cn-workdays-2030.csv line 3");
        var badKind = Map.<String, InputStream>of("f.csv",
                new ByteArrayInputStream("2030-01-01,OFF,元旦\n".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> WorkingCalendar.parse(badKind)).hasMessageContaining("line 1").hasMessageContaining("OFF");
    }
}
