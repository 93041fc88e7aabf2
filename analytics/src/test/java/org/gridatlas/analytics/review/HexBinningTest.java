package org.gridatlas.analytics.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HexBinningTest {

    @Test
    void points_near_a_cell_centre_fall_in_that_cell_with_postgis_layout() {
        double s = 1000;
        // PostGIS: ST_Centroid(ST_Hexagon(1000, 1, 0)) = (1500, 866.03); (0, 1) = (0, 1732.05); (-1, -1) = (-1500, -866.03)
        assertThat(HexBinning.cellOf(1500, 866, s)).containsExactly(1, 0);
        assertThat(HexBinning.cellOf(10, 1700, s)).containsExactly(0, 1);
        assertThat(HexBinning.cellOf(-1490, -870, s)).containsExactly(-1, -1);
        // just inside the left vertex of hexagon (0, 0) at (-1000, 0), and just outside it
        assertThat(HexBinning.cellOf(-990, 0, s)).containsExactly(0, 0);
        assertThat(HexBinning.cellOf(-1010, 0, s)).containsExactly(-1, -1);   // equidistant from (-1, 0) and (-1, -1): the lower
    }

    @Test
    void binning_counts_every_point_once() {
        List<HexBinning.Bin> bins = HexBinning.bin(new double[] {0, 10, 1500, 1510, 1490}, new double[] {0, 5, 866, 870, 860}, 1000);
        assertThat(bins).containsExactly(new HexBinning.Bin(0, 0, 2), new HexBinning.Bin(1, 0, 3));
    }
}
