#!/usr/bin/env bash
# Order placement benchmark: the real PlaceOrder process (one parent order, three merchant sub-orders, three stock
# reservations) with N concurrent buyers, against pgbench running the same statements (pgbench-place-order.sql,
# copied from PostgreSQL's statement log of one placement) with the same number of clients, on one throw-away
# PostgreSQL; then the invariants. Each side starts from the same freshly seeded database.
#   bash bench/ordering/run.sh [seconds=15] [buyers=32]
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_RUN=${1:-15}
BUYERS=${2:-32}

PG_BIN=$(dirname "$(printf '%s\n' /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
[ -x "$PG_BIN/initdb" ] || PG_BIN=$(dirname "$(command -v initdb)")
as_pg() { if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }
PG_DIR=$(mktemp -d /tmp/sw-bench-orders-pg-XXXX)
[ "$(id -u)" -ne 0 ] || chown postgres: "$PG_DIR"
stop() { as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; }
trap stop EXIT
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 -N >/dev/null
PORT=${SW_BENCH_PG_PORT:-55950}
while (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -s \
  -o "-h 127.0.0.1 -p $PORT -k '$PG_DIR' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start
PSQL=(psql -X -q -h 127.0.0.1 -p "$PORT" -U postgres)
CS="Host=127.0.0.1;Port=$PORT;Username=postgres;Password=;Database=sw_bench;Maximum Pool Size=$((BUYERS + 16))"
flock /tmp/sw-build.lock dotnet build bench/SharedWarehouse.Bench -c Release -v q -nologo >/dev/null
BENCH=(dotnet bench/SharedWarehouse.Bench/bin/Release/net10.0/SharedWarehouse.Bench.dll "$CS")
echo "== PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on :$PORT, $(nproc) CPUs, $SECONDS_PER_RUN s per run, $BUYERS buyers"

# Both sides warm up for 3 s (untimed) with the same concurrency. A fresh database seeded through the app's commands (3 merchants, 3 listed SKUs with 50,000,000 bottles each, buyers).
fresh() {
  "${PSQL[@]}" -c 'DROP DATABASE IF EXISTS sw_bench' -c 'CREATE DATABASE sw_bench'
  "${BENCH[@]}" orders-setup "$SECONDS_PER_RUN" "$BUYERS" 2>&1 | grep -v -e 'No first admin' -e 'AccountsStartup' || true
}

fresh
pgbench -n -M extended -h 127.0.0.1 -p "$PORT" -U postgres -c "$BUYERS" -j "$(nproc)" -T 3 -f bench/ordering/pgbench-place-order.sql sw_bench >/dev/null 2>&1
PGB=$(pgbench -n -M extended -h 127.0.0.1 -p "$PORT" -U postgres -c "$BUYERS" -j "$(nproc)" -T "$SECONDS_PER_RUN" \
  -f bench/ordering/pgbench-place-order.sql sw_bench 2>&1)
PGB_TPS=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$PGB" | head -1)
PGB_LAT=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' <<<"$PGB" | head -1)
[ -n "$PGB_TPS" ] || { echo "$PGB" >&2; exit 1; }
echo "pgbench  same statements: ${PGB_TPS%.*} placements/s, average latency ${PGB_LAT} ms"
"${BENCH[@]}" orders-check

fresh
# Slow-request warnings and EF's one-time compile notes go to stderr's log lines; only the result line is kept.
APP=$("${BENCH[@]}" orders "$SECONDS_PER_RUN" "$BUYERS" 2>/dev/null | grep '^orders:')
RATE=$(sed -n 's/.*= \([0-9]*\)\/s.*/\1/p' <<<"$APP")
echo "app      $APP | ratio $(awk -v a="$RATE" -v b="$PGB_TPS" 'BEGIN { printf "%.2f", a / b }')x"
"${BENCH[@]}" orders-check
