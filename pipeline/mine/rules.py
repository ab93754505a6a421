"""Load the mining rule files (slots, organisation kinds), failing loudly."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import tomllib

from pipeline.errors import ConfigError


@dataclass(frozen=True)
class Pattern:
    id: str
    label: str
    pattern: re.Pattern[str]


def _rows(name: str, section: str) -> list[dict]:
    text = resources.files("pipeline.mine").joinpath(f"data/{name}").read_text("utf-8")
    try:
        return tomllib.loads(text).get(section, [])
    except tomllib.TOMLDecodeError as err:
        raise ConfigError("E201", f"{name}: {err}") from err


def _compile(rows: list[dict], name: str, default_label: str | None = None) -> tuple[Pattern, ...]:
    out = []
    for row in rows:
        try:
            out.append(Pattern(row["id"], row.get("label", default_label or row["id"]),
                               re.compile(row["pattern"])))
        except (KeyError, re.error) as err:
            raise ConfigError("E201", f"{name}: row {row.get('id')!r}: {err}") from err
    return tuple(out)


@lru_cache(maxsize=1)
def load_slots() -> tuple[Pattern, ...]:
    return _compile(_rows("slots.toml", "slot"), "slots.toml")


@lru_cache(maxsize=1)
def load_kinds() -> tuple[Pattern, ...]:
    return _compile(_rows("kinds.toml", "kind"), "kinds.toml")
