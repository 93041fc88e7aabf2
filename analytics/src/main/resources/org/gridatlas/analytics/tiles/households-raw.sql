-- Households at street zoom, one feature each; no personal data leaves the database here.
-- The points (pts: attributes and geom, already in tile space) are turned into the tile by raw-tail.sql, which
-- answers counts in cells instead when the tile holds more than :maxFeatures points. A dense z13 tile (a town centre:
-- up to 20,000 households, 450 ms to read them all) reads V040's level-12 cells instead (households-dense.sql), after
-- counting at most :maxFeatures + 1 households; a narrowed user, who may not read cells (V090), keeps the points.
WITH b AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env, ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => 0.02), 4326) AS env4326),
pts AS MATERIALIZED (
    SELECT h.id, h.code, h.village_code, h.grid_area_id, h.size, h.must_visit,
           (h.low_income OR h.disabled OR h.elderly_alone) AS vulnerable, 1 AS count,
           ST_AsMVTGeom(ST_Transform(h.location, 3857), b.env, 4096, 64, true) AS geom
    FROM household h, b
    WHERE h.location && b.env4326
      AND starts_with(h.village_code, :area)
),
dense AS (
    SELECT :z = 13 AND NOT (SELECT ga_narrowed()) AND count(*) > :maxFeatures AS yes
    FROM (SELECT 1 FROM household h, b
          WHERE h.location && b.env4326 AND starts_with(h.village_code, :area) LIMIT :maxFeatures + 1) n
)
