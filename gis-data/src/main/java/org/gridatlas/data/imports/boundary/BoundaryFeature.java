package org.gridatlas.data.imports.boundary;

import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/** One feature read from a boundary file: its position (1-based), attributes by field name and geometry (or null). */
public record BoundaryFeature(int number, Map<String, Object> attributes, Geometry geometry) {

    public String text(String field) {
        Object v = attributes.get(field);
        return v == null ? null : v.toString().strip();
    }
}
