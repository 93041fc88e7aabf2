package org.gridatlas.data.visit.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.gridatlas.data.request.service.FieldProblem;
import org.junit.jupiter.api.Test;

class VisitPlausibilityTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

    @Test
    void a_stated_time_within_the_clock_skew_passes_and_one_beyond_it_is_refused() {
        assertThat(VisitPlausibility.ofTime(NOW.plus(VisitPlausibility.CLOCK_SKEW), NOW)).isEmpty();
        assertThat(VisitPlausibility.ofTime(NOW.plus(VisitPlausibility.CLOCK_SKEW).plusSeconds(1), NOW))
                .extracting(FieldProblem::field).containsExactly("visitedAt");
        assertThat(VisitPlausibility.CLOCK_SKEW).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void a_visit_dated_before_the_programme_start_is_refused() {
        assertThat(VisitPlausibility.ofTime(Instant.EPOCH, NOW)).extracting(FieldProblem::field).containsExactly("visitedAt");
        assertThat(VisitPlausibility.ofTime(Instant.parse("2004-01-01T00:00:00+08:00"), NOW)).isEmpty();
    }

    @Test
    void null_island_swapped_and_foreign_fixes_are_refused_and_a_liyang_fix_passes() {
        assertThat(VisitPlausibility.ofFix(119.43, 31.42)).isEmpty();
        assertThat(VisitPlausibility.ofFix(0, 0)).extracting(FieldProblem::field).containsExactly("lon", "lat");
        assertThat(VisitPlausibility.ofFix(31.42, 119.43)).extracting(FieldProblem::message)
                .allMatch(m -> m.contains("填反"));
        assertThat(VisitPlausibility.ofFix(2.35, 48.86)).extracting(FieldProblem::field).containsExactly("lon");
        assertThat(VisitPlausibility.ofFix(103.82, 1.35)).extracting(FieldProblem::field).containsExactly("lat");
    }
}
