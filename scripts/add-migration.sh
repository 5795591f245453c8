#!/usr/bin/env bash
# Adds an EF Core migration with the same name to both providers (SQLite and PostgreSQL) for each
# module context. Usage: scripts/add-migration.sh NAME [Module ...]   (default: every module)
set -euo pipefail
cd "$(dirname "$0")/.."

name=${1:?usage: scripts/add-migration.sh NAME [Module ...]}
shift
declare -A contexts=([Accounts]=AccountsDbContext [Merchants]=MerchantsDbContext [Notifications]=NotificationsDbContext [Platform]=PlatformDbContext)
modules=("$@")
[ ${#modules[@]} -eq 0 ] && modules=(Accounts Merchants Notifications Platform)

design=src/Migrations/SharedWarehouse.Migrations.DesignTime
dotnet tool restore >/dev/null
providers=${PROVIDERS:-Sqlite PostgreSql}
for provider in $providers; do
  for module in "${modules[@]}"; do
    context=${contexts[$module]:?unknown module $module}
    # Rebuild before each add: --no-build must see the migrations added just before.
    dotnet build "$design" -c Debug -v q -nologo >/dev/null
    echo "== $provider / $module ($context)"
    SW_DESIGN_PROVIDER=$provider dotnet ef migrations add "$name" --no-build --configuration Debug \
      --project "src/Migrations/SharedWarehouse.Migrations.$provider" --startup-project "$design" \
      --context "$context" --output-dir "$module"
  done
done
