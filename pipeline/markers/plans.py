"""Plan markers: the lines that start a plan inside an article (篇1, 第二篇:, 范文三, …方案4).

Their forms live in `data/plans.toml`. Parsing splits articles at them; cleaning must not
join a hard-wrapped line into one or one into the text after it ("篇2:…方案" glued to its
opening is no marker line), so both read them from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.markers.numerals import read_numeral
from pipeline.rulefile import Field, Table, load_rule_file

# A line longer than this (characters, stripped) is text, never a plan's marker line.
PLAN_MARKER_MAX_CHARS = 60

PLAN_FILE = (Table("plan_marker", (
    Field("id", required=True),
    Field("pattern", "pattern", required=True, groups=("num",)),
    Field("inline", "bool", default=False),
    Field("note"),
)),)


@dataclass(frozen=True)
class PlanMarker:
    """A form of plan-marker line (a row of data/plans.toml)."""

    id: str
    pattern: re.Pattern[str]
    inline: bool  # found anywhere in a line (the match is the marker), not as a whole line


@lru_cache(maxsize=4)
def load_plan_markers(path: str | None = None) -> tuple[PlanMarker, ...]:
    """The plan-marker forms of `path`, or of the bundled plans.toml."""
    rows = load_rule_file("pipeline.markers", "plans.toml", path, PLAN_FILE).rows("plan_marker")
    return tuple(PlanMarker(r["id"], r["pattern"], r["inline"]) for r in rows)


def plan_marker_lines(norm: str, markers: tuple[PlanMarker, ...] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each whole-line plan marker of `norm` (the Simplified, width-folded
    view), numbered 1, 2, 3… in order: a stray "…计划2" line is not a plan's."""
    forms = [m for m in (load_plan_markers() if markers is None else markers) if not m.inline]
    heads: list[tuple[int, int]] = []
    pos = 0
    for line in norm.split("\n"):
        line_end = pos + len(line)
        if len(line.strip()) <= PLAN_MARKER_MAX_CHARS:
            m = next((m for m in (mk.pattern.match(line) for mk in forms)
                      if m and plan_number(m.group("num")) == len(heads) + 1), None)
            if m is not None:
                heads.append((pos, line_end))
        pos = line_end + 1
    return heads


# A line ending with a plan's number ("…工作计划通用范例 篇1", "第二篇"), however long: a plan's
# marker line or a site's list of its plans run into one line.
_ENDS_WITH_PLAN_NUMBER = re.compile(r"(?:篇\s*[0-9一二三四五六七八九十]{1,3}"
                                    r"|第[0-9一二三四五六七八九十]{1,3}篇)$")


def ends_with_plan_number(line: str) -> bool:
    """Whether `line` (a Simplified view, stripped) ends with a plan's number: no sentence
    broken off mid-word ends so."""
    return _ENDS_WITH_PLAN_NUMBER.search(line) is not None


def plan_number(num: str) -> int:
    """The value of a plan marker's number (2, 二)."""
    return read_numeral("arabic" if num.isdigit() else "cn", num)
