"""Turn marker candidates into a validated, nested item tree, by named rules.

The annotation guide (section 1) says when a number is a marker and how deep its item
sits. Here that is an ordered list of rules, `RULES`; for each candidate the first rule
that decides wins: it places the candidate at a depth, or rejects it. A candidate no rule
takes is not a marker ("十八大", "3月" in a sentence, "1.5万元" never become one). The
rules, in order:

1. `continue_open_run` — a value continuing an open run ("二、" after "一、…") takes that
   run's depth and closes the levels below it.
2. `continue_run_closed_by_section_heading` — a short unnumbered heading line ("具体活动
   安排") closes all open levels, but a value continuing a run it closed goes back to that
   run's depth ("三、" after "具体活动安排" under "二、").
3. `continue_run_after_a_jump` — a value that jumps ahead of an open run counts when the
   next value of its style continues from it ("三、" then "五、六、": the page skipped or lost
   a number), or when the site notes it hid text before it ("…省略593字…" then "4、" after
   "1、"); a lone number out of sequence does not.
4. `glued_marker_needs_an_anchor` — a marker glued to the word before it ("…活动2、畅想")
   counts only as a first value that opens the child list of a short heading item on the
   same line ("四、活动的准备与安排1、…"), as a "一、" that starts the top-level run again
   when its "二、" follows before the open run continues ("…看球赛一、活动简介…二、"), as
   a top-level first value glued to the plan's title that opens a child list with nothing
   open yet ("…组织机构及职责一、组织机构工会主席职责:1、", "…工会制度一、总则(一)宗旨…(二)"),
   as a first value ending its parent's long heading line whose second member starts a line
   ("…更加注重…活动1、开展… / 2、…"), as the list its style opened under the previous sibling
   ("二、…监督1、进一步…" after "一、…活动1、…"), or as the first of a style that needs a run
   when its second member follows ("…提高自身建设一是加强…二是…"); any other glued candidate
   is rejected.
5. `leading_orphan` — a page that starts mid-sequence ("4、…" then "四、…", or "…五是…六是…"
   inside a line before "(三)") keeps those orphans; their depth follows the usual nesting
   order (the style's `rank`); an unranked run sits under the ranked orphan after it.
6. `inline_repeat_is_a_word` — inside a line, a first value repeating the open run's first
   value ("一、活动主题 … 喜迎五 一、共建和谐") is a word, not a restart: rejected.
7. `start_run` — a first value (any value of an increasing style such as months) opens a
   level below the open ones; a restart of the top-level run starts a new run at depth 1,
   also below that run's children when it is the outline's top style (一、) at a line start (a
   second text run on after the first: "六、…2、…" then "一、活动时间"); under an open item a
   restart of its own run nests below it ("3、夹珠子比赛 / 裁判: / 1、分组进行").
   Inside a line, and for styles with `min_run` 2 ("一是", "首先"), a start counts only
   if its second member follows, or (inside a line) if it opens a level whose first child
   follows at once ("…如下。一、加强学习…(一)…"), or it follows a short heading item or
   "如下:", or it repeats the list its style opened under the previous sibling where the page
   ends before its second member, or it restarts the top run after a table of contents, or
   it follows a sentence's end and the page is cut off mid-sentence inside its item (a
   "一是" only at a line's start). A line-start first value after a sentence broken off
   mid-word ("…要达到统 / 一、简化、有序") is the end of that word unless its second member or
   a child list follows. A restart after
   a label of its own ("女工部职责:1、", or an unnumbered label line above it: "活动经费预算:", or a
   sentence announcing the list: "…选择最终方案的原则如下:") is a
   sibling group of the open run when that run began after a label too ("工会主席职责:1、…4、",
   "活动准备事宜:"), not its child, whatever its style ("工作目标: / 1、…2、… / 主要内容: / 一、…").
8. `reopen_closed_run` — a number continuing a run that an outer item closed ("二、" then
   "6、" after "5、") reopens it below the current item.
9. `start_run_after_lost_lines` — a run whose first lines the page lost ("八、…程序" then
   "3、…" "4、…") opens a level under the item just placed, when it starts a line, skips at
   most MAX_SKIPPED values, its next value follows on a line of its own and its style ranks
   below the item's.

A first value whose second the page lost ("一、" then "三、四、") still starts its run when the
values after the jump continue from it (`_has_second`, at most MAX_SKIPPED values skipped).

A page cut from a document's middle ("(一)…" and only later "第二十五条", "第三节") starts
with the levels it began inside already open (`_levels_cut_off`); no heading line closes them.

Line-level readings around the rules: an inline marker with no words before the next one
("一、二、三等奖"), a marker right after another marker ("(一)第一阶段:", the words of the
first), and an inline countdown ("依次获5、4、3、2、1分") are dropped first; a short label
line ("裁判:", "时间:3月5日") belongs to the item above it and is no section heading.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import islice

from pipeline.markers import LAST, MarkerStyle, ends_with_plan_number
from pipeline.records import Item, Marker

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
# A sentence announcing a list ("特制定慰问方案如下:", "今后三年的主要任务是:"): a first value
# right after it opens the list even where the page ends before its second member.
_LEAD_IN = re.compile(r"(?:如下|以下|(?:任务|重点|措施|要求|工作)是)\s*:\s*$")
# A site's note that it hid part of the text from non-members ("省略664字,正式会员可完整阅读").
_TEXT_LEFT_OUT = re.compile(r"省略\s*[0-9]+\s*字")
# What a sentence ends with, before a first value that may start a list the page cut off.
_AFTER_SENTENCE = "。;!?:\n"
# Blanks between a sentence's end and a marker.
_BLANKS = " \t\u3000"
# What a text that was not cut off mid-sentence ends with.
_TEXT_END = "。;!?:…\"”')）】"
# A page cut off after a lone first value shows at least this much of its item.
CUT_TAIL_MIN_CHARS = 8
# Falling values in a row ("5、4、3") from this many on are a countdown inside a sentence.
COUNTDOWN_MIN = 3
# The rank (markers.toml) of a plan outline's top style, 一、: ranks above it are a rules
# text's 章 > 节 > 条.
OUTLINE_TOP_RANK = 4
# The rank of a rules text's article (第一条): the 章 and 节 above it divide a text whose
# articles are numbered on across them.
ARTICLE_RANK = 3
# How far `_has_second` looks for a run's second member (candidates): bounds the look-ahead
# on pages of thousands of markers; a second member is never that far from its first.
SECOND_LOOKAHEAD = 500
# What a bracketed marker opens with ("(一)", "〔1〕", "【三】"): such a marker ends no wrapped word.
_OPENING_BRACKETS = "(（〔[【"
# How far back a line-start marker looks for the label line above it (blank lines between).
LABEL_LOOKBACK = 60
# What a line of a table scraped as text begins and ends with around its words: blanks and the
# cell rules ("第 1 條 |", "||").
_CELL_EDGES = " \t\u3000|｜"
# At most this many values a first value's run may skip before its next one ("一、" then
# "三、四、" skips one) and still count as a run.
MAX_SKIPPED = 2
# A run ended by "最后" cannot be continued: its last value stands above any number.
_CLOSED_BY_LAST = 99


@dataclass
class Level:
    """An open level of the tree: the run of one family and its latest item."""

    family: str
    last: int
    item: Item | None  # None for a level the page began inside (its item is not on the page)
    depth: int


@dataclass
class TreeState:
    """What the rules read and change while a plan's candidates are taken in order."""

    cands: list[Marker]
    norm: str
    styles: dict[str, MarkerStyle]
    orphans: dict[int, int]
    items: list[Item] = field(default_factory=list)
    stack: list[Level] = field(default_factory=list)  # open levels, outermost first
    broken: list[Level] = field(default_factory=list)  # the levels the last section heading closed
    closed: dict[str, int] = field(default_factory=dict)  # family -> last value of a closed run
    end: int = 0  # where the plan's text ends
    starts: list[int] = field(default_factory=list)  # each candidate's start, for bisecting
    next_index: list[int | None] = field(default_factory=list)  # _next_of_family_index(cands)

    def next_of_family(self, i: int) -> Marker | None:
        """The next candidate after cands[i] of its family (an index built once per plan, so
        that looking ahead stays linear however many candidates a page has)."""
        found = self.next_index[i]
        return None if found is None else self.cands[found]

    def pop_to(self, n: int) -> None:
        """Close open levels until `n` remain, remembering where each closed run stood."""
        while len(self.stack) > n:
            lv = self.stack.pop()
            self.closed[lv.family] = lv.last

    def below_open(self) -> int:
        """The depth a new level takes under the open ones."""
        return self.stack[-1].depth + 1 if self.stack else 1

    def section_heading(self) -> None:
        """A short heading line closes every open level (remembered in `broken`) but the
        levels the page began inside: those stand above anything the page shows."""
        cut_off = next((k for k, lv in enumerate(self.stack) if lv.item is not None), len(self.stack))
        if len(self.stack) > cut_off:
            self.broken = self.stack[:]
        self.pop_to(cut_off)


