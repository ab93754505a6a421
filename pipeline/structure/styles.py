"""Load marker styles and plan markers from their data files, failing loudly."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import tomllib

from pipeline.errors import ConfigError

NUMERAL_KINDS = ("cn", "arabic", "circled", "paren_circled", "stop_digit", "latin", "ordinal", "month")
WHERE = ("line", "any")
_STYLE_KEYS = {"id", "family", "numerals", "where", "min_run", "rank", "pattern", "note"}


@dataclass(frozen=True)
class MarkerStyle:
    id: str
    family: str
    numerals: str
    where: str
    min_run: int
    rank: int  # place in the usual nesting order 一、 > （一） > 1、 > （1） > ①; 0 = none
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class PlanMarker:
    id: str
    pattern: re.Pattern[str]


def _load(name: str, path: str | Path | None) -> tuple[dict, str]:
    if path is None:
        text = resources.files("pipeline.structure").joinpath(f"data/{name}").read_text("utf-8")
        where = name
    else:
        text, where = Path(path).read_text(encoding="utf-8"), str(path)
    try:
        return tomllib.loads(text), where
    except tomllib.TOMLDecodeError as err:
        raise ConfigError("E201", f"{where}: {err}") from err


def _compile(pattern: str, rid: str, where: str, groups: tuple[str, ...]) -> re.Pattern[str]:
    try:
        compiled = re.compile(pattern)
    except re.error as err:
        raise ConfigError("E201", f"{where}: {rid!r} has a bad pattern: {err}") from err
    missing = [g for g in groups if g not in compiled.groupindex]
    if missing:
        raise ConfigError("E201", f"{where}: {rid!r} pattern lacks group(s) {missing}")
    return compiled


@lru_cache(maxsize=4)
def load_styles(path: str | None = None) -> tuple[MarkerStyle, ...]:
    data, where = _load("markers.toml", path)
    styles = []
    for row in data.get("style", []):
        rid = row.get("id", "?")
        extra = set(row) - _STYLE_KEYS
        if extra:
            raise ConfigError("E201", f"{where}: style {rid!r} has unknown key(s) {sorted(extra)}")
        for key, valid in (("numerals", NUMERAL_KINDS), ("where", WHERE)):
            if row.get(key) not in valid:
                raise ConfigError(
                    "E202", f"{where}: style {rid!r}: {key}={row.get(key)!r}; valid: {list(valid)}"
                )
        styles.append(MarkerStyle(
            rid, row["family"], row["numerals"], row["where"], int(row.get("min_run", 1)),
            int(row.get("rank", 0)), _compile(row["pattern"], rid, where, ("num",)),
        ))
    if len({s.id for s in styles}) != len(styles):
        raise ConfigError("E201", f"{where}: style ids must be unique")
    return tuple(styles)


@lru_cache(maxsize=4)
def load_plan_markers(path: str | None = None) -> tuple[PlanMarker, ...]:
    data, where = _load("plans.toml", path)
    return tuple(
        PlanMarker(row["id"], _compile(row["pattern"], row["id"], where, ("num",)))
        for row in data.get("plan_marker", [])
    )
