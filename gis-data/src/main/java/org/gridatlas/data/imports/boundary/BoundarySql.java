package org.gridatlas.data.imports.boundary;

/**
 * The PostGIS side of a boundary import, over the temporary table boundary_import (n, code, name, parent, geom).
 * Stored polygons have counter-clockwise outer rings (RFC 7946), whatever the file's order (Shapefiles are clockwise).
 * Tolerances: a feature may lie up to 1 % of its area outside its parent and overlap a sibling by up to 1 % of
 * the smaller one (shared edges digitised twice never match exactly).
 */
final class BoundarySql {

    static final String INVALID = """
            SELECT n, ST_IsValidReason(geom),
                   100 * abs(r - o) / greatest(r, 1e-9), code, abs(r - o)
            FROM (SELECT n, code, geom, ST_Area(geom::geography) AS o,
                         ST_Area(ST_CollectionExtract(ST_MakeValid(geom), 3)::geography) AS r
                  FROM boundary_import WHERE NOT ST_IsValid(geom)) x
            ORDER BY n""";

    static final String REPAIR = """
            UPDATE boundary_import SET geom = ST_Multi(ST_CollectionExtract(ST_MakeValid(geom), 3)) WHERE NOT ST_IsValid(geom)""";

    /** The most features drawn on the preview map. */
    static final int MAP_LIMIT = 5000;

    static final String MAP = """
            SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
                       'type', 'Feature', 'geometry', ST_AsGeoJSON(geom, 7)::json,
                       'properties', json_build_object('agent', code || ' ' || coalesce(name, ''), 'color', '#d9480f'))), '[]'::json))::text
            FROM (SELECT * FROM boundary_import ORDER BY n LIMIT %d) b""".formatted(MAP_LIMIT);

    private BoundarySql() {
    }

    /** Parent rows as (code, boundary). */
    private static String parents(BoundaryLevel level) {
        return switch (level) {
            case TOWN -> "SELECT code, boundary FROM division WHERE level = 'COUNTY'";
            case VILLAGE -> "SELECT code, boundary FROM division WHERE level = 'TOWN'";
            case GRID_AREA -> "SELECT code, boundary FROM division WHERE level = 'VILLAGE'";
            case GROUP -> "SELECT code, boundary FROM grid_area";
        };
    }

    /** Existing rows of the level as (code, parent, boundary). */
    private static String siblings(BoundaryLevel level) {
        return switch (level) {
            case TOWN -> "SELECT code, parent_code AS parent, boundary FROM division WHERE level = 'TOWN'";
            case VILLAGE -> "SELECT code, parent_code AS parent, boundary FROM division WHERE level = 'VILLAGE'";
            case GRID_AREA -> "SELECT code, village_code AS parent, boundary FROM grid_area";
            case GROUP -> "SELECT g.code, a.code AS parent, g.boundary FROM village_group g JOIN grid_area a ON a.id = g.grid_area_id";
        };
    }

    static String existing(BoundaryLevel level) {
        String table = switch (level) {
            case TOWN, VILLAGE -> "division";
            case GRID_AREA -> "grid_area";
            case GROUP -> "village_group";
        };
        // a code taken outside the user's area is hidden by row-level security; the unique index then refuses the insert
        return "SELECT b.n, b.code FROM boundary_import b WHERE EXISTS (SELECT 1 FROM " + table
                + " t WHERE t.code = b.code) ORDER BY b.n";
    }

    static String unknownParent(BoundaryLevel level) {
        return "SELECT b.n, b.parent FROM boundary_import b WHERE NOT EXISTS (SELECT 1 FROM (" + parents(level)
                + ") p WHERE p.code = b.parent) ORDER BY b.n";
    }

    static String outsideParent(BoundaryLevel level) {
        return "SELECT n, parent, pct FROM (SELECT b.n, b.parent, 100 * ST_Area(ST_Difference(b.geom, p.boundary)) / "
                + "greatest(ST_Area(b.geom), 1e-18) AS pct FROM boundary_import b JOIN (" + parents(level)
                + ") p ON p.code = b.parent WHERE p.boundary IS NOT NULL) x WHERE pct > 1 ORDER BY n";
    }

    static String overlaps(BoundaryLevel level) {
        return "WITH s AS (SELECT b.n, b.code, b.parent, b.geom FROM boundary_import b "
                + "UNION ALL SELECT NULL, e.code, e.parent, e.boundary FROM (" + siblings(level) + ") e) "
                + "SELECT a.n, o.code, 100 * ST_Area(ST_Intersection(a.geom, o.geom)) / least(ST_Area(a.geom), ST_Area(o.geom)) AS pct "
                + "FROM boundary_import a JOIN s o ON o.parent = a.parent AND o.code <> a.code AND a.geom && o.geom "
                + "AND ST_Intersects(a.geom, o.geom) "
                + "WHERE 100 * ST_Area(ST_Intersection(a.geom, o.geom)) / greatest(least(ST_Area(a.geom), ST_Area(o.geom)), 1e-18) > 1 "
                + "ORDER BY a.n";
    }

    static String insert(BoundaryLevel level) {
        return switch (level) {
            case TOWN, VILLAGE -> "INSERT INTO division (code, level, parent_code, county_code, name, boundary, area_km2) "
                    + "SELECT code, '" + (level == BoundaryLevel.TOWN ? "TOWN" : "VILLAGE") + "', parent, left(code, 6), name, "
                    + "ST_ForcePolygonCCW(ST_Multi(geom)), round((ST_Area(geom::geography) / 1e6)::numeric, 4) FROM boundary_import ORDER BY n";
            case GRID_AREA -> "INSERT INTO grid_area (code, name, county_code, village_code, boundary) "
                    + "SELECT code, name, left(code, 6), parent, ST_ForcePolygonCCW(ST_Multi(geom)) FROM boundary_import ORDER BY n";
            case GROUP -> "INSERT INTO village_group (code, name, county_code, village_code, grid_area_id, boundary) "
                    + "SELECT b.code, b.name, a.county_code, a.village_code, a.id, ST_ForcePolygonCCW(ST_Multi(b.geom)) "
                    + "FROM boundary_import b JOIN grid_area a ON a.code = b.parent ORDER BY b.n";
        };
    }
}
