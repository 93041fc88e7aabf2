-- Service posts (代办窗口/站/点) at street zoom, one feature each.
-- The points (pts: attributes and geom, already in tile space) are turned into the tile by raw-tail.sql, which
-- answers counts in cells instead when the tile holds more than :maxFeatures points.
WITH b AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env, ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => 0.02), 4326) AS env4326),
pts AS MATERIALIZED (
    SELECT s.id, s.kind, s.name, s.division_code,
           ST_AsMVTGeom(ST_Transform(s.location, 3857), b.env, 4096, 64, true) AS geom
    FROM service_post s, b
    WHERE s.location && b.env4326
      AND starts_with(s.division_code, :area)
)
