package org.gridatlas.analytics.base;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/** Hex EWKB to and from JTS, the wire format of PostGIS geometry values. */
public final class Ewkb {

    private Ewkb() {
    }

    public static Geometry read(String hex) {
        try {
            return new WKBReader().read(WKBReader.hexToBytes(hex));
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a hex EWKB geometry", e);
        }
    }

    public static String write(Geometry geometry) {
        WKBWriter writer = new WKBWriter(2, geometry.getSRID() != 0);
        return WKBWriter.toHex(writer.write(geometry));
    }
}
