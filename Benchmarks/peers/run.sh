#!/usr/bin/env bash
# Side-by-side redaction benchmark: Kortom, DEDUCE and Presidio on one labelled corpus.
# Usage: Benchmarks/peers/run.sh [corpus-folder]   (default: Fixtures/pii)
# Needs network access to PyPI the first time; the venv is kept in .build-peers/.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=.build-peers/venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet deduce==3.0.6 presidio-analyzer==2.2.366
fi
swift build -c release --product kortom >/dev/null
"$venv/bin/python" Benchmarks/peers/compare.py --corpus "${1:-Fixtures/pii}" --kortom .build/release/kortom --repeat 3
