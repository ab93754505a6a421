"""The examples a template shows an author: which member items, and how much of each.

An author reads a template by its examples (docs/templates.md, points 3 and 4), so an example
shows what the template stands for, its item's heading and first sentence (`shown_text`), not
the paragraphs, attachment names or site chrome that follow it on the page; and members
whose shown text does not read (a date no calendar has, bytes the site lost, a file name:
data/usable.toml `unreadable`) are passed over while the template has members that read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from pipeline.mine.rules import load_unreadable

# Examples a template shows, each from a different plan (copy group) and page.
MAX_EXAMPLES = 5
# A first line this short without a value after a colon is a heading alone (参赛人员, 加强理论学习):
# its value or first sentence is on the next line.
HEADING_ONLY_CHARS = 12
_SENTENCE_END = re.compile(r"[。！？；;!?]")
_VALUE_AFTER_COLON = re.compile(r"[:：]\s*\S")
_COLON = re.compile(r"[:：]")
_LINE_END = re.compile(r"[。！？；;!?:：,，、”’\"）)]$")
# How a finished sentence or line ends (a closing quote or bracket may follow the stop).
_FINISHED = re.compile(r"[。！？；;!?…][”’\"）)]?$")


def shown_text(text: str) -> str:
    """The item's text through its first sentence: its first line, or a heading line and the
    line after it (and the line a site wrapped it onto), cut after the first full stop or
    semicolon that ends more than a short heading ("参加人员。在职职工及部分退休职工。" is
    shown whole)."""
    lines = text.splitlines(keepends=True)
    kept, seen = [], 0
    for k, line in enumerate(lines):
        kept.append(line)
        body = line.strip()
        if not body:
            continue
        seen += 1
        if seen > 1 or _VALUE_AFTER_COLON.search(body) or len(body.rstrip(":：")) > HEADING_ONLY_CHARS:
            wrapped = len(body) > HEADING_ONLY_CHARS and not _VALUE_AFTER_COLON.search(body) \
                and not _LINE_END.search(body) and k + 1 < len(lines) and lines[k + 1].strip() \
                and _SENTENCE_END.search(lines[k + 1])
            if wrapped:  # a line the site wrapped mid-sentence ("建设一支优秀\n的教师队伍。")
                kept.append(lines[k + 1])
            break
    shown = "".join(kept).rstrip()
    for end in _SENTENCE_END.finditer(shown):
        before = shown[:end.start()].strip()
        if len(before) <= HEADING_ONLY_CHARS and not _COLON.search(before) and shown[end.end():].strip():
            continue  # a heading's stop with its value after it: 参加人员。在职职工, 主办单位。⏎…
        return shown[:end.end()]
    return shown


def readable(text: str) -> bool:
    """Whether a shown text reads: no pattern of data/usable.toml's `unreadable` rows in it."""
    return not any(p.search(text) for p in load_unreadable())


def unreadable_items(items: Iterable[tuple[str, str, str]]) -> set[str]:
    """The ids of (item_id, doc_id, text) triples, in each page's reading order, whose shown
    text does not read, or is cut short: a page's last item that stops mid-sentence, where the
    page (a stored excerpt, a truncated scrape) was cut."""
    out: set[str] = set()
    last: tuple[str, str, str, str] | None = None  # item_id, doc_id, text, shown text
    for item_id, doc_id, text in items:
        if last is not None and doc_id != last[1] and _cut_short(last[2], last[3]):
            out.add(last[0])
        shown = shown_text(text)
        if not readable(shown):
            out.add(item_id)
        last = (item_id, doc_id, text, shown)
    if last is not None and _cut_short(last[2], last[3]):
        out.add(last[0])
    return out


def _cut_short(text: str, shown: str) -> bool:
    """Whether a page's last item stops mid-sentence: it is shown whole and ends unfinished."""
    return shown == text.rstrip() and not _FINISHED.search(shown)


def pick_examples(rows: list[tuple[str, str, str, float]], key: Callable[[str], str],
                  unreadable: set[str]) -> set[str]:
    """Up to MAX_EXAMPLES member items (item, plan, page, similarity) from different copy
    groups and pages, smallest ids first, so an author sees the template filled in by
    different sources; members that do not read only when no member does."""
    ordered = sorted(rows)
    readable_rows = [r for r in ordered if r[0] not in unreadable]
    picked: list[str] = []
    groups: set[str] = set()
    docs: set[str] = set()
    for item_id, plan_id, doc_id, _ in readable_rows or ordered:
        if key(plan_id) not in groups and doc_id not in docs:
            picked.append(item_id)
            groups.add(key(plan_id))
            docs.add(doc_id)
            if len(picked) == MAX_EXAMPLES:
                break
    return set(picked)
