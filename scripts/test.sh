#!/usr/bin/env bash
# The one command that runs every test on a fresh machine: installs PostgreSQL and Chromium from Debian
# when missing, starts a throw-away PostgreSQL on 127.0.0.1, builds once, runs every test project and
# ends with the totals line "N passed, N failed". Exit code 1 when anything failed.
#   bash scripts/test.sh            everything
#   bash scripts/test.sh --pg-only  start PostgreSQL, print its connection string, query it, stop
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
started=$(date +%s)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

install_missing() {
  local wanted=()
  [ -x "$(pg_bin)/initdb" ] || wanted+=(postgresql)
  [ -x /usr/bin/chromium ] || wanted+=(chromium)
  [ ${#wanted[@]} -eq 0 ] && return 0
  echo "Installing ${wanted[*]} with apt-get"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq &&
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${wanted[@]}" >/dev/null
}

pg_dir=""
pg_port=""
stop_pg() {
  [ -n "$pg_dir" ] || return 0
  runuser -u postgres -- "$(pg_bin)/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_pg EXIT

start_pg() {
  local bin port
  bin=$(pg_bin)
  port=55432
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/sw-test-pg-XXXX")
  chown postgres "$pg_dir"
  # initdb and postgres refuse to run as root: run them as the postgres user that the package made.
  runuser -u postgres -- "$bin/initdb" -D "$pg_dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null 2>&1 ||
    runuser -u postgres -- "$bin/initdb" -D "$pg_dir/data" -A trust -U postgres -E UTF8 --locale=C >/dev/null || return 1
  # Durability off: a test database is thrown away, and fsync is most of PostgreSQL's cost here.
  runuser -u postgres -- "$bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
    -o "-h 127.0.0.1 -p $port -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null || return 1
  pg_port=$port
  export SW_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Password=;Database=postgres;Include Error Detail=true"
}

summary() { # passed failed skipped
  local line="$1 passed, $2 failed"
  [ "$3" -gt 0 ] && line="$line, $3 skipped"
  echo "Test run took $(( $(date +%s) - started )) s"
  echo "$line"
}

install_missing || { echo "Could not install PostgreSQL/Chromium"; summary 0 1 0; exit 1; }
start_pg || { echo "PostgreSQL did not start"; cat "$pg_dir/log" 2>/dev/null; summary 0 1 0; exit 1; }
echo "PostgreSQL on 127.0.0.1:$pg_port"

if [ "${1:-}" = "--pg-only" ]; then
  echo "$SW_TEST_PG"
  psql -h 127.0.0.1 -p "$pg_port" -U postgres -Atc 'select version()'
  exit $?
fi

export SW_CHROMIUM=/usr/bin/chromium
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null
if ! dotnet build SharedWarehouse.sln -c Release -nologo -v q -clp:ErrorsOnly; then
  echo "Build failed"
  summary 0 1 0
  exit 1
fi

results="$root/artifacts/test-results"
rm -rf "$results" && mkdir -p "$results"
order=(UnitTests SliceTests WebTests BrowserTests)
projects=()
for name in "${order[@]}"; do [ -f "tests/SharedWarehouse.$name/SharedWarehouse.$name.csproj" ] && projects+=("tests/SharedWarehouse.$name/SharedWarehouse.$name.csproj"); done
for project in tests/*/*.csproj; do [[ " ${projects[*]} " == *" $project "* ]] || projects+=("$project"); done

total_passed=0 total_failed=0 total_skipped=0
for project in "${projects[@]}"; do
  name=$(basename "$project" .csproj)
  suite_started=$(date +%s)
  dotnet test "$project" -c Release --no-build --nologo --logger "trx;LogFileName=$name.trx" \
    --results-directory "$results" -- RunConfiguration.TestSessionTimeout=2400000 >"$results/$name.log" 2>&1
  trx="$results/$name.trx"
  if [ ! -f "$trx" ]; then
    echo "$name: crashed before reporting (see artifacts/test-results/$name.log)"
    tail -n 30 "$results/$name.log"
    total_failed=$((total_failed + 1))
    continue
  fi
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  passed=$(value passed) failed=$(value failed) skipped=$(value notExecuted)
  echo "$name: $passed passed, $failed failed, $skipped skipped ($(( $(date +%s) - suite_started )) s)"
  if [ "$failed" -gt 0 ]; then grep -E '^\s+Failed |Error Message' -A3 "$results/$name.log" | head -n 80; fi
  total_passed=$((total_passed + passed)) total_failed=$((total_failed + failed)) total_skipped=$((total_skipped + skipped))
done

summary "$total_passed" "$total_failed" "$total_skipped"
[ "$total_failed" -eq 0 ]
