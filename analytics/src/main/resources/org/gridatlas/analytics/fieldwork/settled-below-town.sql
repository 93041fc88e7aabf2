-- 矛盾不上交: of the disputes closed in [from, to) in the area, how many were settled (调解成功) at the group,
-- grid point or village level, i.e. never passed up to the town.
SELECT count(*)                                                                      AS closed,
       count(*) FILTER (WHERE outcome = 'RESOLVED' AND level IN ('GROUP', 'POINT', 'VILLAGE')) AS settled_below_town
FROM dispute
WHERE village_code LIKE :area || '%'
  AND status = 'CLOSED'
  AND closed_at >= CAST(:from AS timestamptz) AND closed_at < CAST(:to AS timestamptz)
