"""Split an article into plans at plan-marker lines (篇1, 第二篇:, 范文三, …方案4), or, on a
page whose lines were run together, at plan markers inside its lines ("…方案范文2为关心…")."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.markers import PlanMarker, plan_marker_lines, plan_number

# Markers inside lines split an article only when at least this many run 1, 2, …: one
# "范文1" inside a sentence divides nothing.
INLINE_MIN_PLANS = 2


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
    heads = plan_marker_lines(norm, markers)
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


def _inline_heads(norm: str, markers: list[PlanMarker]) -> list[tuple[int, int]]:
    """(start, end) of each plan marker inside a line, numbered 1, 2, 3… in order; none
    unless INLINE_MIN_PLANS of them are found."""
    found = sorted((m.start(), m.end(), plan_number(m.group("num")))
                   for marker in markers for m in marker.pattern.finditer(norm))
    heads: list[tuple[int, int]] = []
    for start, end, num in found:
        if num == len(heads) + 1 and (not heads or start >= heads[-1][1]):
            heads.append((start, end))
    return heads if len(heads) >= INLINE_MIN_PLANS else []

