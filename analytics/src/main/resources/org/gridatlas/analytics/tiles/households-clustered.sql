-- Households below the raw zoom, from V040's pre-counted cells: the level-:lvl cells inside the tile
-- (:cx0 <= cx < :cx1, :cy0 <= cy < :cy1) are merged into the tile's 48 x 48 cells (cx >> :shift), each placed at
-- the mean position of its households. Row-level security and the area filter apply per village as on households.
-- A narrowed user (an agent, a grid supervisor: V070) may not read cells (V090); their own households are counted
-- from the points, in square cells of :cell Web Mercator metres aligned on the tile (the second branch, which
-- runs only for them).
WITH b AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env, ST_Transform(ST_TileEnvelope(:z, :x, :y), 4326) AS env4326),
own AS (
    SELECT ST_X(h.location) * 20037508.342789244 / 180 AS mx, ln(tan(radians(45 + ST_Y(h.location) / 2))) * 6378137 AS my
    FROM household h, b
    WHERE (SELECT ga_narrowed()) AND h.location && b.env4326 AND starts_with(h.village_code, :area)
),
c AS (
    SELECT sum(n) AS n, sum(sx) / sum(n) AS mx, sum(sy) / sum(n) AS my
    FROM household_cell
    WHERE lvl = :lvl AND cx >= :cx0 AND cx < :cx1 AND cy >= :cy0 AND cy < :cy1
      AND starts_with(village_code, :area)
    GROUP BY cx >> :shift, cy >> :shift
    HAVING sum(n) > 0
    UNION ALL
    SELECT count(*), avg(own.mx), avg(own.my)
    FROM own, b
    GROUP BY floor((own.mx - ST_XMin(b.env)) / :cell), floor((own.my - ST_YMin(b.env)) / :cell)
)
SELECT ST_AsMVT(t, 'households', 4096, 'geom')
FROM (
    SELECT c.n AS count, ST_AsMVTGeom(ST_SetSRID(ST_MakePoint(c.mx, c.my), 3857), ST_TileEnvelope(:z, :x, :y), 4096, 64, true) AS geom
    FROM c
) t
WHERE t.geom IS NOT NULL
