package org.gridatlas.webapp;

/** Slippy-map tile arithmetic for tests. */
final class Tiles {

    private Tiles() {
    }

    static int[] containing(double lon, double lat, int z) {
        double n = 1 << z;
        int x = (int) Math.floor((lon + 180) / 360 * n);
        double rad = Math.toRadians(lat);
        int y = (int) Math.floor((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2 * n);
        return new int[] {x, y};
    }
}
