-- Villages of the area by requests open at :at per 1,000 households (open as in figures.sql), with the village seat
-- (or the centroid of its boundary) for the map.
WITH open_req AS (
    SELECT r.village_code, count(*) AS open
    FROM service_request r
    WHERE r.village_code LIKE :area || '%' AND r.created_at < :at
      AND (coalesce(r.replied_at, r.closed_at) IS NULL OR coalesce(r.replied_at, r.closed_at) >= :at)
    GROUP BY 1
), hh AS (
    SELECT h.village_code, count(*) AS households
    FROM household h
    WHERE h.village_code LIKE :area || '%'
    GROUP BY 1
)
SELECT d.code, d.name, t.name AS town_name, hh.households, coalesce(o.open, 0) AS open,
       ST_X(coalesce(d.seat, ST_PointOnSurface(d.boundary))) AS lon,
       ST_Y(coalesce(d.seat, ST_PointOnSurface(d.boundary))) AS lat
FROM division d
JOIN hh ON hh.village_code = d.code
JOIN division t ON t.code = d.parent_code
LEFT JOIN open_req o ON o.village_code = d.code
WHERE d.level = 'VILLAGE' AND d.code LIKE :area || '%'
ORDER BY coalesce(o.open, 0) * 1000.0 / hh.households DESC, d.code
LIMIT :limit