def _next_of_family_index(cands: list[Marker]) -> list[int | None]:
    """For each candidate, the index of the next candidate of its family (None at the last)."""
    nxt: list[int | None] = [None] * len(cands)
    seen: dict[str, int] = {}
    for k in range(len(cands) - 1, -1, -1):
        nxt[k] = seen.get(cands[k].family)
        seen[cands[k].family] = k
    return nxt


# What a rule says: place the candidate at a depth (int), reject it, or not decide (None).
REJECT = -1
Rule = Callable[[TreeState, int], "int | None"]


def _is_first(m: Marker) -> bool:
    return m.increasing or m.value == 1


def _continues(last: int, m: Marker) -> bool:
    if m.increasing:
        return m.value > last
    if m.value == LAST:
        return last >= 2
    return m.value == last + 1


def _continuing(levels: list[Level], m: Marker) -> int | None:
    """Index of the innermost level whose run `m` continues."""
    return next((k for k in range(len(levels) - 1, -1, -1)
                 if levels[k].family == m.family and _continues(levels[k].last, m)), None)


def _can_restart(m: Marker) -> bool:
    """Whether a first value may restart an open run of its style: at a line start, or
    any month; inside a line, "一、" after "一、" repeats a word ("喜迎五 一、共建")."""
    return m.line_start or m.increasing


