-- The items (located or not: p is NULL without a location) of one metric for an area and period [from, to), projected to the metric CRS :srid (the county's
-- CGCS2000 3-degree Gauss–Krüger zone). Definitions (README "Quarterly review"):
--   REQUESTS  requests created in the period;
--   DISPUTES  disputes opened in the period;
--   OVERDUE   requests whose deadline fell in the period (and before now) and that were not replied by it
--             (replied_at empty or after the deadline); returned requests never count.
SELECT ST_Transform(r.location, CAST(:srid AS integer)) AS p
FROM service_request r
WHERE CAST(:metric AS text) = 'REQUESTS' AND r.village_code LIKE :area || '%'
  AND r.created_at >= CAST(:from AS timestamptz) AND r.created_at < CAST(:to AS timestamptz)
UNION ALL
SELECT ST_Transform(d.location, CAST(:srid AS integer))
FROM dispute d
WHERE CAST(:metric AS text) = 'DISPUTES' AND d.village_code LIKE :area || '%'
  AND d.opened_at >= CAST(:from AS timestamptz) AND d.opened_at < CAST(:to AS timestamptz)
UNION ALL
SELECT ST_Transform(r.location, CAST(:srid AS integer))
FROM service_request r
WHERE CAST(:metric AS text) = 'OVERDUE' AND r.village_code LIKE :area || '%'
  AND r.deadline >= CAST(:from AS timestamptz) AND r.deadline < least(CAST(:to AS timestamptz), CAST(:now AS timestamptz))
  AND r.status <> 'RETURNED' AND (r.replied_at IS NULL OR r.replied_at > r.deadline)
