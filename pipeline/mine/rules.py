"""Load the mining rule files (slots, frames, organisation kinds), failing loudly."""

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


@dataclass(frozen=True)
class Frames:
    """What may anchor a phrase template on its own (see data/frames.toml)."""

    modifiers: tuple[str, ...]
    lead_tags: frozenset[str]
    tail_exclude_tags: frozenset[str]
    light_words: frozenset[str]


def _load(name: str) -> dict:
    text = resources.files("pipeline.mine").joinpath(f"data/{name}").read_text("utf-8")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError("E201", f"{name}: {err}") from err


def _rows(name: str, section: str) -> list[dict]:
    return _load(name).get(section, [])


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


@lru_cache(maxsize=1)
def load_frames() -> Frames:
    data = _load("frames.toml")
    try:
        # longest first, so 进一步 is stripped before a shorter modifier could match
        return Frames(tuple(sorted(data["modifiers"], key=len, reverse=True)),
                      frozenset(data["lead_tags"]), frozenset(data["tail_exclude_tags"]),
                      frozenset(data["light_words"]))
    except KeyError as err:
        raise ConfigError("E201", f"frames.toml: missing key {err}") from err
