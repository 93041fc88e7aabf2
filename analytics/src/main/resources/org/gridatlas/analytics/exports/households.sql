-- head_name, id_number and phone are masked in Java unless the export reveals them (audited).
SELECT h.code, h.village_code AS village, a.code AS grid_code, g.code AS group_code, h.address, h.size,
       h.head_name, h.id_number, h.phone, h.low_income, h.disabled, h.elderly_alone AS elderly,
       h.petitioner, h.veteran_party_member AS veteran, h.must_visit, ST_AsBinary(h.location) AS geom
FROM household h
LEFT JOIN grid_area a ON a.id = h.grid_area_id
LEFT JOIN village_group g ON g.id = h.group_id
WHERE h.village_code LIKE :area
  AND (:nopoly OR ST_Intersects(h.location, ST_GeomFromText(:poly, 4326)))
ORDER BY 1
