"""Stage 7, report: one self-contained HTML page over the tables of a run.

Everything is rendered by Jinja2 with autoescaping, so scraped text (which may contain
`<script>`) is shown as text and never runs; the page has no JavaScript and loads
nothing from the network: charts are inline SVG, styles are inline.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pandas as pd
from jinja2 import Environment, FunctionLoader, select_autoescape
from markupsafe import Markup, escape

from pipeline.classify import load_taxonomy
from pipeline.mine import heading_variant, shown_text

# How much the report shows; everything else is in the tables.
TOP_TEMPLATES = 10
TOP_REUSE = 15
TOP_OUTLINES = 15
# Plans per page of item trees: the report of a large corpus is a set of linked pages.
PLANS_PER_PAGE = 200
PLAN_FOLDER = "report-plans"
# One page per kind of plan (plans.plan_kind): its sections, usual headings and exemplars.
KIND_FOLDER = "report-kinds"
TOP_VARIANTS = 4
TOP_EXEMPLARS = 12


@dataclass(frozen=True)
class Bar:
    """One bar of an inline SVG chart."""

    label: str
    value: int
    width: float  # share of the largest bar, 0..1


def bars(counts: pd.Series) -> list[Bar]:
    """Bars for a value count, scaled to the largest."""
    top = max(int(counts.max()), 1) if len(counts) else 1
    return [Bar(str(k), int(v), int(v) / top) for k, v in counts.items()]


def diff_html(a: str, b: str) -> tuple[Markup, Markup]:
    """Both texts escaped, with the characters that differ wrapped in <mark>."""
    out_a, out_b = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        sa, sb = escape(a[i1:i2]), escape(b[j1:j2])
        if op == "equal":
            out_a.append(sa)
            out_b.append(sb)
        else:
            out_a.append(Markup("<mark>") + sa + Markup("</mark>") if sa else sa)
            out_b.append(Markup("<mark>") + sb + Markup("</mark>") if sb else sb)
    return Markup("").join(out_a), Markup("").join(out_b)


def _context(tables) -> dict:
    tax = load_taxonomy()
    names = {**tax.category.names(), **tax.role.names()}
    label_columns = ["item_id", "category", "confidence", "role", "role_confidence"]
    items = tables.items.merge(tables.labels[label_columns], on="item_id", how="left")
    docs = tables.documents
    templates, members = _mined(tables, "templates"), _mined(tables, "template_members")
    # copies are compared in the Simplified view: a Traditional page and its Simplified copy
    # differ only where their words differ, not in every character
    text_of = dict(zip(items.item_id, items.text_norm))
    heading_of = dict(zip(items.item_id, items.heading))
    source_of = dict(zip(docs.doc_id, docs.source))
    doc_of = dict(zip(items.item_id, items.doc_id))

    phrase = templates[templates.kind == "phrase"].assign(
        usable=templates.usable.fillna(False).astype(bool)).sort_values(
        ["usable", "n_plans", "n_items"], ascending=False)

    def top(column: str) -> list[dict]:
        """The leading phrase templates of each value of `column` (category or role), those an
        author could use first (the others are greyed)."""
        out = []
        for value, group in phrase.groupby(column, observed=True):
            rows = []
            for t in group.head(TOP_TEMPLATES).itertuples():
                ids = members[members.template_id == t.template_id].item_id.head(3)
                rows.append({"t": t, "examples": [heading_of.get(i, "") for i in ids]})
            out.append({"category": value, "templates": rows})
        return out

    by_category, by_role = top("category"), top("role")
    exemplars = _exemplars(_exemplar_index(templates, members, tables.items), TOP_EXEMPLARS)

    reuse = []
    for t in templates[templates.kind == "reuse"].head(TOP_REUSE).itertuples():
        ids = list(members[members.template_id == t.template_id].item_id)
        a, b = text_of.get(ids[0], ""), text_of.get(ids[1], "") if len(ids) > 1 else ""
        left, right = diff_html(a, b)
        reuse.append({"t": t, "left": left, "right": right,
                      "left_source": source_of.get(doc_of.get(ids[0]), ""),
                      "right_source": source_of.get(doc_of.get(ids[1]), "") if len(ids) > 1 else ""})

    n_plans = len(tables.plans)
    plan_pages = [{"file": f"{PLAN_FOLDER}/{k // PLANS_PER_PAGE + 1:04d}.html", "first": k + 1,
                   "last": min(k + PLANS_PER_PAGE, n_plans)} for k in range(0, n_plans, PLANS_PER_PAGE)]

    return {
        "summary": {
            "documents": len(docs), "plans": len(tables.plans), "n_items": len(items),
            "errors": int((docs.status == "error").sum()),
            "status": bars(docs.status.value_counts()),
            "script": bars(docs.script.value_counts()),
        },
        "categories": [Bar(names.get(b.label, b.label), b.value, b.width)
                       for b in bars(items.category.value_counts())],
        "roles": [Bar(names.get(b.label, b.label), b.value, b.width)
                  for b in bars(items.role.value_counts())],
        "names": names,
        "failed": list(docs[docs.status == "error"][["record", "error"]].itertuples()),
        "depths": bars(items.depth.value_counts().sort_index()),
        "by_category": by_category,
        "by_role": by_role,
        "reuse": reuse,
        "outlines": list(templates[templates.kind == "outline"].head(TOP_OUTLINES).itertuples()),
        "gaps": tables.outline_gaps,
        "plan_pages": plan_pages,
        "plan_index": f"{PLAN_FOLDER}/index.html",
        "exemplars": exemplars,
        "kinds": [{"kind": k, "file": f"{KIND_FOLDER}/{k}.html", "n": g.key.nunique()}
                  for k, g in _distinct_plans(tables).groupby("kind", sort=True)],
    }


def _mined(tables, name: str) -> pd.DataFrame:
    """A mined table, or an empty one with its columns before `planpipe mine` has run."""
    from pipeline.tables.schema import MINED_TABLES

    frame = getattr(tables, name, None)
    return frame if frame is not None else pd.DataFrame(columns=[c.name for c in MINED_TABLES[name]])


@dataclass(frozen=True)
class ExemplarIndex:
    """The exemplar templates, most used first, with their members and the members' text:
    gathered once for the main page and every kind's page."""

    templates: list
    members: dict[str, pd.DataFrame]
    text: dict[str, str]


