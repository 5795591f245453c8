#!/usr/bin/env bash
# Runs SharedWarehouse on the embedded SQLite default with demo data, at http://127.0.0.1:5080.
# The first admin's phone is ADMIN_PHONE (default 13800000000); its password is ADMIN_PASSWORD or, when
# unset, a random one printed below (it is kept in App_Data/first-admin.txt so later runs reuse it).
set -euo pipefail
cd "$(dirname "$0")/.."
data=src/Host/SharedWarehouse.Web/App_Data
mkdir -p "$data"
if [ -z "${ADMIN_PASSWORD:-}" ]; then
  [ -f "$data/first-admin.txt" ] || echo "Sw$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 12)9" >"$data/first-admin.txt"
  ADMIN_PASSWORD=$(cat "$data/first-admin.txt")
fi
echo "First admin: phone ${ADMIN_PHONE:-13800000000}, password $ADMIN_PASSWORD"
echo "Demo accounts (password Demo12345): buyer 13900000001, merchant 13900000002, applicant 13900000003, picker 13900000009"
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export Demo__Enabled=true Admin__Phone=${ADMIN_PHONE:-13800000000} Admin__Password=$ADMIN_PASSWORD
exec dotnet run --project src/Host/SharedWarehouse.Web -c Release -- --urls "${URLS:-http://127.0.0.1:5080}" "$@"
