#!/usr/bin/env bash
# Runs what the README promises, the way a newcomer would, and checks each step over HTTP:
#
#   1. `bash scripts/run.sh` on a throw-away data folder and a free port: the home page, a product page, the
#      demo accounts (buyer → order list, merchant → back office, picker → pick list, applicant), the first
#      admin with the password run.sh printed (→ review console); then the app stops on SIGTERM.
#   2. `bash scripts/run.sh` again on the same folder: it prints the same admin password (first-admin.txt)
#      and that password still signs in.
#   3. PostgreSQL (when SW_TEST_PG names a server): the README's `migrate` verb on an empty database, then the
#      README's start command on it.
#   4. `bash scripts/test.sh --pg-only`.
#
# scripts/test.sh calls it right after its build, with its throw-away PostgreSQL in SW_TEST_PG. It prints one line per check,
# "ok <check>" or "FAILED <check>: <why>" followed by the app's own error line and log tail, the seconds to the
# first page and the resident memory after start, and ends with "smoke: N passed, N failed" (exit 1 if any
# failed). Standalone: `bash scripts/smoke.sh` (PostgreSQL checks are skipped without SW_TEST_PG).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

# Generous on purpose: dotnet run first checks the build, which is slow on a loaded 2-core machine. The
# waits end as soon as the condition holds; the limits only stop a run that will never get there.
START_LIMIT=${SW_SMOKE_START_LIMIT:-900}
STOP_LIMIT=60

WORK=$(mktemp -d "${TMPDIR:-/tmp}/sw-smoke-XXXX")
APP_PID=''
passed=0
failed=0

