#!/usr/bin/env bash
# ./gridatlas bench import [rows]: generate a household ledger of [rows] (default 300,000) CSV rows inside Liyang's
# villages, then read, validate and write it through the household import (multi-row staging, one INSERT … SELECT
# per 10,000 rows) and roll the write back; prints seconds and rows/s per step. Needs the Liyang demo in the database
# of GRIDATLAS_JDBC_URL (or GRIDATLAS_BENCH_URL when set). The database is left as it was.
set -euo pipefail
ROOT="${GRIDATLAS_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
URL="${GRIDATLAS_BENCH_URL:-${GRIDATLAS_JDBC_URL:?GRIDATLAS_JDBC_URL is not set (run through ./gridatlas bench import)}}"
USER_="${GRIDATLAS_JDBC_USER:-gridatlas}"
PASS="${GRIDATLAS_JDBC_PASSWORD:-}"
ROWS="${1:-300000}"
cd "$ROOT"

source "$ROOT/bench/common.bash"
CP_FILE="$ROOT/gis-data/target/bench.classpath"
if [ ! -f gis-data/target/classes/org/gridatlas/data/imports/ImportBench.class ] || [ ! -f "$CP_FILE" ]; then
  build_step "compiling gis-data" mvn -B -ntp -DskipTests -pl gis-data compile \
    dependency:build-classpath -Dmdep.outputFile="$CP_FILE"
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
exec "$JAVA_HOME/bin/java" -Xmx2g --enable-native-access=ALL-UNNAMED -Dlogback.configurationFile="$ROOT/bench/logback-bench.xml" \
  -cp "gis-data/target/classes:$(cat "$CP_FILE")" org.gridatlas.data.imports.ImportBench "$URL" "$USER_" "$PASS" "$ROWS"
