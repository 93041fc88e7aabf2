-- Households below the raw zoom, from V040's pre-counted cells: the level-:lvl cells inside the tile
-- (:cx0 <= cx < :cx1, :cy0 <= cy < :cy1) are merged into the tile's 48 x 48 cells (cx >> :shift), each placed at
-- the mean position of its households. Row-level security and the area filter apply per village as on households.
WITH c AS (
    SELECT sum(n) AS n, sum(sx) / sum(n) AS mx, sum(sy) / sum(n) AS my
    FROM household_cell
    WHERE lvl = :lvl AND cx >= :cx0 AND cx < :cx1 AND cy >= :cy0 AND cy < :cy1
      AND starts_with(village_code, :area)
    GROUP BY cx >> :shift, cy >> :shift
    HAVING sum(n) > 0
)
SELECT ST_AsMVT(t, 'households', 4096, 'geom')
FROM (
    SELECT c.n AS count, ST_AsMVTGeom(ST_SetSRID(ST_MakePoint(c.mx, c.my), 3857), ST_TileEnvelope(:z, :x, :y), 4096, 64, true) AS geom
    FROM c
) t
WHERE t.geom IS NOT NULL
