"""What each plan is: its own title, year, organisation, kind of organisation and kind of plan.

Read by rules (docs/plan-fields.md; `data/plans.toml` holds the kinds): the title is the
plan's own title line (a plan marker line without its marker, or a title-like first line of
its opening, else, for a one-plan page, the page title with site chrome removed); the year
is the first year stated in the title, else in the page title or the collection line the site
put above the plans, else in the plan's opening words (2023年, 二〇二三年, 2023-2024学年 -> 2023;
20xx and no year -> None, never a site date); the organisation is the first union or office
named there; the kinds come from the first rule row matching the title, else the title and
opening together, else the page title and collection line, else the plan's body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from pipeline.clean import normalized_view
from pipeline.clean.titles import TITLE_WORDS
from pipeline.records import Plan, PlanFields, StructuredDocument
from pipeline.rulefile import Field, Table, load_rule_file

ORG_KINDS = ("school", "kindergarten", "university", "hospital", "enterprise", "government",
             "federation", "community", "other", "unknown")
PLAN_KINDS = ("work_plan", "work_points", "activity_plan", "notice", "summary_plan", "report",
              "rules", "other")
ACTIVITIES = ("care", "recuperation", "knowledge_contest", "skills_contest", "tug_of_war", "ball_game",
              "chess_cards", "walking", "sports_day", "reading", "arts", "womens_day", "festival")
# Plan kinds that are for one activity, whose activity is read.
ONE_ACTIVITY_KINDS = ("activity_plan", "notice")
PLANS_FILE = (
    Table("org_kind", (Field("code", required=True, choices=ORG_KINDS),
                       Field("pattern", "pattern", required=True), Field("note"),
                       Field("opening_first", "bool", default=False),
                       Field("outranks", choices=ORG_KINDS), Field("shared", "bool", default=False)),
          unique=None),
    Table("plan_kind", (Field("code", required=True, choices=PLAN_KINDS),
                        Field("pattern", "pattern", required=True), Field("note"),
                        Field("opening_first", "bool", default=False),
                        Field("title_only", "bool", default=False),
                        Field("refines", choices=PLAN_KINDS)), unique=None),
    Table("activity", (Field("code", required=True, choices=ACTIVITIES),
                       Field("pattern", "pattern", required=True), Field("note")), unique=None),
    Table("other_body", (Field("pattern", "pattern", required=True), Field("note")), unique=None),
    Table("cited_text", (Field("pattern", "pattern", required=True), Field("note")), unique=None),
    Table("arrangement", (Field("pattern", "pattern", required=True), Field("note")), unique=None),
    Table("org_name", (Field("code", required=True, choices=ORG_KINDS),
                       Field("pattern", "pattern", required=True), Field("note")), unique=None),
    Table("site", (Field("code", required=True, choices=ORG_KINDS),
                   Field("pattern", "pattern", required=True),
                   Field("replaces", required=True, choices=ORG_KINDS), Field("unless", "pattern"),
                   Field("note")), unique=None),
)
# Chrome lines cleaning removed that name the page's collection ("2021春节工会活动方案6篇",
# "小编为大家整理的2023公司工会年度工作计划(20篇)"): a year there is the year of the plans it
# collects, as a page title's is.
COLLECTION_LINES = ("collection_title", "editor_blurb")
# Where no title, opening or body words name a plan's kind but a work plan's (or none), its
# top-level items decide: a plan at least this share of whose items head an activity's
# arrangements, read on each heading's first characters, is an activity plan.
BODY_UNDECIDED = ("other", "work_plan")
ARRANGED_MIN_SHARE = 0.5
ARRANGEMENT_HEAD_CHARS = 8
# How much of a plan's opening (the text before its first item) is read for its fields.
OPENING_CHARS = 300
# How much of a plan's body is read for the kind of organisation when its title and opening
# say nothing ("我校", "教职工", "员工" in its items).
BODY_CHARS = 1500
# How often a body's words must name another kind of organisation, and never the one a title
# named, for the body to overrule a template site's title (PlanDescriber._org_kind_with_body).
BODY_OVERRULES = 3
# Kinds a title names that the body never overrules: a federation's plans name the firms,
# schools and streets it leads.
TITLE_STANDS = ("federation",)
# How often a body must use the words only a university or a kindergarten uses (学院, a named
# campus; 幼儿园) to outrank the words it shares with a school that named the plan's kind.
SHARED_OUTRANKED = 2
# A line this long or longer is text, not a title.
TITLE_MAX_CHARS = 40
# A line naming this many kinds of text is a site's menu, not a title.
MENU_MIN_KINDS = 3
# A line starting so continues the title line above it.
_TITLE_CONTINUED = ("及", "暨", "和", "与", "兼")
# The second half of a title such as "…工作总结及2020年工作计划" after its first title word.
_TITLE_TAIL = re.compile(r"(?:及|暨|和|与|兼)[^,。;:]{0,14}?(?:计划|打算|要点|思路|安排)")
_TITLE_WORDS = TITLE_WORDS
_NUM = "[0-9一二三四五六七八九十]"
# A line starting so is an item or a sentence, never a title ("(一)比赛时间:…", "根据…",
# "为丰富教师业余文化生活,…学院工会计划").
_NOT_A_TITLE = re.compile(rf"^\s*(?:[(（]?{_NUM}{{1,3}}[)）、.．]|根据|按照|依据|为了|以下是"
                          r"|为(?:进一步|丰富|加强|提高|切实|更好|促进|深入|确保|做好|全面|认真|活跃|增强))")
# A title a site put in brackets at the head of the text that runs on after it.
_BRACKETED_TITLE = re.compile(r"【《?([^【】《》\n]{4,38}?)》?】")
_PLAN_MARKER = re.compile(
    rf"[【\[(（]?篇\s*{_NUM}{{1,3}}\s*[】\])）]?\s*[:：]?\s*$|第\s*{_NUM}{{1,3}}\s*篇\s*[:]?"
    rf"|^\s*[【\[(（]?篇\s*{_NUM}{{1,3}}\s*[】\])）]?\s*[:：]"
    rf"|[范範]文\s*{_NUM}{{1,3}}\s*[:：]?\s*$"
    # a number after the title's last word, bare or bracketed ("…计划(一)", "…通知1", "…计划 『1』")
    rf"|(?<=[划劃画畫案点點例排知书書结結])\s*[(（『「]?\s*{_NUM}{{1,2}}\s*[)）』」]?\s*$"
    # a plan's number glued before its title ("1小学慰问退休教师活动方案"), not a month or a date,
    # or bracketed before it ("(一)县总工会…活动情况汇报")
    r"|^\s*[0-9]{1,2}(?![0-9年月日号届期周天个次篇款份则条种])(?=[\u4e00-\u9fff])"
    rf"|^\s*[(（]{_NUM}{{1,2}}[)）](?=[\u4e00-\u9fff])")
_CHROME = re.compile(rf"[(（【\[]?(通用|精选|优选|推荐|热门)?\s*{_NUM}+篇[)）】\]]?|范文|精选|大全|合集|锦集"
                     r"|【[^】]*】|\s[-_|].*$|_.*$"
                     # a breadcrumb trail up to its last step, a file name's extension, a
                     # library's "latest", "model text", "document" and page-count labels, a site's
                     # column name before a title (通知公告)
                     r"|^.*[>＞]\s*(?=[^>＞\s])|\.(?:docx?|pdf|pptx?|txt)(?:VIP)?$|^最新(?:整理)?|[范範]本$|模板[0-9]*$|(?<=[划劃画畫案告结結])文档$|^通知公告\s*|範文"
                     # a document library's banner, a Word page field, a views counter, a label
                     r"|优质文档-倾情为你奉上|下载后可任意编辑|^\W*(?:第?PAGE[0-9]*页?(?:共?NUMPAGES[0-9]*页?)?"
                     r"|[0-9]+\s*浏览|\[实用参考\])|[(（]最新[)）]$|[(（]共[0-9]+页[)）]|格式$|精编$"
                     r"|^《(?!.*》)")  # a book-title bracket the site never closed
# A year before 年, 学年, 届 or a range of years ("2023-2024", "2023-24学年", "20212021学年" whose
# dash the page lost), not a site's date stamp ("2025-02-07 发布", "2024-04").
_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})"
                   r"(?=\s*(?:年|学年|[-—~～至]{1,2}\s*(?:(?:19|20)[0-9]{2}(?![0-9])|[0-9]{2}\s*学年)|届)"
                   r"|(?:19|20)[0-9]{2}\s*学年)")
# In a title, a bare 19xx / 20xx is its year ("2016中学工会工作计划"), but not a date stamp's;
# a school year's range glued together ("20212021学年度…", p991) is its first year's.
_TITLE_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})"
                         r"(?:(?=(?:19|20)[0-9]{2}\s*学年)|(?![0-9]|[-/][0-9]{1,2}[-/][0-9]{1,2}))")
# A summary with the plan after it: the plan's year is the one after 总结
# ("2006年工作总结及2007年工作计划").
_PLAN_AFTER_SUMMARY = re.compile(r"总结.{0,8}?((?:19|20)[0-9]{2})\s*年[^,。;]{0,12}"
                                 r"(?:计划|打算|要点|思路|安排)")
# In a plan's opening, the year its work is planned for outranks the year it looks back on
# ("为了总结2017年的工作,安排部署2018年的任务"; "…2022年县支行工会将继续…").
_PLAN_YEAR = re.compile(r"(?:安排|部署|谋划)[^,。;]{0,6}?((?:19|20)[0-9]{2})\s*年"
                        r"|((?:19|20)[0-9]{2})\s*年[^,。;0-9]{0,12}?(?:将|拟)")
# A blog's or site's date line ("2017年6月25日 星期日" at a line's start, "今天是:2026年03月03日
# 星期二" in a site's banner), or a newspaper's issue ("《工人日报》(2024年05月22日 02版)"): when
# the page was posted or read, not a year the plan states (a date in brackets, "(星期三)", is the
# plan's own).
_DATE_STAMP = re.compile(r"(?:^|\s|今天是\s*:?)(?:19|20)[0-9]{2}\s*年[0-9]{1,2}月[0-9]{1,2}日"
                         r"\s+星期[一二三四五六日天]"
                         r"|《[^》\n]{1,12}报》\s*[(（]\s*(?:19|20)[0-9]{2}\s*年[0-9]{1,2}月[0-9]{1,2}日\s*"
                         r"[0-9]{1,2}\s*版\s*[)）]")
# An opening that says which year it is ("2013年是全县三年推进计划的关键之年"): the plan's own year,
# over a template site's title that dates its copy ("2020年工會工作計劃範文", p1044).
_YEAR_IS = re.compile(r"(?:^|[。\s])((?:19|20)[0-9]{2})\s*年度?,?是")
# A summary's title with "明年" and its plan: the plan is for the year after the one summarised.
_NEXT_YEAR_PLAN = re.compile(r"总结.{0,8}(?:明年|来年|下一年).{0,6}(?:计划|打算|思路|安排|要点)")
# A date with its month ("2020年9月") or a festival's period ("2024年春节期间"; "2024年春节" alone
# is not one): the body's evidence of a year; a placeholder month ("2016年 X月 X日") still dates
# the activity to its year.
_DATE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})\s*年\s*"
                   r"(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}|[xX×]{1,2})\s*月|(?:春节|元旦|五一|国庆|中秋|端午|元宵|暑假|寒假|三八)\S{0,4}(?:期间|前夕|之际|前后))")
# What follows a birth date that limits who may take part ("…10月31日以前出生", "…月后出生的").
_BORN = re.compile(r"[^,。;]{0,8}出生")
# A Republic-of-China date on a Taiwanese page ("93年5月8日", "民國113年"): year + 1911.
_ROC_DATE = re.compile(r"民國\s*([0-9]{2,3})\s*年|(?<![0-9])([0-9]{2,3})\s*年\s*[0-9]{1,2}\s*月")
ROC_OFFSET = 1911
# A Taiwanese title's year of the Republic ("…國民中學105年度…計畫", "112學年度"): 1991-2040.
_ROC_TITLE_YEAR = re.compile(r"(?<![0-9])(?:民国\s*)?(8[0-9]|9[0-9]|1[0-2][0-9])\s*(?:学年度|年度|年)")
_CN_YEAR = re.compile(r"([〇零一二三四五六七八九]{4})年")
_CN_DIGIT = {c: str(k) for k, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}
# A union named as the one that will act ("区总工会将…", "学院工会拟…") or as the organiser.
_ACTING = re.compile(r"([\u4e00-\u9fff]{1,10}(?:总工会|工会))(?:将|拟|决定|定于|计划于|准备)"
                     # or named as the organiser ("主办:诸城市总工会诸城市地方税务局")
                     r"|主办(?:单位)?\s*:\s*([\u4e00-\u9fff]{1,10}?(?:总工会|工会))")
# A law named after unions (《工会法》) names no organisation.
_ORG = re.compile(r"([\u4e00-\u9fff]{2,14}?(?:总工会|工会委员会|工会|委员会))(?!法)")
# Words that end like an organisation's name but name none.
_NO_NAME = ("工会", "委员会", "总工会")
# What comes before an organisation's name in a sentence: a year, a preposition, a verb, a
# festival ("五一劳动节工会活动" names no 劳动节工会), a term ("第九届工会委员" names none).
_ORG_PREFIX = re.compile(r"^(?:.*?(?:[0-9〇零一二三四五六七八九xX]{2,4}|年)"
                         r"(?:年度?|学年|秋|春|上半年|下半年)*(?:第[一二]学期)?"
                         r"|.*?(?:在|由|为|向|对|根据|按照|结合|配合|经(?!开区)|以|是|的|和|了|推动|推进|加强|发挥|履行|增强"
                         r"|体现|注重|召开|开展|创新|解读|继续|积极|充分|不断|组织|建立|成立|组建|举办|决定|凝聚|进入"
                         r"|(?:劳动|妇女|春|国庆|中秋|端午|元宵|重阳|儿童|教师|护士|元旦)节|第[一二三四五六七八九十0-9]+届))")


@dataclass(frozen=True)
class KindRule:
    """A row of data/plans.toml: the code a matching pattern gives."""

    code: str
    pattern: re.Pattern[str]
    opening_first: bool = False  # tried on the plan's opening before any row on its title
    title_only: bool = False  # tried on titles only, never on the words of the text
    outranks: str = ""  # in a body's words, any match wins over this code's commoner words
    shared: bool = False  # words the code shares with other kinds (教职工, 员工)
    replaces: str = ""  # a site row: the kind it replaces, unless the plan's words match `unless`
    unless: re.Pattern[str] | None = None
    refines: str = ""  # a plan_kind row: where a title named this code, the row on title and opening wins


@lru_cache(maxsize=4)
def load_plan_rules(path: str | None = None) -> dict[str, tuple[KindRule, ...]]:
    """The org_kind, plan_kind, activity, other_body, cited_text, arrangement, org_name and site
    rows of `path`, or of the bundled plans.toml."""
    data = load_rule_file("pipeline.classify", "plans.toml", path, PLANS_FILE)
    return {name: tuple(KindRule(r.get("code", ""), r["pattern"], bool(r.get("opening_first")),
                                 bool(r.get("title_only")), r.get("outranks") or "", bool(r.get("shared")),
                                 r.get("replaces") or "", r.get("unless"), r.get("refines") or "")
                        for r in data.rows(name))
            for name in ("org_kind", "plan_kind", "activity", "other_body", "cited_text", "arrangement",
                         "org_name", "site")}


def _without(rules: tuple[KindRule, ...], text: str) -> str:
    """`text` with the stretches `rules` match (other bodies, cited texts) blanked out (offsets kept)."""
    for rule in rules:
        text = rule.pattern.sub(lambda m: " " * len(m.group()), text)
    return text


def _first_rule(rules: tuple[KindRule, ...], texts: tuple[str, ...]) -> KindRule | None:
    """The first row matching the first of `texts` any row matches."""
    for text in texts:
        for rule in rules:
            if text and rule.pattern.search(text):
                return rule
    return None


def _first_code(rules: tuple[KindRule, ...], texts: tuple[str, ...], default: str) -> str:
    rule = _first_rule(rules, texts)
    return rule.code if rule else default


def _earliest_code(rules: tuple[KindRule, ...], text: str, default: str) -> str:
    """The code of the row matching earliest in `text`: where neither title nor opening says
    what a plan is (a page that begins in its text), the first words naming a kind of text
    in its body do ("…特制定本工会迎新春趣味活动方案"), not whichever row comes first."""
    found = [(m.start(), k) for k, rule in enumerate(rules) if (m := rule.pattern.search(text))]
    return rules[min(found)[1]].code if found else default


def _code_counts(rules: tuple[KindRule, ...], text: str) -> dict[str, int]:
    """How often each code's rows match `text`, in row order."""
    counts: dict[str, int] = {}
    for rule in rules:
        n = len(rule.pattern.findall(text))
        if n:
            counts[rule.code] = counts.get(rule.code, 0) + n
    return counts


