-- The outlines of hexagon cells (i, j) with edge :size metres in the metric CRS :srid, as ST_HexagonGrid lays them
-- out: GeoJSON in WGS 84 and WKB in the metric CRS, in the order of :is/:js.
SELECT ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_Hexagon(CAST(:size AS float8), c.i, c.j), CAST(:srid AS integer)), 4326), 6) AS geojson,
       encode(ST_AsBinary(ST_Hexagon(CAST(:size AS float8), c.i, c.j)), 'hex') AS wkb
FROM unnest(CAST(:is AS integer[]), CAST(:js AS integer[])) WITH ORDINALITY AS c(i, j, n)
ORDER BY c.n
