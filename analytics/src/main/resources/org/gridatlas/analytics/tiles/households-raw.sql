-- Households at street zoom, one feature each; no personal data leaves the database here.
-- The points (pts: attributes and geom, already in tile space) are turned into the tile by raw-tail.sql, which
-- answers counts in cells instead when the tile holds more than :maxFeatures points.
WITH b AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env, ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => 0.02), 4326) AS env4326),
pts AS MATERIALIZED (
    SELECT h.id, h.code, h.village_code, h.grid_area_id, h.size, h.must_visit,
           (h.low_income OR h.disabled OR h.elderly_alone) AS vulnerable, 1 AS count,
           ST_AsMVTGeom(ST_Transform(h.location, 3857), b.env, 4096, 64, true) AS geom
    FROM household h, b
    WHERE h.location && b.env4326
      AND starts_with(h.village_code, :area)
)
