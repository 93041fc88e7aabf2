-- Agents (代办员) at street zoom, one feature at each active agent's home; households counts their current
-- liaisons' current households (household.agent_id, kept from the links by V070's triggers: one index probe per
-- agent; joining the link tables here chose a hash join over all links per agent, 10 s a z14 tile).
-- No name, ID number or phone leaves the database here.
-- The points (pts: attributes and geom, already in tile space) are turned into the tile by raw-tail.sql, which
-- answers counts in cells instead when the tile holds more than :maxFeatures points.
WITH b AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env, ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => 0.02), 4326) AS env4326),
pts AS MATERIALIZED (
    SELECT p.id, p.code, p.level, p.division_code, p.grid_area_id,
           (SELECT count(*) FROM household h WHERE h.agent_id = p.id) AS households,
           ST_AsMVTGeom(ST_Transform(p.home, 3857), b.env, 4096, 64, true) AS geom
    FROM person p, b
    WHERE p.home && b.env4326
      AND p.role = 'AGENT' AND p.active
      AND starts_with(p.division_code, :area)
      AND (CAST(:agent AS bigint) IS NULL OR p.id = :agent)
)
