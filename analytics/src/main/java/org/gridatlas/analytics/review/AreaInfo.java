package org.gridatlas.analytics.review;

import org.locationtech.jts.geom.Geometry;

/** A review area: its metric CRS (EPSG code), name, level, WGS 84 extent, outline in the metric CRS and in GeoJSON. */
public record AreaInfo(String code, int srid, String name, String level, double xmin, double ymin, double xmax,
        double ymax, Geometry outline, String outlineGeoJson) {
}
