package org.gridatlas.data.assignment.service;

/** Great-circle metres between two WGS 84 points (haversine); NaN coordinates (no location) give infinity. */
final class Metres {

    private static final double R = 6_371_008.8;

    private Metres() {
    }

    static double between(double lon1, double lat1, double lon2, double lat2) {
        if (Double.isNaN(lon1) || Double.isNaN(lat1) || Double.isNaN(lon2) || Double.isNaN(lat2)) {
            return Double.POSITIVE_INFINITY;
        }
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * R * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    static double orNaN(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }
}
