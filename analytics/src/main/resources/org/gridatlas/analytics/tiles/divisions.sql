-- Town or village polygons of one tile (bbox filter first, then clip and quantise with ST_AsMVTGeom).
WITH b AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env, ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => 0.02), 4326) AS env4326)
SELECT ST_AsMVT(t, :layer, 4096, 'geom')
FROM (
    SELECT d.code, d.name, d.level,
           ST_AsMVTGeom(ST_Transform(d.boundary, 3857), b.env, 4096, 64, true) AS geom
    FROM division d, b
    WHERE d.level = :level
      AND d.boundary && b.env4326
      AND starts_with(d.code, :area)
) t
WHERE t.geom IS NOT NULL
