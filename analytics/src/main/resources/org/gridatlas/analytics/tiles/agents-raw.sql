-- Agents (代办员) at street zoom, one feature at each active agent's home; households counts their current
-- liaisons' current households. No name, ID number or phone leaves the database here.
-- A tile holding more than :maxFeatures points (a dense town centre) is answered with counts in cells of :cell
-- metres instead, so that no tile grows past the size budget; both branches read the points once.
WITH b AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env, ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => 0.02), 4326) AS env4326),
pts AS MATERIALIZED (
    SELECT p.id, p.code, p.level, p.division_code, p.grid_area_id,
           (SELECT count(*)
              FROM agent_link a
              JOIN liaison_link l ON l.liaison_id = a.liaison_id AND l.valid_to IS NULL
             WHERE a.agent_id = p.id AND a.valid_to IS NULL) AS households,
           ST_Transform(p.home, 3857) AS g
    FROM person p, b
    WHERE p.home && b.env4326
      AND p.role = 'AGENT' AND p.active
      AND starts_with(p.division_code, :area)
      AND (CAST(:agent AS bigint) IS NULL OR p.id = :agent)
)
SELECT CASE WHEN (SELECT count(*) FROM pts) <= :maxFeatures THEN (
    SELECT ST_AsMVT(t, 'agents', 4096, 'geom')
    FROM (
        SELECT pts.id, pts.code, pts.level, pts.division_code, pts.grid_area_id, pts.households,
               ST_AsMVTGeom(pts.g, b.env, 4096, 64, true) AS geom
        FROM pts, b
    ) t
    WHERE t.geom IS NOT NULL
) ELSE (
    SELECT ST_AsMVT(t, 'agents', 4096, 'geom')
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