def _has_second(cands: list[Marker], i: int, open_last: int | None = None) -> bool:
    """Whether the run started by cands[i] gets a second member before restarting, and
    before an open run of its style that stands at `open_last` continues. A run of line
    starts that skips its second ("一、" then "三、四、": the page lost "二、") has one when the
    values after the jump continue from it (guide section 1); inside a line "五、一、二)" lists
    weekdays."""
    first = cands[i]
    jumped: Marker | None = None
    for m in islice(cands, i + 1, i + 1 + SECOND_LOOKAHEAD):
        if m.family != first.family:
            continue
        if open_last is not None and _continues(open_last, m):
            return False
        if m.value == 2 or (jumped is not None and m.value == jumped.value + 1):
            return True
        if m.value == 1 and _can_restart(m):
            return False
        jumped = m if jumped is None and first.line_start and m.line_start and not m.increasing \
            and 2 < m.value <= MAX_SKIPPED + 2 else None
    return False


def _after_heading(items: list[Item], m: Marker, norm: str) -> bool:
    """Whether `m` follows a short heading item of another style on the same line (not
    after words after a colon: in "(一)普通资助:符合情况一、四的…" they are content; right after
    the colon that ends the heading, "二、具体工作: (一)发挥…", it opens the heading's list)."""
    if not items or items[-1].marker.family == m.family:
        return False
    between = norm[items[-1].marker.end:m.start]
    label = between.strip()
    return "\n" not in between and len(label) <= SECTION_HEADING_MAX_CHARS \
        and not any(ch in between for ch in _SENTENCE_END) \
        and not _LABEL_LINE.search(label[:-1] if label.endswith(":") else label)


def _opens_level(cands: list[Marker], i: int) -> bool:
    """Whether the next marker is the first value of another style (a child list)."""
    nxt = cands[i + 1] if i + 1 < len(cands) else None
    return nxt is not None and nxt.family != cands[i].family and _is_first(nxt) and not nxt.glued


def _opens_glued_run(cands: list[Marker], i: int) -> bool:
    """Whether the next marker, glued too, starts a run of another style that goes on: a
    run-on page's "…卫生院工会制度一、总则(一)宗旨…(二)基本原则…" opens its outline under the title."""
    nxt = cands[i + 1] if i + 1 < len(cands) else None
    return nxt is not None and nxt.family != cands[i].family and nxt.glued and _is_first(nxt) \
        and _has_second(cands, i + 1)


def _glued_top_restart(s: TreeState, i: int) -> bool:
    """Whether a glued first value starts the plan's top-level run, or starts it again:
    nothing but that run is open (or nothing at all), and the new run's second member comes
    before the open run continues or restarts ("统一、规范" inside "三、…" is followed by
    "四、", so it stays a word), or it restarts the run after a table of contents."""
    m, stack = s.cands[i], s.stack
    if len(stack) > 1 or (stack and stack[0].family != m.family):
        return False
    return _has_second(s.cands, i, stack[0].last if stack else None) or _restarts_after_contents(s, i)


def _restarts_after_contents(s: TreeState, i: int) -> bool:
    """Whether a first value restarts the top-level run with the words of that run's first
    heading: a table of contents "一、背景分析 … 九、预期效果" followed by the text's own
    "一、背景分析1.1…", where the page may end before "二、". The run is open, or was
    closed by a section heading ("10.4社会影响扩大")."""
    m = s.cands[i]
    levels = s.stack or s.broken
    if len(levels) != 1 or levels[0].family != m.family or not _is_first(m):
        return False
    first = next(it for it in s.items if it.depth == 1 and it.marker.family == m.family)
    line_end = s.norm.find("\n", first.marker.end)
    heading = s.norm[first.marker.end:line_end if line_end >= 0 else len(s.norm)].strip()
    return 0 < len(heading) <= SECTION_HEADING_MAX_CHARS and s.norm.startswith(heading, m.end)


def _open_last_item(s: TreeState, m: Marker) -> Item | None:
    """The item placed last, where it is still open and of another style than `m`: the one
    `m` would open a list under. None before any item (a page that began inside levels it
    does not show has open levels but no item yet)."""
    if not s.items or not s.stack or s.stack[-1].item is not s.items[-1] \
            or s.items[-1].marker.family == m.family:
        return None
    return s.items[-1]