def _exemplar_index(templates: pd.DataFrame, members: pd.DataFrame, items: pd.DataFrame) -> ExemplarIndex:
    ex = templates[templates.kind == "exemplar"].sort_values(["n_plans", "pattern"], ascending=[False, True])
    rows = members[members.template_id.isin(set(ex.template_id))]
    wanted = set(rows.item_id)
    return ExemplarIndex(list(ex.itertuples()), {str(k): g for k, g in rows.groupby("template_id")},
                         {i: t for i, t in zip(items.item_id, items.text) if i in wanted})


def _exemplars(index: ExemplarIndex, top: int, among: set[str] | None = None) -> list[dict]:
    """The leading exemplar templates with their examples' original text; with `among`, only
    members of those items count (a kind's page)."""
    text = index.text
    out = []
    for t in index.templates:
        rows = index.members.get(t.template_id)
        if rows is None:
            continue
        if among is not None:
            rows = rows[rows.item_id.isin(among)]
            if rows.empty:
                continue
        shown = rows[rows.example.fillna(False).astype(bool)] if among is None else rows.head(3)
        examples = [shown_text(text.get(i, ""))[:80] for i in shown.item_id]
        out.append({"t": t, "n": len(rows), "examples": examples})
        if len(out) == top:
            break
    return out


def _distinct_plans(tables) -> pd.DataFrame:
    """The plans with their kind (`other` when unknown) and a key shared by copies."""
    plans = tables.plans
    return plans.assign(kind=plans.plan_kind.astype("string").fillna("other"),
                        key=plans.copy_group.astype("string").fillna(plans.plan_id))


