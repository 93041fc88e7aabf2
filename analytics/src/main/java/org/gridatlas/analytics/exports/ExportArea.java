package org.gridatlas.analytics.exports;

import org.gridatlas.analytics.base.AreaCode;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;

/**
 * Where an export is taken: a division-code prefix and, optionally, a drawn polygon (WGS84 longitude/latitude);
 * a feature is exported when its code lies in the area and its geometry intersects the polygon.
 */
public record ExportArea(AreaCode code, String polygonWkt) {

    /** Parses the user's polygon (WKT POLYGON or MULTIPOLYGON in longitude/latitude); null or blank means none. */
    public static ExportArea of(String area, String polygon) {
        AreaCode code = AreaCode.of(area);
        if (polygon == null || polygon.isBlank()) {
            return new ExportArea(code, null);
        }
        Geometry g;
        try {
            g = new WKTReader().read(polygon.strip());
        } catch (ParseException e) {
            throw new IllegalArgumentException("polygon: not a WKT polygon (" + e.getMessage() + ")");
        }
        if (!(g instanceof Polygonal) || g.isEmpty()) {
            throw new IllegalArgumentException("polygon: expected POLYGON or MULTIPOLYGON, got " + g.getGeometryType());
        }
        var e = g.getEnvelopeInternal();
        if (e.getMinX() < -180 || e.getMaxX() > 180 || e.getMinY() < -90 || e.getMaxY() > 90) {
            throw new IllegalArgumentException("polygon: coordinates must be longitude/latitude in degrees (WGS84)");
        }
        if (!g.isValid()) {
            throw new IllegalArgumentException("polygon: the drawn polygon crosses itself");
        }
        return new ExportArea(code, new WKTWriter().write(g));
    }

    public boolean hasPolygon() {
        return polygonWkt != null;
    }
}
