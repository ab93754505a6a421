#!/usr/bin/env bash
# One-command setup: a virtual environment with planpipe and everything it uses.
# pkuseg 0.0.25 builds only with numpy and Cython already installed, hence two steps;
# it ships its default model, which the pkuseg segmenter loads offline.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q numpy cython setuptools wheel
.venv/bin/pip install -q --no-build-isolation pkuseg==0.0.25
.venv/bin/pip install -q -e ".[dev]"
echo "planpipe is set up in .venv (try: .venv/bin/planpipe run --out out/)"
