#!/usr/bin/env bash
# Installs (if needed) and starts the gateway with the bundled config/ (or GATEWAY_CONFIG_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
bash deploy/install.sh --no-dev
exec .venv/bin/gateway run "$@"
