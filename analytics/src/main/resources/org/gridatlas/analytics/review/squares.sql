-- Square raster cells (lower-left corners :xs, :ys, side :cell metres in :srid) as GeoJSON in WGS 84, in order.
SELECT ST_AsGeoJSON(ST_Transform(ST_MakeEnvelope(c.x, c.y, c.x + CAST(:cell AS float8), c.y + CAST(:cell AS float8),
                                                 CAST(:srid AS integer)), 4326), 6) AS geojson
FROM unnest(CAST(:xs AS float8[]), CAST(:ys AS float8[])) WITH ORDINALITY AS c(x, y, n)
ORDER BY c.n
