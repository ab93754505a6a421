"""What labelling reads of an item: its own words and the context it sits in.

The guide labels an item whose own words name no area by the activity it serves: the
heading above it, else its plan's title and opening (2a). Its role depends on its words
and on its place in the tree: a "比赛规则" over a list of rules is a heading, the same words
alone are rules (2b). So each item comes with the headings of its ancestors, nearest
first, its plan's title (for an untitled plan, the text before its first item: the
article's title and opening, "…举办职工篮球联赛。现将有关事项通知如下"), its depth, whether
it has sub-items and its marker style. Everything is taken from the Simplified view.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.records import Item, Plan, StructuredDocument

# Only the start of a long item is used: its heading and first sentences say what it does.
TEXT_MAX_CHARS = 200
# How much of an untitled plan's opening text stands for its title (grouped CV over
# train+dev when chosen: 40 / 120 / 160 / 300 / 600 characters read alike within noise).
LEAD_MAX_CHARS = 160


@dataclass(frozen=True)
class PlanContext:
    """What the items of one plan share: its title (or opening) and its items' own words."""

    title: str
    items: tuple[tuple[str, str], ...]  # (heading, text) of every item of the plan


@dataclass(frozen=True)
class ItemContext:
    """One item's words and its place: ancestors' headings, plan, depth, children, style."""

    heading: str
    text: str
    ancestors: tuple[str, ...]  # headings of the items above it, nearest first
    plan: PlanContext
    depth: int
    has_children: bool
    marker_style: str
    ordinal: int = 0  # the item's place in its plan, in reading order
    parent: int | None = None  # the ordinal of the item above it

    @property
    def parent_heading(self) -> str:
        return self.ancestors[0] if self.ancestors else ""


def plan_title(doc: StructuredDocument, plan: Plan) -> str:
    """A plan's title and opening: the text before its first item (its marker line, if it has
    one, and the words that open it), up to LEAD_MAX_CHARS."""
    norm = doc.clean.norm
    return " ".join(norm[plan.start:plan.lead_end].split())[:LEAD_MAX_CHARS]


def item_contexts(doc: StructuredDocument) -> list[tuple[Plan, Item, ItemContext]]:
    """Every item of an article with its context, in reading order."""
    norm = doc.clean.norm
    out = []
    for plan in doc.plans:
        own = {it.ordinal: (norm[it.text_start:it.heading_end].strip(),
                            norm[it.text_start:min(it.text_end, it.text_start + TEXT_MAX_CHARS)])
               for it in plan.items}
        shared = PlanContext(plan_title(doc, plan), tuple(own.values()))
        parents = {it.parent for it in plan.items if it.parent is not None}
        parent_of = {it.ordinal: it.parent for it in plan.items}
        for it in plan.items:
            ancestors = []
            up = it.parent
            while up is not None and up in own:
                ancestors.append(own[up][0])
                up = parent_of.get(up)
            heading, text = own[it.ordinal]
            out.append((plan, it, ItemContext(heading, text, tuple(ancestors), shared, it.depth,
                                              it.ordinal in parents, it.marker.style, it.ordinal,
                                              it.parent)))
    return out
