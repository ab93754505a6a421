"""Repair markers that a site itself mis-decoded: GBK text read one byte off.

A page whose GBK bytes lost or gained one byte before a numbered heading shows the heading
as characters from rarely used rows of the GBK table, after a "。": "（一）增強三個意識"
becomes "。ㄒ唬┰鰪娙齻意識" (the bytes A1 A3 A8 D2 BB A3 A9 … read from A1 instead of A3).
Reading the same bytes one byte later gives the text back. The repair is made only where it
is certain: the shifted reading must start with a bracketed Chinese-numeral marker ("（一）")
followed by common characters, and only that recovered stretch replaces the garbled one
(the character it ends inside, garbled across the boundary, is dropped; the rest, where
the shift loses bytes again, is left as the page has it). The span is recorded as a
cleaning step (`mojibake_gbk_shift`).
"""

from __future__ import annotations

import re

# A "。" followed by characters of GBK rows that ordinary Chinese text rarely uses: bopomofo,
# box drawing, pinyin letters with tones, small form variants, Greek and Cyrillic.
_SUSPECT = re.compile(r"。(?=[\u3105-\u3129\u2500-\u257f\u01cd-\u01dc\u0101-\u014d\ufe50-\ufe6b"
                      r"\u0391-\u03c9\u0401-\u0451]{1,2})")
_MARKER = re.compile(r"（[一二三四五六七八九十]{1,3}）")
# Characters a recovered stretch may hold: common hanzi (GB2312 level 1 and 2 rows are
# B0A1-F7FE), full-width punctuation and ASCII.
WINDOW_CHARS = 24


def _common(ch: str) -> bool:
    if ch.isascii():
        return True
    try:
        b = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and (b[0] >= 0xB0 or b[0] in (0xA1, 0xA3))


def gbk_shift_repairs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for each garbled marker that reads back with a one-byte shift."""
    out = []
    for m in _SUSPECT.finditer(text):
        window = text[m.start():m.start() + WINDOW_CHARS].split("\n", 1)[0]
        try:
            raw = window.encode("gbk")
        except UnicodeEncodeError:
            continue
        shifted = raw[1:].decode("gbk", errors="replace")
        marker = _MARKER.match(shifted)
        if marker is None:
            continue
        good = marker.end()
        while good < len(shifted) and _common(shifted[good]) and shifted[good] != "\ufffd":
            good += 1
        recovered = shifted[:good]
        # the original characters whose bytes hold the recovered stretch (2 bytes each in
        # GBK); the one it ends inside was garbled across the boundary and is dropped
        used = len(recovered.encode("gbk")) + 1
        covered, n = 0, 0
        while covered < used and n < len(window):
            covered += len(window[n].encode("gbk"))
            n += 1
        out.append((m.start(), m.start() + n, recovered))
    return out