def _most_code(counts: dict[str, int], default: str) -> str:
    """The code counted most often (ties: the earlier row)."""
    return max(counts, key=lambda c: counts[c]) if counts else default


def _kind(rows: dict[str, tuple[KindRule, ...]], opening: str, title: str, text: str,
          page_title: str) -> tuple[KindRule | None, str]:
    """The code of the first `opening_first` row matching the opening (a salutation outranks
    what the title says), else of the first row matching the plan's title, then its title with
    its opening (`title_only` rows left out: "建立健全…制度" in a work plan's words names no
    rules), then the page title; None where none does. A title that names a kind only by
    words it shares with others (`shared`: 员工, 教职工) gives way to a row of the title with its
    opening that names one by its own words; a title's kind that a row `refines` gives way to
    that row matching the title with its opening ("…半年工作总结" over "…工作总结及2024年打算").
    With the row, what named it: "opening", "title", "text" or "page"."""
    for where, use, text_read in (("opening", "first", opening), ("title", "all", title),
                                  ("text", "in_text", text), ("page", "all", page_title)):
        if rule := _first_rule(rows[use], (text_read,)):
            if where == "title" and (finer := _first_rule(
                    tuple(r for r in rows["in_text"] if r.refines == rule.code), (text,))):
                return finer, "text"
            if rule.shared and where == "title" \
                    and (named := _first_rule(rows["in_text"], (text,))) and not named.shared:
                return named, "text"  # "春节员工慰问方案" over "市总工会计划于…开展慰问"
            return rule, where
    return None, ""


