"""Repair hard line wraps of text extracted from PDFs and fixed-width pages.

Such text breaks lines at a fixed display width, in the middle of words
("组织职\\n工认真学习"). A line is taken as wrapped when the page has a clear wrap
width (several unpunctuated lines of about the same display width) and the line
reaches it; it is then joined to the next line unless that line starts a new item.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

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
_STARTS_ITEM = re.compile(
    r"\s*([(（〔]?[0-9一二三四五六七八九十]{1,3}\s*[)）〕、.,，．]|[①-⑳⑴-⒇⒈-⒛]|第[一二三四五六七八九十]+|"
    r"[一二三四五六七八九十][是要]|[0-9]{1,2}月|[一二三四五六七八九十]{1,2}月|首先|其次|再次|最后)"
)


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrap_joins(text: str) -> list[tuple[int, int]]:
    """Spans `[start, end)` to delete (line break plus indentation) to undo hard wraps."""
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
    joins = []
    for (_, end, width, term), nxt in zip(lines, lines[1:]):
        if term or width < best - WRAP_SLACK:
            continue
        if _STARTS_ITEM.match(text, nxt[0]):
            continue
        joins.append((end, nxt[0]))
    return joins
