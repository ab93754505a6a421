"""Find every place a marker style matches at a boundary (before sequence checks).

A boundary is the start of a line (after indentation) or a position right after
punctuation or a space inside a line. Only `where = "any"` styles are tried inside
lines. At each boundary the first matching style wins. A marker glued to the Chinese
character before it is a candidate too, marked `glued`, where its style declares the
shape it may have there (markers.toml `glued`: "…活动2、畅想…", "①阳光伙伴齐步走②盲人画像",
"二、慰问活动安排(一)区领导…", a "一、" glued to a title or a pasted document's text,
"…六比六看球赛一、活动简介…二、活动目标", a "三、" run on after the text of "二、", but not
"十一、", "五一、", "第一、", "星期一、"). The tree
accepts a glued marker only where its glued rules say (structure/tree.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.markers import MarkerStyle, read_numeral
from pipeline.records import Marker

# Characters after which an inline marker may start ("…;2、参加…", "…意义。三、创建…",
# "…上报《参赛报名表》(三).9月10日…"),
# including an ASCII full stop that ends a Chinese sentence ("…信心.(一)是…"), the end of an
# HTML tag a page leaked ('…255);">七、做好…'), past a page
# or list number a PDF dump left glued before a line's "一、" ("1一、活动目的:"), and past a
# plan's number run on into its first item ("…工会工作计划篇1一、深入学习…", "…慰问方案1一、目的").
_PUNCTUATION_BOUNDARY = (r"(?:^|\n)[ \t]*(?:[0-9]{1,2}(?=[一二三四五六七八九十]{1,3}、))?"
                         r"|(?:篇|方案|计划|要点|策划|范文)[0-9]{1,2}(?=一、)"
                         r"|[。;!?:,、)\]】”\"'|…>》][ \t]*|(?<=[\u3400-\u9fff])\.[ \t]*|[ \t]+")
# What a glued marker may follow: a Chinese character, or a template's placeholder for one
# ("地点:xxx三、参赛对象", "**四、", a blank to fill in: "总策划:_三、组队办法").
_GLUED_AFTER = "(?:(?<=[\u3400-\u9fff])|(?<=[xX]{2})|(?<=[*＊×○□_]))"
# How far back a half-bracket marker looks for the bracket it would close.
BRACKET_LOOKBACK = 30


@lru_cache(maxsize=4)
def boundary_pattern(styles: tuple[MarkerStyle, ...]) -> re.Pattern[str]:
    """Punctuation and line boundaries, plus the zero-width places right after a Chinese
    character (or a placeholder such as xxx) where a style's glued shape follows."""
    glued = "|".join(f"(?:{s.glued})" for s in styles if s.glued)
    return re.compile(_PUNCTUATION_BOUNDARY + (f"|{_GLUED_AFTER}(?={glued})" if glued else ""))


def find_candidates(norm: str, start: int, end: int, styles: tuple[MarkerStyle, ...]) -> list[Marker]:
    """Marker candidates in `norm[start:end]`, in reading order, never overlapping.

    Linear in the span's length, however long its lines: where the current line begins and
    where its last non-blank character is are carried forward from boundary to boundary,
    never searched for backwards (a one-line page of millions of characters has millions of
    boundaries).
    """
    found: list[Marker] = []
    taken_until = start
    line_begin, last_ink, scanned = start, start - 1, start
    for b in boundary_pattern(styles).finditer(norm, start, end):
        pos = b.end()
        if pos < taken_until or pos >= end:
            continue
        seen = norm[scanned:pos]
        newline = seen.rfind("\n")
        if newline >= 0:
            line_begin = scanned + newline + 1
        ink = len(seen.rstrip())
        if ink:
            last_ink = scanned + ink - 1
        scanned = pos
        line_start = last_ink < line_begin  # nothing but blanks since the line began
        for style in styles:
            if style.where == "line" and not line_start:
                continue
            m = style.pattern.match(norm, pos, end)
            if m is None or _closes_a_bracket(norm, line_begin, pos, m.group()):
                continue
            value = read_numeral(style.numerals, m.group("num"))
            if value == 0 or value < -1:
                continue
            num2 = m.groupdict().get("num2")
            value_end = read_numeral(style.numerals, num2) if num2 else value
            glued = not line_start and b.start() == b.end()
            found.append(Marker(style.id, style.family, value, value_end, pos, m.end(), line_start,
                                glued, style.sequence == "increasing"))
            taken_until = m.end()
            break
    return found


def _closes_a_bracket(norm: str, line_begin: int, pos: int, marker: str) -> bool:
    """Whether a half-bracket marker ("1)") closes a bracket the line opened before it: in
    "(见表1)" or "(附件2)" the number is a reference, not an item."""
    if ")" not in marker or "(" in marker:
        return False
    before = norm[max(line_begin, pos - BRACKET_LOOKBACK):pos]
    return before.rfind("(") > before.rfind(")")
