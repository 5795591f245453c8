#!/usr/bin/env bash
# Search benchmark: the storefront category page and search page over 100,000 SKUs from 500 shops (seed.sql)
# against a trivial Razor page rendering the same number of items from memory (/bench/items, which exists only
# with Bench:Enabled=true), with wrk at 32 connections, all in one run on one throw-away PostgreSQL.
#   bash bench/search/run.sh [seconds=15] [connections=32]
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-15}
CONNECTIONS=${2:-32}

PG_BIN=$(dirname "$(printf '%s\n' /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
[ -x "$PG_BIN/initdb" ] || PG_BIN=$(dirname "$(command -v initdb)")
as_pg() { if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }
PG_DIR=$(mktemp -d /tmp/sw-bench-search-pg-XXXX)
DATA_DIR=$(mktemp -d /tmp/sw-bench-search-data-XXXX)
[ "$(id -u)" -ne 0 ] || chown postgres: "$PG_DIR"
APP_PID=
stop() {
  [ -z "$APP_PID" ] || kill "$APP_PID" 2>/dev/null || true
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR" "$DATA_DIR"
}
trap stop EXIT
free_port() { local p=$1; while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done; echo "$p"; }
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 -N >/dev/null
PORT=$(free_port "${SW_BENCH_PG_PORT:-55900}")
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -s \
  -o "-h 127.0.0.1 -p $PORT -k '$PG_DIR' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start
psql -X -q -h 127.0.0.1 -p "$PORT" -U postgres -c 'CREATE DATABASE sw_bench'
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres -d sw_bench)

flock /tmp/sw-build.lock dotnet build src/Host/SharedWarehouse.Web -c Release -v q -nologo >/dev/null
APP_PORT=$(free_port "${SW_BENCH_APP_PORT:-5900}")
BASE="http://127.0.0.1:$APP_PORT"
# Production settings and logging (Serilog at Information, to the console and a file), migrations on start.
start_app() {
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$BASE" Database__Provider=PostgreSql Database__MigrateOnStartup=true \
    Database__ConnectionString="Host=127.0.0.1;Port=$PORT;Username=postgres;Password=;Database=sw_bench;Maximum Pool Size=64" \
    Storage__DataPath="$DATA_DIR" Bench__Enabled=true \
    dotnet src/Host/SharedWarehouse.Web/bin/Release/net10.0/SharedWarehouse.Web.dll >>"$DATA_DIR/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do curl -fs -o /dev/null "$BASE/" && break; sleep 0.5; done
  curl -fs -o /dev/null "$BASE/" || { tail -n 40 "$DATA_DIR/app.log" >&2; exit 1; }
}
stop_app() { kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=; }
start_app # creates the schema and the default categories

"${PSQL[@]}" -f bench/search/seed.sql
# Restarted so that nothing the app keeps in memory (the category tree) predates the seeded rows.
stop_app
start_app
"${PSQL[@]}" -At -c "SELECT count(*) || ' shops' FROM merchants.shops; SELECT count(*) || ' listed products' FROM catalog.products WHERE \"IsListed\"; SELECT count(*) || ' SKUs' FROM catalog.skus;" | paste -sd, -
LIQUOR=$("${PSQL[@]}" -At -c "SELECT \"Id\" FROM catalog.categories WHERE \"ParentId\" IS NULL AND \"Name\" = '酒水'")
echo "== PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on :$PORT, app on :$APP_PORT, $(nproc) CPUs, wrk -t2 -c$CONNECTIONS -d${DURATION}s"

# rps and p99 (ms) of one wrk run after a short warm-up.
measure() {
  wrk -t2 -c"$CONNECTIONS" -d3s "$1" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$1" | awk '
    /Requests\/sec/ { rps = $2 }
    / 99%/ { v = $2; if (v ~ /us$/) ms = v / 1000; else if (v ~ /ms$/) ms = v + 0; else ms = v * 1000 }
    /Non-2xx/ { bad = $NF }
    END { printf "%.0f %.1f %s\n", rps, ms, bad + 0 }'
}
check() { [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" = 200 ] || { echo "not 200: $1" >&2; exit 1; }; }
BASELINE="$BASE/bench/items?count=20"
check "$BASELINE"
read -r B_RPS B_P99 B_BAD < <(measure "$BASELINE")
echo "baseline  /bench/items (20 items from memory): ${B_RPS}/s, p99 ${B_P99} ms, non-2xx ${B_BAD}"
for page in "/categories/$LIQUOR" "/categories/$LIQUOR?sort=PriceAsc&page=50" "/search?q=%E9%85%B1%E9%A6%99" "/search?q=%E9%85%B1%E9%A6%99%E7%99%BD%E9%85%92&region=110000&min=100&max=500"; do
  check "$BASE$page"
  read -r RPS P99 BAD < <(measure "$BASE$page")
  echo "app       $page: ${RPS}/s, p99 ${P99} ms, non-2xx ${BAD} | ratio $(awk -v a="$RPS" -v b="$B_RPS" 'BEGIN { printf "%.2f", a / b }')x"
done
