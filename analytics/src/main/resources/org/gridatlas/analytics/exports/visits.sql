-- No note (free text that may name people).
SELECT v.id, v.village_code AS village, a.code AS agent, h.code AS household, v.visited_at AS visited,
       ST_AsBinary(v.location) AS geom
FROM visit v
LEFT JOIN person a ON a.id = v.agent_id
LEFT JOIN household h ON h.id = v.household_id
WHERE v.village_code LIKE :area
  AND (:nopoly OR ST_Intersects(v.location, ST_GeomFromText(:poly, 4326)))
ORDER BY 1
