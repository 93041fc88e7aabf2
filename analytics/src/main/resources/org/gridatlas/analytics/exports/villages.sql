SELECT d.code, d.name, d.parent_code AS parent, d.area_km2, ST_AsBinary(d.boundary) AS geom
FROM division d
WHERE d.level = 'VILLAGE' AND d.code LIKE :area
  AND (:nopoly OR ST_Intersects(d.boundary, ST_GeomFromText(:poly, 4326)))
ORDER BY 1
