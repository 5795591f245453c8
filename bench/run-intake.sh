#!/usr/bin/env bash
# Dropship intake benchmark: batches of N outside orders (1-3 lines each) received through the real
# ReceiveDropshipOrders command (validation, duplicate check, insert, the order filter's pickup tasks and stock
# reservations), then the same batches POSTed to the running app's /api/dropship/orders, against pgbench inserting
# the same rows (orders + lines, bench/pgbench-intake.sql) on the same throw-away PostgreSQL in the same run.
#   bash bench/run-intake.sh [batches=3] [orders=500]
set -euo pipefail
cd "$(dirname "$0")/.."
BATCHES=${1:-3}
ORDERS=${2:-500}

PG_BIN=$(dirname "$(printf '%s\n' /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
[ -x "$PG_BIN/initdb" ] || PG_BIN=$(dirname "$(command -v initdb)")
as_pg() { if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }
PG_DIR=$(mktemp -d /tmp/sw-bench-intake-pg-XXXX)
DATA_DIR=$(mktemp -d /tmp/sw-bench-intake-data-XXXX)
[ "$(id -u)" -ne 0 ] || chown postgres: "$PG_DIR"
APP_PID=
stop() {
  [ -z "$APP_PID" ] || { kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; }
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR" "$DATA_DIR"
}
trap stop EXIT
free_port() { local p=$1; while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done; echo "$p"; }
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 -N >/dev/null
PORT=$(free_port "${SW_BENCH_PG_PORT:-56150}")
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -s \
  -o "-h 127.0.0.1 -p $PORT -k '$PG_DIR' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" start
psql -X -q -h 127.0.0.1 -p "$PORT" -U postgres -c 'CREATE DATABASE sw_bench'
CS="Host=127.0.0.1;Port=$PORT;Username=postgres;Password=;Database=sw_bench"

flock /tmp/sw-build.lock dotnet build bench/SharedWarehouse.Bench -c Release -v q -nologo >/dev/null
BENCH=(dotnet bench/SharedWarehouse.Bench/bin/Release/net10.0/SharedWarehouse.Bench.dll "$CS")
SETUP=$("${BENCH[@]}" intake-setup 2>&1) || { echo "$SETUP" >&2; exit 1; }
KEY=$(sed -n 's/^key=//p' <<<"$SETUP")
echo "== PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on :$PORT, $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg), $BATCHES batches of $ORDERS orders"

# pgbench: one untimed batch, then the timed ones, one client (a batch is one request of one downloader).
pgbench -n -h 127.0.0.1 -p "$PORT" -U postgres -c 1 -t 1 -D batch="$ORDERS" -f bench/pgbench-intake.sql sw_bench >/dev/null 2>&1
PGB=$(pgbench -n -h 127.0.0.1 -p "$PORT" -U postgres -c 1 -t "$BATCHES" -D batch="$ORDERS" -f bench/pgbench-intake.sql sw_bench 2>&1)
PGB_MS=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' <<<"$PGB")
[ -n "$PGB_MS" ] || { echo "$PGB" >&2; exit 1; }
echo "pgbench  same rows (orders + lines), set-based: ${PGB_MS} ms per batch of $ORDERS"
# pgbench's orders are never filtered: gone before the app runs, or its sweep job would filter them during the HTTP run.
psql -X -q -h 127.0.0.1 -p "$PORT" -U postgres -d sw_bench \
  -c "DELETE FROM dropship.orders WHERE \"ExternalOrderId\" LIKE 'PG%'" -c "VACUUM ANALYZE dropship.orders, dropship.order_lines"

# The command: slow-request warnings go to stderr; only the result lines are kept.
APP=$("${BENCH[@]}" intake "$BATCHES" "$ORDERS" 2>/dev/null | grep '^intake:') || { echo "command run failed" >&2; exit 1; }
echo "$APP" | sed 's/^/command  /'
CMD_S=$(sed -n 's/.* in \([0-9.]*\) s .*/\1/p' <<<"$APP" | awk '{ s += $1 } END { printf "%.2f", s / NR }')

# The HTTP endpoint of the app built in Release, Production settings (Serilog at Information), same database.
flock /tmp/sw-build.lock dotnet build src/Host/SharedWarehouse.Web -c Release -v q -nologo >/dev/null
APP_PORT=$(free_port "${SW_BENCH_APP_PORT:-5950}")
BASE="http://127.0.0.1:$APP_PORT"
ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$BASE" Database__Provider=PostgreSql Database__MigrateOnStartup=true \
  Database__ConnectionString="$CS;Maximum Pool Size=32" Storage__DataPath="$DATA_DIR" \
  dotnet src/Host/SharedWarehouse.Web/bin/Release/net10.0/SharedWarehouse.Web.dll >>"$DATA_DIR/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do curl -fs -o /dev/null "$BASE/health/ready" && break; sleep 0.5; done
curl -fs -o /dev/null "$BASE/health/ready" || { tail -n 40 "$DATA_DIR/app.log" >&2; exit 1; }
post() { # file → "seconds http_status created"
  curl -s -o "$DATA_DIR/answer.json" -w '%{time_total} %{http_code}' -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' \
    --max-time 600 --data-binary "@$1" "$BASE/api/dropship/orders"
  echo " $(grep -o '"created":[0-9]*' "$DATA_DIR/answer.json" | head -1 | cut -d: -f2)"
}
RUN=$(head -c 4 /dev/urandom | od -An -tx1 | tr -d ' \n')
"${BENCH[@]}" intake-json "H${RUN}w-" 20 "$DATA_DIR/warm.json"
post "$DATA_DIR/warm.json" >/dev/null
HTTP_TOTAL=0
for b in $(seq 1 "$BATCHES"); do
  "${BENCH[@]}" intake-json "H${RUN}${b}-" "$ORDERS" "$DATA_DIR/batch.json"
  read -r SECS STATUS CREATED < <(post "$DATA_DIR/batch.json")
  [ "$STATUS" = 200 ] && [ "$CREATED" = "$ORDERS" ] || { echo "HTTP batch $b: status $STATUS, created ${CREATED:-?}" >&2; head -c 600 "$DATA_DIR/answer.json" >&2; exit 1; }
  echo "http     batch $b: $ORDERS orders in $SECS s ($(awk -v s="$SECS" -v n="$ORDERS" 'BEGIN { printf "%.1f", s * 1000 / n }') ms/order), $(stat -c %s "$DATA_DIR/batch.json") bytes"
  HTTP_TOTAL=$(awk -v a="$HTTP_TOTAL" -v b="$SECS" 'BEGIN { print a + b }')
done
HTTP_S=$(awk -v t="$HTTP_TOTAL" -v n="$BATCHES" 'BEGIN { printf "%.2f", t / n }')

"${BENCH[@]}" intake-check 2>/dev/null
ratio() { awk -v a="$1" -v b="$PGB_MS" 'BEGIN { printf "%.0f", a * 1000 / b }'; }
echo "summary: pgbench ${PGB_MS} ms | command ${CMD_S} s ($(ratio "$CMD_S")x pgbench) | http ${HTTP_S} s ($(ratio "$HTTP_S")x pgbench) per batch of $ORDERS"
