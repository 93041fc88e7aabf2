-- Service posts of the area with the counts their star rating needs, for requests created and disputes closed in
-- [:from, :to). A post answers for: a town window its town, a village station its village, a grid point its grid
-- area. completed / rated / satisfied follow figures.sql; disputes: closed in the period, resolved = outcome RESOLVED.
SELECT s.id, s.kind, s.name, s.division_code, d.name AS division_name,
       rq.requests, rq.completed, rq.rated, rq.satisfied, dp.closed, dp.resolved
FROM service_post s
JOIN division d ON d.code = s.division_code
CROSS JOIN LATERAL (
    SELECT count(*) AS requests,
           count(*) FILTER (WHERE coalesce(r.replied_at, r.closed_at) < :to) AS completed,
           count(*) FILTER (WHERE r.rating IS NOT NULL) AS rated,
           count(*) FILTER (WHERE r.rating IN ('SATISFIED', 'BASIC')) AS satisfied
    FROM service_request r
    WHERE r.village_code LIKE s.division_code || '%'
      AND (s.kind <> 'GRID_POINT' OR r.grid_area_id = s.grid_area_id)
      AND r.created_at >= :from AND r.created_at < :to
) rq
CROSS JOIN LATERAL (
    SELECT count(*) AS closed, count(*) FILTER (WHERE x.outcome = 'RESOLVED') AS resolved
    FROM dispute x
    WHERE x.village_code LIKE s.division_code || '%'
      AND (s.kind <> 'GRID_POINT' OR x.grid_area_id = s.grid_area_id)
      AND x.status = 'CLOSED' AND x.closed_at >= :from AND x.closed_at < :to
) dp
WHERE s.division_code LIKE :area || '%'
ORDER BY s.division_code, s.kind, s.id
