package org.gridatlas.analytics.review;

/** One kernel-density raster cell: density in points per km² and the square as GeoJSON (WGS 84). */
public record DensityCell(double perKm2, String geoJson) {
}
