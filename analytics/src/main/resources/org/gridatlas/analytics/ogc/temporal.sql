WITH f AS (
/*collection*/
)
SELECT min(f.t) AS first, max(f.t) AS last FROM f
