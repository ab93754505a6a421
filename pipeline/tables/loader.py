"""Load the tables of a run directory into pandas with the documented dtypes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.errors import ConfigError
from pipeline.tables.schema import ALL_TABLES, MINED_TABLES, TABLES


@dataclass
class Tables:
    """The tables of one run; `tables["items"]` works as well as `tables.items`."""

    documents: pd.DataFrame
    plans: pd.DataFrame
    items: pd.DataFrame
    labels: pd.DataFrame
    label_scores: pd.DataFrame
    templates: pd.DataFrame | None = None  # mined tables: None until `planpipe mine` ran
    template_members: pd.DataFrame | None = None
    outline_gaps: pd.DataFrame | None = None
    sections: pd.DataFrame | None = None

    def __getitem__(self, name: str) -> pd.DataFrame:
        return getattr(self, name)


def load_table(out: str | Path, table: str, columns: list[str] | None = None) -> pd.DataFrame:
    """One table of a run directory with the documented dtypes (only `columns`, if given)."""
    path = Path(out) / f"{table}.parquet"
    written = set(pq.read_schema(path).names)
    missing = [c.name for c in ALL_TABLES[table] if c.name not in written]
    if missing:
        raise ConfigError("E205", f"{path}: no column {', '.join(missing)}: written by another "
                                  f"version of planpipe; run `planpipe run --out {out} --force` again")
    frame = pd.read_parquet(path, columns=columns)
    return frame.astype({c.name: c.pandas for c in ALL_TABLES[table] if c.name in frame.columns})


def _empty(table: str) -> pd.DataFrame:
    return pd.DataFrame({c.name: pd.Series(dtype=c.pandas) for c in ALL_TABLES[table]})


def load_tables(out: str | Path, join_labels: bool = False, mined: bool = True,
                columns: dict[str, list[str]] | None = None) -> Tables:
    """All tables written by `planpipe run --out OUT`.

    With `join_labels=True`, `items` also carries each item's labels on both axes
    (`category`, `confidence`, `method`, `rule`, `role`, `role_confidence`, `role_method`,
    `role_rule`) and one `score_<code>` column per category and `role_score_<code>` per
    role: one wide frame. With `mined=False` the mined tables are not read (the mine stage
    is about to rewrite them). With `columns` (table -> column names) only those tables and
    columns are read and the other tables are empty: the mine stage reads the few columns of
    a million items it needs, not every page's text.
    """
    missing = [t for t in TABLES if not (Path(out) / f"{t}.parquet").exists()]
    if missing:
        raise ConfigError("E205", f"{out}: no {', '.join(missing)} table(s); "
                                  f"run `planpipe run --out {out}` first")
    if columns is None:
        tables = Tables(**{t: load_table(out, t) for t in TABLES})
    else:
        tables = Tables(**{t: load_table(out, t, columns[t]) if t in columns else _empty(t) for t in TABLES})
    # Arrow keeps the buffers reading and converting freed (a third of the tables' size)
    pa.default_memory_pool().release_unused()
    for t in MINED_TABLES if mined else ():
        if (Path(out) / f"{t}.parquet").exists():
            setattr(tables, t, load_table(out, t))
    if join_labels:
        wide = tables.items.merge(tables.labels, on="item_id", how="left")
        for axis, prefix in (("category", "score_"), ("role", "role_score_")):
            part = tables.label_scores[tables.label_scores.axis == axis]
            scores = part.pivot(index="item_id", columns="label", values="score")
            scores.columns = [f"{prefix}{c}" for c in scores.columns]
            wide = wide.merge(scores, left_on="item_id", right_index=True, how="left")
        tables.items = wide
    return tables
