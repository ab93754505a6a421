"""Undo the chunk numbers of document-library pages (文库).

Such sites cut a document into pieces of a few hundred characters and number them
"1、…", "2、…" at the start of a line, wherever the cut falls, often mid-word
("修改困难职工档\\n2、案。"). Taken at face value they are a run of items that swallows
the real outline. A page is taken as chunked when its lines numbered 1、, 2、, … (in this
order, at least two) all break a sentence: every chunk but the last is long and the
line before each later number ends without closing punctuation (none need to where the
first chunk holds the page's own 一、二、 outline, which no "1、" item encloses). The numbers are then
removed and the cut sentences joined. The numbers are those of the marker styles that
markers.toml flags `chunk_numbers`, matched on the Simplified, width-folded view.
"""

from __future__ import annotations

import re

from pipeline.clean.wraps import SENTENCE_CLOSE
from pipeline.markers import load_styles, read_numeral

# Shortest chunk seen on library pages in corpus/raw (tune split) is about 300 characters;
# real numbered items that long, cut off mid-sentence before the next number, are rare.
MIN_CHUNK_CHARS = 200
_LINE_START = re.compile(r"^[ \t]*", re.M)
# A top-level marker of the page's outline ("一、", "二、").
_OUTLINE = re.compile(r"(?<![一二三四五六七八九十])[一二三四五六七八九十]、")
# What ends a numbered item for good: a colon does not ("裁判员:" / "3、心有灵犀", or a time cut
# as "10:" / "2、10—10:20"), since an item ending in one goes on with its own sub-items, never
# straight to the next number.
_ITEM_CLOSE = tuple(c for c in SENTENCE_CLOSE if c not in ":：")


def chunk_number_edits(text: str, norm: str) -> list[tuple[int, int]]:
    """Spans `[start, end)` to delete: each chunk number, and the line break before it.

    `norm` is the Simplified, width-folded view of `text` (same length)."""
    styles = [s for s in load_styles() if s.chunk_numbers]
    numbers: list[re.Match[str]] = []
    for line in _LINE_START.finditer(norm):
        m = next((m for s in styles if (m := s.pattern.match(norm, line.end()))), None)
        if m is not None and read_numeral("arabic", m.group("num")) == len(numbers) + 1:
            numbers.append(m)
    if len(numbers) < 2:
        return []
    mid_sentence = 0
    for prev, nxt in zip(numbers, numbers[1:]):
        before = text[prev.end():nxt.start()].rstrip()
        if len(before) < MIN_CHUNK_CHARS:
            return []
        mid_sentence += not before.endswith(_ITEM_CLOSE)
    breaks = len(numbers) - 1
    # a cut may fall after a sentence by chance: where the first chunk holds the page's own
    # top-level outline ("一、…二、…"), which a "1、" item would never enclose, that is enough
    outline_inside = len(_OUTLINE.findall(norm, numbers[0].end(), numbers[1].start())) >= 2
    if mid_sentence < breaks and not outline_inside:
        return []
    edits = [(numbers[0].start("num"), numbers[0].end())]
    for m in numbers[1:]:
        line_end = len(text[:m.start()].rstrip())  # the break and any blank lines before it
        edits.append((line_end, m.end()))
    return edits
