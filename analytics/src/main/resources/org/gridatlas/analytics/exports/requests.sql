-- No description (free text that may name people).
SELECT r.code, r.village_code AS village, r.status, r.case_type, i.category, i.item, r.channel,
       r.created_at AS created, r.deadline, r.closed_at AS closed, ST_AsBinary(r.location) AS geom
FROM service_request r
JOIN request_item i ON i.id = r.item_id
WHERE r.village_code LIKE :area
  AND (:nopoly OR ST_Intersects(r.location, ST_GeomFromText(:poly, 4326)))
ORDER BY 1
