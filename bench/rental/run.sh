#!/usr/bin/env bash
# Rental booking benchmark: the real BookRental command with N clients racing for the 32 units of one item, against
# pgbench running the same insert (a copy of a real booking, random unit and days) against the same exclusion constraint
# with the same number of clients, each side on a freshly seeded database of one throw-away PostgreSQL; after each side,
# the no-double-booking check. See bench/README.md ("Rental bookings").
#   bash bench/rental/run.sh [seconds=10] [clients=32]
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_RUN=${1:-10}
CLIENTS=${2:-32}

PG_BIN=$(dirname "$(printf '%s\n' /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
[ -x "$PG_BIN/initdb" ] || PG_BIN=$(dirname "$(command -v initdb)")
as_pg() { if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }
PG_DIR=$(mktemp -d /tmp/sw-bench-rental-pg-XXXX)
[ "$(id -u)" -ne 0 ] || chown postgres: "$PG_DIR"
stop() { as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; }
trap stop EXIT
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 -N >/dev/null
PORT=${SW_BENCH_PG_PORT:-56050}
while (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -s \
  -o "-h 127.0.0.1 -p $PORT -k '$PG_DIR' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start
PSQL=(psql -X -q -h 127.0.0.1 -p "$PORT" -U postgres)
CS="Host=127.0.0.1;Port=$PORT;Username=postgres;Password=;Database=sw_bench;Maximum Pool Size=$((CLIENTS + 16))"
flock /tmp/sw-build.lock dotnet build bench/SharedWarehouse.Bench -c Release -v q -nologo >/dev/null
BENCH=(dotnet bench/SharedWarehouse.Bench/bin/Release/net10.0/SharedWarehouse.Bench.dll "$CS")
SQL="$PG_DIR/pgbench-book.sql"
echo "== PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on :$PORT, $(nproc) CPUs, $SECONDS_PER_RUN s per run, $CLIENTS clients"

fresh() {
  "${PSQL[@]}" -c 'DROP DATABASE IF EXISTS sw_bench' -c 'CREATE DATABASE sw_bench'
  "${BENCH[@]}" rental-setup "$SQL" 2>&1 | grep -v -e 'No first admin' -e 'AccountsStartup' || true
}

fresh
PGB=$(pgbench -n -M extended -h 127.0.0.1 -p "$PORT" -U postgres -c "$CLIENTS" -j "$(nproc)" -T "$SECONDS_PER_RUN" -f "$SQL" sw_bench 2>&1) || { echo "$PGB" >&2; cat "$SQL" >&2; exit 1; }
PGB_TPS=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$PGB" | head -1)
PGB_BOOKED=$("${PSQL[@]}" -At -d sw_bench -c 'SELECT count(*) FROM rental.bookings')
echo "pgbench: ${PGB_TPS%.*} attempts/s, $PGB_BOOKED booked"
"${BENCH[@]}" rental-check

fresh
APP=$("${BENCH[@]}" rental "$SECONDS_PER_RUN" "$CLIENTS" | grep "^attempts=")  # the app's warnings (slow requests, refused saves) stay out
echo "app:     $APP"
"${BENCH[@]}" rental-check
APP_RATE=$(sed -n 's/^attempts=\([0-9]*\)\/s.*/\1/p' <<<"$APP")
APP_BOOKED=$(sed -n 's/.*booked=\([0-9]*\).*/\1/p' <<<"$APP")
echo "ratio app ÷ pgbench: attempts $(awk -v a="$APP_RATE" -v b="$PGB_TPS" 'BEGIN { printf "%.2f", a / b }')x, bookings $(awk -v a="$APP_BOOKED" -v b="$PGB_BOOKED" 'BEGIN { printf "%.2f", a / b }')x"
