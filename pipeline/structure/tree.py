"""Turn marker candidates into a validated, nested item tree.

Rules (annotation guide, section 1):
- a marker counts where it continues an open sequence (一 -> 二) or starts one at its
  first value; "十八大", "3月", "1.5万元" never do;
- inside a line, and for styles with `min_run` 2 ("一是", "首先"), a sequence start
  counts only if its second member follows — or, inside a line, if it opens a level
  whose first child follows at once ("…如下。一、加强学习…(一)…(二)…");
- depth follows the order in which styles open inside the plan: a first value opens
  a level below the open ones; a style restarting at 1 under a deeper item nests
  deeper; a restart of the top-level run starts a new run at depth 1, and a restart of
  the innermost run with an item open above it nests under that run's last item
  ("3、夹珠子比赛 / 裁判: / 1、分组进行"; "二是…。一是…;二是…。三是…");
- a number continuing a run closed by an outer item ("二、" then "6、" after "5、")
  reopens it below the current item;
- a short unnumbered heading line ("具体活动安排") closes all open levels, so a new run
  after it starts again at depth 1; a number that continues a run it closed goes back to
  that run's depth; a short label line ("裁判:", "评委:张三") belongs to the item above
  it and closes nothing;
- inside a line, a first value repeating the open run's first value ("一、活动主题 …
  喜迎五 一、共建和谐") is not a restart: the run has not moved, the text is a word;
- inside a line, a first value right after a short heading item opens its child list
  ("四、活动的准备与安排 1、…");
- a page that starts mid-sequence ("4、…" then "四、…", guide section 1) keeps those
  leading orphans as items; their depth follows the usual nesting order (the style's
  `rank`), not the order they appear in.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from pipeline.records import Item, Marker
from pipeline.structure.numerals import LAST
from pipeline.structure.styles import MarkerStyle

# A line this short, unnumbered and not ending like a sentence is a section heading.
SECTION_HEADING_MAX_CHARS = 20
# An item's heading is its first clause (guide, section 1); a text with no clause end is
# cut at this length.
HEADING_MAX_CHARS = 60
# A label's colon ("裁判:", "时间:3月7日"), not the colon of a time ("11:00"). A short line
# with one is a label line: it belongs to the item it is under and closes no level.
_LABEL_COLON = r"(?<![0-9]):|:(?![0-9])"
_CLAUSE_END = re.compile(r"[。;!?\n]|" + _LABEL_COLON)
_SENTENCE_END = tuple("。;!?,、.\"”'")
_LABEL_LINE = re.compile(_LABEL_COLON)
_WORD = re.compile(r"[0-9A-Za-z\u3400-\u9fff]")


@dataclass
class _Level:
    family: str
    last: int
    item: Item
    depth: int


def _is_first(m: Marker) -> bool:
    return m.family == "month" or m.value == 1


def _continues(last: int, m: Marker) -> bool:
    if m.family == "month":
        return m.value > last
    if m.value == LAST:
        return last >= 2
    return m.value == last + 1


def _can_restart(m: Marker) -> bool:
    """Whether a first value may restart an open run of its style: at a line start, or
    any month; inside a line, "一、" after "一、" repeats a word ("喜迎五 一、共建")."""
    return m.line_start or m.family == "month"


def _has_second(cands: list[Marker], i: int, open_last: int | None = None) -> bool:
    """Whether the run started by cands[i] gets a second member before restarting, and
    before an open run of its style that stands at `open_last` continues."""
    first = cands[i]
    for m in cands[i + 1:]:
        if m.family != first.family:
            continue
        if open_last is not None and _continues(open_last, m):
            return False
        if m.value == 2:
            return True
        if m.value == 1 and _can_restart(m):
            return False
    return False


def _drop_empty_inline(cands: list[Marker], norm: str, end: int) -> list[Marker]:
    """An inline marker with no words before the next marker ("一、二、三等奖") is not one."""
    kept = []
    for i, m in enumerate(cands):
        nxt = cands[i + 1].start if i + 1 < len(cands) else end
        if m.line_start or _WORD.search(norm, m.end, nxt):
            kept.append(m)
    return kept


def _section_breaks(norm: str, start: int, end: int, cands: list[Marker]) -> list[int]:
    """Offsets of short heading lines on which no marker candidate stands."""
    starts = [m.start for m in cands]  # in reading order, so sorted
    breaks = []
    pos = start
    for line in norm[start:end].split("\n"):
        s = line.strip()
        line_end = pos + len(line)
        if s and len(s) <= SECTION_HEADING_MAX_CHARS and not s.endswith(_SENTENCE_END) \
                and not _LABEL_LINE.search(s):
            first = pos + len(line) - len(line.lstrip())
            k = bisect_left(starts, first)
            if k == len(starts) or starts[k] >= line_end:
                breaks.append(first)
        pos = line_end + 1
    return breaks


def build_tree(cands: list[Marker], norm: str, start: int, end: int,
               styles: dict[str, MarkerStyle], page_start: bool = False) -> list[Item]:
    """Validated items of one plan body `norm[start:end]`, in reading order.

    `page_start` says the body opens the article, so it may begin mid-sequence.
    """
    cands = _drop_empty_inline(cands, norm, end)
    breaks = _section_breaks(norm, start, end, cands)
    events = sorted([(m.start, 1, i) for i, m in enumerate(cands)] + [(b, 0, -1) for b in breaks])
    orphans = _leading_orphans(cands, styles) if page_start else {}

    items: list[Item] = []
    stack: list[_Level] = []
    broken: list[_Level] = []  # the levels the last section break closed
    closed: dict[str, int] = {}

    def pop_to(n: int) -> None:
        while len(stack) > n:
            lv = stack.pop()
            closed[lv.family] = lv.last

    def below_open() -> int:
        return stack[-1].depth + 1 if stack else 1

    def continuing(levels: list[_Level], m: Marker) -> int | None:
        return next((k for k in range(len(levels) - 1, -1, -1)
                     if levels[k].family == m.family and _continues(levels[k].last, m)), None)

    for _, kind, i in events:
        if kind == 0:
            if stack:
                broken = stack[:]
            pop_to(0)
            continue
        m = cands[i]
        level = continuing(stack, m)
        if level is None and broken and (back := continuing(broken, m)) is not None:
            stack[:] = broken[:back + 1]
            level = back
        if level is not None:
            pop_to(level + 1)
            depth = stack.pop().depth
        elif m.glued and not (_is_first(m) and (_after_heading(items, m, norm)
                                                or _glued_top_restart(cands, i, stack))):
            continue
        elif i in orphans:
            while stack and stack[-1].depth >= orphans[i]:
                pop_to(len(stack) - 1)
            depth = orphans[i]
        elif _is_first(m) and _start_allowed(m, cands, i, styles, items, norm):
            if stack and stack[-1].family == m.family and stack[-1].last == m.value \
                    and not _can_restart(m):
                continue  # an inline repeat of the run's first value
            if len(stack) == 1 and stack[-1].family == m.family:
                stack.pop()  # a new run at the top level; under an open item it nests
            depth = below_open()
        elif m.family in closed and m.family not in {lv.family for lv in stack} \
                and _continues(closed[m.family], m):
            depth = below_open()
        else:
            continue
        broken = []
        parent = stack[-1].item.ordinal if stack else None
        item = Item(len(items) + 1, depth, parent, m, m.end, m.end)
        items.append(item)
        last = m.value_end if m.value != LAST else 99
        stack.append(_Level(m.family, last, item, depth))
    _set_text_spans(items, norm, end)
    return items


def _leading_orphans(cands: list[Marker], styles: dict[str, MarkerStyle]) -> dict[int, int]:
    """Depth of each orphan the page starts with, by index into `cands`.

    Orphans are the line-start markers before the first regular item that neither start
    a run at its first value nor belong to a style that needs a run ("一是").
    """
    run = []
    for i, m in enumerate(cands):
        style = styles[m.style]
        if _is_first(m) or not m.line_start or style.rank == 0 or style.min_run > 1:
            break
        run.append(i)
    ranks = sorted({styles[cands[i].style].rank for i in run})
    return {i: ranks.index(styles[cands[i].style].rank) + 1 for i in run}


def _glued_top_restart(cands: list[Marker], i: int, stack: list[_Level]) -> bool:
    """Whether a glued first value starts the plan's top-level run, or starts it again
    ("…看球赛一、活动简介…二、活动目标" after "四、活动方式"): nothing but that run is open
    (or nothing at all), and the new run's second member comes before the open run continues
    or restarts. "统一、规范" inside "三、…" is followed by "四、", so it stays a word."""
    if len(stack) > 1 or (stack and stack[0].family != cands[i].family):
        return False
    return _has_second(cands, i, stack[0].last if stack else None)


def _after_heading(items: list[Item], m: Marker, norm: str) -> bool:
    """Whether `m` follows a short heading item of another style on the same line (not
    after a colon: in "(一)普通资助:符合情况一、四的…" the words after it are content)."""
    if not items or items[-1].marker.family == m.family:
        return False
    between = norm[items[-1].marker.end:m.start]
    return "\n" not in between and len(between.strip()) <= SECTION_HEADING_MAX_CHARS \
        and not any(ch in between for ch in _SENTENCE_END) and not _LABEL_LINE.search(between)


def _opens_level(cands: list[Marker], i: int) -> bool:
    """Whether the next marker is the first value of another style (a child list)."""
    nxt = cands[i + 1] if i + 1 < len(cands) else None
    return nxt is not None and nxt.family != cands[i].family and _is_first(nxt) and not nxt.glued


def _start_allowed(m: Marker, cands: list[Marker], i: int, styles: dict[str, MarkerStyle],
                   items: list[Item], norm: str) -> bool:
    if m.family == "month":
        return True
    if styles[m.style].min_run >= 2:
        return _has_second(cands, i)
    return (m.line_start or _has_second(cands, i) or _opens_level(cands, i)
            or _after_heading(items, m, norm))


def _set_text_spans(items: list[Item], norm: str, end: int) -> None:
    for k, item in enumerate(items):
        stop = items[k + 1].marker.start if k + 1 < len(items) else end
        a = item.marker.end
        while a < stop and norm[a].isspace():
            a += 1
        b = stop
        while b > a and norm[b - 1].isspace():
            b -= 1
        item.text_start, item.text_end = a, b
        cut = _CLAUSE_END.search(norm, a, b)
        item.heading_end = cut.start() if cut else min(b, a + HEADING_MAX_CHARS)
