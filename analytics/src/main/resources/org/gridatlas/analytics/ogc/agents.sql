-- No name, ID number or phone.
SELECT p.id, p.home AS geom, CAST(NULL AS timestamptz) AS t,
       json_build_object('code', p.code, 'level', p.level, 'division_code', p.division_code,
                         'grid_area_id', p.grid_area_id,
                         'households', (SELECT count(*) FROM household h WHERE h.agent_id = p.id)) AS props
FROM person p
WHERE p.role = 'AGENT' AND p.active AND p.home IS NOT NULL
