#!/usr/bin/env bash
# ./gridatlas bench dashboard [area] [quarter] [runs]: times every query of the quarterly dashboard and meeting mode
# (default: Liyang 320481, the latest closed quarter, 3 runs) on the database in use. Not a test: it prints figures, it asserts nothing.
set -euo pipefail
ROOT="${GRIDATLAS_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
URL="${GRIDATLAS_JDBC_URL:?GRIDATLAS_JDBC_URL is not set (run through ./gridatlas bench dashboard)}"
USER_="${GRIDATLAS_JDBC_USER:-gridatlas}"
PASS="${GRIDATLAS_JDBC_PASSWORD:-}"
cd "$ROOT"
source "$ROOT/bench/common.bash"
CP_FILE="$ROOT/analytics/target/bench.classpath"
if [ ! -f analytics/target/classes/org/gridatlas/analytics/dashboard/DashboardBench.class ] || [ ! -f "$CP_FILE" ]; then
  rest="${URL#jdbc:postgresql://}"; hostport="${rest%%/*}"
  # -am builds the parent pom with the modules, in the reactor: a fresh clone has no installed gridatlas-parent
  build_step "building gis-data and analytics" mvn -B -ntp -DskipTests \
    -Dgridatlas.codegen.url="${GRIDATLAS_CODEGEN_URL:-jdbc:postgresql://$hostport/gridatlas_codegen}" \
    -Dgridatlas.codegen.user="$USER_" -Dgridatlas.codegen.password="$PASS" -pl analytics -am \
    compile dependency:build-classpath -Dmdep.outputFile="$CP_FILE"
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
exec "$JAVA_HOME/bin/java" -Xmx1g -Dlogback.configurationFile="$ROOT/bench/logback-bench.xml" \
  -cp "analytics/target/classes:gis-data/target/classes:$(cat "$CP_FILE")" \
  org.gridatlas.analytics.dashboard.DashboardBench "$URL" "$USER_" "$PASS" "${1:-320481}" "${2:-$(latest_closed_quarter)}" "${3:-3}"
