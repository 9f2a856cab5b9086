#!/usr/bin/env bash
# Installs everything the tests need (Python deps from uv.lock, Debian's chromium) and runs the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
# Debian packages the end-to-end tests use: chromium (browser warning, CISO report) and
# certutil (to make Chromium trust the gateway CA the way a managed workstation does).
if ! command -v chromium >/dev/null 2>&1 || ! command -v certutil >/dev/null 2>&1 || ! command -v curl >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium libnss3-tools curl >/dev/null
fi
bash deploy/install.sh
exec .venv/bin/python -m pytest "$@"
