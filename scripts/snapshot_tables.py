"""Rewrite tests/snapshots/bundled_tables.json: the column fingerprints of a run on the bundled corpus.

    .venv/bin/python scripts/snapshot_tables.py

Run it only in a commit that changes the tables on purpose, and say in that commit why;
tests/test_snapshot.py then holds every later change to the same tables.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from pipeline import run
from pipeline.lab.digest import table_digests
from pipeline.paths import corpus_dir

SNAPSHOT = Path(__file__).resolve().parent.parent / "tests" / "snapshots" / "bundled_tables.json"


def main() -> None:
    with tempfile.TemporaryDirectory() as out:
        run([corpus_dir()], out, progress=False)
        SNAPSHOT.write_text(json.dumps(table_digests(out), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {SNAPSHOT}")


if __name__ == "__main__":
    main()
