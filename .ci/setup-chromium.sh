#!/usr/bin/env bash
# Debian's Chromium and ChromeDriver for the web chat page tests (browser downloads are impossible here).
set -euo pipefail
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  sudo=$([ "$(id -u)" -eq 0 ] || echo sudo)
  $sudo apt-get update -q >/dev/null
  $sudo apt-get install -y -q chromium chromium-driver >/dev/null
fi
