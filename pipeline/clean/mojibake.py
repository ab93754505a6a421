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

Where the page lost bytes again inside the marker, the shifted reading opens the bracket
and then breaks off ("。ǘ﹪@中心" reads "（订嘆中心": "（二）圍…" lost the second byte of 二).
The first byte of the numeral survives, and the ten numerals 一…十 have ten different first
bytes in GBK (二 is B6 FE), so it names the number; where it names none, the number is the
one after the nearest bracketed numeral before it (一 where there is none or the next is
二), because the guide opens levels by order and the marker's children must keep the depth
they have under it. Such a repair is recorded as `mojibake_gbk_lost_number`, and the page
gets a W104 warning saying which marker was supplied.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from pipeline.markers import cn_numeral, read_numeral

# A "。" followed by characters of GBK rows that ordinary Chinese text rarely uses: bopomofo,
# box drawing, pinyin letters with tones, small form variants, Greek and Cyrillic.
_SUSPECT = re.compile(r"。(?=[\u3105-\u3129\u2500-\u257f\u01cd-\u01dc\u0101-\u014d\ufe50-\ufe6b"
                      r"\u0391-\u03c9\u0401-\u0451]{1,2})")
_MARKER = re.compile(r"（[一二三四五六七八九十]{1,3}）")
# A bracketed Chinese numeral anywhere on the page: the run a lost number belongs to.
_RUN_MEMBER = re.compile(r"[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]")
_CN_NUMERALS = "一二三四五六七八九十"
# The first GBK byte of each numeral 一…十 (all different): what survives of a lost numeral.
_FIRST_BYTE = {ch.encode("gbk")[0]: k for k, ch in enumerate(_CN_NUMERALS, start=1)}
WINDOW_CHARS = 24


def common_char(ch: str) -> bool:
    """Whether a recovered character is one ordinary text uses: ASCII, a GB2312 hanzi (level 1
    and 2, rows B0-F7) or full-width punctuation (rows A1, A3)."""
    if ch.isascii():
        return True
    try:
        b = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and (b[0] >= 0xB0 or b[0] in (0xA1, 0xA3))


@dataclass(frozen=True)
class Repair:
    """A garbled stretch `[start, end)` of the text and what replaces it."""

    start: int
    end: int
    text: str
    rule_id: str  # "mojibake_gbk_shift" or "mojibake_gbk_lost_number"


def gbk_shift_repairs(text: str) -> list[Repair]:
    """A repair for each garbled marker that reads back with a one-byte shift."""
    out: list[Repair] = []
    run: list[tuple[int, int]] | None = None  # the page's bracketed numerals, found once
    for m in _SUSPECT.finditer(text):
        window = text[m.start():m.start() + WINDOW_CHARS].split("\n", 1)[0]
        try:
            raw = window.encode("gbk")
        except UnicodeEncodeError:
            continue
        shifted = raw[1:].decode("gbk", errors="replace")
        marker = _MARKER.match(shifted)
        if marker is not None:
            out.append(_recovered(m.start(), window, shifted, marker.end()))
        elif shifted.startswith("（") and shifted[1:2] not in _CN_NUMERALS:
            if run is None:
                run = [(a.start(), read_numeral("cn", a.group(1))) for a in _RUN_MEMBER.finditer(text)]
            value = _FIRST_BYTE.get(raw[3]) if len(raw) > 3 else None
            out.append(_lost_number(m.start(), window, value or _place_in_run(m.start(), run, out)))
    return out


def _recovered(start: int, window: str, shifted: str, good: int) -> Repair:
    """The shifted reading up to its last common character replaces what holds its bytes."""
    while good < len(shifted) and common_char(shifted[good]) and shifted[good] != "\ufffd":
        good += 1
    recovered = shifted[:good]
    # the original characters whose bytes hold the recovered stretch (2 bytes each in GBK);
    # the one it ends inside was garbled across the boundary and is dropped
    used = len(recovered.encode("gbk")) + 1
    covered, n = 0, 0
    while covered < used and n < len(window):
        covered += len(window[n].encode("gbk"))
        n += 1
    return Repair(start, start + n, recovered, "mojibake_gbk_shift")


def _place_in_run(start: int, run: list[tuple[int, int]], done: list[Repair]) -> int:
    """The value after the nearest bracketed numeral before `start`, on the page or restored
    by an earlier repair; 1 where there is none or the next one on the page is 2."""
    k = bisect_left(run, (start, 0))
    before = run[:k][-1:]
    repaired = _RUN_MEMBER.match(done[-1].text) if done else None
    if repaired:
        before.append((done[-1].start, read_numeral("cn", repaired.group(1))))
    if not before or (k < len(run) and run[k][1] == 2):
        return 1
    value = max(before)[1]
    return value + 1 if 0 < value < 99 else 1


def _lost_number(start: int, window: str, value: int) -> Repair:
    """"（N）" replaces the "。", the garbled characters and a stray ASCII trail byte ("@")."""
    n = 1
    while n < len(window) and not common_char(window[n]):
        n += 1
    if n < len(window) and window[n].isascii() and not window[n].isalnum() and not window[n].isspace():
        n += 1
    return Repair(start, start + n, f"（{cn_numeral(value)}）", "mojibake_gbk_lost_number")
