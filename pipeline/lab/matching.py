"""Pair gold items with the items the pipeline found (one-to-one, in reading order).

A predicted item matches a gold item when it is in the same plan, has the same marker and
the page's words from its text on begin with the gold `start`, compared without whitespace,
NFKC, without the punctuation between marker and text, the scraper's backquotes cleaning
removes and markdown stars readers leave out; in the cleaned text, or as the page gave them
where a reader copied a marker cleaning repaired ("。ㄒ唬" for "（一）"). The words are read
past the item's end: a reader's start may run on into a child's marker on the same line
("活动项目: 1、乒乓球赛"), which is still this item.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.lab.gold import GoldDocument, GoldItem, squash
from pipeline.records import Item, Plan, StructuredDocument

# Characters of page read after an item's text begins: a gold start is 8-12 characters,
# and the page may put spaces and line breaks among them.
_START_REACH = 80
# Punctuation between a marker and its text belongs to neither: "一是,组织…" matches a reader's
# marker "一是" and start "组织…" as it would "一是," and ",组织…"; so does a list bullet
# ("第6條 • 本會有…", p616).
_BETWEEN = "、,.:;•●"
# Scraper marks cleaning removes from every page (cleaning.toml `stray_backquote`) that a reader
# copying the page keeps in a start ("慰問的`報告"), and a page's markdown stars that readers leave
# out of a start as the brief tells them ("1.**工作回顾**-总结…" -> "工作回顾-总结…"): not part of
# the words compared, on either side.
_SCRAPE_MARKS = str.maketrans("", "", "`*")


@dataclass(frozen=True)
class Found:
    """An item the pipeline found, with its marker and text as written."""

    plan: Plan
    item: Item
    marker: str
    text: str
    reading: str  # the page from the item's text on, as far as a gold start reaches
    # the page as it gave the marker and the text after it, before cleaning repaired them: a
    # reader copies a mis-decoded marker as it stands ("。ㄒ唬┟鞔_" where cleaning reads "（一）明_")
    raw_reading: str = ""


def found_items(doc: StructuredDocument) -> list[Found]:
    """Every item the pipeline found, with its marker and text as written and as the page
    gave them."""
    text, raw, origin = doc.clean.text, doc.clean.raw.text or "", doc.clean.origin
    return [Found(p, it, text[it.marker.start:it.marker.end], text[it.text_start:it.text_end],
                  text[it.text_start:it.text_start + _START_REACH],
                  raw[origin[it.marker.start]:origin[it.marker.start] + _START_REACH])
            for p in doc.plans for it in p.items]


def match(gold: GoldDocument, found: list[Found]) -> tuple[list[tuple[GoldItem, Found | None]], list[Found]]:
    """Each gold item with its predicted item (or None), and the unmatched predictions."""
    keys = [(f.plan.ordinal, squash(f.marker).rstrip(_BETWEEN),
             squash(f.reading).translate(_SCRAPE_MARKS).lstrip(_BETWEEN), squash(f.raw_reading))
            for f in found]
    used: set[int] = set()
    pairs = []
    for g in gold.items:
        key_m = squash(g.marker).rstrip(_BETWEEN)
        key_s = squash(g.start).translate(_SCRAPE_MARKS).lstrip(_BETWEEN)
        hit = next((k for k, (plan, marker, text, raw) in enumerate(keys) if k not in used and plan == g.plan
                    and (marker == key_m and text.startswith(key_s)
                         or raw.startswith(key_m) and raw[len(key_m):].lstrip(_BETWEEN).startswith(key_s))),
                   None)
        if hit is not None:
            used.add(hit)
        pairs.append((g, found[hit] if hit is not None else None))
    return pairs, [f for k, f in enumerate(found) if k not in used]
