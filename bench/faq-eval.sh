#!/usr/bin/env bash
# Prints the FAQ evaluation table (ours vs plain FTS5 bm25) for pasting into an issue note.
# Extra arguments go to `faq eval`, e.g. --misses or --fit.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project src/BotHost -- faq eval --path "$PWD/content/faq" "$@"
