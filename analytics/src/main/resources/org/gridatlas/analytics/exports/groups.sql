SELECT g.code, g.name, g.village_code AS village, a.code AS grid_code, ST_AsBinary(g.boundary) AS geom
FROM village_group g
JOIN grid_area a ON a.id = g.grid_area_id
WHERE g.village_code LIKE :area
  AND (:nopoly OR ST_Intersects(g.boundary, ST_GeomFromText(:poly, 4326)))
ORDER BY 1
