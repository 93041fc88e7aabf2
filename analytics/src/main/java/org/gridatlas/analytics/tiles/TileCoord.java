package org.gridatlas.analytics.tiles;

/** A tile address in the Web Mercator (EPSG:3857) XYZ scheme; construction refuses addresses outside the pyramid. */
public record TileCoord(int z, int x, int y) {

    public static final int MAX_ZOOM = 22;

    public TileCoord {
        if (z < 0 || z > MAX_ZOOM) {
            throw new IllegalArgumentException("zoom z=" + z + " is outside 0.." + MAX_ZOOM);
        }
        long n = 1L << z;
        if (x < 0 || x >= n) {
            throw new IllegalArgumentException("x=" + x + " is outside 0.." + (n - 1) + " at zoom " + z);
        }
        if (y < 0 || y >= n) {
            throw new IllegalArgumentException("y=" + y + " is outside 0.." + (n - 1) + " at zoom " + z);
        }
    }

    /** Width of this tile on the ground, in Web Mercator metres. */
    public double widthMetres() {
        return 2 * 20037508.342789244 / (1L << z);
    }
}
