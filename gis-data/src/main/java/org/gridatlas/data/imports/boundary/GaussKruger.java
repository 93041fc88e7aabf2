package org.gridatlas.data.imports.boundary;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The CGCS2000 Gauss-Krüger (transverse Mercator, scale 1) projected zones, EPSG:4491–4554, and their conversion to
 * CGCS2000 longitude/latitude (the USGS/Snyder series, millimetre-accurate within a zone). CGCS2000 longitude and
 * latitude differ from WGS84 by centimetres and are stored as they are.
 *
 * <ul>
 *   <li>4491–4501: 6° zones 13–23, false easting with the zone number (zone × 1,000,000 + 500,000);</li>
 *   <li>4502–4512: 6° zones by central meridian 75°E–135°E, false easting 500,000;</li>
 *   <li>4513–4533: 3° zones 25–45, false easting with the zone number;</li>
 *   <li>4534–4554: 3° zones by central meridian 75°E–135°E, false easting 500,000.</li>
 * </ul>
 */
public record GaussKruger(int epsg, double centralMeridian, double falseEasting) {

    static final double A = 6378137.0;
    static final double F = 1 / 298.257222101;
    private static final double E2 = F * (2 - F);
    private static final double EP2 = E2 / (1 - E2);

    /** The zone of an EPSG code, or null when the code is not a CGCS2000 Gauss-Krüger zone. */
    public static GaussKruger byEpsg(int epsg) {
        if (epsg >= 4491 && epsg <= 4501) {
            int zone = 13 + (epsg - 4491);
            return new GaussKruger(epsg, 6 * zone - 3, zone * 1_000_000.0 + 500_000);
        }
        if (epsg >= 4502 && epsg <= 4512) {
            return new GaussKruger(epsg, 75 + 6 * (epsg - 4502), 500_000);
        }
        if (epsg >= 4513 && epsg <= 4533) {
            int zone = 25 + (epsg - 4513);
            return new GaussKruger(epsg, 3 * zone, zone * 1_000_000.0 + 500_000);
        }
        if (epsg >= 4534 && epsg <= 4554) {
            return new GaussKruger(epsg, 75 + 3 * (epsg - 4534), 500_000);
        }
        return null;
    }

    private static final Pattern EPSG_AUTHORITY = Pattern.compile("AUTHORITY\\[\"EPSG\",\\s*\"?(\\d+)\"?\\]\\s*\\]\\s*$");

    /**
     * The zone a Shapefile's .prj (OGC or Esri WKT) declares, or null for longitude/latitude (GEOGCS). A PROJCS is
     * accepted when it is a CGCS2000 Gauss-Krüger / transverse Mercator projection with scale 1 and origin on the
     * equator (its central meridian and false easting are read from the parameters) or carries an EPSG code of
     * 4491–4554; any other projection is refused by name.
     */
    public static GaussKruger fromPrj(String file, String wkt) {
        String w = wkt == null ? "" : wkt.strip();
        if (!w.regionMatches(true, 0, "PROJCS", 0, 6)) {
            return null;
        }
        Matcher epsg = EPSG_AUTHORITY.matcher(w);
        if (epsg.find() && byEpsg(Integer.parseInt(epsg.group(1))) != null) {
            return byEpsg(Integer.parseInt(epsg.group(1)));
        }
        String upper = w.toUpperCase(Locale.ROOT);
        boolean cgcs2000 = upper.contains("2000") && (upper.contains("CGCS") || upper.contains("CHINA_GEODETIC")
                || upper.contains("CHINA GEODETIC") || upper.contains("CHINA_2000"));
        boolean transverseMercator = upper.contains("GAUSS") || upper.contains("TRANSVERSE_MERCATOR")
                || upper.contains("TRANSVERSE MERCATOR");
        Double cm = parameter(w, "central_meridian");
        Double fe = parameter(w, "false_easting");
        Double k = parameter(w, "scale_factor");
        Double lat0 = parameter(w, "latitude_of_origin");
        Double fn = parameter(w, "false_northing");
        if (cgcs2000 && transverseMercator && cm != null && fe != null && (k == null || k == 1)
                && (lat0 == null || lat0 == 0) && (fn == null || fn == 0)) {
            return new GaussKruger(0, cm, fe);
        }
        int end = w.indexOf('"', 8);
        String name = end > 8 ? w.substring(8, end) : w.substring(0, Math.min(w.length(), 40));
        throw new BoundaryFileException(file + "：.prj 声明的投影坐标系「" + name + "」不受支持，请用经纬度（WGS84/CGCS2000）"
                + "或 CGCS2000 高斯-克吕格投影 / unsupported projection");
    }

    private static Double parameter(String wkt, String name) {
        Matcher m = Pattern.compile("PARAMETER\\[\"" + name + "\",\\s*([-+0-9.eE]+)\\s*\\]", Pattern.CASE_INSENSITIVE).matcher(wkt);
        return m.find() ? Double.valueOf(m.group(1)) : null;
    }

