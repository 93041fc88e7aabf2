package org.gridatlas.analytics.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class BalancerTest {

    /** Clustered points around a few centres, from a fixed seed. */
    private static BalanceProblem synthetic(long seed, int points, int centres, int min, int max, long penalty) {
        Random r = new Random(seed);
        double[] cx = new double[centres];
        double[] cy = new double[centres];
        for (int c = 0; c < centres; c++) {
            cx[c] = r.nextDouble() * 2000;
            cy[c] = r.nextDouble() * 2000;
        }
        double[] px = new double[points];
        double[] py = new double[points];
        int[] current = new int[points];
        for (int i = 0; i < points; i++) {
            int near = r.nextInt(Math.max(1, centres / 3));
            px[i] = cx[near] + r.nextGaussian() * 300;
            py[i] = cy[near] + r.nextGaussian() * 300;
            current[i] = r.nextInt(centres);
        }
        return new BalanceProblem(px, py, current, cx, cy, min, max, penalty);
    }

    private static java.util.List<Integer> boxed(int[] a) {
        return Arrays.stream(a).boxed().toList();
    }

    private static long cost(BalanceProblem p, int[] a) {
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += p.metres(i, a[i]);
        }
        return sum;
    }

    @Test
    void every_liaison_gets_between_five_and_fifteen_households_even_when_households_cluster() {
        for (long seed = 1; seed <= 20; seed++) {
            BalanceProblem p = synthetic(seed, 200, 20, 5, 15, 0);
            int[] a = MinCostFlowBalancer.solve(p, 100);
            assertThat(a).doesNotContain(-1);
            assertThat(boxed(BalanceQuality.loads(p, a))).allSatisfy(l -> assertThat(l).isBetween(5, 15));
        }
    }

    @Test
    void the_balanced_band_keeps_every_load_within_one_of_the_mean() {
        BalanceProblem p = synthetic(7, 203, 20, 5, 15, 0);
        int[] loads = BalanceQuality.loads(p, MinCostFlowBalancer.solve(p, 1));
        assertThat(boxed(loads)).allSatisfy(l -> assertThat(l).isBetween(9, 12));
        assertThat(Arrays.stream(loads).sum()).isEqualTo(203);
    }

    @Test
    void the_optimal_assignment_never_walks_further_than_greedy_under_the_same_capacities() {
        for (long seed = 1; seed <= 20; seed++) {
            BalanceProblem p = synthetic(seed, 150, 15, 0, 15, 0);
            int[] greedy = GreedyBalancer.solve(p);
            int[] optimal = MinCostFlowBalancer.solve(p, 1000);
            assertThat(boxed(BalanceQuality.loads(p, greedy))).allSatisfy(l -> assertThat(l).isLessThanOrEqualTo(15));
            assertThat(cost(p, optimal)).isLessThanOrEqualTo(cost(p, greedy));
        }
    }

    @Test
    void a_change_penalty_keeps_more_households_with_their_current_liaison() {
        BalanceProblem free = synthetic(3, 120, 12, 5, 15, 0);
        BalanceProblem sticky = new BalanceProblem(free.px(), free.py(), free.current(), free.cx(), free.cy(), 5, 15,
                5_000);
        int changedFree = BalanceQuality.of(free, MinCostFlowBalancer.solve(free)).changed();
        int changedSticky = BalanceQuality.of(sticky, MinCostFlowBalancer.solve(sticky)).changed();
        assertThat(changedSticky).isLessThan(changedFree);
    }

    @Test
    void too_few_liaisons_raise_the_maximum_instead_of_leaving_households_out() {
        BalanceProblem p = synthetic(5, 100, 5, 5, 15, 0);
        int[] a = MinCostFlowBalancer.solve(p);
        assertThat(a).doesNotContain(-1);
        assertThat(BalanceQuality.loads(p, a)).containsOnly(20);
    }

    @Test
    void local_metres_measure_one_hundredth_of_a_degree_of_latitude_as_about_1112_metres() {
        LocalMetres m = LocalMetres.around(new double[] {113.6}, new double[] {28.2});
        assertThat(m.y(28.21) - m.y(28.2)).isBetween(1110.0, 1113.0);
        assertThat(m.x(113.61) - m.x(113.6)).isBetween(975.0, 985.0);
    }
}
