package org.gridatlas.analytics.assignment;

/**
 * Equirectangular projection around an area's centroid: x = R·cos(φ₀)·Δλ, y = R·Δφ, in metres. Within a grid
 * area or village (a few kilometres) the error against a Gauss–Krüger CGCS2000 zone is well below 0.1 %, and it
 * needs no zone choice. Distances are straight lines ("walking distance" as the crow flies).
 */
public record LocalMetres(double lon0, double lat0, double cosLat0) {

    private static final double R = 6_371_008.8;

    public static LocalMetres around(double[] lons, double[] lats) {
        double lon = 0;
        double lat = 0;
        for (int i = 0; i < lons.length; i++) {
            lon += lons[i];
            lat += lats[i];
        }
        int n = Math.max(1, lons.length);
        return new LocalMetres(lon / n, lat / n, Math.cos(Math.toRadians(lat / n)));
    }

    public double x(double lon) {
        return R * cosLat0 * Math.toRadians(lon - lon0);
    }

    public double y(double lat) {
        return R * Math.toRadians(lat - lat0);
    }
}
