-- Names of an area's grid areas and of their villages (for the coverage-gap list).
SELECT CAST(ga.id AS text) AS key, ga.name, v.name AS village
FROM grid_area ga JOIN division v ON v.code = ga.village_code
WHERE ga.village_code LIKE :area || '%'
