-- Service posts (代办窗口/站/点) at street zoom, one feature each.
-- A tile holding more than :maxFeatures points (a dense town centre) is answered with counts in cells of :cell
-- metres instead, so that no tile grows past the size budget; both branches read the points once.
WITH b AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env, ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => 0.02), 4326) AS env4326),
pts AS MATERIALIZED (
    SELECT s.id, s.kind, s.name, s.division_code,
           ST_Transform(s.location, 3857) AS g
    FROM service_post s, b
    WHERE s.location && b.env4326
      AND starts_with(s.division_code, :area)
)
SELECT CASE WHEN (SELECT count(*) FROM pts) <= :maxFeatures THEN (
    SELECT ST_AsMVT(t, 'posts', 4096, 'geom')
    FROM (
        SELECT pts.id, pts.kind, pts.name, pts.division_code,
               ST_AsMVTGeom(pts.g, b.env, 4096, 64, true) AS geom
        FROM pts, b
    ) t
    WHERE t.geom IS NOT NULL
) ELSE (
    SELECT ST_AsMVT(t, 'posts', 4096, 'geom')
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
