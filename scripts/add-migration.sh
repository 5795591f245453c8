#!/usr/bin/env bash
# Adds an EF Core migration with the same name to BOTH providers (SQLite and PostgreSQL) for each module
# context, so the two migration assemblies never drift apart.
#
#   scripts/add-migration.sh NAME [Module ...]     Modules: Platform and every folder of src/Modules
#                                                  (none given: all of them)
#   PROVIDERS=Sqlite scripts/add-migration.sh NAME  only some providers (default "Sqlite PostgreSql")
#
# Migrations land in src/Migrations/SharedWarehouse.Migrations.<Provider>/<Module>/ with the namespace
# SharedWarehouse.Migrations.<Provider>.<Module> (project root namespace + output folder). Do not pass
# --namespace to `dotnet ef`: with it EF puts a NEW model snapshot in a folder derived from the namespace
# (SharedWarehouse/Migrations/<Provider>/<Module>/) instead of next to the migration.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { { echo usage:; sed -n '5,7p' "$0" | sed 's/^#//'; } >&2; exit 2; }

name=${1:-}
[ -n "$name" ] || usage
shift
# The name becomes a C# class name.
[[ $name =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || { echo "invalid migration name: $name" >&2; exit 2; }

design=src/Migrations/SharedWarehouse.Migrations.DesignTime
dotnet tool restore >/dev/null # dotnet-ef is a local tool (.config/dotnet-tools.json)
flock /tmp/sw-build.lock dotnet build "$design" -c Debug -v q -nologo >/dev/null \
  || { echo "the design-time project does not build: run dotnet build $design to see why" >&2; exit 1; }

# Module (= output folder) -> DbContext, as each module declares it (IModule.DbContextType), plus the platform's
# own context: the design-time program lists them, so a new module under src/Modules needs no line here.
declare -A contexts=()
all_modules=()
while read -r module context; do
  contexts[$module]=$context
  all_modules+=("$module")
done < <(dotnet "$design/bin/Debug/net10.0/SharedWarehouse.Migrations.DesignTime.dll" --list-contexts)

modules=("$@")
[ ${#modules[@]} -gt 0 ] || modules=("${all_modules[@]}")
read -r -a providers <<<"${PROVIDERS:-Sqlite PostgreSql}"

# Validate everything before changing anything, so a typo cannot leave half the migrations added.
for module in "${modules[@]}"; do
  [ -n "${contexts[$module]:-}" ] || { echo "unknown module: $module (known: ${all_modules[*]})" >&2; exit 2; }
done
for provider in "${providers[@]}"; do
  [ -d "src/Migrations/SharedWarehouse.Migrations.$provider" ] || { echo "unknown provider: $provider" >&2; exit 2; }
done

marker=$(mktemp) # files newer than this are what we created or changed
trap 'rm -f "$marker"' EXIT

done_list=()
report() {
  echo
  if [ ${#done_list[@]} -gt 0 ]; then
    echo "Added migration $name for: ${done_list[*]}"
  else
    echo "No migration added."
  fi
  echo "Files created or updated:"
  find src/Migrations -name '*.cs' -newer "$marker" -not -path '*/bin/*' -not -path '*/obj/*' | sort | sed 's/^/  /'
}

for provider in "${providers[@]}"; do
  for module in "${modules[@]}"; do
    context=${contexts[$module]}
    echo "== $provider / $module ($context)"
    # --no-build runs on the built output of the migrations project, which must include the migration
    # added just before (same provider) or EF would scaffold it again: rebuild DesignTime (it references
    # both migrations projects) before every add. The build is incremental, so this is cheap.
    if ! flock /tmp/sw-build.lock dotnet build "$design" -c Debug -v q -nologo; then
      report
      echo "Build of $design failed: nothing more added." >&2
      exit 1
    fi
    if ! SW_DESIGN_PROVIDER=$provider dotnet ef migrations add "$name" --no-build --configuration Debug \
      --project "src/Migrations/SharedWarehouse.Migrations.$provider" --startup-project "$design" \
      --context "$context" --output-dir "$module"; then
      report
      echo "dotnet ef failed for $provider/$module. Remove what was added above with" >&2
      echo "  SW_DESIGN_PROVIDER=<Provider> dotnet ef migrations remove --project src/Migrations/SharedWarehouse.Migrations.<Provider> --startup-project $design --context <Context>" >&2
      exit 1
    fi
    done_list+=("$provider/$module")
  done
done

report