def _glued_to_its_parents_heading(s: TreeState, i: int) -> bool:
    """Whether a glued value ends the open item's heading line and opens its list:
    "一、围绕中心,更加注重…活动1、开展劳动竞赛…" with "2、要高度重视…" starting a line after
    it. The heading may be long and hold commas, but no sentence ends between the two
    markers; the second member at a line's start, or after punctuation in a run-on text
    ("…会议精神1、学习…。…2、学习…"), shows the run is a list."""
    m = s.cands[i]
    parent = _open_last_item(s, m)
    if parent is None:
        return False
    between = s.norm[parent.marker.end:m.start]
    if "\n" in between or any(ch in between for ch in "。;!?"):
        return False
    nxt = s.next_of_family(i)
    return nxt is not None and nxt.value == m.value + 1 and (nxt.line_start or not nxt.glued)


def _wrapped_line_tail(norm: str, m: Marker) -> bool:
    """Whether a line-start marker continues a hard-wrapped sentence: the line before it is a
    sentence (longer than a heading, or with a comma or full stop inside) that breaks off
    after a letter or character ("…要达到统" / "一、简化、有序…": the "一、" ends "统一"). A
    bracketed marker ("(一)着力…" after "…做了几个方面的工作") ends no word, nor does a
    line after one ending with a plan's number ("…通用范例 篇1", a site's list of its plans)."""
    if norm[m.start] in _OPENING_BRACKETS:
        return False
    before = norm[max(0, m.start - 200):m.start].rstrip()
    line = before[before.rfind("\n") + 1:].strip()
    sentence = len(line) > SECTION_HEADING_MAX_CHARS or any(ch in line for ch in ",。;")
    return sentence and _WORD.match(line[-1:]) is not None and not ends_with_plan_number(line)


def _previous_line_numbered(s: TreeState, i: int) -> bool:
    """Whether the line before cands[i] starts with a candidate: an item's heading line
    ("二、突出重点,注重宣传") is no wrapped sentence."""
    if i == 0 or not s.cands[i - 1].line_start:
        return False
    return "\n" not in s.norm[s.cands[i - 1].start:s.cands[i].start].rstrip()


def _repeats_closed_shape(s: TreeState, i: int) -> bool:
    """Whether a first value opens the same list its style opened under the open item's
    previous sibling: "1、…一是…二是… 2、…一是每月…" where the page ends before "二是" (every
    stored page is a page's beginning), "一、…活动1、…2、… 二、…监督1、进一步…". It must come
    first under the open item, whose style is the one the earlier run's parent had."""
    m = s.cands[i]
    parent = _open_last_item(s, m)
    if parent is None or bisect_left(s.starts, parent.marker.start) != i - 1:
        return False
    earlier = next((it for it in reversed(s.items)
                    if it.marker.family == m.family and _is_first(it.marker)), None)
    if earlier is None or earlier.parent is None:
        return False
    return s.items[earlier.parent - 1].marker.family == parent.marker.family


def _cut_off_before_its_second(s: TreeState, i: int) -> bool:
    """Whether cands[i], the plan's last candidate, follows a sentence's end or starts a line,
    and the page was cut off mid-sentence after it, with nothing after the plan: its second
    member is in what the page lost ("…我讲四点意见。一、把握特点和形势…" on a page that stops
    mid-word). A style that needs a run (一是) counts so only at a line's start."""
    if i != len(s.cands) - 1 or s.norm[s.end:].strip():
        return False
    m = s.cands[i]
    tail = s.norm[m.end:s.end].rstrip()
    return _char_before(s.norm, m.start) in ("", *_AFTER_SENTENCE) and len(tail) >= CUT_TAIL_MIN_CHARS \
        and tail[-1] not in _TEXT_END


def _char_before(norm: str, pos: int) -> str:
    """The last character before `pos` that is not a blank ("" at the text's start)."""
    k = pos
    while k > 0 and norm[k - 1] in _BLANKS:
        k -= 1
    return norm[k - 1] if k else ""


def _start_allowed(s: TreeState, i: int) -> bool:
    m = s.cands[i]
    if m.increasing or s.styles[m.style].alone:
        return True
    if s.styles[m.style].min_run >= 2:
        return _has_second(s.cands, i) or _repeats_closed_shape(s, i) \
            or (m.line_start and _cut_off_before_its_second(s, i))
    if m.line_start and _wrapped_line_tail(s.norm, m) and not _previous_line_numbered(s, i):
        return _has_second(s.cands, i) or _opens_level(s.cands, i)
    return (m.line_start or _has_second(s.cands, i) or _opens_level(s.cands, i)
            or (not s.stack and _opens_glued_run(s.cands, i))
            or _after_heading(s.items, m, s.norm) or _restarts_after_contents(s, i)
            or _repeats_closed_shape(s, i) or _cut_off_before_its_second(s, i)
            or _LEAD_IN.search(s.norm, max(0, m.start - 10), m.start) is not None)


# ---- the rules, in the order they are tried -------------------------------------------

