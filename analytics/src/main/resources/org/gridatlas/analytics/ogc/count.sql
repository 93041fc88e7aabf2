WITH f AS (
/*collection*/
)
SELECT count(*) FROM f
WHERE true
      /*bbox*/
  /*time*/
