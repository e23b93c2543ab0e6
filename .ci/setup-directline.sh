#!/usr/bin/env bash
# The Direct Line tests drive the host with Microsoft's own clients: botframework-directlinejs from Node, and
# botframework-webchat's browser bundle in headless Chromium. Installed, at exact versions, into a git-ignored
# folder; the tests fail on CI when it is missing and skip on a developer's machine.
set -euo pipefail
cd "$(dirname "$0")"
target=directline-clients
if [ -f "$target/node_modules/botframework-webchat/dist/webchat.js" ] && [ -f "$target/node_modules/botframework-directlinejs/package.json" ] && [ -f "$target/node_modules/ws/package.json" ]; then
  exit 0
fi
mkdir -p "$target"
npm install --prefix "$target" --no-audit --no-fund --no-save --no-package-lock --loglevel=error \
  botframework-webchat@4.18.1 botframework-directlinejs@0.15.8 ws@8.23.0 xhr2@0.2.1