    /**
     * Converts a geometry in this zone to longitude/latitude in place; refuses coordinates that cannot be in the zone
     * (degrees labelled as metres, another zone's false easting), naming {@code where}.
     */
    public Geometry unproject(Geometry g, String where) {
        if (g == null || g.isEmpty()) {
            return g;
        }
        Envelope e = g.getEnvelopeInternal();
        // China lies between latitudes 3° and 53.6°: northings of about 330 km to 5,950 km
        if (e.getMinX() < falseEasting - 1_000_000 || e.getMaxX() > falseEasting + 1_000_000
                || e.getMinY() < 300_000 || e.getMaxY() > 6_000_000) {
            throw new BoundaryFileException(String.format(Locale.ROOT, "%s：坐标（%.3f, %.3f）不在%s投影带的范围内"
                    + "（东坐标应在 %.0f 附近，单位米）/ coordinates outside the projected zone", where, e.getMinX(), e.getMinY(),
                    epsg > 0 ? " EPSG:" + epsg + " " : "中央经线 " + centralMeridian + "° 的", falseEasting));
        }
        g.apply((CoordinateFilter) c -> {
            double[] ll = toLonLat(c.x, c.y);
            c.x = ll[0];
            c.y = ll[1];
        });
        g.geometryChanged();
        return g;
    }

    /** Easting/northing in metres → {longitude, latitude} in degrees. */
    public double[] toLonLat(double easting, double northing) {
        double x = easting - falseEasting;
        double e4 = E2 * E2;
        double e6 = e4 * E2;
        double mu = northing / (A * (1 - E2 / 4 - 3 * e4 / 64 - 5 * e6 / 256));
        double s = Math.sqrt(1 - E2);
        double e1 = (1 - s) / (1 + s);
        double phi1 = mu + (3 * e1 / 2 - 27 * Math.pow(e1, 3) / 32) * Math.sin(2 * mu)
                + (21 * e1 * e1 / 16 - 55 * Math.pow(e1, 4) / 32) * Math.sin(4 * mu)
                + (151 * Math.pow(e1, 3) / 96) * Math.sin(6 * mu)
                + (1097 * Math.pow(e1, 4) / 512) * Math.sin(8 * mu);
        double sin = Math.sin(phi1);
        double cos = Math.cos(phi1);
        double tan = Math.tan(phi1);
        double c1 = EP2 * cos * cos;
        double t1 = tan * tan;
        double w = 1 - E2 * sin * sin;
        double n1 = A / Math.sqrt(w);
        double r1 = A * (1 - E2) / (w * Math.sqrt(w));
        double d = x / n1;
        double lat = phi1 - (n1 * tan / r1) * (d * d / 2
                - (5 + 3 * t1 + 10 * c1 - 4 * c1 * c1 - 9 * EP2) * Math.pow(d, 4) / 24
                + (61 + 90 * t1 + 298 * c1 + 45 * t1 * t1 - 252 * EP2 - 3 * c1 * c1) * Math.pow(d, 6) / 720);
        double lon = (d - (1 + 2 * t1 + c1) * Math.pow(d, 3) / 6
                + (5 - 2 * c1 + 28 * t1 - 3 * c1 * c1 + 8 * EP2 + 24 * t1 * t1) * Math.pow(d, 5) / 120) / cos;
        return new double[] {centralMeridian + Math.toDegrees(lon), Math.toDegrees(lat)};
    }

    /** {longitude, latitude} in degrees → {easting, northing} in metres (for tests and test files). */
    public double[] fromLonLat(double lonDeg, double latDeg) {
        double phi = Math.toRadians(latDeg);
        double e4 = E2 * E2;
        double e6 = e4 * E2;
        double sin = Math.sin(phi);
        double cos = Math.cos(phi);
        double tan = Math.tan(phi);
        double n = A / Math.sqrt(1 - E2 * sin * sin);
        double t = tan * tan;
        double c = EP2 * cos * cos;
        double a = Math.toRadians(lonDeg - centralMeridian) * cos;
        double m = A * ((1 - E2 / 4 - 3 * e4 / 64 - 5 * e6 / 256) * phi
                - (3 * E2 / 8 + 3 * e4 / 32 + 45 * e6 / 1024) * Math.sin(2 * phi)
                + (15 * e4 / 256 + 45 * e6 / 1024) * Math.sin(4 * phi)
                - (35 * e6 / 3072) * Math.sin(6 * phi));
        double x = n * (a + (1 - t + c) * Math.pow(a, 3) / 6 + (5 - 18 * t + t * t + 72 * c - 58 * EP2) * Math.pow(a, 5) / 120);
        double y = m + n * tan * (a * a / 2 + (5 - t + 9 * c + 4 * c * c) * Math.pow(a, 4) / 24
                + (61 - 58 * t + t * t + 600 * c - 330 * EP2) * Math.pow(a, 6) / 720);
        return new double[] {x + falseEasting, y};
    }
}
