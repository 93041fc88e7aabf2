-- No personal data: no head name, ID number, phone or address.
SELECT h.id, h.location AS geom, CAST(NULL AS timestamptz) AS t,
       json_build_object('code', h.code, 'village_code', h.village_code, 'size', h.size,
                         'must_visit', h.must_visit) AS props
FROM household h
WHERE h.location IS NOT NULL