def _kind_pages(tables) -> list[tuple[str, dict]]:
    """(plan kind, page context) for every kind of plan in the run: distinct plans (copies
    counted once), the kind's usual section order, the usual headings of each section and
    the exemplars its plans use."""
    plans = _distinct_plans(tables)
    outlines = _mined(tables, "kind_outlines")
    index = _exemplar_index(_mined(tables, "templates"), _mined(tables, "template_members"), tables.items)
    items = tables.items.merge(plans[["plan_id", "kind", "key"]], on="plan_id")
    named = items[items.section.notna() & items.heading_norm.notna()]
    named = named.assign(variant=named.heading_norm.map(heading_variant))
    pages = []
    for kind, group in plans.groupby("kind", sort=True):
        mine = named[named.kind == kind]
        headings = []
        for section, rows in mine.groupby(mine.section.astype(str), sort=True):
            variants = rows.groupby("variant").key.nunique().sort_values(ascending=False)
            headings.append({"section": section, "n_plans": rows.key.nunique(),
                             "variants": list(variants.head(TOP_VARIANTS).items())})
        headings.sort(key=lambda h: (-h["n_plans"], h["section"]))
        order = outlines[outlines.plan_kind.astype(str) == kind].sort_values("usual_rank")
        activities = []
        for activity, of_activity in group[group.activity.notna()].groupby("activity", observed=True):
            usual = outlines[outlines.activity.astype(str) == str(activity)].sort_values("usual_rank")
            activities.append({"activity": activity, "n_plans": of_activity.key.nunique(),
                               "order": " → ".join(usual.section.astype(str))})
        activities.sort(key=lambda a: (-a["n_plans"], a["activity"]))
        pages.append((str(kind), {
            "kind": kind, "n_plans": group.key.nunique(), "n_copies": len(group) - group.key.nunique(),
            "order": list(order.itertuples()), "headings": headings, "activities": activities,
            "exemplars": _exemplars(index, TOP_EXEMPLARS, set(items[items.kind == kind].item_id)),
        }))
    return pages


def _plan_pages(tables) -> list[tuple[str, dict]]:
    """(file name, template context) of the plan index and of every page of item trees."""
    items = tables.items.merge(tables.labels[["item_id", "category", "confidence", "role",
                                              "role_confidence"]], on="item_id", how="left")
    # sorted once: each plan's rows come out of the groupby in order (not sorted per plan)
    by_plan = dict(tuple(items.sort_values(["plan_id", "ordinal"]).groupby("plan_id", sort=False)))
    source_of = dict(zip(tables.documents.doc_id, tables.documents.source))
    plans = list(tables.plans.itertuples())
    pages, index = [], []
    for k in range(0, len(plans), PLANS_PER_PAGE):
        name = f"{k // PLANS_PER_PAGE + 1:04d}.html"
        entries = []
        for plan in plans[k:k + PLANS_PER_PAGE]:
            rows = by_plan.get(plan.plan_id)
            title = next((v for v in (plan.title_text, plan.title) if isinstance(v, str) and v),
                         "(untitled plan)")
            kinds = " ".join(v for v in (plan.plan_kind, plan.org_kind) if isinstance(v, str))
            entries.append({"plan": plan, "title": title, "source": source_of.get(plan.doc_id, ""),
                            "rows": list(rows.itertuples()) if rows is not None else []})
            index.append({"plan": plan, "title": title, "kinds": kinds, "page": name,
                          "n": len(entries[-1]["rows"])})
        pages.append((name, {"plans": entries, "first": k + 1, "last": k + len(entries)}))
    return [("index.html", {"index": index}), *pages]


def _template(name: str):
    """A page template of the package (every page extends templates/page.html: styles, CSP)."""
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True),
                      loader=FunctionLoader(lambda file: resources.files("pipeline.report").joinpath(
                          f"templates/{file}").read_text("utf-8")))
    return env.get_template(name)


def render_report(tables) -> str:
    """The report's main page of a run's tables, as HTML (plan trees are on linked pages)."""
    return _template("report.html").render(**_context(tables))


def render_kind_pages(tables) -> list[tuple[str, str]]:
    """(file name, HTML) of one page per kind of plan."""
    template = _template("kind.html")
    return [(f"{kind}.html", template.render(**context)) for kind, context in _kind_pages(tables)]


def render_plan_pages(tables) -> list[tuple[str, str]]:
    """(file name, HTML) of the plan index and the pages of item trees."""
    template = _template("plans.html")
    names = {**load_taxonomy().category.names(), **load_taxonomy().role.names()}
    return [(name, template.render(names=names, **context)) for name, context in _plan_pages(tables)]


def write_report(out_dir: str | Path, path: str | Path | None = None) -> Path:
    """Render the report of the run in `out_dir` to `path` (default: out_dir/report.html)."""
    from pipeline.tables import load_tables

    tables = load_tables(out_dir)
    target = Path(path) if path else Path(out_dir) / "report.html"
    folder = target.parent / PLAN_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.html"):
        old.unlink()
    for name, html in render_plan_pages(tables):
        (folder / name).write_text(html, encoding="utf-8")
    kinds = target.parent / KIND_FOLDER
    kinds.mkdir(exist_ok=True)
    for old in kinds.glob("*.html"):
        old.unlink()
    for name, html in render_kind_pages(tables):
        (kinds / name).write_text(html, encoding="utf-8")
    target.write_text(render_report(tables), encoding="utf-8")
    return target
