"""Column-by-column fingerprints of a run's tables, to show that a change leaves them equal.

A refactoring or a speed-up must not change what a run writes. Comparing two whole runs
needs both at hand; a fingerprint can be kept in the repository instead
(`tests/snapshots/bundled_tables.json`, written by `scripts/snapshot_tables.py`), and a test
re-runs the bundled corpus and names every column whose content moved. It is a regression
check, not gold: when a change is meant to alter the tables, the snapshot is rewritten in
the same commit, which says why.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

# Floats are compared to this many decimals: enough to catch any real change, few enough
# that the last bits of a BLAS sum on another CPU do not count.
FLOAT_DECIMALS = 9


def _cell(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return "\x00"
    if isinstance(value, float):
        return f"{value:.{FLOAT_DECIMALS}f}"
    return str(value)


def frame_digest(frame: pd.DataFrame) -> dict[str, str]:
    """sha256 of every column, rows in a canonical order (sorted by all columns as text)."""
    text = frame.astype(object).map(_cell) if len(frame) else frame.astype(str)
    text = text.sort_values(list(text.columns), kind="stable").reset_index(drop=True)
    out = {"rows": str(len(text))}
    for column in text.columns:
        out[column] = hashlib.sha256("\x1f".join(text[column]).encode()).hexdigest()[:20]
    return out


def table_digests(out: str | Path) -> dict[str, dict[str, str]]:
    """Fingerprints of every Parquet table in a run directory."""
    return {p.stem: frame_digest(pd.read_parquet(p)) for p in sorted(Path(out).glob("*.parquet"))}


def digest_differences(got: dict, want: dict) -> list[str]:
    """"table.column" for every column that is missing, new or different."""
    diffs = []
    for table in sorted(set(got) | set(want)):
        a, b = got.get(table, {}), want.get(table, {})
        diffs += [f"{table}.{col}" for col in sorted(set(a) | set(b)) if a.get(col) != b.get(col)]
    return diffs
