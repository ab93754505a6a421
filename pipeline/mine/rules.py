"""Load the mining rule files (slots, frames, values, usable words) with the shared loader."""

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


VALUE_FILE = (
    Table("values", (Field("joiners", "pattern", required=True), Field("max_chars", "int", required=True),
                     Field("two_fields", "pattern", required=True)),
          rows=False, required=True, unique=None),
    Table("value", (Field("id", required=True), Field("label", required=True),
                    Field("whole", "bool", required=True), Field("pattern", "pattern", required=True),
                    Field("note"))),
    Table("section", (Field("section", required=True), Field("label", required=True),
                      Field("free_chars", "int", default=0)), unique="section"),
)
USABLE_FILE = (Table("usable", (Field("generic", "list[str]", required=True),
                                 Field("function", "list[str]", required=True),
                                 Field("gap_tags", "list[str]", required=True),
                                 Field("time_frames", "list[str]", required=True)),
                     rows=False, required=True, unique=None),
               Table("unreadable", (Field("id", required=True), Field("pattern", "pattern", required=True),
                                    Field("note")), required=True))


@dataclass(frozen=True)
class ValueType:
    """A typed value of a section line (data/values.toml)."""

    id: str
    label: str
    whole: bool  # the pattern must match a whole clause
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class ValueRules:
    """How section-line values are typed (see data/values.toml)."""

    types: tuple[ValueType, ...]
    joiners: re.Pattern[str]
    max_chars: int
    two_fields: re.Pattern[str]  # a heading naming two fields (时间与地点): no one-type pattern
    section_type: dict[str, str]  # section code -> the slot label its values have
    free_chars: dict[str, int]  # section code -> longest untyped value that is of its type


@lru_cache(maxsize=1)
def load_values() -> ValueRules:
    """The value types of data/values.toml, in order."""
    f = load_rule_file("pipeline.mine", "values.toml", None, VALUE_FILE)
    head = f.sections["values"]
    types = tuple(ValueType(r["id"], r["label"], r["whole"], r["pattern"]) for r in f.rows("value"))
    return ValueRules(types,
                      head["joiners"], head["max_chars"], head["two_fields"],
                      {r["section"]: r["label"] for r in f.rows("section")},
                      {r["section"]: r["free_chars"] or 0 for r in f.rows("section")})


@dataclass(frozen=True)
class UsableWords:
    """The word lists of the usable rule (data/usable.toml)."""

    generic: frozenset[str]  # say nothing of what a template is about
    function: frozenset[str]  # one-character words that join or place others; any other is a cut word
    gap_tags: frozenset[str]  # part-of-speech tags of words a wildcard may stand for (nouns)
    time_frames: frozenset[str]  # last words that make a phrase say when, not what (比赛 开始 前)


@lru_cache(maxsize=1)
def load_usable_words() -> UsableWords:
    """The usable rule's word lists, read once (data/usable.toml)."""
    head = load_rule_file("pipeline.mine", "usable.toml", None, USABLE_FILE).sections["usable"]
    return UsableWords(frozenset(head["generic"]), frozenset(head["function"]), frozenset(head["gap_tags"]),
                       frozenset(head["time_frames"]))


@lru_cache(maxsize=1)
def load_unreadable() -> tuple[re.Pattern[str], ...]:
    """What makes an example's text unreadable (data/usable.toml `unreadable` rows)."""
    rows = load_rule_file("pipeline.mine", "usable.toml", None, USABLE_FILE).rows("unreadable")
    return tuple(r["pattern"] for r in rows)
