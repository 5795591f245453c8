#!/usr/bin/env bash
# Reservation benchmark: the real IStockReservations (64 concurrent reservers) against pgbench running the
# same conditional UPDATE at the same concurrency, on one throw-away PostgreSQL (same settings as
# scripts/test.sh), on one hot SKU and spread over 1,000 SKUs; then the invariant check.
#   bash bench/run-reservations.sh [seconds=15] [concurrency=64]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-15}
CONCURRENCY=${2:-64}

PG_BIN=$(dirname "$(printf '%s\n' /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
[ -x "$PG_BIN/initdb" ] || PG_BIN=$(dirname "$(command -v initdb)")
as_pg() { if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }
PG_DIR=$(mktemp -d /tmp/sw-bench-pg-XXXX)
[ "$(id -u)" -ne 0 ] || chown postgres: "$PG_DIR"
stop() { as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; }
trap stop EXIT
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 -N >/dev/null
PORT=${SW_BENCH_PG_PORT:-55800}
while (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -s \
  -o "-h 127.0.0.1 -p $PORT -k '$PG_DIR' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start
psql -X -q -h 127.0.0.1 -p "$PORT" -U postgres -c 'CREATE DATABASE sw_bench'
CS="Host=127.0.0.1;Port=$PORT;Username=postgres;Password=;Database=sw_bench;Maximum Pool Size=$((CONCURRENCY + 16))"
echo "== PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on :$PORT, $(nproc) CPUs, $SECONDS_PER_RUN s per run, $CONCURRENCY clients"

flock /tmp/sw-build.lock dotnet build bench/SharedWarehouse.Bench -c Release -v q -nologo >/dev/null
BENCH=(dotnet bench/SharedWarehouse.Bench/bin/Release/net10.0/SharedWarehouse.Bench.dll "$CS")
SETUP=$("${BENCH[@]}" setup) || { echo "$SETUP" >&2; exit 1; }
: "${SETUP}"

pgb() { pgbench -n -h 127.0.0.1 -p "$PORT" -U postgres -c "$CONCURRENCY" -j "$(nproc)" -T "$SECONDS_PER_RUN" "$@" sw_bench 2>&1 \
  | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1; }

for scenario in hot spread; do
  if [ "$scenario" = hot ]; then PGB=$(pgb -f bench/pgbench-hot.sql); else PGB=$(pgb -f bench/pgbench-spread.sql); fi
  APP=$("${BENCH[@]}" "$scenario" "$SECONDS_PER_RUN" "$CONCURRENCY")
  RATE=$(sed -n 's/.*= \([0-9]*\)\/s.*/\1/p' <<<"$APP")
  echo "$scenario: pgbench conditional UPDATE ${PGB%.*}/s | app $APP | ratio $(awk -v a="$RATE" -v b="$PGB" 'BEGIN { printf "%.2f", a / b }')x"
done
"${BENCH[@]}" check
