#!/usr/bin/env bash
# ./gridatlas bench dashboard [area] [quarter] [runs]: times every query of the quarterly dashboard and meeting mode
# (default: Liyang 320481, 2025Q1, 3 runs) on the database in use. Not a test: it prints figures, it asserts nothing.
set -euo pipefail
ROOT="${GRIDATLAS_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
URL="${GRIDATLAS_JDBC_URL:?GRIDATLAS_JDBC_URL is not set (run through ./gridatlas bench dashboard)}"
USER_="${GRIDATLAS_JDBC_USER:-gridatlas}"
PASS="${GRIDATLAS_JDBC_PASSWORD:-}"
cd "$ROOT"
CP_FILE="$ROOT/analytics/target/bench.classpath"
if [ ! -f analytics/target/classes/org/gridatlas/analytics/dashboard/DashboardBench.class ] || [ ! -f "$CP_FILE" ]; then
  echo "building gis-data and analytics…"
  rest="${URL#jdbc:postgresql://}"; hostport="${rest%%/*}"
  mvn -B -ntp -q -DskipTests -Dgridatlas.codegen.url="${GRIDATLAS_CODEGEN_URL:-jdbc:postgresql://$hostport/gridatlas_codegen}" \
    -Dgridatlas.codegen.user="$USER_" -Dgridatlas.codegen.password="$PASS" -pl gis-data,analytics install
  mvn -B -ntp -q -pl analytics dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null
fi
exec "$JAVA_HOME/bin/java" -Xmx1g -Dlogback.configurationFile="$ROOT/bench/logback-bench.xml" \
  -cp "analytics/target/classes:gis-data/target/classes:$(cat "$CP_FILE")" \
  org.gridatlas.analytics.dashboard.DashboardBench "$URL" "$USER_" "$PASS" "${1:-320481}" "${2:-2025Q1}" "${3:-3}"