def year_of(*texts: str, titles: int = 0) -> int | None:
    """The first year a text states (19xx/20xx before 年, 学年, a range; 二〇二三年); in the
    first `titles` texts (titles) a bare 19xx/20xx counts too, and a summary's title with
    its plan gives the plan's year."""
    for n, text in enumerate(texts):
        m = (_PLAN_AFTER_SUMMARY if n < titles else _PLAN_YEAR).search(text or "") \
            or (_TITLE_YEAR if n < titles else _YEAR).search(text or "")
        if m:
            return int(next(g for g in m.groups() if g))
        c = _CN_YEAR.search(text or "")
        if c:
            digits = "".join(_CN_DIGIT[ch] for ch in c.group(1))
            if digits.startswith(("19", "20")):
                return int(digits)
    return None


def sole_year(text: str) -> int | None:
    """The year a plan's words name more than once and no other beside it ("在2023年…", "…2023年
    党校工会工作计划"): where nothing dates it, the one year it keeps naming is the year it is
    for; a year named once ("2014年以来") or beside others says nothing."""
    named = _YEAR.findall(text)
    return int(named[0]) if len(named) > 1 and len(set(named)) == 1 else None


def dated_year(body: str, traditional: bool = False) -> int | None:
    """The year of the first full date in a plan's body (活动时间:2020年9月17日): where the
    title and opening state no year, the date an activity is held on says which year the
    plan is for; a bare year in the body ("2014年以来") does not. A page in Traditional script
    may date by the Republic of China ("出發時間:93年5月8日" is 2004). A birth date that limits
    who may take part ("1965年10月31日以前出生") dates people, not the plan."""
    m = next((d for d in _DATE.finditer(body) if not _BORN.match(body, d.end())), None)
    if m:
        return int(m.group(1))
    if traditional and (r := _ROC_DATE.search(body)):
        roc = int(r.group(1) or r.group(2))
        return roc + ROC_OFFSET if 1 <= roc <= 150 else None
    return None


