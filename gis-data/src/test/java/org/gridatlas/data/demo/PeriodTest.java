package org.gridatlas.data.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void the_period_covers_four_complete_quarters_and_the_current_one_up_to_today() {
        Period p = Period.of(DemoGeneratorTest.CLOCK);
        assertThat(p.start()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(p.currentQuarter()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(p.today()).isEqualTo(LocalDate.of(2025, 5, 20));
    }

    @Test
    void demo_requests_get_the_deadlines_the_request_service_would_give_them() {
        var deadlines = new org.gridatlas.data.request.service.Deadlines(
                org.gridatlas.data.request.service.WorkingCalendar.fromClasspath());
        DemoModel model = DemoGeneratorTest.generate(DemoProfile.DAYAO, DemoLoader.DEFAULT_SEED);
        long checked = 0;
        for (DemoModel.Request r : model.requests) {
            if (r.acceptedAt() == null) {
                continue;
            }
            var expected = deadlines.deadline(org.gridatlas.data.request.domain.CaseType.valueOf(r.caseType()),
                    java.time.Instant.ofEpochSecond(r.acceptedAt()));
            assertThat(r.deadline()).as(r.code()).isEqualTo(expected == null ? null : expected.getEpochSecond());
            checked++;
        }
        assertThat(checked).isGreaterThan(400);
    }
}
