-- Hexagon bins (edge :size metres, PostGIS ST_HexagonGrid in the metric CRS :srid) of one metric's points: each
-- point falls in exactly one cell (the first by i, j when it lies on an edge); only non-empty cells come back.
WITH pts AS (
/*POINTS*/
)
SELECT c.i, c.j, count(*) AS n,
       ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_Hexagon(CAST(:size AS float8), c.i, c.j), CAST(:srid AS integer)), 4326), 6) AS geojson,
       encode(ST_AsBinary(ST_Hexagon(CAST(:size AS float8), c.i, c.j)), 'hex') AS wkb
FROM pts
CROSS JOIN LATERAL (SELECT h.i, h.j FROM ST_HexagonGrid(CAST(:size AS float8), pts.p) h
                    WHERE ST_Intersects(h.geom, pts.p) ORDER BY h.i, h.j LIMIT 1) c
WHERE pts.p IS NOT NULL
GROUP BY c.i, c.j
ORDER BY c.i, c.j
