"""Re-decode stretches a site decoded with the wrong encoding before the page reached us.

Two families reach scraped pages whole lines at a time:
- UTF-8 bytes read as Latin-1 / Windows-1252 ("å·¥ä¼šå·¥ä½œè®¡åˆ’" for 工会工作计划): ftfy
  knows this family and its variants well, so a line ftfy judges garbled is handed to
  `ftfy.fix_encoding`, and its answer is kept when it holds Chinese and no garbling is left;
- GBK bytes read as Latin-1 ("ÏÂÔØ±¾Êé" for 下载本书, "µÚ7²¿·Ö" for 第7部分): each run of
  Latin-1 characters is turned back into its bytes and read as GBK (also one byte later,
  for a run that starts on a trail byte). The reading is kept only where it is certain:
  strict decoding succeeds and every character it gives is a common one (GB2312's hanzi,
  full-width punctuation or ASCII).
Each repair replaces its stretch and is recorded as a cleaning step
(`mojibake_utf8_latin1`, `mojibake_gbk_latin1`); real Latin-1 text ("25°C", "马克思·韦伯",
"Café") has no such reading and is left alone.
"""

from __future__ import annotations

import re

from pipeline.clean.mojibake import Repair, common_char

# Characters a mis-decoded line holds: the Latin-1 letters and signs (U+0080-U+00FF).
_LATIN1 = re.compile(r"[\u0080-\u00ff]")
# A run of GBK bytes read as Latin-1: ASCII and Latin-1 characters, on a line with no
# Chinese character (a mis-decoded line has none left).
_GBK_RUN = re.compile(r"[\u0020-\u007e\u0080-\u00ff]*?[\u00a1-\u00fe]{2}[\u0020-\u007e\u0080-\u00ff]*")
_CJK = re.compile(r"[\u3400-\u9fff]")
# The UTF-8 shape of a Chinese character read as Latin-1: a lead byte E4-E9 and two
# continuation bytes. A line made mostly of these is UTF-8 that ftfy could not mend (bytes
# were lost), not GBK: its GBK reading would be common characters by chance.
_UTF8_HANZI = re.compile("[\u00e4-\u00e9][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                         "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
                         "\u20ac\u2122]{1,2}")  # Windows-1252 shows bytes 80-9F as these signs
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Fewer hanzi than this, or one Latin-1 sign repeated ("××××年" placeholders), is no proof.
MIN_GBK_RUN_HANZI = 3


def redecode_repairs(text: str) -> list[Repair]:
    """A repair for each mis-decoded stretch, in text order."""
    out: list[Repair] = []
    pos = 0
    for line in text.split("\n"):
        if _LATIN1.search(line):
            out += _line_repairs(line, pos)
        pos += len(line) + 1
    return out


def _line_repairs(line: str, pos: int) -> list[Repair]:
    import ftfy  # imported by the first page that needs it: most runs never do (start-up time)
    import ftfy.badness

    if ftfy.badness.is_bad(line):
        fixed = ftfy.fix_encoding(line)
        if fixed != line and _CJK.search(fixed) and not ftfy.badness.is_bad(fixed):
            return [Repair(pos, pos + len(line), fixed, "mojibake_utf8_latin1")]
    out: list[Repair] = []
    utf8_shaped = sum(len(m) for m in _UTF8_HANZI.findall(line))
    if _CJK.search(line) or 2 * utf8_shaped >= len(_NON_ASCII.findall(line)):
        return out
    for run in _GBK_RUN.finditer(line):
        found = _gbk_reading(run.group())
        if found is not None:
            skip, trim, reading = found
            start, end = pos + run.start() + skip, pos + run.end() - trim
            out.append(Repair(start, end, reading, "mojibake_gbk_latin1"))
    return out


def _gbk_reading(run: str) -> tuple[int, int, str] | None:
    """(characters skipped at the start, at the end, GBK reading) of a run of Latin-1
    characters, if certain; a run may start on a trail byte or end on a lead byte."""
    if len(set(_LATIN1.findall(run))) < 2:
        return None
    raw = run.encode("latin-1")
    for skip, trim in ((0, 0), (1, 0), (0, 1), (1, 1)):
        try:
            reading = raw[skip:len(raw) - trim].decode("gbk")
        except UnicodeDecodeError:
            continue
        if len(_CJK.findall(reading)) >= MIN_GBK_RUN_HANZI and all(common_char(ch) for ch in reading):
            return skip, trim, reading
    return None
