-- Visits of one agent below the raw zoom (the pre-counted cells of V040 do not split by agent): counted in square
-- cells of :cell Web Mercator metres, aligned on the tile, one point per cell at the mean position of its points.
WITH b AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env, ST_Transform(ST_TileEnvelope(:z, :x, :y), 4326) AS env4326),
pt AS (
    SELECT ST_X(v.location) * 20037508.342789244 / 180 AS mx,
           ln(tan(radians(45 + ST_Y(v.location) / 2))) * 6378137 AS my
    FROM visit v, b
    WHERE v.location && b.env4326
      AND starts_with(v.village_code, :area)
      AND v.visited_at >= :from AND v.visited_at < :to
      AND (CAST(:agent AS bigint) IS NULL OR v.agent_id = :agent)
),
c AS (
    SELECT count(*) AS n, avg(pt.mx) AS mx, avg(pt.my) AS my
    FROM pt, b
    GROUP BY floor((pt.mx - ST_XMin(b.env)) / :cell), floor((pt.my - ST_YMin(b.env)) / :cell)
)
SELECT ST_AsMVT(t, 'visits', 4096, 'geom')
FROM (
    SELECT c.n AS count, ST_AsMVTGeom(ST_SetSRID(ST_MakePoint(c.mx, c.my), 3857), b.env, 4096, 64, true) AS geom
    FROM c, b
) t
WHERE t.geom IS NOT NULL
