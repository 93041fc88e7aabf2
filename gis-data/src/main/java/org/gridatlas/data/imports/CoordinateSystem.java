package org.gridatlas.data.imports;

/**
 * Coordinate systems households arrive in. GridAtlas stores WGS84; GCJ-02 (Amap, Tencent) and BD-09 (Baidu) are
 * converted on the way in; CGCS2000 geographic (EPSG:4490) differs from WGS84 by centimetres and is taken as is.
 */
public enum CoordinateSystem {
    WGS84("WGS84 (GPS)"),
    CGCS2000("CGCS2000 (EPSG:4490)"),
    GCJ02("GCJ-02 (高德/腾讯)"),
    BD09("BD-09 (百度)");

    private final String label;

    CoordinateSystem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Converts a WGS84 lon/lat into this system (for exports and test files): {lon, lat}. */
    public double[] fromWgs84(double lon, double lat) {
        return switch (this) {
            case WGS84, CGCS2000 -> new double[] {lon, lat};
            case GCJ02 -> ChinaCoordinates.wgs84ToGcj02(lon, lat);
            case BD09 -> {
                double[] gcj = ChinaCoordinates.wgs84ToGcj02(lon, lat);
                yield ChinaCoordinates.gcj02ToBd09(gcj[0], gcj[1]);
            }
        };
    }

    /** Converts a lon/lat in this system to WGS84: {lon, lat}. */
    public double[] toWgs84(double lon, double lat) {
        return switch (this) {
            case WGS84, CGCS2000 -> new double[] {lon, lat};
            case GCJ02 -> ChinaCoordinates.gcj02ToWgs84(lon, lat);
            case BD09 -> {
                double[] gcj = ChinaCoordinates.bd09ToGcj02(lon, lat);
                yield ChinaCoordinates.gcj02ToWgs84(gcj[0], gcj[1]);
            }
        };
    }
}
