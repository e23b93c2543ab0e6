#!/usr/bin/env bash
# End-to-end benchmark: a published Release host pinned to CPU 0, the load tool and the loopback fakes of
# the Slack Web API and Bot Connector on CPU 1. Replies are counted where they arrive.
#   bash bench/e2e.sh [slack|teams] [extra BotHost.Load options, e.g. --connections 32 --seconds 10]
# PostgreSQL:  bash bench/e2e.sh slack --provider postgres --connection-string "Host=127.0.0.1;..." --hosts 2 --host-cpus 0/1
set -euo pipefail
cd "$(dirname "$0")/.."
platform=${1:-slack}
shift || true
out=${BENCH_OUT:-$(mktemp -d)}
questions=${BENCH_QUESTIONS:-tests/BotHost.Tests/Faq/Evaluation/heldout.tsv}
dotnet publish src/BotHost -c Release -o "$out/app" >/dev/null
dotnet publish bench/BotHost.Load -c Release -o "$out/load" >/dev/null
cpus="--host-cpus 0"
case " $* " in *" --host-cpus "*) cpus="" ;; esac
exec taskset -c 1 dotnet "$out/load/BotHost.Load.dll" --app "$out/app" --platform "$platform" --questions "$questions" $cpus "$@"
