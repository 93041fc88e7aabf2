package org.gridatlas.analytics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.gridatlas.analytics.dashboard.QuotaRule.Level;
import org.gridatlas.analytics.dashboard.QuotaRule.Period;
import org.junit.jupiter.api.Test;

class QuotaRuleTest {

    private static final Quarter Q1 = Quarter.parse("2025Q1");
    private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(Quarter.ZONE).toInstant();
    }

    @Test
    void town_agents_are_judged_on_the_whole_weeks_inside_the_quarter() {
        List<Period> weeks = QuotaRule.periods(Level.TOWN, Q1, LATER);
        // 2025-01-01 is a Wednesday: the first whole week starts Monday 6 January, the last ends Sunday 30 March
        assertThat(weeks).hasSize(12);
        assertThat(weeks.getFirst().from()).isEqualTo(at("2025-01-06T00:00"));
        assertThat(weeks.getLast().to()).isEqualTo(at("2025-03-31T00:00"));
    }

    @Test
    void village_and_group_agents_are_judged_per_month() {
        assertThat(QuotaRule.periods(Level.VILLAGE, Q1, LATER)).hasSize(3);
        assertThat(QuotaRule.periods(Level.GROUP, Q1, LATER).get(1).from()).isEqualTo(at("2025-02-01T00:00"));
    }

    @Test
    void only_periods_that_have_ended_are_judged() {
        assertThat(QuotaRule.periods(Level.VILLAGE, Q1, at("2025-02-28T23:59"))).hasSize(1);
        assertThat(QuotaRule.periods(Level.VILLAGE, Q1, at("2025-03-01T00:00"))).hasSize(2);
        assertThat(QuotaRule.periods(Level.TOWN, Q1, at("2025-01-05T12:00"))).isEmpty();
        assertThat(QuotaRule.meets(Level.TOWN, new int[0])).isNull();
    }

    @Test
    void a_town_agent_with_one_week_of_zero_items_fails_the_quarter() {
        List<Period> weeks = QuotaRule.periods(Level.TOWN, Q1, LATER);
        List<Instant> items = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            if (i != 5) {
                items.add(weeks.get(i).from().plusSeconds(3600));
            }
        }
        int[] counts = QuotaRule.countPerPeriod(weeks, items);
        assertThat(counts[5]).isZero();
        assertThat(QuotaRule.periodsMet(Level.TOWN, counts)).isEqualTo(11);
        assertThat(QuotaRule.meets(Level.TOWN, counts)).isFalse();
        items.add(weeks.get(5).to().minusSeconds(1));
        assertThat(QuotaRule.meets(Level.TOWN, QuotaRule.countPerPeriod(weeks, items))).isTrue();
    }

    @Test
    void an_item_at_midnight_belongs_to_the_period_it_starts() {
        List<Period> months = QuotaRule.periods(Level.GROUP, Q1, LATER);
        int[] counts = QuotaRule.countPerPeriod(months, List.of(at("2025-02-01T00:00"), at("2025-03-01T00:00"),
                at("2025-04-01T00:00")));
        assertThat(counts).containsExactly(0, 1, 1);
    }

    @Test
    void a_village_agent_needs_two_items_every_month_and_one_is_not_enough() {
        List<Period> months = QuotaRule.periods(Level.VILLAGE, Q1, LATER);
        int[] twoEach = QuotaRule.countPerPeriod(months, List.of(at("2025-01-02T09:00"), at("2025-01-31T23:59"),
                at("2025-02-10T09:00"), at("2025-02-11T09:00"), at("2025-03-05T09:00"), at("2025-03-06T09:00")));
        assertThat(QuotaRule.meets(Level.VILLAGE, twoEach)).isTrue();
        int[] oneInMarch = QuotaRule.countPerPeriod(months, List.of(at("2025-01-02T09:00"), at("2025-01-31T23:59"),
                at("2025-02-10T09:00"), at("2025-02-11T09:00"), at("2025-03-05T09:00")));
        assertThat(QuotaRule.meets(Level.VILLAGE, oneInMarch)).isFalse();
        assertThat(QuotaRule.meets(Level.GROUP, oneInMarch)).isTrue();
    }
}
