#!/usr/bin/env bash
# Load on the Slack acknowledge path: signed Events API DMs -> verify HMAC -> map -> seal -> inbox INSERT
# (group-committed, SQLite WAL, synchronous FULL) -> 200. A published Release build; processors off, so only
# the acknowledge path is measured. Needs wrk and python3.
#   bash bench/load/run-slack-load.sh [connections] [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
connections=${1:-32}
seconds=${2:-15}
out=$(mktemp -d)
secret=load-test-signing-secret
dotnet publish src/BotHost -c Release -o "$out/app" >/dev/null
python3 bench/load/make-slack-requests.py "$secret" 200000 "$out/slack.lua"
export ASPNETCORE_ENVIRONMENT=Production Reports__EncryptionKey=$(head -c 32 /dev/urandom | base64) \
  Storage__ConnectionString="Data Source=$out/load.db" Pipeline__RunProcessors=false Logging__LogLevel__Default=Warning \
  Slack__SigningSecret=$secret Slack__BotToken=xoxb-load-test Slack__ApiBaseUrl=http://127.0.0.1:9/
dotnet "$out/app/BotHost.dll" --urls http://127.0.0.1:5191 >"$out/host.log" 2>&1 &
host=$!
trap 'kill $host 2>/dev/null; rm -rf "$out"' EXIT
for _ in $(seq 1 60); do curl -sf http://127.0.0.1:5191/readyz >/dev/null && break; sleep 1; done
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$out/slack.lua" http://127.0.0.1:5191
echo "turns stored: $(sqlite3 "$out/load.db" 'select count(*) from inbox' 2>/dev/null || echo '(sqlite3 not installed)')"
