"""Split an article into plans at plan-marker lines (篇1, 第二篇:, 范文三, …方案4), or, on a
page whose lines were run together, at plan markers inside its lines ("…方案范文2为关心…")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.markers import read_numeral
from pipeline.rulefile import Field, Table, load_rule_file

# A line longer than this (characters, stripped) is text, never a plan's marker line.
PLAN_MARKER_MAX_CHARS = 60

PLAN_FILE = (Table("plan_marker", (
    Field("id", required=True),
    Field("pattern", "pattern", required=True, groups=("num",)),
    Field("inline", "bool", default=False),
    Field("note"),
)),)

# Markers inside lines split an article only when at least this many run 1, 2, …: one
# "范文1" inside a sentence divides nothing.
INLINE_MIN_PLANS = 2


@dataclass(frozen=True)
class PlanMarker:
    """A form of plan-marker line (a row of data/plans.toml)."""

    id: str
    pattern: re.Pattern[str]
    inline: bool  # found anywhere in a line (the match is the marker), not as a whole line


@lru_cache(maxsize=4)
def load_plan_markers(path: str | None = None) -> tuple[PlanMarker, ...]:
    """The plan-marker forms of `path`, or of the bundled plans.toml."""
    rows = load_rule_file("pipeline.structure", "plans.toml", path, PLAN_FILE).rows("plan_marker")
    return tuple(PlanMarker(r["id"], r["pattern"], r["inline"]) for r in rows)


@dataclass(frozen=True)
class PlanSpan:
    """Where one plan sits in the article's text."""

    ordinal: int
    title: str  # the marker line as written ("" for an article without plan markers)
    start: int  # start of the marker line
    body_start: int  # first character after the marker line
    end: int


def split_plans(
    text: str, norm: str, markers: tuple[PlanMarker, ...]
) -> tuple[tuple[int, int], list[PlanSpan]]:
    """The preamble span and the plans of an article.

    Plan markers must number 1, 2, 3… in order; an article without them is one plan
    that starts at its first non-blank character.
    """
    heads = _line_heads(norm, [m for m in markers if not m.inline])
    if not heads:
        heads = _inline_heads(norm, [m for m in markers if m.inline])
    if not heads:
        first = len(text) - len(text.lstrip())
        return (0, first), [PlanSpan(1, "", first, first, len(text))]
    plans = []
    for i, (start, line_end) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        plans.append(PlanSpan(i + 1, text[start:line_end].strip(), start, line_end, end))
    return (0, heads[0][0]), plans


def _line_heads(norm: str, markers: list[PlanMarker]) -> list[tuple[int, int]]:
    """(start, end) of each plan-marker line, numbered 1, 2, 3… in order."""
    heads: list[tuple[int, int]] = []
    pos = 0
    for line in norm.split("\n"):
        line_end = pos + len(line)
        if len(line.strip()) <= PLAN_MARKER_MAX_CHARS:
            m = next((m for m in (mk.pattern.match(line) for mk in markers)
                      if m and _number(m.group("num")) == len(heads) + 1), None)
            if m is not None:
                heads.append((pos, line_end))
        pos = line_end + 1
    return heads


def _inline_heads(norm: str, markers: list[PlanMarker]) -> list[tuple[int, int]]:
    """(start, end) of each plan marker inside a line, numbered 1, 2, 3… in order; none
    unless INLINE_MIN_PLANS of them are found."""
    found = sorted((m.start(), m.end(), _number(m.group("num")))
                   for marker in markers for m in marker.pattern.finditer(norm))
    heads: list[tuple[int, int]] = []
    for start, end, num in found:
        if num == len(heads) + 1 and (not heads or start >= heads[-1][1]):
            heads.append((start, end))
    return heads if len(heads) >= INLINE_MIN_PLANS else []


def _number(num: str) -> int:
    return read_numeral("arabic" if num.isdigit() else "cn", num)
