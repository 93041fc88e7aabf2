-- Visits (走访) at street zoom, one feature each; the note (free text) never leaves the database here.
-- A tile holding more than :maxFeatures points (a dense town centre) is answered with counts in cells of :cell
-- metres instead, so that no tile grows past the size budget; both branches read the points once.
WITH b AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env, ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => 0.02), 4326) AS env4326),
pts AS MATERIALIZED (
    SELECT v.id, v.agent_id, v.household_id, extract(epoch FROM v.visited_at)::bigint AS visited_at,
           ST_Transform(v.location, 3857) AS g
    FROM visit v, b
    WHERE v.location && b.env4326
      AND starts_with(v.village_code, :area)
      AND v.visited_at >= :from AND v.visited_at < :to
      AND (CAST(:agent AS bigint) IS NULL OR v.agent_id = :agent)
)
SELECT CASE WHEN (SELECT count(*) FROM pts) <= :maxFeatures THEN (
    SELECT ST_AsMVT(t, 'visits', 4096, 'geom')
    FROM (
        SELECT pts.id, pts.agent_id, pts.household_id, pts.visited_at,
               ST_AsMVTGeom(pts.g, b.env, 4096, 64, true) AS geom
        FROM pts, b
    ) t
    WHERE t.geom IS NOT NULL
) ELSE (
    SELECT ST_AsMVT(t, 'visits', 4096, 'geom')
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