def _org_span(view: str) -> tuple[int, int] | None:
    """Where the first organisation named in `view` is, its name without what comes before it
    in the sentence (`_ORG_PREFIX`): not a bare 工会 or 委员会, and not the units a notice is
    addressed to ("各分工会", "各基层工会")."""
    for m in _ORG.finditer(view):
        name, before = m.group(1), ""
        while name != before:  # "为进一步推动工会": past 为, then past 推动
            name, before = _ORG_PREFIX.sub("", name), name
        if name not in _NO_NAME and not name.startswith("各"):
            return m.end(1) - len(name), m.end(1)
    return None


def _title_like(line: str, view: str) -> bool:
    """Whether a line (`view`: its Simplified view) can be a plan's title: short, naming a kind
    of text (计划, 方案, 通知…) but not a site's menu of them ("…总结报告工作总结工作计划…"),
    neither ending like a sentence nor starting like an item or a sentence."""
    return bool(line) and len(line) < TITLE_MAX_CHARS and not line.endswith(("。", ":", "："))\
        and not _NOT_A_TITLE.match(line) and _names_a_kind(view)


def _a_line_of_text(line: str) -> bool:
    """Whether a page title is a line of the plan's text a scraper took for the title ("一、指导
    思想", "政治上保证,制度上落实,…。"): an item or a sentence, which says nothing of the plan's kind
    ("制度上落实" names no rules)."""
    return line.endswith(("。", ":", "：", ";", "；")) or bool(_NOT_A_TITLE.match(line))


