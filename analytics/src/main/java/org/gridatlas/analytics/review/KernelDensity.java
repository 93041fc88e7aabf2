package org.gridatlas.analytics.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Kernel density on a square raster, quartic (biweight) kernel as in QGIS's heatmap:
 * K(d) = 3 / (π r²) · (1 − d²/r²)² for d < r, 0 beyond; the density at a cell's centre is the sum over points, in
 * points per m², reported per km² (× 10⁶). The kernel integrates to 1, so the cells' density × cell area sums to the
 * number of points (less the part of each kernel that falls outside the grid, none here: the grid covers every kernel).
 * Coordinates are metres in one metric CRS; cells are aligned to multiples of the cell size.
 */
public final class KernelDensity {

    /** A raster cell: its lower-left corner in metres and its density in points per km². */
    public record Cell(double x, double y, double perKm2) {
    }

    private KernelDensity() {
    }

    public static List<Cell> estimate(double[] xs, double[] ys, double radius, double cellSize) {
        if (radius <= 0 || cellSize <= 0 || cellSize > radius) {
            throw new IllegalArgumentException("density: radius " + radius + " m and cell " + cellSize
                    + " m must be positive with cell <= radius");
        }
        double norm = 3 / (Math.PI * radius * radius) * 1e6;
        double r2 = radius * radius;
        int reach = (int) Math.ceil(radius / cellSize) + 1;
        Map<Long, double[]> cells = new HashMap<>();
        for (int p = 0; p < xs.length; p++) {
            long ci = (long) Math.floor(xs[p] / cellSize);
            long cj = (long) Math.floor(ys[p] / cellSize);
            for (long i = ci - reach; i <= ci + reach; i++) {
                double dx = (i + 0.5) * cellSize - xs[p];
                for (long j = cj - reach; j <= cj + reach; j++) {
                    double dy = (j + 0.5) * cellSize - ys[p];
                    double d2 = dx * dx + dy * dy;
                    if (d2 < r2) {
                        double u = 1 - d2 / r2;
                        cells.computeIfAbsent(key(i, j), k -> new double[1])[0] += norm * u * u;
                    }
                }
            }
        }
        List<Cell> out = new ArrayList<>(cells.size());
        cells.forEach((k, v) -> out.add(new Cell((k >> 32) * cellSize, ((int) (long) k) * cellSize, v[0])));
        out.sort((a, b) -> a.x() != b.x() ? Double.compare(a.x(), b.x()) : Double.compare(a.y(), b.y()));
        return out;
    }

    private static long key(long i, long j) {
        return (i << 32) | (j & 0xffffffffL);
    }
}
