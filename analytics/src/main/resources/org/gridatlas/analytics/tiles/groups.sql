WITH b AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env, ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => 0.02), 4326) AS env4326)
SELECT ST_AsMVT(t, 'groups', 4096, 'geom')
FROM (
    SELECT g.id, g.code, g.name, g.grid_area_id,
           ST_AsMVTGeom(ST_Transform(g.boundary, 3857), b.env, 4096, 64, true) AS geom
    FROM village_group g, b
    WHERE g.boundary && b.env4326
      AND starts_with(g.code, :area)
) t
WHERE t.geom IS NOT NULL
