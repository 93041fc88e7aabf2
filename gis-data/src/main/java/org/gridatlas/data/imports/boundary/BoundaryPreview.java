package org.gridatlas.data.imports.boundary;

import java.util.List;

import org.gridatlas.data.imports.ImportProblem;

/**
 * What a boundary import would do: features read, problems (row = feature number, 0 = the whole file) and repairs
 * (invalid geometries made valid, with the area change) and the features in WGS84 as GeoJSON for the preview map
 * (at most {@link BoundarySql#MAP_LIMIT}). Importable only without problems.
 */
public record BoundaryPreview(String fileName, BoundaryLevel level, String encoding, int features,
                              List<ImportProblem> problems, List<String> repairs, String mapGeoJson) {

    /** An empty FeatureCollection, for previews that never reached the map stage. */
    public static final String NO_MAP = "{\"type\":\"FeatureCollection\",\"features\":[]}";

    public boolean importable() {
        return problems.isEmpty() && features > 0;
    }
}