def _names_a_kind(view: str) -> bool:
    """Whether a line's Simplified view names a kind of text (计划, 方案, 通知…) and is no site
    menu of them."""
    return 0 < len(_TITLE_WORDS.findall(view)) < MENU_MIN_KINDS

def _clean_title(line: str) -> str:
    """A title line without its plan marker and site chrome, cut after its first title word
    when it runs on into the text."""
    # the marker again once chrome is gone ("…计划范文(一)" -> "…计划(一)" -> "…计划")
    line = _PLAN_MARKER.sub("", _CHROME.sub("", _PLAN_MARKER.sub("", line))).strip(" :：-_|·\t")
    if len(line) >= TITLE_MAX_CHARS:
        m = _TITLE_WORDS.search(line)
        end = m.end() if m else 0
        if m and (tail := _TITLE_TAIL.match(line, end)):
            end = tail.end()  # "…2019年工作总结及2020年工作计划2019年,在…": the plan part too
        line = line[:end] if m and end < TITLE_MAX_CHARS else ""
    return line


@dataclass(frozen=True)
class _Page:
    """What an article's page says of all its plans, read once per article."""

    title: str  # the page title without chrome
    norm: str  # its Simplified view; "" where it is a site's menu of kinds of text
    undated: str  # that view without a site's date line ("今天是:2026年03月03日 星期二"): read for a year
    kinds: str  # the view read for the plans' kinds; "" where the title is a line of the text
    collection: str  # the collection lines the site put above the plans (removed as chrome)
    words: str  # what the kinds are read from after the plans' own words: title, then collection
    one_plan: bool
    host: str  # the host of the page's address ("gh.sxu.edu.cn"); "" where it has none


