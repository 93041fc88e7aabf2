-- name, id_number and phone are masked in Java unless the export reveals them (audited).
SELECT p.code, p.level, p.division_code AS division, a.code AS grid_code, p.name, p.id_number, p.phone,
       p.party_member AS party_mem,
       (SELECT count(*)
          FROM agent_link k
          JOIN liaison_link l ON l.liaison_id = k.liaison_id AND l.valid_to IS NULL
         WHERE k.agent_id = p.id AND k.valid_to IS NULL) AS households,
       ST_AsBinary(p.home) AS geom
FROM person p
LEFT JOIN grid_area a ON a.id = p.grid_area_id
WHERE p.role = 'AGENT' AND p.active AND p.division_code LIKE :area
  AND (:nopoly OR ST_Intersects(p.home, ST_GeomFromText(:poly, 4326)))
ORDER BY 1