def continue_open_run(s: TreeState, i: int) -> int | None:
    """Rule 1: a value continuing an open run takes its depth."""
    level = _continuing(s.stack, s.cands[i])
    if level is None:
        return None
    s.pop_to(level + 1)
    return s.stack.pop().depth


def continue_run_closed_by_section_heading(s: TreeState, i: int) -> int | None:
    """Rule 2: a value continuing a run a section heading closed goes back to it."""
    back = _continuing(s.broken, s.cands[i]) if s.broken else None
    if back is None:
        return None
    s.stack[:] = s.broken[:back + 1]
    return s.stack.pop().depth


def continue_run_after_a_jump(s: TreeState, i: int) -> int | None:
    """Rule 3: a value jumping ahead of an open run continues it when the next value follows,
    or when the site says, between the run's last item and it, that it left text out ("……(…
    省略593字,正式会员可完整阅读)……" then "4、" after "1、": the values between are in the text it
    hid)."""
    m = s.cands[i]
    if m.increasing or m.value == LAST:
        return None
    level = next((k for k in range(len(s.stack) - 1, -1, -1)
                  if s.stack[k].family == m.family and m.value > s.stack[k].last + 1), None)
    if level is None:
        return None
    nxt, last = s.next_of_family(i), s.stack[level].item
    if (nxt is None or nxt.value != m.value + 1) \
            and (last is None or _TEXT_LEFT_OUT.search(s.norm, last.marker.end, m.start) is None):
        return None
    s.pop_to(level + 1)
    return s.stack.pop().depth


def _after_division_heading(s: TreeState, m: Marker) -> bool:
    """Whether `m` follows the short name of a rules text's chapter or section on its line
    ("…第二章认定标准第三条…"): articles are numbered on across chapters, while a plan's "2、"
    after "二、组织职工开展读书活动" starts nothing (its 1、 run restarts under each section)."""
    return bool(s.items) and 0 < s.styles[s.items[-1].marker.style].rank < ARTICLE_RANK \
        and _after_heading(s.items, m, s.norm)


def glued_marker_needs_an_anchor(s: TreeState, i: int) -> int | None:
    """Rule 4: a glued marker is rejected unless it opens a short heading's list (or ends its
    parent's heading line with its second member starting a line), restarts the top run,
    repeats the list its style opened under the open item's previous sibling, or starts a run
    its style needs and whose second member follows; or, numbered on across sections, it ends
    its parent's heading line or follows its short heading and continues the run the previous
    section closed ("二、…服务学校科学发展6、开展…" after "一、…1、…5、", with "7、" starting a
    line; a run-on rules text's "…。第二章认定标准第三条困难职工…")."""
    m = s.cands[i]
    if not m.glued:
        return None
    anchored = _is_first(m) and (_after_heading(s.items, m, s.norm)
                                 or _glued_top_restart(s, i)
                                 or _glued_to_its_parents_heading(s, i) or _repeats_closed_shape(s, i)
                                 or (not s.stack and s.styles[m.style].rank == OUTLINE_TOP_RANK
                                     and _opens_level(s.cands, i))
                                 or (not s.stack and 0 < s.styles[m.style].rank <= OUTLINE_TOP_RANK
                                     and _opens_glued_run(s.cands, i))
                                 or (s.styles[m.style].min_run >= 2 and _has_second(s.cands, i)))
    numbered_on = _continues_closed_run(s, m) and (_glued_to_its_parents_heading(s, i)
                                                   or _after_division_heading(s, m))
    return None if anchored or numbered_on else REJECT


def leading_orphan(s: TreeState, i: int) -> int | None:
    """Rule 5: the orphans a page starts with keep their usual depth."""
    if i not in s.orphans:
        return None
    while s.stack and s.stack[-1].depth >= s.orphans[i]:
        s.pop_to(len(s.stack) - 1)
    return s.orphans[i]


def inline_repeat_is_a_word(s: TreeState, i: int) -> int | None:
    """Rule 6: inside a line, a repeat of the open run's first value is a word."""
    m = s.cands[i]
    if s.stack and s.stack[-1].family == m.family and s.stack[-1].last == m.value \
            and not _can_restart(m) and _is_first(m) and _start_allowed(s, i):
        return REJECT
    return None


def start_run(s: TreeState, i: int) -> int | None:
    """Rule 7: a first value opens a level (or restarts the top-level run)."""
    m = s.cands[i]
    if not (_is_first(m) and _start_allowed(s, i)):
        return None
    if len(s.stack) == 1 and s.stack[-1].family == m.family:
        s.stack.pop()  # a new run at the top level; under an open item it nests
    elif len(s.stack) > 1 and s.stack[0].family == m.family and s.stack[0].depth == 1 and m.line_start \
            and s.styles[m.style].rank == OUTLINE_TOP_RANK:
        s.pop_to(0)  # "一、" on a line of its own below "六、…2、": a second text run on after the first
    elif s.stack and _parallel_label_group(s, i):
        s.pop_to(len(s.stack) - 1)  # "女工部职责:1、…" after "主席职责:1、…4、…": a sibling group
    return s.below_open()


