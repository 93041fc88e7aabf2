package org.gridatlas.analytics.review;

import org.locationtech.jts.geom.Geometry;

/** One kernel-density raster cell: density in points per km², the square as GeoJSON (WGS 84) and in metres. */
public record DensityCell(double perKm2, String geoJson, Geometry metric) {
}