cleanup() {
  stop_app >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

ok() {
  passed=$((passed + 1))
  echo "ok $1"
}

# $1 check, $2 why; the app's log (when one is running or just ran) explains the rest.
fail() {
  failed=$((failed + 1))
  echo "FAILED $1: $2"
  if [ -n "${APP_LOG:-}" ] && [ -f "$APP_LOG" ]; then
    local said
    said=$(grep -m 1 -E 'Unhandled exception|\[FTL\]|\[ERR\]|fail: |Exception: ' "$APP_LOG" || true)
    [ -n "$said" ] && echo "  the app said: $said"
    echo "  last lines of $APP_LOG:"
    tail -n 25 "$APP_LOG" | sed 's/^/    | /'
  fi
}

free_port() {
  local port
  for port in $(seq "${1:-5180}" $((${1:-5180} + 200))); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
  done
  return 1
}

# Starts "$@" in its own session (so the whole tree - dotnet run and the app it spawns - stops together),
# output to $APP_LOG.
start_app() {
  APP_LOG=$1
  shift
  setsid "$@" >"$APP_LOG" 2>&1 &
  APP_PID=$!
  STARTED_AT=$(date +%s.%N)
}

app_alive() { [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; }

# Waits until GET $1/ answers 200, or the app exits, or START_LIMIT passes. Sets FIRST_PAGE_SECONDS.
wait_for_home() {
  local base=$1 deadline=$((SECONDS + START_LIMIT))
  while [ "$SECONDS" -lt "$deadline" ]; do
    app_alive || return 1
    if [ "$(curl -s -o /dev/null -m 10 -w '%{http_code}' "$base/")" = 200 ]; then
      FIRST_PAGE_SECONDS=$(awk -v a="$STARTED_AT" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
      return 0
    fi
    sleep 0.5
  done
  return 1
}

# Resident memory of the app process itself (not of `dotnet run` or the shell), in MiB.
app_rss_mib() {
  local pid args
  while read -r pid args; do
    case "$args" in
      *"dotnet run"* | *bash* | *MSBuild*) continue ;;
      *SharedWarehouse.Web*)
        awk '/^VmRSS:/ { printf "%.0f\n", $2 / 1024 }' "/proc/$pid/status"
        return 0
        ;;
    esac
  done < <(ps -o pid=,args= -s "$APP_PID")
  echo '?'
}

# SIGTERM to the session; the app must shut down by itself within STOP_LIMIT seconds.
stop_app() {
  app_alive || { APP_PID=''; return 0; }
  kill -TERM -- "-$APP_PID" 2>/dev/null
  local deadline=$((SECONDS + STOP_LIMIT))
  while app_alive && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.2; done
  if app_alive; then
    kill -KILL -- "-$APP_PID" 2>/dev/null
    APP_PID=''
    return 1
  fi
  APP_PID=''
}

# GET $2 with the cookie jar $1; prints "status redirect-target".
get() { curl -s -o "$WORK/body.html" -m 60 -b "$1" -c "$1" -w '%{http_code} %{redirect_url}' "$2"; }

# Signs in through the real login form (antiforgery token from the page, cookie jar $1). Prints the status and
# target of the form's answer: "302 <base>/" when it worked.
sign_in() {
  local jar=$1 base=$2 phone=$3 password=$4 token
  get "$jar" "$base/account/login" >/dev/null
  token=$(sed -n 's/.*name="__RequestVerificationToken"[^>]*value="\([^"]*\)".*/\1/p' "$WORK/body.html" | head -n 1)
  curl -s -o "$WORK/body.html" -m 60 -b "$jar" -c "$jar" -w '%{http_code} %{redirect_url}' \
    --data-urlencode "Phone=$phone" --data-urlencode "Password=$password" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/account/login"
}

# A check that signs in as $2/$3 and then expects 200 from page $4.
check_account_page() {
  local name=$1 phone=$2 password=$3 page=$4 jar="$WORK/$2.$RANDOM.jar" answer
  answer=$(sign_in "$jar" "$BASE" "$phone" "$password")
  if [ "$answer" != "302 $BASE/" ]; then
    fail "$name" "signing in as $phone answered '$answer' instead of a redirect to $BASE/"
    return
  fi
  answer=$(get "$jar" "$BASE$page")
  if [ "${answer%% *}" = 200 ]; then ok "$name"; else fail "$name" "GET $page answered '$answer' after signing in"; fi
}

printed_admin_password() { sed -n 's/^first admin: phone [0-9]* password \([^ ]*\)$/\1/p' "$1" | head -n 1; }

# ---------------------------------------------------------------------------------------------------------
# 1. The README's first command on a fresh data folder.
# ---------------------------------------------------------------------------------------------------------

DATA=$WORK/data
PORT=$(free_port 5180) || { fail "run.sh" "no free port"; echo "smoke: $passed passed, $failed failed"; exit 1; }
BASE=http://127.0.0.1:$PORT
unset ADMIN_PASSWORD ADMIN_PHONE
echo "== smoke: bash scripts/run.sh (data in $DATA, $BASE)"
start_app "$WORK/run1.log" env DATA_PATH="$DATA" URLS="$BASE" bash scripts/run.sh
if wait_for_home "$BASE"; then
  ok "run.sh serves the home page"
  echo "smoke: first page ${FIRST_PAGE_SECONDS} s after \`bash scripts/run.sh\` (its build check included); app resident memory $(app_rss_mib) MiB"

  # A product page, found the way a visitor does: the first product link on the home page.
  get "$WORK/visitor.jar" "$BASE/" >/dev/null
  product=$(grep -o 'href="/products/[0-9a-f-]\{36\}"' "$WORK/body.html" | head -n 1 | sed 's/href="\(.*\)"/\1/')
  if [ -z "$product" ]; then
    fail "a product page" "the home page links no product (/products/{id}): is the demo data there?"
  else
    answer=$(get "$WORK/visitor.jar" "$BASE$product")
    if [ "${answer%% *}" = 200 ]; then ok "a product page ($product)"; else fail "a product page" "GET $product answered '$answer'"; fi
  fi

  check_account_page "demo buyer signs in and opens the order list" 13900000001 Demo12345 /orders
  check_account_page "demo merchant signs in and opens the back office" 13900000002 Demo12345 /merchant
  check_account_page "demo picker signs in and opens the pick list" 13900000009 Demo12345 /picker
  check_account_page "demo applicant signs in" 13900000003 Demo12345 /
  ADMIN_PASSWORD_1=$(printed_admin_password "$WORK/run1.log")
  if [ -z "$ADMIN_PASSWORD_1" ]; then
    fail "first admin signs in" "run.sh printed no 'first admin: phone … password …' line"
  else
    check_account_page "first admin signs in with the printed password" 13800000000 "$ADMIN_PASSWORD_1" /admin/merchant-applications
  fi
else
  fail "run.sh serves the home page" "no 200 from $BASE/ (app $(app_alive && echo "still starting after ${START_LIMIT}s" || echo exited))"
fi
if stop_app; then ok "the app stops on SIGTERM"; else fail "the app stops on SIGTERM" "still running ${STOP_LIMIT}s after SIGTERM"; fi

# ---------------------------------------------------------------------------------------------------------
# 2. A second run on the same folder reuses first-admin.txt.
# ---------------------------------------------------------------------------------------------------------

echo "== smoke: bash scripts/run.sh again on the same data folder"
start_app "$WORK/run2.log" env DATA_PATH="$DATA" URLS="$BASE" bash scripts/run.sh
if wait_for_home "$BASE"; then
  echo "smoke: second run, first page ${FIRST_PAGE_SECONDS} s after \`bash scripts/run.sh\` (database and demo data already there)"
  ADMIN_PASSWORD_2=$(printed_admin_password "$WORK/run2.log")
  if [ -z "${ADMIN_PASSWORD_1:-}" ] || [ "$ADMIN_PASSWORD_2" != "$ADMIN_PASSWORD_1" ] ||
    [ "$ADMIN_PASSWORD_2" != "$(cat "$DATA/first-admin.txt" 2>/dev/null)" ]; then
    fail "second run reuses first-admin.txt" "printed '$ADMIN_PASSWORD_2', first run '${ADMIN_PASSWORD_1:-}', file '$(cat "$DATA/first-admin.txt" 2>/dev/null)'"
  else
    check_account_page "second run reuses first-admin.txt and the admin still signs in" 13800000000 "$ADMIN_PASSWORD_2" /admin/merchant-applications
  fi
else
  fail "second run serves the home page" "no 200 from $BASE/"
fi
stop_app || fail "the second run stops on SIGTERM" "still running ${STOP_LIMIT}s after SIGTERM"

# ---------------------------------------------------------------------------------------------------------
# 3. PostgreSQL as the README's "PostgreSQL" section runs it: migrate an empty database, then start.
# ---------------------------------------------------------------------------------------------------------

if [ -z "${SW_TEST_PG:-}" ]; then
  echo "skipped: PostgreSQL checks (SW_TEST_PG not set; scripts/test.sh sets it)"
else
  echo "== smoke: PostgreSQL migrate verb on an empty database, then start"
  APP_LOG=''
  dll=src/Host/SharedWarehouse.Web/bin/Release/net10.0/SharedWarehouse.Web.dll
  db=sw_smoke_$$
  psql_args=(-X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$(sed -n 's/.*Port=\([0-9]*\).*/\1/p' <<<"$SW_TEST_PG")" -U postgres)
  psql=$(command -v psql || printf '%s\n' /usr/lib/postgresql/*/bin/psql | sort -V | tail -n 1)
  if "$psql" "${psql_args[@]}" -d postgres -c "create database $db" >"$WORK/psql.log" 2>&1; then
    pg="${SW_TEST_PG/Database=postgres/Database=$db}"
    pg_env=(env Database__Provider=PostgreSql "Database__ConnectionString=$pg" Storage__DataPath="$WORK/pg-data"
      Admin__Phone=13800000000 Admin__Password=SmokeAdmin123)
    APP_LOG=$WORK/migrate.log
    if "${pg_env[@]}" dotnet "$dll" migrate >"$APP_LOG" 2>&1; then
      schemas=$("$psql" "${psql_args[@]}" -d "$db" -tAc \
        "select count(*) from information_schema.schemata where schema_name in ('accounts','catalog','ordering','quartz')")
      if [ "$schemas" = 4 ]; then ok "migrate verb on an empty PostgreSQL database"; else
        fail "migrate verb on an empty PostgreSQL database" "exit 0 but only $schemas of the schemas accounts, catalog, ordering, quartz exist"
      fi
      start_app "$WORK/pg-run.log" "${pg_env[@]}" dotnet "$dll" --urls "$BASE"
      if wait_for_home "$BASE"; then
        check_account_page "PostgreSQL start after migrate: admin signs in" 13800000000 SmokeAdmin123 /admin/merchant-applications
      else
        fail "PostgreSQL start after migrate" "no 200 from $BASE/"
      fi
      stop_app || fail "the PostgreSQL app stops on SIGTERM" "still running ${STOP_LIMIT}s after SIGTERM"
    else
      fail "migrate verb on an empty PostgreSQL database" "exit code $?"
    fi
    "$psql" "${psql_args[@]}" -d postgres -c "drop database if exists $db with (force)" >/dev/null 2>&1 || true
  else
    APP_LOG=''
    fail "migrate verb on an empty PostgreSQL database" "could not create database $db: $(tail -n 1 "$WORK/psql.log")"
  fi
fi

# ---------------------------------------------------------------------------------------------------------
# 4. The README's machine check.
# ---------------------------------------------------------------------------------------------------------

echo "== smoke: bash scripts/test.sh --pg-only"
APP_LOG=$WORK/pg-only.log
if bash scripts/test.sh --pg-only >"$APP_LOG" 2>&1 && grep -q 'PostgreSQL [0-9]' "$APP_LOG" &&
  grep -q 'PostgreSQL stopped and removed' "$APP_LOG"; then
  ok "scripts/test.sh --pg-only"
else
  fail "scripts/test.sh --pg-only" "see its output below"
fi

echo "smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
