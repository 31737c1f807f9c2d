#!/usr/bin/env bash
# The whole test suite: static checks (ruff, mypy, import rules), then pytest.
# Run build_scripts/bootstrap.sh first on a fresh machine (the README's test command does both).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

echo "== ruff"
"$PY" -m ruff check desktop_app tests bench build_scripts
echo "== import rules (import-linter)"
.venv/bin/lint-imports
echo "== mypy"
"$PY" -m mypy
echo "== pytest"
"$PY" -m pytest "$@"