def _label_before(s: TreeState, m: Marker) -> str:
    """What introduces `m`: "label" where it follows a short label of its own on its line
    ("女工部职责:1、") or, at a line's start, on the line before ("活动经费预算:" / "1、树苗的购置"):
    the words since the line began or the marker before end in a colon and are no sentence;
    "sentence" where those words are one sentence announcing the list ("…选择最终方案的原则如
    下:"); "" where neither."""
    k = bisect_left(s.starts, m.start)
    begin = s.norm.rfind("\n", 0, m.start) + 1
    if m.line_start:  # the last line above with words, unnumbered ("六、比赛方式:" heads an item)
        window = max(0, begin - LABEL_LOOKBACK)
        above = s.norm[window:begin].rstrip()
        if window and "\n" not in above:
            return ""  # a long line above: no label
        begin = window + above.rfind("\n") + 1
        if k and s.cands[k - 1].end > begin:
            return ""
    begin = max(begin, s.cands[k - 1].end if k else 0)
    label = s.norm[begin:m.start].strip()
    if _LEAD_IN.search(label) and not any(ch in label for ch in "。;!?"):
        return "sentence"
    if 0 < len(label) <= SECTION_HEADING_MAX_CHARS and label.endswith(":") \
            and not any(ch in label[:-1] for ch in _SENTENCE_END + (":",)):
        return "label"
    return ""


def _parallel_label_group(s: TreeState, i: int) -> bool:
    """Whether a first value after a label stands beside the open run: that run's first item
    followed a label too ("工会主席职责:1、…4、… 女工部职责:1、…", "工作目标: / 1、…2、… / 主要内容: /
    一、…"), or both lists follow a sentence announcing them ("…具体如下: 1、…6、 …原则如下: 1、…"),
    so the two are parallel groups, whatever their styles. A labelled list inside a section
    of a run a sentence announced ("特制定方案如下: 一、…三、竞赛内容… 剥板班: 1.…") is that
    section's, not beside it."""
    level = s.stack[-1]
    first = level.item
    if first is None:
        return False
    for item in reversed(s.items):
        if item.depth < level.depth:
            break
        if item.depth == level.depth and item.marker.family == level.family:
            first = item
    introduced = _label_before(s, s.cands[i])
    return bool(introduced) and introduced == _label_before(s, first.marker)


def _continues_closed_run(s: TreeState, m: Marker) -> bool:
    """Whether `m` continues a run of its style that an outer item closed, none of that style
    being open ("6、" after "二、" closed "1、…5、")."""
    return m.family in s.closed and all(lv.family != m.family for lv in s.stack) \
        and _continues(s.closed[m.family], m)


def reopen_closed_run(s: TreeState, i: int) -> int | None:
    """Rule 8: a number continuing a run an outer item closed reopens it."""
    return s.below_open() if _continues_closed_run(s, s.cands[i]) else None


def start_run_after_lost_lines(s: TreeState, i: int) -> int | None:
    """Rule 9: a run whose first lines the page lost ("八、…程序" then "3、…" "4、…": 1、 and 2、
    are gone) opens a level under the item just placed, when it starts a line, skips at most
    MAX_SKIPPED values, its next value follows on a line of its own (guide section 1: a jump
    counts when the values after it continue from it) and its style ranks below the item's
    ("三、" under "(二)" is a run the page began inside, not one whose first lines it lost)."""
    m = s.cands[i]
    nxt = s.next_of_family(i)
    if m.increasing or not 2 <= m.value <= MAX_SKIPPED + 1 or not m.line_start \
            or nxt is None or nxt.value != m.value + 1 or not nxt.line_start \
            or any(lv.family == m.family for lv in s.stack) \
            or not s.stack or not s.items or s.stack[-1].item is not s.items[-1]:
        return None
    rank, parent = s.styles[m.style].rank, s.styles[s.items[-1].marker.style].rank
    return s.below_open() if rank > parent > 0 else None  # lost lines, not a list out of order


RULES: tuple[Rule, ...] = (
    continue_open_run,
    continue_run_closed_by_section_heading,
    continue_run_after_a_jump,
    glued_marker_needs_an_anchor,
    leading_orphan,
    inline_repeat_is_a_word,
    start_run,
    reopen_closed_run,
    start_run_after_lost_lines,
)


