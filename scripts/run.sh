#!/usr/bin/env bash
# Runs SharedWarehouse locally on the embedded SQLite default (src/Host/SharedWarehouse.Web/App_Data)
# with demo data, at http://127.0.0.1:5080. Extra arguments are passed to the app.
#
#   URLS=http://0.0.0.0:8080 scripts/run.sh      listen elsewhere
#   DATA_PATH=/srv/sw-data scripts/run.sh         keep the database, uploads, logs and first-admin.txt there
#   ADMIN_PHONE=... ADMIN_PASSWORD=... scripts/run.sh
#
# The first admin (created at start-up only if that phone has no account yet) gets ADMIN_PHONE (default
# 13800000000) and ADMIN_PASSWORD; without ADMIN_PASSWORD a random password is generated once, kept in
# App_Data/first-admin.txt (git-ignored, next to the database it belongs to) and printed on every run.
set -euo pipefail
cd "$(dirname "$0")/.."

project=src/Host/SharedWarehouse.Web
# Storage:DataPath. Made absolute here: the app resolves a relative one against its content root (the project
# directory under dotnet run), this script against the repository root.
data=${DATA_PATH:-$project/App_Data}
mkdir -p "$data"
data=$(cd "$data" && pwd)
password_file=$data/first-admin.txt

# 14 random letters/digits (~83 bits) plus one digit: the Identity policy wants 8+ characters with a digit.
random_password() {
  local raw=''
  while [ ${#raw} -lt 14 ]; do
    if command -v openssl >/dev/null 2>&1; then
      raw+=$(openssl rand -base64 24 | tr -dc 'A-Za-z0-9')
    else
      raw+=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
    fi
  done
  printf '%s%d\n' "${raw:0:14}" $((RANDOM % 10))
}

admin_phone=${ADMIN_PHONE:-13800000000}
admin_password=${ADMIN_PASSWORD:-}
if [ -n "$admin_password" ]; then
  shown='(from ADMIN_PASSWORD)'
  note='applied only when this phone has no account yet'
else
  # Reuse the password of an earlier run: the admin account already exists in that run's database.
  if [ ! -s "$password_file" ]; then
    (umask 077 && random_password >"$password_file")
  fi
  admin_password=$(cat "$password_file")
  shown=$admin_password
  note="applied only when this phone has no account yet; kept in $password_file"
fi

echo "first admin: phone $admin_phone password $shown"
echo "  ($note)"
echo "demo accounts (password Demo12345): buyer 13900000001, merchants 13900000002 and 13900000004, applicant 13900000003, picker 13900000009, warehouse clerk 13900000005"

export ASPNETCORE_ENVIRONMENT=Development
# Demo data: configuration key Demo:Enabled (SW_DEMO_DATA kept for tools that look for it).
export SW_DEMO_DATA=true Demo__Enabled=true
export Admin__Phone=$admin_phone Admin__Password=$admin_password
export Storage__DataPath=$data

# --no-launch-profile: the environment above, not a launchSettings.json profile, decides the settings.
exec dotnet run --project "$project" -c Release --no-launch-profile -- \
  --urls "${URLS:-http://127.0.0.1:5080}" "$@"
