SELECT s.id, s.kind, s.name, s.division_code AS division, a.code AS grid_code, ST_AsBinary(s.location) AS geom
FROM service_post s
LEFT JOIN grid_area a ON a.id = s.grid_area_id
WHERE s.division_code LIKE :area
  AND (:nopoly OR ST_Intersects(s.location, ST_GeomFromText(:poly, 4326)))
ORDER BY 1