def _page_of(doc: StructuredDocument) -> _Page:
    """The page title, its views and the collection lines of `doc`."""
    clean = doc.clean
    title = _clean_title(clean.title or "")
    norm = normalized_view(title)
    if len(_TITLE_WORDS.findall(norm)) >= MENU_MIN_KINDS:
        norm = ""  # a site's menu says nothing of the plans
    # a line of the text a scraper took for the page's title says nothing of the plans' kinds
    kinds = "" if _a_line_of_text(title) else norm
    first = clean.origin[doc.plans[0].start] if doc.plans else 0
    raw = clean.raw.text or ""
    collection = " ".join(normalized_view(raw[r.start:r.end]) for r in clean.removals
                          if r.rule_id in COLLECTION_LINES and r.end <= first)
    words = f"{kinds} {collection}" if _names_a_kind(collection) else kinds
    host = urlsplit(clean.raw.source).hostname or ""  # a record's name ("a/b.txt") has none
    return _Page(title, norm, _DATE_STAMP.sub(" ", norm), kinds, collection, words, len(doc.plans) == 1,
                 host)


class PlanDescriber:
    """Reads the fields of every plan of an article with one rule file."""

    def __init__(self, path: str | None = None) -> None:
        self.rules = load_plan_rules(path)
        # per kind: every row, the rows tried on the opening first and those read in running
        # text, picked out once rather than for every plan
        self.rows = {name: {"all": rows, "first": tuple(r for r in rows if r.opening_first),
                            "in_text": tuple(r for r in rows if not r.title_only)}
                     for name, rows in self.rules.items()}
        # per kind of organisation, the rows whose words outrank its commoner ones
        self.outranking = {code: tuple(r for r in self.rules["org_kind"] if r.outranks == code)
                           for code in ORG_KINDS}

    def __call__(self, doc: StructuredDocument) -> tuple[PlanFields, ...]:
        """The fields of each plan of `doc`, in plan order."""
        page = _page_of(doc)
        return tuple(self._plan(doc, plan, page) for plan in doc.plans)

    def _body_org_kind(self, body: str, counts: dict[str, int]) -> str:
        """Where nothing above the items names the organisation: the kind of the first union
        the body names as doing what the plan arranges ("区总工会将在…进行送清凉活动") or as its
        organiser ("主办:诸城市总工会诸城市地方税务局"), the union that acts being the plan's
        own whatever the people it serves are called; else
        the kind the body's words name most often, unless a row that `outranks` it matches at
        all ("全院教职工" and "双高计划" among a college's many 教职工 and 教师: the words a
        university shares with a school do not outvote the ones only a university uses)."""
        for m in _ACTING.finditer(body):
            code = _first_code(self.rules["org_kind"], (m.group(1) or m.group(2),), "")
            if code:
                return code
        code = _most_code(counts, "unknown")
        return next((r.code for r in self.outranking.get(code, ()) if r.pattern.search(body)), code)

    def _org_kind_with_body(self, named: KindRule | None, named_in: str, body: str) -> str:
        """The kind the row `named` gave where the plan's words (`named_in`) named one, read
        with its body's words; the body's kind where nothing named one.

        A title (its own or the page's) loses to a body that never names its kind and names
        another at least `BODY_OVERRULES` times: a template site titles the text it shows with
        its search words ("厂工会工作计划篇1" over a school's 师德 and 教代会, "医院工会春节慰问活动方案"
        over a school's 离退休教职工), and readers go by the text. A federation's title stands
        (its plans name the firms, schools and streets it leads), and so does a kind whose words
        outrank the body's ("口腔医学院" over its 教师). A kind named by words it shares with
        another (`shared`: a university's 校工会, 我校, 教职工) loses, wherever it was named, to
        that other's own words found at least `SHARED_OUTRANKED` times in the body."""
        counts = _code_counts(self.rules["org_kind"], body)
        if named is None:
            return self._body_org_kind(body, counts)
        titled = named.code
        if named.shared:
            above = {r.code for r in self.outranking[titled]}
            top = _most_code({code: n for code, n in counts.items() if code in above}, "")
            if counts.get(top, 0) >= SHARED_OUTRANKED:
                return top
        if named_in not in ("title", "page") or titled in TITLE_STANDS or counts.get(titled, 0):
            return titled
        read = self._body_org_kind(body, counts)
        outranked = any(r.code == titled for r in self.outranking.get(read, ()))
        return read if counts.get(read, 0) >= BODY_OVERRULES and not outranked else titled

    def _arranged(self, norm: str, plan: Plan) -> bool:
        """Whether at least ARRANGED_MIN_SHARE of the plan's top-level items head an activity's
        arrangements (活动时间, 参加对象, 活动内容, 奖项设置: `arrangement` rows on the first
        ARRANGEMENT_HEAD_CHARS of each heading): an untitled activity plan's outline, where a
        work plan's items head tasks ("认真开展技术创新活动")."""
        heads = [norm[it.text_start:it.heading_end][:ARRANGEMENT_HEAD_CHARS]
                 for it in plan.items if it.depth == 1]
        arranged = sum(1 for head in heads if _first_rule(self.rules["arrangement"], (head,)))
        return bool(heads) and arranged >= ARRANGED_MIN_SHARE * len(heads)

    def _site_org_kind(self, kind: str, host: str, *texts: str) -> str:
        """`kind` read with the page's site: a `site` row whose pattern matches the host gives
        its code where the plan's words (`texts`) named no kind, or named the kind it `replaces`
        without the words of `unless` ("校工会", "学校", "我校教职工" on gh.sxu.edu.cn, a
        university's site, are a university's; "…附属中学工会" on it stays a school's)."""
        for rule in self.rules["site"]:
            if rule.pattern.search(host) and (kind == "unknown" or kind == rule.replaces and not (
                    rule.unless and rule.unless.search(" ".join(texts)))):
                return rule.code
        return kind

    def _plan(self, doc: StructuredDocument, plan: Plan, page: _Page) -> PlanFields:
        """The fields of one plan of `doc`, read with what its page says of all its plans."""
        text, norm = doc.clean.text, doc.clean.norm
        lead_end = plan.lead_end
        opening_lines = [ln.strip() for ln in text[plan.start:lead_end].split("\n") if ln.strip()]
        title = ""
        if plan.title:
            title = _clean_title(plan.title)
        start = 1 if plan.title else 0
        # the lines a title may stand on, with their Simplified views (computed once)
        heads = [(line, normalized_view(line)) for line in opening_lines[start:3]]
        for k, (line, view) in enumerate(heads, start=start):
            if not _title_like(line, view) and (m := _BRACKETED_TITLE.search(line)) \
                    and _names_a_kind(normalized_view(m.group(1))):
                # "【《劳模工作室管理办法》】为充分…": the title a site bracketed
                title = _clean_title(m.group(1))
                break
            if _title_like(line, view):
                cleaned = _clean_title(line)
                if not cleaned:
                    continue  # site chrome only (a column's name, "通知公告"): the title is below it
                after = heads[k + 1 - start] if k + 1 - start < len(heads) else ("", "")
                if cleaned == page.title and _title_like(*after) \
                        and not after[0].startswith(_TITLE_CONTINUED):
                    continue  # the page's title repeated above the document's own ("…2018年…" / "…2004年…")
                nxt = opening_lines[k + 1] if k + 1 < len(opening_lines) else ""
                if nxt.startswith(_TITLE_CONTINUED) and len(line) + len(nxt) < TITLE_MAX_CHARS:
                    line += nxt  # a title broken before its second half ("…工作总结 / 及2007年工作计划")
                title = _clean_title(line) or title
                break
        if page.one_plan and _title_like(page.title, page.norm) and (
                not title or page.norm.removeprefix(normalized_view(title)).startswith(_TITLE_CONTINUED)):
            # no title line, or one that is the first half of the page's title: the text's first
            # part named above it ("2007年度工作总结" under "2007年度工作总结和2008年度工作要点")
            title = page.title
        opening = " ".join(norm[plan.start:lead_end].split())[:OPENING_CHARS]
        title_norm = " ".join(norm[plan.start:plan.start + len(plan.title)].split()) if plan.title else ""
        # no title: a short line near the top naming a kind of text still says what follows
        # ("根据医学部工会工作计划", a page title that is a sentence about a 通知)
        near = [ln for ln, view in heads + ([(page.title, page.kinds)] if page.one_plan else [])
                if len(ln) < TITLE_MAX_CHARS and _names_a_kind(view)]
        t_norm = normalized_view(title or (near[0] if near else "")) or title_norm
        # the organisation as written: found in the Simplified view, taken from the text
        own = self.rules["other_body"]  # superiors and other bodies named say nothing of this one
        head_norm = _without(own, norm[plan.start:lead_end])
        if (span := _org_span(t_norm)) and len(t_norm) == len(title):
            org_text = title[span[0]:span[1]]
        elif span := _org_span(head_norm):
            org_text = text[plan.start + span[0]:plan.start + span[1]]
        else:
            org_text = ""
        org: str | None = org_text or None
        body = norm[lead_end:min(plan.end, lead_end + BODY_CHARS)]
        own_opening, own_body = _without(own, opening), _without(own, body)
        named, named_in = _kind(self.rows["org_kind"], opening, t_norm,
                                f"{t_norm} {normalized_view(org_text)} {own_opening}", page.words)
        org_kind = self._site_org_kind(self._org_kind_with_body(named, named_in, own_body), page.host,
                                       t_norm, own_opening, own_body, page.words)
        if org_text and not (named_in == "title" and title) \
                and (by_name := _first_rule(self.rules["org_name"], (normalized_view(org_text),))):
            # the union a plan names as its own, superiors and guests blanked out, says its kind
            # before the words it writes about (丰台区总工会 running a summer class for pupils);
            # a kind its title names stands ("公司春节员工慰问方案" whose opening names 市总工会)
            org_kind = by_name.code
        cited = self.rules["cited_text"]  # the plans and notices a plan follows are not what it is
        own_words = _without(cited, opening)
        plan_rule = _kind(self.rows["plan_kind"], own_words, t_norm, f"{t_norm} {own_words}", page.words)[0]
        plan_kind = plan_rule.code if plan_rule else \
            _earliest_code(self.rows["plan_kind"]["in_text"], _without(cited, body), "other")
        if not plan_rule and plan_kind in BODY_UNDECIDED and self._arranged(norm, plan):
            plan_kind = "activity_plan"
        traditional = doc.clean.script == "traditional"
        undated = _DATE_STAMP.sub(" ", opening)  # the site's date line is no year of the plan's
        western = _TITLE_YEAR.search(t_norm)
        roc = _ROC_TITLE_YEAR.search(t_norm) if traditional and not western else None
        year = int(roc.group(1)) + ROC_OFFSET if roc \
            else year_of(t_norm, page.undated, page.collection, undated, titles=3)
        if year and _NEXT_YEAR_PLAN.search(t_norm) and not _PLAN_AFTER_SUMMARY.search(t_norm):
            year += 1  # "2024年度…总结及明年工作思路", "…工作总结和明年工作计划" over "2017年镇工会在总结…"
        elif (stated := _YEAR_IS.search(undated)) and not _PLAN_AFTER_SUMMARY.search(t_norm):
            year = int(stated.group(1))  # "2013年是…关键之年" under a site's "2020年工会工作计划范文"
        year = year or dated_year(f"{undated} {body}", traditional)
        year = year or sole_year(f"{undated} {body}")
        activity = _first_code(self.rules["activity"], (t_norm, f"{t_norm} {opening}"), "") \
            if plan_kind in ONE_ACTIVITY_KINDS else ""
        return PlanFields(plan.ordinal, title or None, year, org or None, org_kind, plan_kind,
                          activity or None)
