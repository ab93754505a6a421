#!/usr/bin/env bash
# One-command setup: a virtual environment with planpipe and everything it uses, plus
# Chromium and a CJK font for the report's browser test (on Debian, when run as root).
# pkuseg 0.0.25 builds only with numpy and Cython already installed, hence two steps;
# it ships its default model, which the pkuseg segmenter loads offline.
set -euo pipefail
cd "$(dirname "$0")/.."
# The report's browser test uses Debian's Chromium, and Chinese needs a CJK font.
if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -qi "cjk"; then
    apt-get update -q >/dev/null && apt-get install -y -q chromium fonts-noto-cjk >/dev/null
  fi
else
  echo "setup: not root or no apt-get: install chromium and fonts-noto-cjk yourself for the browser test"
fi
python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q numpy cython setuptools wheel
.venv/bin/pip install -q --no-build-isolation pkuseg==0.0.25
.venv/bin/pip install -q -e ".[dev]"
echo "planpipe is set up in .venv (try: .venv/bin/planpipe run --out out/)"
