"""Repair hard line wraps of text extracted from PDFs and fixed-width pages.

Such text breaks lines at a fixed display width, in the middle of words
("组织职\\n工认真学习"). A line is taken as wrapped when the page has a clear wrap
width (several unpunctuated lines of about the same display width) and the line
reaches it; it is then joined to the next line unless that line starts a new item (a
marker of any style of markers.toml, matched on the Simplified, width-folded view) or
either line is a plan's marker line ("篇2:工会春游活动方案" reaching the width is a plan's
head, not a wrapped line of text).
"""

from __future__ import annotations

import unicodedata
from collections import Counter

from pipeline.markers import item_start_pattern, plan_marker_lines

# Lines narrower than this (display columns; a CJK character is 2) are never taken as
# wrapped: headings and list lines are short. Calibrated on the tune split of
# corpus/raw: wrapped pages break at 44-100 columns, list pages have runs of 30-36.
MIN_WRAP_WIDTH = 40
# A page has a wrap width when at least this many unpunctuated lines, and at least
# this share of them, end within WRAP_SLACK columns of one width.
MIN_WRAPPED_LINES = 3
MIN_WRAPPED_SHARE = 0.5
WRAP_SLACK = 4

# Punctuation that closes a sentence or clause: a line ending in it was not cut mid-sentence.
SENTENCE_CLOSE = tuple("。！？；：:;!?.…”\"）)】」』")


def display_width(text: str) -> int:
    """Columns a monospace terminal gives the text (a CJK character takes two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrap_joins(text: str, norm: str) -> list[tuple[int, int]]:
    """Spans `[start, end)` to delete (line break plus indentation) to undo hard wraps.

    `norm` is the Simplified, width-folded view of `text` (same length), where markers are
    matched."""
    lines = []  # (content_start, content_end, width) of non-blank lines
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            lines.append((pos + lead, pos + lead + len(stripped), display_width(stripped),
                          stripped.endswith(SENTENCE_CLOSE)))
        pos += len(line) + 1
    widths = [w for _, _, w, term in lines if not term and w >= MIN_WRAP_WIDTH]
    if len(widths) < MIN_WRAPPED_LINES:
        return []
    counts = Counter(widths)
    best, support = max(
        ((w, sum(n for v, n in counts.items() if w - WRAP_SLACK <= v <= w)) for w in counts),
        key=lambda t: (t[1], t[0]),
    )
    if support < MIN_WRAPPED_LINES or support / len(widths) < MIN_WRAPPED_SHARE:
        return []
    starts_item = item_start_pattern()
    plan_heads = plan_marker_lines(norm)
    joins = []
    for (start, end, width, term), nxt in zip(lines, lines[1:]):
        if term or width < best - WRAP_SLACK:
            continue
        if starts_item.match(norm, nxt[0]) or any(h <= at <= h_end for h, h_end in plan_heads
                                                  for at in (start, nxt[0])):
            continue
        joins.append((end, nxt[0]))
    return joins
