"""Load the mining rule files (slots, frames) with the shared loader."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.rulefile import Field, Table, load_rule_file

SLOT_FILE = (Table("slot", (Field("id", required=True), Field("label", required=True),
                            Field("pattern", "pattern", required=True), Field("note"))),)
FRAME_FILE = (Table("frames", (
    Field("modifiers", "list[str]", required=True),
    Field("lead_tags", "list[str]", required=True),
    Field("tail_exclude_tags", "list[str]", required=True),
    Field("light_words", "list[str]", required=True),
), rows=False, required=True, unique=None),)


@dataclass(frozen=True)
class Pattern:
    """A labelled pattern (a slot)."""

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


@lru_cache(maxsize=1)
def load_slots() -> tuple[Pattern, ...]:
    """The slot patterns of data/slots.toml, in order."""
    rows = load_rule_file("pipeline.mine", "slots.toml", None, SLOT_FILE).rows("slot")
    return tuple(Pattern(r["id"], r["label"], r["pattern"]) for r in rows)


@lru_cache(maxsize=1)
def load_frames() -> Frames:
    """The frame words of data/frames.toml."""
    f = load_rule_file("pipeline.mine", "frames.toml", None, FRAME_FILE).sections["frames"]
    # longest first, so 进一步 is stripped before a shorter modifier could match
    return Frames(tuple(sorted(f["modifiers"], key=len, reverse=True)), frozenset(f["lead_tags"]),
                  frozenset(f["tail_exclude_tags"]), frozenset(f["light_words"]))
