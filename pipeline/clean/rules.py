"""Load the cleaning rule file (data/cleaning.toml, or a user's file of the same shape)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.errors import ConfigError
from pipeline.rulefile import Field, Table, load_rule_file

RULE_KINDS = ("replace", "drop_line", "cut_from")
_ROW = (Field("id", required=True), Field("pattern", "pattern", required=True, flags=re.MULTILINE),
        Field("note"))
CLEANING_FILE = (
    Table("replace", (*_ROW, Field("with", default=""))),
    Table("drop_line", _ROW),
    Table("cut_from", (*_ROW, Field("whatever_follows", "bool", default=False))),
)


@dataclass(frozen=True)
class CleaningRule:
    """One cleaning rule: a pattern, what to do where it matches, and its id for the record."""

    id: str
    kind: str
    pattern: re.Pattern[str]
    replacement: str = ""
    note: str = ""
    whatever_follows: bool = False  # cut_from: to the end even where prose, not links, follows


def load_rules(path: str | Path | None = None) -> tuple[CleaningRule, ...]:
    """Rules from `path`, or the bundled default file; ConfigError names any bad row."""
    return _load(str(path) if path is not None else None)


@lru_cache(maxsize=4)
def _load(path: str | None) -> tuple[CleaningRule, ...]:
    data = load_rule_file("pipeline.clean", "cleaning.toml", path, CLEANING_FILE)
    ids = [r["id"] for kind in RULE_KINDS for r in data.rows(kind)]
    duplicated = sorted({i for i in ids if ids.count(i) > 1})
    if duplicated:
        raise ConfigError("E201", f"{data.where}: rule id(s) {duplicated} used in more than one section")
    return tuple(CleaningRule(r["id"], kind, r["pattern"], r.get("with") or "", r["note"] or "",
                              bool(r.get("whatever_follows")))
                 for kind in RULE_KINDS for r in data.rows(kind))
