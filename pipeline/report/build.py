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
from jinja2 import Environment, select_autoescape
from markupsafe import Markup, escape

# How much the report shows; everything else is in the tables.
TOP_TEMPLATES = 10
TOP_REUSE = 15
TOP_OUTLINES = 15
TREE_PLANS = 200


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
    from pipeline.classify import load_taxonomy

    tax = load_taxonomy()
    names = {**tax.category.names(), **tax.role.names()}
    label_columns = ["item_id", "category", "confidence", "role", "role_confidence"]
    items = tables.items.merge(tables.labels[label_columns], on="item_id", how="left")
    docs = tables.documents
    templates = tables.templates if tables.templates is not None else pd.DataFrame(
        columns=["template_id", "kind", "pattern", "category", "role", "n_items", "n_plans", "n_docs",
                 "example_item_id"])
    members = tables.template_members if tables.template_members is not None else pd.DataFrame(
        columns=["template_id", "item_id", "similarity"])
    text_of = dict(zip(items.item_id, items.text))
    heading_of = dict(zip(items.item_id, items.heading))
    source_of = dict(zip(docs.doc_id, docs.source))
    doc_of = dict(zip(items.item_id, items.doc_id))

    phrase = templates[templates.kind == "phrase"].sort_values(["n_plans", "n_items"], ascending=False)
    def top(column: str) -> list[dict]:
        """The leading phrase templates of each value of `column` (category or role)."""
        out = []
        for value, group in phrase.groupby(column, observed=True):
            rows = []
            for t in group.head(TOP_TEMPLATES).itertuples():
                ids = members[members.template_id == t.template_id].item_id.head(3)
                rows.append({"t": t, "examples": [heading_of.get(i, "") for i in ids]})
            out.append({"category": value, "templates": rows})
        return out

    by_category, by_role = top("category"), top("role")

    reuse = []
    for t in templates[templates.kind == "reuse"].head(TOP_REUSE).itertuples():
        ids = list(members[members.template_id == t.template_id].item_id)
        a, b = text_of.get(ids[0], ""), text_of.get(ids[1], "") if len(ids) > 1 else ""
        left, right = diff_html(a, b)
        reuse.append({"t": t, "left": left, "right": right,
                      "left_source": source_of.get(doc_of.get(ids[0]), ""),
                      "right_source": source_of.get(doc_of.get(ids[1]), "") if len(ids) > 1 else ""})

    plans = []
    for plan in tables.plans.head(TREE_PLANS).itertuples():
        rows = items[items.plan_id == plan.plan_id].sort_values("ordinal")
        plans.append({"plan": plan, "source": source_of.get(plan.doc_id, ""),
                      "rows": list(rows.itertuples())})

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
        "plans": plans,
    }


def render_report(tables) -> str:
    """The report page of a run's tables, as HTML."""
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    template = resources.files("pipeline.report").joinpath("templates/report.html").read_text("utf-8")
    return env.from_string(template).render(**_context(tables))


def write_report(out_dir: str | Path, path: str | Path | None = None) -> Path:
    """Render the report of the run in `out_dir` to `path` (default: out_dir/report.html)."""
    from pipeline.tables import load_tables

    target = Path(path) if path else Path(out_dir) / "report.html"
    target.write_text(render_report(load_tables(out_dir)), encoding="utf-8")
    return target
