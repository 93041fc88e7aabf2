-- Column names are at most 10 characters (the Shapefile DBF limit) and the same in every format.
SELECT d.code, d.name, d.parent_code AS parent, d.area_km2, ST_AsBinary(d.boundary) AS geom
FROM division d
WHERE d.level = 'TOWN' AND d.code LIKE :area
  AND (:nopoly OR ST_Intersects(d.boundary, ST_GeomFromText(:poly, 4326)))
ORDER BY 1
