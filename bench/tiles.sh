#!/usr/bin/env bash
# Tile benchmark: the HTTP endpoint against the raw ST_AsMVT SQL for the same tiles, z8..z16, cold and warm.
# Run by `./gridatlas bench tiles` (which sets GRIDATLAS_ROOT, GRIDATLAS_JDBC_URL/USER/PASSWORD, JAVA_HOME, PATH)
# or by hand with those variables. Benchmarks Liyang in $GRIDATLAS_JDBC_URL, and the Suzhou-scale data set when
# the database named by GRIDATLAS_SUZHOU_JDBC_URL (default: gridatlas_suzhou on the same server) exists.
# Options (environment): BENCH_ROUNDS (warm rounds per tile, default 20), BENCH_PROFILES (default "liyang suzhou").
set -euo pipefail

ROOT="${GRIDATLAS_ROOT:-$(cd "$(dirname "$0")/.." && pwd)}"
JDBC_URL="${GRIDATLAS_JDBC_URL:?set GRIDATLAS_JDBC_URL}"
DB_USER="${GRIDATLAS_JDBC_USER:-gridatlas}"
DB_PASSWORD="${GRIDATLAS_JDBC_PASSWORD:-}"
SUZHOU_URL="${GRIDATLAS_SUZHOU_JDBC_URL:-${JDBC_URL%/*}/gridatlas_suzhou}"
ROUNDS="${BENCH_ROUNDS:-20}"
PROFILES="${BENCH_PROFILES:-liyang suzhou}"
JAR="$ROOT/webapp/target/gridatlas.jar"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cd "$ROOT"
source "$ROOT/bench/common.bash"
if [ ! -f "$JAR" ]; then
  build_step "no $JAR: building it (mvn package -DskipTests)" mvn -B -ntp -DskipTests \
      -Dgridatlas.codegen.url="$JDBC_URL" -Dgridatlas.codegen.user="$DB_USER" -Dgridatlas.codegen.password="$DB_PASSWORD" package
fi
build_step "compiling the bench (analytics test classes)" mvn -B -ntp -pl analytics -am \
    -Dgridatlas.codegen.url="$JDBC_URL" -Dgridatlas.codegen.user="$DB_USER" -Dgridatlas.codegen.password="$DB_PASSWORD" \
    test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt"
CP="$ROOT/analytics/target/test-classes:$ROOT/analytics/target/classes:$ROOT/gis-data/target/classes:$(cat "$WORK/cp.txt")"
TOKEN="ga_bench_$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

db_exists() {
  java -cp "$CP" org.gridatlas.analytics.tiles.TileBench probe - "$TOKEN" "$1" "$DB_USER" "$DB_PASSWORD" 32 0 0 0 --probe >/dev/null 2>&1
}

bench_one() {   # name jdbc-url area lon lat
  local name="$1" url="$2" area="$3" lon="$4" lat="$5" port pid
  java -cp "$CP" org.gridatlas.analytics.tiles.TileBench "$name" - "$TOKEN" "$url" "$DB_USER" "$DB_PASSWORD" "$area" "$lon" "$lat" 0 --create-user
  port="$(free_port)"
  # a database loaded by `./gridatlas demo` holds demo accounts, which only a demo start accepts
  local demo="--gridatlas.demo.profile=$name"
  echo "==> $name: starting the app on port $port"
  SPRING_DATASOURCE_URL="$url" SPRING_DATASOURCE_USERNAME="$DB_USER" SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" \
    java -Xmx2g -jar "$JAR" --server.port="$port" $demo > "$WORK/app-$name.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 180); do
    if curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$pid" 2>/dev/null; then tail -30 "$WORK/app-$name.log"; echo "app did not start" >&2; return 1; fi
    sleep 1
  done
  java -cp "$CP" org.gridatlas.analytics.tiles.TileBench "$name" "http://127.0.0.1:$port" "$TOKEN" "$url" "$DB_USER" \
      "$DB_PASSWORD" "$area" "$lon" "$lat" "$ROUNDS" || { kill "$pid"; return 1; }
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

case " $PROFILES " in *" liyang "*) bench_one liyang "$JDBC_URL" 320481 119.509 31.485;; esac
if [[ " $PROFILES " != *" suzhou "* ]]; then
  :
elif db_exists "$SUZHOU_URL"; then
  bench_one suzhou "$SUZHOU_URL" 3413 116.98 33.64
else
  echo "==> no Suzhou-scale database at $SUZHOU_URL: skipped (load it with ./gridatlas demo --profile suzhou)"
fi
echo "Targets: endpoint/SQL ratio <= 1.3; warm p95 <= 50 ms (Liyang), <= 150 ms (Suzhou); cold z8 <= 1 s."
