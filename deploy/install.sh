#!/usr/bin/env bash
# Installs AI-poort into .venv from the lock file (uv.lock). Idempotent; needs only the package registries.
set -euo pipefail
cd "$(dirname "$0")/.."

find_python() {
    for candidate in python3.13 python3.12 "$HOME"/.pyenv/versions/3.13*/bin/python3.13 "$HOME"/.pyenv/versions/3.12*/bin/python3.12 /usr/bin/python3.12; do
        if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then
            command -v "$candidate"; return 0
        fi
    done
    echo "AI-poort heeft Python 3.12 of nieuwer nodig; niet gevonden." >&2
    return 1
}

PYTHON="$(find_python)"
if [ ! -x .tools/bin/uv ]; then
    "$PYTHON" -m venv .tools
    .tools/bin/pip install --quiet "uv==0.13.8"
fi
.tools/bin/uv sync --locked --python "$PYTHON" "$@"
