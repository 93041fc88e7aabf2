package org.gridatlas.data.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ChinaCoordinatesTest {

    @Test
    void gcj02_offsets_liyang_by_a_few_hundred_metres_and_the_inverse_recovers_wgs84_to_a_centimetre() {
        double[] gcj = CoordinateSystem.GCJ02.fromWgs84(119.48, 31.42);
        double metres = Math.hypot((gcj[0] - 119.48) * 111_320 * Math.cos(Math.toRadians(31.42)), (gcj[1] - 31.42) * 110_540);
        assertThat(metres).isBetween(200.0, 900.0);
        double[] back = CoordinateSystem.GCJ02.toWgs84(gcj[0], gcj[1]);
        assertThat(back[0]).isCloseTo(119.48, within(1e-7));
        assertThat(back[1]).isCloseTo(31.42, within(1e-7));
    }

    @Test
    void bd09_round_trips_through_gcj02() {
        double[] bd = CoordinateSystem.BD09.fromWgs84(119.48, 31.42);
        double[] back = CoordinateSystem.BD09.toWgs84(bd[0], bd[1]);
        assertThat(back[0]).isCloseTo(119.48, within(1e-6));
        assertThat(back[1]).isCloseTo(31.42, within(1e-6));
    }

    @Test
    void points_outside_china_are_not_shifted() {
        assertThat(CoordinateSystem.GCJ02.fromWgs84(2.35, 48.85)).containsExactly(2.35, 48.85);
    }
}
