package org.gridatlas.analytics.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ClassificationTest {

    @Test
    void equal_interval_splits_the_range_into_equal_widths() {
        double[] b = Classification.breaks(ClassMethod.EQUAL_INTERVAL, new double[] {10, 0, 3, 7}, 5);
        assertThat(b).containsExactly(0, 2, 4, 6, 8, 10);
        assertThat(Classification.classOf(0, b)).isZero();
        assertThat(Classification.classOf(3.9, b)).isEqualTo(1);
        assertThat(Classification.classOf(4, b)).isEqualTo(2);
        assertThat(Classification.classOf(10, b)).isEqualTo(4);
    }

    @Test
    void quantile_puts_about_the_same_number_of_values_in_each_class() {
        double[] v = new double[100];
        for (int i = 0; i < 100; i++) {
            v[i] = (i * 37) % 100 + 1;   // 1..100 shuffled
        }
        double[] b = Classification.breaks(ClassMethod.QUANTILE, v, 4);
        assertThat(b).containsExactly(1, 26, 51, 76, 100);
        int[] counts = new int[4];
        for (double x : v) {
            counts[Classification.classOf(x, b)]++;
        }
        assertThat(counts).containsExactly(25, 25, 25, 25);
    }

    @Test
    void natural_breaks_find_the_gaps_between_clusters() {
        double[] v = {31, 1, 2, 3, 10, 11, 12, 30};
        assertThat(Classification.breaks(ClassMethod.NATURAL_BREAKS, v, 3)).containsExactly(1, 10, 30, 31);
    }

    @Test
    void natural_breaks_never_have_more_within_class_variance_than_equal_interval_or_quantile() {
        Random r = new Random(7);
        for (int run = 0; run < 20; run++) {
            double[] v = new double[200];
            for (int i = 0; i < v.length; i++) {
                v[i] = Math.exp(r.nextGaussian() * 1.2);   // skewed like counts per cell
            }
            double jenks = ssd(v, Classification.breaks(ClassMethod.NATURAL_BREAKS, v, 5));
            assertThat(jenks).isLessThanOrEqualTo(ssd(v, Classification.breaks(ClassMethod.EQUAL_INTERVAL, v, 5)) + 1e-9);
            assertThat(jenks).isLessThanOrEqualTo(ssd(v, Classification.breaks(ClassMethod.QUANTILE, v, 5)) + 1e-9);
        }
    }

    @Test
    void equal_values_give_one_class_and_too_many_classes_are_refused() {
        assertThat(Classification.breaks(ClassMethod.QUANTILE, new double[] {4, 4, 4}, 5)).containsExactly(4, 4);
        assertThat(Classification.breaks(ClassMethod.NATURAL_BREAKS, new double[] {1, 5}, 5)).containsExactly(1, 5);
        assertThatThrownBy(() -> Classification.breaks(ClassMethod.QUANTILE, new double[] {1}, 12))
                .hasMessageContaining("classes must be 1 to 9");
    }

    @Test
    void a_locked_legend_is_computed_over_the_union_so_equal_values_share_a_colour_in_every_period() {
        double[] q1 = {0, 1, 2, 3};
        double[] q2 = {10, 20, 30, 40};
        Legend locked = Legend.locked(ClassMethod.EQUAL_INTERVAL, 4, List.of(q1, q2), "件");
        assertThat(locked.bounds()).containsExactly(0, 10, 20, 30, 40);
        Legend alone = Legend.locked(ClassMethod.EQUAL_INTERVAL, 4, List.of(q1), "件");
        // per-period rescaling would paint Q1's maximum in the darkest class; the locked legend does not
        assertThat(alone.colorOf(3)).isEqualTo(alone.colors().get(3));
        assertThat(locked.colorOf(3)).isEqualTo(locked.colors().get(0));
        assertThat(locked.colorOf(40)).isEqualTo(locked.colors().get(3));
        assertThat(locked.labels(0)).containsExactly("0 – 10", "10 – 20", "20 – 30", "30 – 40");
    }

    @Test
    void a_change_legend_is_symmetric_around_zero_with_no_change_in_the_middle_class() {
        Legend change = Legend.change(new double[] {-3, 1, 6}, 4, "件");
        assertThat(change.classes()).isEqualTo(5);
        assertThat(change.bounds()[0]).isEqualTo(-6);
        assertThat(change.bounds()[5]).isEqualTo(6);
        assertThat(change.colorOf(0)).isEqualTo("#f7f7f7");
        assertThat(change.colorOf(6)).isEqualTo("#b2182b");
        assertThat(change.colorOf(-6)).isEqualTo("#2166ac");
        assertThat(change.diverging()).isTrue();
    }

    private static double ssd(double[] v, double[] bounds) {
        int k = bounds.length - 1;
        double[] sum = new double[k];
        double[] sum2 = new double[k];
        int[] n = new int[k];
        for (double x : v) {
            int c = Classification.classOf(x, bounds);
            sum[c] += x;
            sum2[c] += x * x;
            n[c]++;
        }
        double total = 0;
        for (int c = 0; c < k; c++) {
            total += n[c] == 0 ? 0 : sum2[c] - sum[c] * sum[c] / n[c];
        }
        return total;
    }

    @Test
    void kernel_density_integrates_to_the_number_of_points_and_peaks_at_three_over_pi_r_squared() {
        double[] xs = {1000, 1000, 5000};
        double[] ys = {2000, 2000, 9000};
        double cell = 25;
        List<KernelDensity.Cell> cells = KernelDensity.estimate(xs, ys, 500, cell);
        double total = cells.stream().mapToDouble(c -> c.perKm2() * cell * cell / 1e6).sum();
        assertThat(total).isCloseTo(3.0, within(0.01));
        double peak = cells.stream().mapToDouble(KernelDensity.Cell::perKm2).max().orElseThrow();
        double expected = 2 * 3 / (Math.PI * 500 * 500) * 1e6;   // two points at the same place, per km²
        assertThat(peak).isCloseTo(expected, within(expected * 0.01));
        assertThat(cells).allMatch(c -> Math.abs(c.x() % cell) < 1e-9 && Math.abs(c.y() % cell) < 1e-9);
        assertThatThrownBy(() -> KernelDensity.estimate(xs, ys, 100, 200)).hasMessageContaining("cell <= radius");
    }

    @Test
    void quarters_parse_step_back_and_split_into_months_in_china_time() {
        Quarter q = Quarter.parse("2025Q1");
        assertThat(q.previous()).isEqualTo(Quarter.parse("2024Q4"));
        assertThat(q.period().from()).hasToString("2024-12-31T16:00:00Z");
        assertThat(q.period().to()).hasToString("2025-03-31T16:00:00Z");
        assertThat(q.months()).extracting(Period::label).containsExactly("2025-01", "2025-02", "2025-03");
        assertThat(Quarter.parse("2025Q2").lastN(4)).extracting(Quarter::toString)
                .containsExactly("2024Q3", "2024Q4", "2025Q1", "2025Q2");
        assertThatThrownBy(() -> Quarter.parse("2025-Q5")).hasMessageContaining("quarter must be like 2025Q2");
    }
}
