#!/usr/bin/env bash
# THE one command that runs every test of SharedWarehouse on a fresh Debian machine.
#
#   bash scripts/test.sh             install what is missing (PostgreSQL server, Chromium), start a
#                                    throw-away PostgreSQL, build once, run the README's commands for real
#                                    (scripts/smoke.sh), run every test project and print a summary whose
#                                    very last line is "N passed, N failed[, N skipped]".
#   bash scripts/test.sh --pg-only   only start the throw-away PostgreSQL, print its connection string,
#                                    run `select version()` against it and stop it (checks the machine).
#
# Exit code: 0 when every test passed; 1 when a test failed, a test project crashed, the build failed or
# the machine could not be prepared. TRX files land in artifacts/test-results (emptied on every run).
# Environment: CI=true only makes dotnet quieter (--nologo); SW_TEST_PG_PORT changes the first port tried
# for PostgreSQL (default 55432); SW_CHROMIUM overrides the browser (default /usr/bin/chromium).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
RESULTS=$ROOT/artifacts/test-results

# Known suites run in this order (cheap and most telling first); any other project found under
# tests/*/ is appended in name order, so a new test project runs without editing this script.
SUITE_ORDER=(UnitTests SliceTests WebTests BrowserTests)

MODE=all
case "${1:-}" in
  '') ;;
  --pg-only) MODE=pg ;;
  -h | --help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "unknown argument: $1 (try --help)" >&2; exit 2 ;;
esac

# ---------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------

is_root() { [ "$(id -u)" -eq 0 ]; }

# Package installs need root: use sudo when we are not root and it exists.
SUDO=()
if ! is_root && command -v sudo >/dev/null 2>&1; then SUDO=(sudo); fi

# "3m 12s" / "34s".
fmt_duration() {
  local s=$1
  if [ "$s" -ge 60 ]; then printf '%dm %ds' $((s / 60)) $((s % 60)); else printf '%ds' "$s"; fi
}

# Anything that stops us before tests could run still ends with the summary line CI looks for.
fail_early() {
  echo "ERROR: $*" >&2
  stop_pg
  echo "0 passed, 1 failed"
  exit 1
}

# ---------------------------------------------------------------------------------------------------
# a. Install what is missing (apt-get update only once, and only if something must be installed)
# ---------------------------------------------------------------------------------------------------

