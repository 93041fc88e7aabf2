package org.gridatlas.analytics.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.gridatlas.data.assignment.service.CapacityRules;
import org.junit.jupiter.api.Test;

class AgentBalanceTest {

    /** One grid area: 6 agents, 39 liaisons crowded round two of them, currently all linked to the first agent. */
    private static AreaData crowded(long seed) {
        Random r = new Random(seed);
        List<AreaData.Point> agents = new ArrayList<>();
        for (int a = 0; a < 6; a++) {
            agents.add(new AreaData.Point(100 + a, "A" + a, 119.48 + r.nextDouble() * 0.02, 31.42 + r.nextDouble() * 0.02,
                    0, 0));
        }
        List<AreaData.Point> liaisons = new ArrayList<>();
        for (int l = 0; l < 39; l++) {
            AreaData.Point near = agents.get(r.nextInt(2));
            liaisons.add(new AreaData.Point(1000 + l, "L" + l, near.lon() + r.nextGaussian() * 0.002,
                    near.lat() + r.nextGaussian() * 0.002, 5000 + l, 100));
        }
        return new AreaData(1, liaisons, agents);
    }

    @Test
    void every_agent_gets_five_to_eight_liaisons_even_when_liaisons_crowd_round_two_agents() {
        for (long seed = 1; seed <= 10; seed++) {
            BalancePreview p = AgentBalance.balance(List.of(crowded(seed)), CapacityRules.SEED, 0);
            assertThat(p.level()).isEqualTo(BalancePreview.Level.LIAISONS);
            assertThat(p.after().minLoad()).isGreaterThanOrEqualTo(5);
            assertThat(p.after().maxLoad()).isLessThanOrEqualTo(8);
            assertThat(p.before().maxLoad()).isEqualTo(39);
            assertThat(p.after().spread()).isLessThanOrEqualTo(p.greedy().spread());
            assertThat(p.rows()).allSatisfy(row -> assertThat(row.afterTargetId()).isBetween(100L, 105L));
        }
    }

    @Test
    void keeping_links_changes_no_more_liaisons_than_balancing_freely() {
        AreaData area = crowded(3);
        BalancePreview free = AgentBalance.balance(List.of(area), CapacityRules.SEED, 0);
        BalancePreview keep = AgentBalance.balance(List.of(area), CapacityRules.SEED, AutoBalance.KEEP_LINKS_PENALTY);
        assertThat(keep.changes()).isLessThanOrEqualTo(free.changes());
        assertThat(keep.after().maxLoad()).isLessThanOrEqualTo(8);
        assertThat(Arrays.stream(new long[] {keep.changes()}).sum()).isEqualTo(keep.after().changed());
    }
}
