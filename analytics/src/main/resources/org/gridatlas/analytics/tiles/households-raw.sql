-- Households at street zoom, one feature each; no personal data leaves the database here.
-- A tile holding more than :maxFeatures points (a dense town centre) is answered with counts in cells of :cell
-- metres instead, so that no tile grows past the size budget; both branches read the points once.
WITH b AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env, ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => 0.02), 4326) AS env4326),
pts AS MATERIALIZED (
    SELECT h.id, h.code, h.village_code, h.grid_area_id, h.size, h.must_visit,
           (h.low_income OR h.disabled OR h.elderly_alone) AS vulnerable, 1 AS count,
           ST_Transform(h.location, 3857) AS g
    FROM household h, b
    WHERE h.location && b.env4326
      AND starts_with(h.village_code, :area)
)
SELECT CASE WHEN (SELECT count(*) FROM pts) <= :maxFeatures THEN (
    SELECT ST_AsMVT(t, 'households', 4096, 'geom')
    FROM (
        SELECT pts.id, pts.code, pts.village_code, pts.grid_area_id, pts.size, pts.must_visit, pts.vulnerable, pts.count,
               ST_AsMVTGeom(pts.g, b.env, 4096, 64, true) AS geom
        FROM pts, b
    ) t
    WHERE t.geom IS NOT NULL
) ELSE (
    SELECT ST_AsMVT(t, 'households', 4096, 'geom')
    FROM (
        SELECT cells.n AS count, ST_AsMVTGeom(cells.g, b.env, 4096, 64, true) AS geom
        FROM (
            SELECT count(*) AS n, ST_Centroid(ST_Collect(pts.g)) AS g
            FROM pts, b
            GROUP BY ST_SnapToGrid(pts.g, ST_XMin(b.env), ST_YMin(b.env), :cell, :cell)
        ) cells, b
    ) t
    WHERE t.geom IS NOT NULL
) END