def build_tree(cands: list[Marker], norm: str, start: int, end: int,
               styles: dict[str, MarkerStyle], page_start: bool = False) -> list[Item]:
    """Validated items of one plan body `norm[start:end]`, in reading order.

    `page_start` says the body opens the article (or a plan whose marker stood inside a
    line), so it may begin mid-sequence.
    """
    cands = _drop_empty_inline(cands, norm, end)
    starts = [m.start for m in cands]  # in reading order, so sorted
    breaks = _section_breaks(norm, start, end, cands, starts)
    events = sorted([(m.start, 1, i) for i, m in enumerate(cands)] + [(b, 0, -1) for b in breaks])
    nxt = _next_of_family_index(cands)
    page_start = page_start or _opens_mid_run(cands, styles, nxt)
    orphans = _leading_orphans(cands, styles, nxt) if page_start else {}
    state = TreeState(cands, norm, styles, orphans, end=end, starts=starts, next_index=nxt)
    if page_start:
        state.stack[:] = _levels_cut_off(cands, styles, orphans, nxt)
    for _, kind, i in events:
        if kind == 0:
            state.section_heading()
            continue
        for rule in RULES:
            depth = rule(state, i)
            if depth is not None:
                break
        if depth is None or depth == REJECT:
            continue
        _place(state, i, depth, rule.__name__)
    _set_text_spans(state.items, norm, end)
    return state.items


def _place(s: TreeState, i: int, depth: int, rule: str) -> None:
    m = s.cands[i]
    s.broken = []
    parent = s.stack[-1].item.ordinal if s.stack and s.stack[-1].item else None
    item = Item(len(s.items) + 1, depth, parent, m, m.end, m.end, rule=rule)
    s.items.append(item)
    s.stack.append(Level(m.family, m.value_end if m.value != LAST else _CLOSED_BY_LAST, item, depth))


def _drop_empty_inline(cands: list[Marker], norm: str, end: int) -> list[Marker]:
    """Inline candidates that are words, not markers: one with no words before the next
    marker ("一、二、三等奖") unless the page ends right after it (`_page_cut_after`), one right
    after another marker ("(一)第一阶段:"), and the members of an inline countdown
    ("依次获5、4、3、2、1分": COUNTDOWN_MIN falling values)."""
    countdown = set()
    for i in range(len(cands)):
        run = [i]
        for j in range(i + 1, len(cands)):
            if cands[j].family == cands[i].family and cands[j].value == cands[run[-1]].value - 1 \
                    and not cands[j].line_start:
                run.append(j)
            else:
                break
        if len(run) >= COUNTDOWN_MIN:
            countdown.update(run)
    text_end = len(norm.rstrip())  # where the page's last words end
    kept: list[Marker] = []
    for i, m in enumerate(cands):
        if i in countdown:
            continue
        nxt = cands[i + 1].start if i + 1 < len(cands) else end
        right_after = bool(kept) and not norm[kept[-1].end:m.start].strip() and not m.line_start
        if (m.line_start or _WORD.search(norm, m.end, nxt) or _page_cut_after(norm, m, text_end)) \
                and not right_after:
            kept.append(m)
    return kept


def _page_cut_after(norm: str, m: Marker, text_end: int) -> bool:
    """Whether the page stops right after inline marker `m` (its last words end at `text_end`),
    which follows a sentence's end ("…已建会企业实现全覆盖。 四、" and nothing more): the page was
    cut off at the marker, whose words are what it lost."""
    before = _char_before(norm, m.start)
    return m.end >= text_end and before != "" and before in _AFTER_SENTENCE


def _section_breaks(norm: str, start: int, end: int, cands: list[Marker], starts: list[int]) -> list[int]:
    """Offsets of short heading lines on which no marker candidate stands, other than the
    line right after a marker that stands alone on its line ("第五条:" / "本会之任务如下"):
    that line is the item's own text, and the lines that go on listing a label's values
    ("项目:100米 400米 铅球" / "标枪 铁饼 跳远"): a wrapped row, no heading. A table's cell
    rules ("第 1 條 |", a line of "||") are read as the space they stand for. `starts` are the
    candidates' starts."""
    breaks = []
    pos = start
    bare_marker_above = values_above = False
    for line in norm[start:end].split("\n"):
        s = line.strip(_CELL_EDGES)
        line_end = pos + len(line)
        first = pos + len(line) - len(line.lstrip())
        k = bisect_left(starts, first)
        on_line = k < len(starts) and starts[k] < line_end
        values = len(s.split()) >= 2
        if s and not on_line and not bare_marker_above and not (values_above and values) \
                and len(s) <= SECTION_HEADING_MAX_CHARS and _WORD.search(s) \
                and not s.endswith(_SENTENCE_END) and not _LABEL_LINE.search(s):
            breaks.append(first)
        if s:
            bare_marker_above = on_line and starts[k] == first \
                and not norm[cands[k].end:line_end].strip(_CELL_EDGES)
            label = _LABEL_LINE.search(s)
            listed = label is not None and len(s[label.end():].split()) >= 2
            values_above = values and (values_above or listed)
        pos = line_end + 1
    return breaks


