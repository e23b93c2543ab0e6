#!/usr/bin/env bash
# Load on the acknowledge path: a published Release build, real SQLite file (WAL, synchronous FULL),
# processors off so only the accept path is measured. Needs wrk (apt-get install wrk).
#   bash bench/load/run-ack-load.sh [connections] [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
connections=${1:-32}
seconds=${2:-15}
out=$(mktemp -d)
dotnet publish src/BotHost -c Release -o "$out/app" >/dev/null
export ASPNETCORE_ENVIRONMENT=Production Reports__EncryptionKey=$(head -c 32 /dev/urandom | base64) \
  Storage__ConnectionString="Data Source=$out/load.db" Pipeline__RunProcessors=false Logging__LogLevel__Default=Warning
dotnet "$out/app/BotHost.dll" --urls http://127.0.0.1:5190 >"$out/host.log" 2>&1 &
host=$!
trap 'kill $host 2>/dev/null; rm -rf "$out"' EXIT
for _ in $(seq 1 60); do curl -sf http://127.0.0.1:5190/readyz >/dev/null && break; sleep 1; done
session=$(curl -s -XPOST http://127.0.0.1:5190/chat/api/sessions | sed 's/.*"sessionId":"\([^"]*\)".*/\1/')
SESSION=$session wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/load/webchat-post.lua http://127.0.0.1:5190
echo "rows stored: $(sqlite3 "$out/load.db" 'select count(*) from inbox' 2>/dev/null || echo '(sqlite3 not installed)')"
