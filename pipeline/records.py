"""Typed records passed between stages: ingest -> clean -> structure -> tables.

Each stage takes one record per article and returns the next one, so runs can stream
and be parallelised per article. Offsets are always half-open `[start, end)`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.errors import Problem


@dataclass(frozen=True)
class RawDocument:
    """One article as read from disk: decoded text or the reason it has none."""

    doc_id: str
    record: str  # corpus-relative name of the article: "a/b.txt", "pages.jsonl#p001"
    source: str  # the URL the record carries, else `record`
    path: str  # the file it came from
    text: str | None
    title: str | None = None
    published: str | None = None
    encoding: str | None = None
    problems: tuple[Problem, ...] = ()

    @property
    def error(self) -> Problem | None:
        return next((p for p in self.problems if p.is_error), None)


@dataclass(frozen=True)
class Removal:
    """A span of the original text removed by a cleaning rule (chrome, artefact)."""

    rule_id: str
    start: int
    end: int


@dataclass(frozen=True)
class CleanDocument:
    """Cleaned text plus its Simplified normalized view, both aligned to the original.

    `text` keeps the page's own script; `norm` has the same length and is the
    Simplified, width-folded view that matching uses. `origin[i]` is the offset in
    `raw.text` of `text[i]` (and `origin[len(text)]` the end of the original).
    """

    raw: RawDocument
    text: str
    norm: str
    origin: tuple[int, ...]
    script: str  # "simplified" | "traditional"
    title: str | None
    published: str | None
    removals: tuple[Removal, ...] = ()
    problems: tuple[Problem, ...] = ()  # warnings cleaning adds (W104)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a `[start, end)` span of `text` back into the original text."""
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1


@dataclass(frozen=True)
class Marker:
    """A numbering marker found in the text (before sequence validation)."""

    style: str  # marker style id from markers.toml
    family: str  # styles of one family form one sequence ("1." and "2、")
    value: int  # position in the sequence (一 = 1, ② = 2, 三月 = 3)
    value_end: int  # last value for ranges such as "7,8月"
    start: int  # offset of the marker in the cleaned text
    end: int  # offset just after the marker and its delimiter
    line_start: bool  # True when only whitespace precedes it on its line
    glued: bool = False  # directly after a character, no punctuation ("…活动2、畅想…")
    increasing: bool = False  # the style's runs rise but may skip, any value starts one (months)


@dataclass
class Item:
    """A numbered item: marker, its own text (without children), depth and parent."""

    ordinal: int  # 1-based position in the plan, in reading order
    depth: int
    parent: int | None  # ordinal of the parent item
    marker: Marker
    text_start: int
    text_end: int
    heading_end: int = 0  # the heading is text[text_start:heading_end]
    rule: str = ""  # the tree rule that placed it (structure/tree.py RULES)


@dataclass
class Plan:
    """One plan text inside an article."""

    ordinal: int
    title: str
    start: int
    end: int
    body_start: int  # after its marker line (its start where it has none)
    items: list[Item] = field(default_factory=list)

    @property
    def lead_end(self) -> int:
        """Where the plan's opening (its title and the words before its first item) ends."""
        return self.items[0].marker.start if self.items else self.end


@dataclass(frozen=True)
class StructuredDocument:
    """An article split into plans with their item trees."""

    clean: CleanDocument
    preamble: tuple[int, int]
    plans: tuple[Plan, ...]


@dataclass(frozen=True)
class AxisLabel:
    """The label an item gets on one axis (category or role), how sure, and how it was decided."""

    code: str
    confidence: float
    # "rule" (the item's own words), "inherited" (a heading above it or its plan named the
    # area), "model", "rule+model" (the model agrees with the rules) or "fallback"
    method: str
    rule: str | None  # id of the rule that decided, where one did
    scores: tuple[tuple[str, float], ...]  # every label's score (probability or vote share)


@dataclass(frozen=True)
class ItemLabel:
    """The two labels of one item (annotation guide, section 2)."""

    plan: int  # plan ordinal
    item: int  # item ordinal in the plan
    category: AxisLabel
    role: AxisLabel


@dataclass(frozen=True)
class PlanFields:
    """What one plan is (docs/plan-fields.md): its own title, year, organisation and kinds."""

    plan: int  # plan ordinal
    title_text: str | None
    year: int | None
    org: str | None
    org_kind: str
    plan_kind: str
    activity: str | None = None  # the one activity an activity plan or notice is for


@dataclass(frozen=True)
class ClassifiedDocument:
    """A structured article with a label for every item (none when classification is off)
    and the fields of every plan."""

    structured: StructuredDocument
    labels: tuple[ItemLabel, ...] = ()
    plans: tuple[PlanFields, ...] = ()
    sections: tuple[tuple[int, int, str], ...] = ()  # (plan, item, section) of section headings
