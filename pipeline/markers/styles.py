"""Load the marker styles of `data/markers.toml` (checked by the shared rule-file loader)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.rulefile import Field, Table, load_rule_file

NUMERAL_KINDS = ("cn", "arabic", "unicode", "latin", "ordinal", "month")
WHERE = ("line", "any")
SEQUENCES = ("consecutive", "increasing")

STYLE_FILE = (Table("style", (
    Field("id", required=True),
    Field("family", required=True),
    Field("numerals", required=True, choices=NUMERAL_KINDS),
    Field("where", required=True, choices=WHERE),
    Field("min_run", "int", default=1),
    Field("rank", "int", default=0),
    Field("sequence", default="consecutive", choices=SEQUENCES),
    Field("pattern", "pattern", required=True, groups=("num",)),
    Field("glued", "str"),
    Field("chunk_numbers", "bool", default=False),
    Field("alone", "bool", default=False),
    Field("examples", "list[str]", required=True),
    Field("examples_followed_by", "str", default=""),
    Field("note"),
)),)


@dataclass(frozen=True)
class MarkerStyle:
    """One numbering style (a row of markers.toml); see the file's header for each key."""

    id: str
    family: str
    numerals: str
    where: str
    min_run: int
    rank: int  # place in the usual nesting order 一、 > （一） > 1、 > （1） > ①; 0 = none
    sequence: str  # "consecutive" (一 → 二) or "increasing" (months: 3月 → 5月; any value starts)
    pattern: re.Pattern[str]
    glued: str | None  # the shape it must have where it stands glued to a character, if it may
    chunk_numbers: bool  # document libraries number their text chunks in this style
    alone: bool  # its first value starts a run anywhere, even with no second member (①)
    examples: tuple[str, ...]
    examples_followed_by: str  # what follows each example where the style is read by what comes after


@lru_cache(maxsize=4)
def load_styles(path: str | None = None) -> tuple[MarkerStyle, ...]:
    """The marker styles of `path`, or of the bundled markers.toml, in the file's order."""
    rows = load_rule_file("pipeline.markers", "markers.toml", path, STYLE_FILE).rows("style")
    return tuple(MarkerStyle(r["id"], r["family"], r["numerals"], r["where"], r["min_run"], r["rank"],
                             r["sequence"], r["pattern"], r["glued"], r["chunk_numbers"],
                             r["alone"], tuple(r["examples"]), r["examples_followed_by"])
                 for r in rows)


def _anonymous(pattern: str) -> str:
    """The pattern with its named groups unnamed, so several can be joined into one."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


@lru_cache(maxsize=4)
def item_start_pattern(path: str | None = None) -> re.Pattern[str]:
    """One compiled pattern matching any style's marker: "does an item start here?" (for
    cleaning, on the Simplified, width-folded view, at the start of a line's content)."""
    return re.compile("|".join(f"(?:{_anonymous(s.pattern.pattern)})" for s in load_styles(path)))
