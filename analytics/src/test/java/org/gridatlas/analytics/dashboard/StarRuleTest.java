package org.gridatlas.analytics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StarRuleTest {

    @Test
    void satisfaction_of_89_9_percent_earns_no_star_however_complete_the_work() {
        assertThat(StarRule.stars(100, 100, 1000, 899, 0, 0)).isZero();
    }

    @Test
    void satisfaction_of_exactly_90_percent_is_enough() {
        assertThat(StarRule.stars(100, 100, 1000, 900, 0, 0)).isEqualTo(3);
    }

    @Test
    void completion_of_exactly_80_85_and_90_percent_earns_one_two_and_three_stars() {
        assertThat(StarRule.stars(100, 80, 10, 10, 0, 0)).isEqualTo(1);
        assertThat(StarRule.stars(100, 85, 10, 10, 0, 0)).isEqualTo(2);
        assertThat(StarRule.stars(100, 90, 10, 10, 0, 0)).isEqualTo(3);
    }

    @Test
    void completion_just_below_a_bound_stays_on_the_star_below() {
        assertThat(StarRule.stars(1000, 799, 10, 10, 0, 0)).isZero();
        assertThat(StarRule.stars(1000, 849, 10, 10, 0, 0)).isEqualTo(1);
        assertThat(StarRule.stars(1000, 899, 10, 10, 0, 0)).isEqualTo(2);
    }

    @Test
    void the_weaker_of_request_completion_and_dispute_success_decides() {
        assertThat(StarRule.stars(100, 95, 10, 10, 20, 17)).isEqualTo(2);
        assertThat(StarRule.stars(100, 81, 10, 10, 20, 20)).isEqualTo(1);
        assertThat(StarRule.stars(100, 95, 10, 10, 20, 15)).isZero();
    }

    @Test
    void a_post_without_requests_or_without_ratings_gets_no_star() {
        assertThat(StarRule.stars(0, 0, 0, 0, 5, 5)).isZero();
        assertThat(StarRule.stars(10, 10, 0, 0, 0, 0)).isZero();
    }
}
