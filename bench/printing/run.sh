#!/usr/bin/env bash
# Label printing benchmark (not a test): the real app (SQLite default, print worker on) on a throw-away data folder,
# the harness queues 100 labels at once to 5 fake TCP 9100 printers, then measures /health/live with wrk with no
# printer stalled and with one stalled printer the worker keeps retrying.
#   bash bench/printing/run.sh [wrk seconds=10] [wrk connections=32]
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_RUN=${1:-10}
CONNECTIONS=${2:-32}
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }

flock /tmp/sw-build.lock dotnet build bench/printing/PrintingBench -c Release -v q -nologo >/dev/null
DATA=$(mktemp -d /tmp/sw-printbench-XXXX)
PORT=5590
while (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done
URL=http://127.0.0.1:$PORT
APP_PID=''
stop() { [ -z "$APP_PID" ] || kill "$APP_PID" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$DATA"; }
trap stop EXIT

# Shorter timeouts and backoff than the defaults, so the stalled printer is retried throughout the wrk run.
ASPNETCORE_ENVIRONMENT=Production dotnet src/Host/SharedWarehouse.Web/bin/Release/net10.0/SharedWarehouse.Web.dll \
  --urls "$URL" --Storage:DataPath="$DATA" --Database:Provider=Sqlite --Demo:Enabled=false \
  --Admin:Phone=13800000000 --Admin:Password=BenchPass123 --Logging:LogLevel:Default=Warning \
  --Printing:PollIntervalMs=50 --Printing:ConnectTimeoutMs=2000 --Printing:WriteTimeoutMs=2000 \
  --Printing:BackoffBaseMs=200 --Printing:BackoffMaxMs=500 >"$DATA/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do curl -fsS "$URL/health/live" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fsS "$URL/health/live" >/dev/null || { echo "app did not start:" >&2; tail -30 "$DATA/app.log" >&2; exit 1; }
echo "== app on $URL (pid $APP_PID), $(nproc) CPUs, wrk ${SECONDS_PER_RUN}s x $CONNECTIONS connections"
dotnet bench/printing/PrintingBench/bin/Release/net10.0/PrintingBench.dll "$DATA" "$URL" "$SECONDS_PER_RUN" "$CONNECTIONS" "$APP_PID"