def _leading_orphans(cands: list[Marker], styles: dict[str, MarkerStyle],
                     nxt: list[int | None]) -> dict[int, int]:
    """Depth of each orphan the page starts with, by index into `cands`.

    Orphans are the markers before the first regular item that do not start a run at its
    first value: line-start markers of a ranked style, and markers inside lines or of a style
    that needs a run ("五是") where their style's run goes on (a PDF page cut
    in the middle of "…五是…六是…"). Ranked orphans take their depth from their order among
    the ranks present; an unranked run ("五是") sits under the ranked orphan after it. The same
    number twice at the top is a heading repeated (the page's title, then the article's), no item.
    """
    run: list[int] = []
    last_of_family: dict[str, int] = {}  # the latest orphan of each family
    for i, m in enumerate(cands):
        style = styles[m.style]
        if _is_first(m):
            break
        plain = m.line_start and style.rank > 0 and style.min_run <= 1
        before = cands[last_of_family[m.family]] if m.family in last_of_family else None
        if before is not None and before.value == m.value:
            # the same number twice: a heading repeated (the page's title, then the article's:
            # "第二节 组织工作" above "第二节 组织工作"), neither an item
            run.remove(last_of_family.pop(m.family))
            continue
        if not plain and not _continued_later(cands, nxt, i) \
                and not (before is not None and _continues(before.value_end, m)):
            break
        run.append(i)
        last_of_family[m.family] = i
    ranks = sorted({styles[cands[i].style].rank for i in run} - {0})
    depths = {i: ranks.index(styles[cands[i].style].rank) + 1 for i in run if styles[cands[i].style].rank}
    for i in run:
        if i not in depths:
            later = [d for k, d in depths.items() if k > i]
            depths[i] = min(later) + 1 if later else 1
    return depths


def _opens_mid_run(cands: list[Marker], styles: dict[str, MarkerStyle], nxt: list[int | None]) -> bool:
    """Whether a plan's body begins inside a run its page lost the start of: its first marker,
    at a line's start and of a ranked style, is no first value, and the next two of its run
    go on from it ("篇一 … 二、活动意义 三、活动对象 四、…": the copy lost 一、). A lone number
    out of sequence ("篇1 / 4、重视宣传 / 四、…") does not (guide section 1: a jump counts when
    the values after it continue from it)."""
    if not cands or not cands[0].line_start or not styles[cands[0].style].rank or _is_first(cands[0]):
        return False
    k = nxt[0]  # _continued_later(…, 0) is false where the run has no next member
    return k is not None and _continued_later(cands, nxt, 0) and _continued_later(cands, nxt, k)


def _levels_cut_off(cands: list[Marker], styles: dict[str, MarkerStyle],
                    orphans: dict[int, int], nxt: list[int | None]) -> list[Level]:
    """The open levels of a page that begins inside a document, outermost first: a page cut
    from a charter's middle starts with "(一)…(五)" and only later reads "第二十五条" and
    "第三节", line-start values of styles ranked above the page's first marker that the page
    never starts but whose runs go on (第二十六条 follows), or that stand at their second value
    (a page opening on "1.…5." and then "(二) 帮扶标准" began inside (一)), or that are the page's
    last marker (the second page of an article, "1、…2、…3、…" then "(三)建设…" where the page
    is cut: it began inside (二)). The page began
    inside them, so each is open from the start, standing at the value before the one seen. None when the
    page's first marker after its leading `orphans` (placed by their own rule) is an
    outline's top (一、) or nothing ranks above it."""
    first_rank = next((styles[m.style].rank for i, m in enumerate(cands)
                       if styles[m.style].rank and i not in orphans), 0)
    if first_rank <= OUTLINE_TOP_RANK:
        return []
    seen: set[str] = set()
    cut: dict[str, tuple[int, int]] = {}  # family -> (rank, value before the first seen)
    for i, m in enumerate(cands):
        rank = styles[m.style].rank
        if i not in orphans and m.family not in seen and m.line_start and 0 < rank < first_rank \
                and not _is_first(m) and (_continued_later(cands, nxt, i) or m.value == 2
                                         or i == len(cands) - 1):
            cut[m.family] = (rank, m.value - 1)
        seen.add(m.family)
    ordered = sorted(cut.items(), key=lambda kv: kv[1][0])
    return [Level(family, last, None, depth) for depth, (family, (_, last)) in enumerate(ordered, 1)]


def _continued_later(cands: list[Marker], nxt: list[int | None], i: int) -> bool:
    """Whether the next candidate of cands[i]'s family (`nxt`: _next_of_family_index)
    continues its run."""
    m, k = cands[i], nxt[i]
    return k is not None and _continues(m.value_end if m.value != LAST else m.value, cands[k])


def _set_text_spans(items: list[Item], norm: str, end: int) -> None:
    for k, item in enumerate(items):
        stop = items[k + 1].marker.start if k + 1 < len(items) else end
        a = item.marker.end
        while a < stop and (norm[a].isspace() or norm[a] in _CELL_EDGES):
            a += 1
        b = stop
        while b > a and (norm[b - 1].isspace() or norm[b - 1] in _CELL_EDGES):
            b -= 1
        item.text_start, item.text_end = a, b
        cut = _CLAUSE_END.search(norm, a, b)
        item.heading_end = cut.start() if cut else min(b, a + HEADING_MAX_CHARS)
