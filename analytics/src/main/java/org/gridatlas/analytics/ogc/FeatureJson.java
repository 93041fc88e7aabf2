package org.gridatlas.analytics.ogc;

/** One feature's GeoJSON parts, each built in SQL: the id, the geometry and the properties object. */
public record FeatureJson(String idJson, String geometryJson, String propertiesJson) {
}
