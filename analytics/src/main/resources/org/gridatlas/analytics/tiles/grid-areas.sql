-- Grid areas with id, code, name and village code. Below z9 a tile spans a whole city's grid areas (15,000 in the
-- Suzhou-scale data: 963 KB at z8 with names and codes, 361 KB with ids only), and the map draws grid areas only
-- from z11, so z8 and below carry the id alone; from z9 (at most 313 KB there) every attribute.
WITH b AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env, ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => 0.02), 4326) AS env4326)
SELECT ST_AsMVT(t, 'grid-areas', 4096, 'geom')
FROM (
    SELECT g.id,
           CASE WHEN :z >= 9 THEN g.code END         AS code,
           CASE WHEN :z >= 9 THEN g.name END         AS name,
           CASE WHEN :z >= 9 THEN g.village_code END AS village_code,
           ST_AsMVTGeom(ST_Transform(g.boundary, 3857), b.env, 4096, 64, true) AS geom
    FROM grid_area g, b
    WHERE g.boundary && b.env4326
      AND starts_with(g.code, :area)
) t
WHERE t.geom IS NOT NULL
