"""Exemplars: section lines with typed values, e.g. 比赛时间：<DATE>(具体时间另行通知).

A template author writes a plan's logistics as a heading and a value ("活动地点：学院体育馆").
The heading is an item's heading whose section is known (classify/data/sections.toml); the
value is what follows it up to the first full stop or line break. Spans of the value are
typed by data/values.toml (dates, amounts, prizes, people, places, organisations,
quoted slogans; a theme's short unquoted value is a slogan). Each line proposes its
heading with the typed value as it stands, when at most MAX_UNTYPED of its characters are
left untyped, and its heading with the section's own type alone, when the value holds a
span of that type; the more specific pattern wins where at least MIN_PLANS distinct plans
(copies counted once) use it (support.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.mine.rules import load_values
from pipeline.mine.support import assign_patterns

# Characters of a value that may stay literal in a pattern ("(具体时间另行通知)"); a longer
# untyped rest is free text, which only the heading-and-type pattern keeps.
MAX_UNTYPED = 16
SEPARATOR = "："
# What may stand between a heading and its value: colons, stops, list bullets ("- 时间:…").
_LEAD = re.compile(r"^[\s:：。,，、\-•·●]+")
_CUT = re.compile(r"[。\n]")
_CLAUSES = re.compile(r"([，,；;])")
_SLOT = re.compile(r"<[A-Z]+>")


@dataclass(frozen=True, slots=True)
class SectionLine:
    """A section item's heading and value, with where it comes from."""

    item_id: str
    plan_id: str
    doc_id: str
    plan_key: str  # the plan's copy group (its own id when it has no copies)
    section: str
    heading: str  # Simplified, without its trailing colon
    value: str  # Simplified, up to the first full stop or line break


def section_value(text_norm: str, heading: str) -> str | None:
    """What follows a heading in its item's text, up to the first full stop or line break;
    None when nothing does, or the value is longer than the values file allows."""
    rest = _LEAD.sub("", text_norm[len(heading):])
    value = _CUT.split(rest, maxsplit=1)[0].strip()
    return value if value and len(value) <= load_values().max_chars else None


def typed_value(value: str) -> str:
    """The value with its typed spans replaced by slots: 拟定于<DATE>(具体时间另行通知)."""
    parts = _CLAUSES.split(value)
    return "".join(_type_clause(p) if i % 2 == 0 else p for i, p in enumerate(parts))


def _type_clause(clause: str) -> str:
    rules = load_values()
    spans: list[tuple[int, int, str]] = []
    for vt in rules.types:
        if vt.whole:
            if not spans and vt.pattern.fullmatch(clause.strip()):
                return vt.label
            continue
        for m in vt.pattern.finditer(clause):
            if m.end() > m.start() and all(m.end() <= a or m.start() >= b for a, b, _ in spans):
                spans.append((m.start(), m.end(), vt.label))
    merged: list[tuple[int, int, str]] = []
    for a, b, label in sorted(spans):
        if merged and merged[-1][2] == label and rules.joiners.match(clause[merged[-1][1]:a]):
            merged[-1] = (merged[-1][0], b, label)
        else:
            merged.append((a, b, label))
    out, pos = [], 0
    for a, b, label in merged:
        out += [clause[pos:a], label]
        pos = b
    return "".join(out + [clause[pos:]])


def candidate_patterns(line: SectionLine) -> list[str]:
    """The patterns a section line could belong to, most specific first."""
    typed = typed_value(line.value)
    rules = load_values()
    if typed == line.value and len(typed) <= rules.free_chars.get(line.section, 0):
        typed = rules.section_type[line.section]
    out = []
    if _SLOT.search(typed) and len(_SLOT.sub("", typed)) <= MAX_UNTYPED:
        out.append(f"{line.heading}{SEPARATOR}{typed}")
    label = rules.section_type.get(line.section)
    if label and label in typed and not rules.two_fields.search(line.heading):
        out.append(f"{line.heading}{SEPARATOR}{label}")
    return list(dict.fromkeys(out))


def pattern_tokens(pattern: str) -> tuple[str, ...]:
    """An exemplar pattern as words for the usable rule: heading, slots, and the literal
    rest of the value as one word when there is one."""
    heading, _, value = pattern.partition(SEPARATOR)
    rest = _SLOT.sub("", value).strip()
    return (heading, *_SLOT.findall(value), *([rest] if rest else []))


def mine_exemplars(lines: Iterable[SectionLine]) -> dict[str, list[SectionLine]]:
    """Exemplar pattern -> its member lines (patterns used by >= MIN_PLANS distinct plans)."""
    return assign_patterns(list(lines), candidate_patterns, lambda line: line.plan_key,
                           lambda p, n: (len(_SLOT.sub("", p)), n, p))
