"""The report at a real corpus's size: files, size, render time and Chromium load time.

    .venv/bin/python benchmarks/report_scale.py [--copies 35]

The bundled corpus is copied `--copies` times (35 copies hold about 10,000 plans) and run
with the rules (labels are not what is measured); then `write_report` renders the main
page, the pages per kind of plan, the plan index and the pages of item trees, and headless
Chromium loads the main page, the index and one page of trees (wall time of `--dump-dom`,
start-up included).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from scratch import copy_corpus

from pipeline import run, write_report
from pipeline.report.build import KIND_FOLDER, PLAN_FOLDER

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=35)
    args = ap.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="planpipe-report-"))
    try:
        corpus = copy_corpus(scratch / "in", args.copies)
        s = run([corpus], scratch / "out", progress=False, method="rules")
        started = time.perf_counter()
        main_page = write_report(scratch / "out")
        took = time.perf_counter() - started
        files = [main_page, *sorted((main_page.parent / PLAN_FOLDER).glob("*.html")),
                 *sorted((main_page.parent / KIND_FOLDER).glob("*.html"))]
        size = sum(f.stat().st_size for f in files) / 1e6
        print(f"{s.plans:,} plans, {s.items:,} items: {len(files)} HTML files, {size:.1f} MB, "
              f"rendered in {took:.1f} s; largest file {max(f.stat().st_size for f in files) / 1e6:.2f} MB")
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        if chromium:
            for page in (main_page, files[1], files[2]):
                t0 = time.perf_counter()
                subprocess.run([chromium, *FLAGS, f"--user-data-dir={scratch / 'profile'}", "--dump-dom",
                                page.as_uri()], capture_output=True, check=True, timeout=300)
                print(f"  Chromium loads {page.name} ({page.stat().st_size / 1e6:.2f} MB) in "
                      f"{time.perf_counter() - t0:.1f} s")
    finally:
        shutil.rmtree(scratch)


if __name__ == "__main__":
    main()
