package org.gridatlas.analytics.review;

import org.locationtech.jts.geom.Geometry;

/** One non-empty hexagon bin: grid indexes, count of points, outline as GeoJSON (WGS 84) and in the metric CRS. */
public record HexCell(long i, long j, long count, String geoJson, Geometry metric) {
}
