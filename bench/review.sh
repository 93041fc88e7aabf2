#!/usr/bin/env bash
# Quarterly review benchmark: the heat maps of one quarter (hexagon bins 1 km, kernel density r = 1.5 km, choropleth
# of visit coverage by village, four quarters compared) for Liyang, the same at Suzhou scale when that database
# exists, and the Liyang review pack (PDF + archive row). Medians of BENCH_RUNS runs after one warm-up.
# Run by `./gridatlas bench review` (which sets GRIDATLAS_ROOT, GRIDATLAS_JDBC_URL/USER/PASSWORD, JAVA_HOME, PATH)
# or by hand with those variables. Options (environment): BENCH_RUNS (default 5), BENCH_QUARTER (default: the latest closed quarter),
# GRIDATLAS_SUZHOU_JDBC_URL (default: gridatlas_suzhou on the same server), BENCH_SUZHOU_AREA (default 3413, the
# prefecture prefix: its counties one after another), BENCH_SUZHOU_QUARTER (default: the latest closed quarter).
set -euo pipefail

ROOT="${GRIDATLAS_ROOT:-$(cd "$(dirname "$0")/.." && pwd)}"
JDBC_URL="${GRIDATLAS_JDBC_URL:?set GRIDATLAS_JDBC_URL}"
DB_USER="${GRIDATLAS_JDBC_USER:-gridatlas}"
DB_PASSWORD="${GRIDATLAS_JDBC_PASSWORD:-}"
SUZHOU_URL="${GRIDATLAS_SUZHOU_JDBC_URL:-${JDBC_URL%/*}/gridatlas_suzhou}"
source "$ROOT/bench/common.bash"
RUNS="${BENCH_RUNS:-5}"
QUARTER="${BENCH_QUARTER:-$(latest_closed_quarter)}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cd "$ROOT"
build_step "compiling the bench (analytics test classes)" mvn -B -ntp -pl analytics -am \
    -Dgridatlas.codegen.url="$JDBC_URL" -Dgridatlas.codegen.user="$DB_USER" -Dgridatlas.codegen.password="$DB_PASSWORD" \
    test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt"
CP="$ROOT/analytics/target/test-classes:$ROOT/analytics/target/classes:$ROOT/gis-data/target/classes:$(cat "$WORK/cp.txt")"

db_exists() {
  java -cp "$CP" org.gridatlas.analytics.tiles.TileBench probe - - "$1" "$DB_USER" "$DB_PASSWORD" 32 0 0 0 --probe >/dev/null 2>&1
}

java -cp "$CP" org.gridatlas.analytics.review.ReviewBench liyang "$JDBC_URL" "$DB_USER" "$DB_PASSWORD" 320481 "$QUARTER" "$RUNS" --pack
if db_exists "$SUZHOU_URL"; then
  java -cp "$CP" org.gridatlas.analytics.review.ReviewBench suzhou "$SUZHOU_URL" "$DB_USER" "$DB_PASSWORD" \
      "${BENCH_SUZHOU_AREA:-3413}" "${BENCH_SUZHOU_QUARTER:-$QUARTER}" "$RUNS"
else
  echo "==> no Suzhou-scale database at $SUZHOU_URL: skipped (the Suzhou-scale profile is not built here)"
fi
echo "Targets: heat map <= 1 s for a county (Liyang), <= 3 s at Suzhou scale; review pack <= 15 s."
