package org.gridatlas.analytics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void a_quarter_runs_from_midnight_beijing_time_to_the_next_quarters_midnight() {
        Quarter q = Quarter.parse("2025q2");
        assertThat(q.from()).isEqualTo(Instant.parse("2025-03-31T16:00:00Z"));
        assertThat(q.to()).isEqualTo(Instant.parse("2025-06-30T16:00:00Z"));
        assertThat(q.previous()).hasToString("2025Q1");
        assertThat(Quarter.parse("2025Q1").previous()).hasToString("2024Q4");
        assertThat(q.lastQuarters(4)).extracting(Quarter::toString).containsExactly("2024Q3", "2024Q4", "2025Q1", "2025Q2");
    }

    @Test
    void a_malformed_quarter_is_refused_naming_what_was_given() {
        assertThatThrownBy(() -> Quarter.parse("2025Q5")).hasMessageContaining("2025Q5");
        assertThatThrownBy(() -> Quarter.parse(null)).hasMessageContaining("nothing");
    }
}
