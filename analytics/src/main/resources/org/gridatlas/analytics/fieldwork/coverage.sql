-- Visit coverage for an area and period [from, to): distinct households visited ÷ households assigned, where a
-- household counts as assigned to an agent when its liaison_link and that liaison's agent_link were both valid at
-- some common moment inside the period. One pass, four groupings (agent, grid area, village, town).
WITH period AS (
    SELECT tstzrange(CAST(:from AS timestamptz), CAST(:to AS timestamptz)) AS p
), assigned AS (
    SELECT DISTINCT h.id AS household_id, al.agent_id, h.grid_area_id, h.village_code, left(h.village_code, 9) AS town_code
    FROM household h
    JOIN liaison_link ll ON ll.household_id = h.id
    JOIN agent_link al ON al.liaison_id = ll.liaison_id
    CROSS JOIN period
    WHERE h.village_code LIKE :area || '%'
      AND tstzrange(ll.valid_from, ll.valid_to) && period.p
      AND tstzrange(al.valid_from, al.valid_to) && period.p
      AND (tstzrange(ll.valid_from, ll.valid_to) * tstzrange(al.valid_from, al.valid_to)) && period.p
), visited AS (
    SELECT DISTINCT household_id
    FROM visit
    WHERE village_code LIKE :area || '%' AND visited_at >= CAST(:from AS timestamptz) AND visited_at < CAST(:to AS timestamptz)
)
SELECT CASE WHEN grouping(a.agent_id) = 0 THEN 'AGENT'
            WHEN grouping(a.grid_area_id) = 0 THEN 'GRID_AREA'
            WHEN grouping(a.village_code) = 0 THEN 'VILLAGE'
            ELSE 'TOWN' END                                                   AS level,
       coalesce(a.agent_id::text, a.grid_area_id::text, a.village_code, a.town_code) AS key,
       count(DISTINCT a.household_id)                                          AS assigned,
       count(DISTINCT a.household_id) FILTER (WHERE v.household_id IS NOT NULL) AS visited
FROM assigned a
LEFT JOIN visited v ON v.household_id = a.household_id
GROUP BY GROUPING SETS ((a.agent_id), (a.grid_area_id), (a.village_code), (a.town_code))