APT_UPDATED=0
apt_install() {
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "apt-get not found: install $* yourself" >&2
    return 1
  fi
  if ! is_root && [ ${#SUDO[@]} -eq 0 ]; then
    echo "not root and no sudo: install $* yourself (apt-get install $*)" >&2
    return 1
  fi
  # Another apt/dpkg run (e.g. a provisioning step in the background) may hold the locks: wait for it
  # instead of failing.
  local apt=("${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=600)
  if [ "$APT_UPDATED" -eq 0 ]; then
    "${apt[@]}" update
    APT_UPDATED=1
  fi
  "${apt[@]}" install -y "$@"
}

# Directory of the PostgreSQL server binaries (highest installed version), or nothing. Debian keeps them
# in /usr/lib/postgresql/<ver>/bin, off PATH; the client (psql) can be installed without the server, so
# look for initdb there rather than for psql.
pg_bindir() {
  local initdb
  initdb=$(printf '%s\n' /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)
  if [ -x "$initdb" ] && [ -x "${initdb%/initdb}/postgres" ]; then
    dirname "$initdb"
  elif command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)" # other layouts (server binaries on PATH)
  fi
}

# As root the server must run as the postgres OS user (initdb/postgres refuse root); the package
# creates that user in its postinst, so a missing user means the package is not (fully) installed yet.
pg_ready() {
  [ -n "$(pg_bindir)" ] && { ! is_root || id postgres >/dev/null 2>&1; }
}

CHROMIUM=${SW_CHROMIUM:-/usr/bin/chromium}

install_missing() {
  local need=()
  pg_ready || need+=(postgresql)
  if [ "$MODE" = all ] && [ ! -x "$CHROMIUM" ]; then need+=(chromium); fi
  # A CJK font, so browser-test screenshots show Chinese text instead of boxes (the tests pass without it).
  if [ "$MODE" = all ] && [ ! -d /usr/share/fonts/truetype/wqy ]; then need+=(fonts-wqy-microhei); fi
  # Node.js runs the independent ESC/POS decoder of the printing tests (tools/escpos-decode, npm package npos).
  if [ "$MODE" = all ] && ! command -v node >/dev/null 2>&1; then need+=(nodejs); fi
  if [ "$MODE" = all ] && ! command -v npm >/dev/null 2>&1; then need+=(npm); fi
  [ ${#need[@]} -eq 0 ] && return 0
  echo "== Installing: ${need[*]}"
  apt_install "${need[@]}" || fail_early "could not install ${need[*]}"
  if is_root && ! id postgres >/dev/null 2>&1; then
    # Last resort for odd images: a system user to own the throw-away cluster.
    useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  fi
  [ -n "$(pg_bindir)" ] || fail_early "PostgreSQL server binaries (initdb) still not found"
  if [ "$MODE" = all ] && [ ! -x "$CHROMIUM" ]; then fail_early "$CHROMIUM still not found"; fi
}

# ---------------------------------------------------------------------------------------------------
# b. Throw-away PostgreSQL server (fresh data dir, trust auth, durability off: it is deleted on exit)
# ---------------------------------------------------------------------------------------------------

PG_BIN=''
PG_DIR=''
PG_PORT=''

# Run a server binary as the postgres OS user when we are root, else as ourselves. cd / first: the
# postgres user may not be allowed into the current directory.
as_pg() {
  if ! is_root; then
    "$@"
  elif command -v runuser >/dev/null 2>&1; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && su postgres -s /bin/sh -c "$(printf '%q ' "$@")")
  fi
}

# True when something already listens on 127.0.0.1:$1.
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Silent and idempotent: it runs from the EXIT trap too, after the summary line has been printed.
stop_pg() {
  [ -n "$PG_DIR" ] || return 0
  if [ -f "$PG_DIR/data/postmaster.pid" ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PG_DIR" || true
  PG_DIR=''
}

trap stop_pg EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

make_pg_dir() {
  PG_DIR=$(mktemp -d "$1/sw-test-pg-XXXX")
  if is_root; then
    chown postgres: "$PG_DIR"
    # A private TMPDIR (e.g. under /root) is not reachable by the postgres user: caller retries in /tmp.
    if ! as_pg test -w "$PG_DIR"; then
      rm -rf "$PG_DIR"
      PG_DIR=''
      return 1
    fi
  fi
}

start_pg() {
  PG_BIN=$(pg_bindir)
  [ -n "$PG_BIN" ] || fail_early "PostgreSQL server binaries (initdb) not found"
  make_pg_dir "${TMPDIR:-/tmp}" || make_pg_dir /tmp || fail_early "cannot create a data directory the postgres user can write"

  # initdb: trust auth for the superuser "postgres", UTF-8; C.UTF-8 locale when the system has it, else C.
  local locale ok=0
  for locale in C.UTF-8 C; do
    if as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 --locale="$locale" -N \
      >"$PG_DIR/initdb.log" 2>&1; then
      ok=1
      break
    fi
    rm -rf "$PG_DIR/data"
  done
  if [ "$ok" -eq 0 ]; then
    cat "$PG_DIR/initdb.log" >&2
    fail_early "initdb failed"
  fi

  # Start on the first free port from 55432 (or SW_TEST_PG_PORT); if the start fails anyway (a port
  # grabbed in between), try the next one a few times. The socket lives in our own dir (-k), so several
  # runs on one machine never collide.
  local port=${SW_TEST_PG_PORT:-55432} last=$((${SW_TEST_PG_PORT:-55432} + 100)) failures=0
  while :; do
    [ "$port" -le "$last" ] || fail_early "no free port for PostgreSQL"
    if ! port_busy "$port"; then
      if as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 -s \
        -o "-h 127.0.0.1 -p $port -k '$PG_DIR' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start; then
        break
      fi
      failures=$((failures + 1))
      if [ "$failures" -ge 5 ]; then
        tail -n 20 "$PG_DIR/server.log" >&2 || true
        fail_early "PostgreSQL did not start"
      fi
    fi
    port=$((port + 1))
  done
  PG_PORT=$port

  # Tests create (and drop) their own databases through this superuser connection.
  export SW_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=;Database=postgres;Include Error Detail=true"
  echo "== PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT (data in $PG_DIR, deleted on exit)"
}

# ---------------------------------------------------------------------------------------------------
# --pg-only: prove the database part works on this machine, then stop.
# ---------------------------------------------------------------------------------------------------

if [ "$MODE" = pg ]; then
  install_missing
  start_pg
  echo "SW_TEST_PG=$SW_TEST_PG"
  psql=$PG_BIN/psql
  [ -x "$psql" ] || psql=psql
  PGCONNECT_TIMEOUT=10 "$psql" -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres \
    -c 'select version()'
  stop_pg
  echo "PostgreSQL stopped and removed."
  exit 0
fi

# ---------------------------------------------------------------------------------------------------
# Full run
# ---------------------------------------------------------------------------------------------------

command -v dotnet >/dev/null 2>&1 || fail_early "dotnet SDK not found on PATH (see global.json for the version)"

install_missing
export SW_CHROMIUM=$CHROMIUM
start_pg

# f. CI=true only makes dotnet quieter; nothing else depends on it.
QUIET=()
if [ "${CI:-}" = true ]; then
  QUIET=(--nologo)
  export DOTNET_NOLOGO=1
fi
# One-shot script: do not leave idle MSBuild worker nodes behind after it ends.
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# c. Build everything once; the test runs below use --no-build.
echo "== Build (Release)"
build_start=$SECONDS
dotnet tool restore || fail_early "dotnet tool restore failed"
# The decoder's npm packages, pinned by its package-lock.json (install scripts off: npos pulls an optional USB driver).
(cd tools/escpos-decode && npm ci --no-audit --no-fund --ignore-scripts) || fail_early "npm ci in tools/escpos-decode failed"
(cd tools/xlsx-check && npm ci --no-audit --no-fund --ignore-scripts) || fail_early "npm ci in tools/xlsx-check failed"
dotnet build SharedWarehouse.sln -c Release "${QUIET[@]}" || fail_early "build failed"
build_time=$((SECONDS - build_start))

# d. Discover test projects: the known suites in SUITE_ORDER first, then any other project, by name.
#    A project under tests/ that sets <IsTestProject>false</IsTestProject> (a shared helper library) is
#    not a suite.
all_projects=()
for p in tests/*/*.csproj; do
  [ -f "$p" ] || continue
  grep -qiE '<IsTestProject>[[:space:]]*false' "$p" && continue
  all_projects+=("$p")
done
projects=()
for suite in "${SUITE_ORDER[@]}"; do
  for p in "${all_projects[@]}"; do
    [ "$(basename "$p" .csproj)" = "SharedWarehouse.$suite" ] && projects+=("$p")
  done
done
for p in "${all_projects[@]}"; do
  known=0
  for q in "${projects[@]}"; do [ "$p" = "$q" ] && known=1; done
  [ "$known" -eq 1 ] || projects+=("$p")
done
[ ${#projects[@]} -gt 0 ] || fail_early "no test project found under tests/*/"

rm -rf "$RESULTS"
mkdir -p "$RESULTS"

# e. The <Counters .../> element of a TRX's ResultSummary; then one attribute of it (0 when absent).
trx_counters() { tr '\n' ' ' <"$1" | grep -o '<Counters [^>]*>' | head -n 1 || true; }
counter() {
  local v
  v=$(sed -n "s/.*[[:space:]]$2=\"\([0-9]*\)\".*/\1/p" <<<"$1")
  echo "${v:-0}"
}

# Names of the failed tests in a TRX (at most 20), to repeat them in the summary.
failed_tests() {
  tr '\n' ' ' <"$1" | grep -o '<UnitTestResult [^>]*outcome="Failed"[^>]*>' |
    sed -n 's/.*[[:space:]]testName="\([^"]*\)".*/\1/p' | head -n 20 || true
}

total_passed=0
total_failed=0
total_skipped=0
summary=()

# Every Chinese UI text has its English (scripts/tools/check-translations.py; modules found from the folders).
echo
echo "== Translations (scripts/tools/check-translations.py)"
if python3 scripts/tools/check-translations.py 2>&1 | grep -v '^warning: ' | tee "$RESULTS/Translations.log"; [ "${PIPESTATUS[0]}" -eq 0 ]; then
  total_passed=$((total_passed + 1))
  summary+=("Translations: 1 passed, 0 failed")
else
  total_failed=$((total_failed + 1))
  summary+=("Translations: 0 passed, 1 failed; see ${RESULTS#"$ROOT"/}/Translations.log")
fi

# The README's commands, run for real as a newcomer would (scripts/smoke.sh): run.sh on a throw-away folder
# and port, its pages and demo accounts, a second run, migrate + start on PostgreSQL, --pg-only. Each check
# counts as one test.
echo
echo "== Smoke (scripts/smoke.sh)"
start=$SECONDS
bash scripts/smoke.sh 2>&1 | tee "$RESULTS/Smoke.log" || true # counted below, from its result line
took=$(fmt_duration $((SECONDS - start)))
smoke_line=$(grep -E '^smoke: [0-9]+ passed, [0-9]+ failed$' "$RESULTS/Smoke.log" | tail -n 1)
if [ -z "$smoke_line" ]; then
  total_failed=$((total_failed + 1))
  summary+=("Smoke: CRASHED, no result line, counted as 1 failed ($took); see ${RESULTS#"$ROOT"/}/Smoke.log")
else
  read -r passed failed < <(sed 's/^smoke: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/' <<<"$smoke_line")
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  summary+=("Smoke: $passed passed, $failed failed ($took)")
  while IFS= read -r line; do summary+=("    $line"); done < <(grep -E '^(FAILED |smoke: .*first page)' "$RESULTS/Smoke.log")
fi

for proj in "${projects[@]}"; do
  name=$(basename "$proj" .csproj)
  suite=${name#SharedWarehouse.}
  trx=$RESULTS/$name.trx
  echo
  echo "== $suite ($proj)"
  start=$SECONDS
  # Never stop at the first failing project: remember the exit code and carry on.
  # Output goes to the terminal and to artifacts/test-results/<name>.log. TestSessionTimeout (40 min)
  # aborts a hung run (e.g. a stuck browser) instead of blocking CI forever; it is then counted as failed.
  rc=0
  dotnet test "$proj" -c Release --no-build "${QUIET[@]}" \
    --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS" \
    -- RunConfiguration.TestSessionTimeout=2400000 2>&1 | tee "$RESULTS/$name.log" || rc=$?
  took=$(fmt_duration $((SECONDS - start)))

  if [ ! -f "$trx" ]; then
    # No TRX: the run crashed (or the project was not built: is it in SharedWarehouse.sln?).
    total_failed=$((total_failed + 1))
    summary+=("$suite: CRASHED, no TRX (dotnet test exit code $rc), counted as 1 failed ($took); see ${RESULTS#"$ROOT"/}/$name.log")
    continue
  fi

  c=$(trx_counters "$trx")
  passed=$(counter "$c" passed)
  # error/timeout/aborted are failures too, whatever the runner called them.
  failed=$(($(counter "$c" failed) + $(counter "$c" error) + $(counter "$c" timeout) + $(counter "$c" aborted)))
  skipped=$(counter "$c" notExecuted)
  note=''
  if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
    # dotnet test failed but no test did: the test host aborted mid-run (crash, stack overflow...).
    failed=1
    note=" [dotnet test exit code $rc with no failed test: run aborted, counted as 1 failed]"
  fi
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  total_skipped=$((total_skipped + skipped))
  summary+=("$suite: $passed passed, $failed failed, $skipped skipped ($took)$note")
  while IFS= read -r test; do
    [ -n "$test" ] && summary+=("    FAILED $test")
  done < <(failed_tests "$trx")
done

# Stop the database now (silently) so nothing can print after the summary line.
stop_pg

echo
echo "==== Test summary ===="
printf '%s\n' "${summary[@]}"
echo "TRX files: ${RESULTS#"$ROOT"/}"
echo "Total duration: $(fmt_duration "$SECONDS") (build $(fmt_duration "$build_time"))"
final="$total_passed passed, $total_failed failed"
[ "$total_skipped" -gt 0 ] && final+=", $total_skipped skipped"
echo "$final"
[ "$total_failed" -eq 0 ]
