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
    void working_days_skip_the_weekend() {
        // Friday 2025-05-16 + 3 working days = Wednesday 2025-05-21
        assertThat(Period.addWorkingDays(LocalDate.of(2025, 5, 16), 3)).isEqualTo(LocalDate.of(2025, 5, 21));
    }
}
