#!/usr/bin/env bash
# The Teams manifest test validates manifests/teams/manifest.json against Microsoft's official JSON schema,
# which the npm package @microsoft/app-manifest ships (with ajv). Installed into a git-ignored folder.
set -euo pipefail
cd "$(dirname "$0")"
target=teams-schema
if [ -f "$target/node_modules/@microsoft/app-manifest/package.json" ]; then
  exit 0
fi
mkdir -p "$target"
npm install --prefix "$target" --no-audit --no-fund --no-save --no-package-lock --loglevel=error \
  @microsoft/app-manifest@1.1.2 ajv-draft-04@1 ajv-formats@3
