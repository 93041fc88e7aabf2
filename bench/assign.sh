#!/usr/bin/env bash
# ./gridatlas bench assign [runs]: auto-balance all 24,000 households of the Dayao profile (81 grid areas) and
# compare with the greedy nearest-with-capacity baseline; then the same for liaisons -> agents (AgentBalance). Uses the database of GRIDATLAS_JDBC_URL when it holds
# the Dayao profile, otherwise its own database gridatlas_bench_dayao (created and loaded on first use), or
# GRIDATLAS_BENCH_URL when set.
set -euo pipefail
ROOT="${GRIDATLAS_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
URL="${GRIDATLAS_JDBC_URL:?GRIDATLAS_JDBC_URL is not set (run through ./gridatlas bench assign)}"
USER_="${GRIDATLAS_JDBC_USER:-gridatlas}"
PASS="${GRIDATLAS_JDBC_PASSWORD:-}"
RUNS="${1:-5}"
cd "$ROOT"

psql_url() { # jdbc:postgresql://host:port/db -> host port db
  local rest="${1#jdbc:postgresql://}"; rest="${rest%%\?*}"
  echo "${rest%%:*} $(echo "${rest#*:}" | cut -d/ -f1) ${rest#*/}"
}
read -r HOST PORT DB < <(psql_url "$URL")
count=$(PGPASSWORD="$PASS" psql -h "$HOST" -p "$PORT" -U "$USER_" -d "$DB" -Atqc \
  "SELECT count(*) FROM household" 2>/dev/null || echo 0)
if [ -n "${GRIDATLAS_BENCH_URL:-}" ]; then
  URL="$GRIDATLAS_BENCH_URL"
elif [ "$count" != "24000" ]; then
  BENCH_DB=gridatlas_bench_dayao
  URL="jdbc:postgresql://$HOST:$PORT/$BENCH_DB"
  if ! PGPASSWORD="$PASS" psql -h "$HOST" -p "$PORT" -U "$USER_" -d "$BENCH_DB" -Atqc "SELECT 1" >/dev/null 2>&1; then
    echo "creating $BENCH_DB (the database in use is not the Dayao profile)"
    create="CREATE DATABASE $BENCH_DB OWNER $USER_"
    ext=(-c "CREATE EXTENSION IF NOT EXISTS postgis" -c "CREATE EXTENSION IF NOT EXISTS btree_gist")
    if [ "$(id -u)" = 0 ] && [ -d "$ROOT/.gridatlas/run" ]; then
      runuser -u postgres -- psql -q -h "$ROOT/.gridatlas/run" -p "$PORT" -U postgres -c "$create"
      runuser -u postgres -- psql -q -h "$ROOT/.gridatlas/run" -p "$PORT" -U postgres -d "$BENCH_DB" "${ext[@]}"
    else
      PGPASSWORD="$PASS" psql -q -h "$HOST" -p "$PORT" -U "$USER_" -d postgres -c "$create"
      PGPASSWORD="$PASS" psql -q -h "$HOST" -p "$PORT" -U "$USER_" -d "$BENCH_DB" "${ext[@]}"
    fi
  fi
fi

source "$ROOT/bench/common.bash"
CP_FILE="$ROOT/analytics/target/bench.classpath"
if [ ! -f analytics/target/classes/org/gridatlas/analytics/assignment/AssignBench.class ] || [ ! -f "$CP_FILE" ]; then
  # -am builds the parent pom with the modules, in the reactor: a fresh clone has no installed gridatlas-parent
  build_step "building gis-data and analytics" mvn -B -ntp -DskipTests \
    -Dgridatlas.codegen.url="${GRIDATLAS_CODEGEN_URL:-jdbc:postgresql://$HOST:$PORT/gridatlas_codegen}" \
    -Dgridatlas.codegen.user="$USER_" -Dgridatlas.codegen.password="$PASS" -pl analytics -am \
    compile dependency:build-classpath -Dmdep.outputFile="$CP_FILE"
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
exec "$JAVA_HOME/bin/java" -Xmx2g --enable-native-access=ALL-UNNAMED -Dlogback.configurationFile="$ROOT/bench/logback-bench.xml" -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -cp "analytics/target/classes:gis-data/target/classes:$(cat "$CP_FILE")" \
  org.gridatlas.analytics.assignment.AssignBench "$URL" "$USER_" "$PASS" "$RUNS"
