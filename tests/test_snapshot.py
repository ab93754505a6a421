"""A run on the bundled corpus writes the tables the snapshot records, column for column.

Refactorings and speed-ups must leave every table as it was; a change meant to alter the
tables rewrites the snapshot (`scripts/snapshot_tables.py`) in the same commit.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from pipeline.lab.digest import digest_differences, frame_digest, table_digests

SNAPSHOT = Path(__file__).parent / "snapshots" / "bundled_tables.json"


def test_the_bundled_corpus_gives_the_snapshot_tables(bundled_run):
    changed = digest_differences(table_digests(bundled_run), json.loads(SNAPSHOT.read_text(encoding="utf-8")))
    assert not changed, f"columns that changed: {changed}"


def test_a_fingerprint_sees_one_changed_cell_and_not_row_order():
    a = pd.DataFrame({"x": ["一", "二", "三"], "y": [1.0, 2.0, None]})
    assert frame_digest(a) == frame_digest(a.iloc[::-1])
    b = a.copy()
    b.loc[1, "y"] = 2.000001
    assert digest_differences({"t": frame_digest(a)}, {"t": frame_digest(b)}) == ["t.y"]
