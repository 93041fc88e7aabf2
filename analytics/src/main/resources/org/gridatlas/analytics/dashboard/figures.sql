-- Request figures per unit (the area itself, or its towns, or its villages: units are the division codes of length
-- :len under :area) for the period [:from, :to), evaluated at :at = min(:to, now).
-- The one definition of the dashboard's request figures (documented in README "Dashboards and meeting mode"):
--   requests   created in the period;
--   completed  of those, answered before the period's end: coalesce(replied_at, closed_at) < :to
--              (replied, or returned/closed with a reason) -> 办结率 = completed / requests;
--   rated      of those, rated by the resident (by now);  satisfied = rated 满意 or 基本满意 -> 满意率 = satisfied / rated;
--   open       created before :at and not answered at :at (whenever created);
--   overdue    of the open ones, those whose deadline had passed at :at (the Overdue rule evaluated at :at).
-- households: households of the unit now (households carry no history); skipped (0) when :households is false,
-- so a month-by-month trend counts them once.
WITH units AS (
    SELECT d.code, d.name
    FROM division d
    WHERE d.code LIKE :area || '%' AND length(d.code) = :len
), hh AS (
    SELECT left(h.village_code, :len) AS unit, count(*) AS households
    FROM household h
    WHERE CAST(:households AS boolean) AND h.village_code LIKE :area || '%'
    GROUP BY 1
), req AS (
    SELECT left(r.village_code, :len) AS unit,
           count(*) FILTER (WHERE r.created_at >= :from AND r.created_at < :to) AS requests,
           count(*) FILTER (WHERE r.created_at >= :from AND r.created_at < :to
                            AND coalesce(r.replied_at, r.closed_at) < :to) AS completed,
           count(*) FILTER (WHERE r.created_at >= :from AND r.created_at < :to AND r.rating IS NOT NULL) AS rated,
           count(*) FILTER (WHERE r.created_at >= :from AND r.created_at < :to
                            AND r.rating IN ('SATISFIED', 'BASIC')) AS satisfied,
           count(*) FILTER (WHERE r.created_at < :at
                            AND (coalesce(r.replied_at, r.closed_at) IS NULL OR coalesce(r.replied_at, r.closed_at) >= :at)) AS open,
           count(*) FILTER (WHERE r.created_at < :at
                            AND (coalesce(r.replied_at, r.closed_at) IS NULL OR coalesce(r.replied_at, r.closed_at) >= :at)
                            AND r.deadline < :at) AS overdue
    FROM service_request r
    WHERE r.village_code LIKE :area || '%' AND r.created_at < :to
    GROUP BY 1
)
SELECT u.code, u.name,
       coalesce(hh.households, 0) AS households,
       coalesce(req.requests, 0)  AS requests,
       coalesce(req.completed, 0) AS completed,
       coalesce(req.rated, 0)     AS rated,
       coalesce(req.satisfied, 0) AS satisfied,
       coalesce(req.open, 0)      AS open,
       coalesce(req.overdue, 0)   AS overdue
FROM units u
LEFT JOIN hh ON hh.unit = u.code
LEFT JOIN req ON req.unit = u.code
ORDER BY u.code
