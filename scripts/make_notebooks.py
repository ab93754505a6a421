"""Write the analyst notebooks in notebooks/ (their source lives here, cell by cell).

The test suite executes them (tests/test_notebooks.py), so they never rot.
"""

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

SETUP = '''import os, tempfile
import duckdb
import pandas as pd
import pipeline

# Tables of a run: $PLANPIPE_OUT if set, else a fresh run on the bundled corpus.
OUT = os.environ.get("PLANPIPE_OUT")
if not OUT:
    OUT = tempfile.mkdtemp(prefix="planpipe-")
    print(pipeline.run([pipeline.paths.corpus_dir()], OUT, progress=False).line())
t = pipeline.load_tables(OUT, join_labels=True)
len(t.documents), len(t.plans), len(t.items)'''

NOTEBOOKS = {
    "category_mix.ipynb": [
        new_markdown_cell("# Category mix of union work plans\n\nWhich areas of work do plans of each "
                          "kind of organisation spend their items on, and how did it move over the years? "
                          "Counted over distinct plans: one per copy group."),
        new_code_cell(SETUP),
        new_markdown_cell("## Distinct plans and their kinds\n\nThe plans table says what each plan is "
                          "(`org_kind`, `plan_kind`, `year`; docs/plan-fields.md) and which plans are copies "
                          "of one text (`copy_group`): keep one plan per copy group, the canonical one."),
        new_code_cell('''plans = t.plans[t.plans.copy_group.isna() | (t.plans.plan_id == t.plans.canonical)]
assert plans.copy_group.dropna().is_unique
print(len(t.plans), "plans,", len(plans), "distinct")
plans.org_kind.value_counts()'''),
        new_markdown_cell("## Category mix by kind of organisation (share of items, with counts)"),
        new_code_cell('''mix = (t.items.merge(plans[["plan_id", "org_kind"]], on="plan_id")
         .pivot_table(index="org_kind", columns="category", values="item_id", aggfunc="count",
                      fill_value=0, observed=True))
share = mix.div(mix.sum(axis=1), axis=0)
assert ((share.sum(axis=1) - 1).abs() < 1e-9).all()
share.round(2).assign(items=mix.sum(axis=1), plans=plans.groupby("org_kind", observed=True).size())'''),
        new_markdown_cell("## Category mix by year (plans that state one)"),
        new_code_cell('''by_year = (t.items.merge(plans[["plan_id", "year"]].dropna(), on="plan_id")
           .pivot_table(index="year", columns="category", values="item_id", aggfunc="count",
                        fill_value=0, observed=True))
by_year.div(by_year.sum(axis=1), axis=0).round(2).assign(items=by_year.sum(axis=1))'''),
        new_markdown_cell("## Items per plan"),
        new_code_cell('''per_plan = t.items.groupby("plan_id").size()
per_plan.describe()'''),
        new_markdown_cell("## The same question in SQL (DuckDB over the Parquet files)"),
        new_code_cell('''con = duckdb.connect()
sql = f"""
SELECT l.category, count(*) AS items, round(avg(l.confidence), 3) AS mean_confidence
FROM read_parquet('{OUT}/items.parquet') i
JOIN read_parquet('{OUT}/labels.parquet') l USING (item_id)
WHERE i.depth = 1
GROUP BY 1 ORDER BY items DESC
"""
top_level = con.execute(sql).df()
assert top_level["items"].sum() == (t.items.depth == 1).sum()
top_level'''),
    ],
    "templates.ipynb": [
        new_markdown_cell("# How plans are usually written\n\nTemplates an author could adopt, copied "
                          "paragraphs and outline patterns mined from a run (docs/templates.md)."),
        new_code_cell(SETUP),
        new_markdown_cell("## Exemplars: section lines with typed values, and their examples"),
        new_code_cell('''exemplars = t.templates[t.templates.kind == "exemplar"]
exemplars = exemplars.sort_values("n_plans", ascending=False)
examples = t.template_members[t.template_members.example.astype(bool)]
examples = examples.merge(t.items[["item_id", "text"]])
shown = examples.groupby("template_id").text.agg(lambda s: " | ".join(x[:30] for x in s.head(3)))
exemplars.merge(shown.rename("examples"), left_on="template_id", right_index=True)[
    ["pattern", "section", "n_plans", "n_docs", "examples"]].head(10)'''),
        new_markdown_cell("## Phrase templates per category, the usable ones first"),
        new_code_cell('''phrase = t.templates[t.templates.kind == "phrase"]
columns = ["category", "pattern", "usable", "n_items", "n_plans", "n_docs"]
(phrase.sort_values(["usable", "n_plans", "n_items"], ascending=False)
       .groupby("category", observed=True).head(3)[columns])'''),
        new_markdown_cell("## Members of the most widespread template"),
        new_code_cell('''best = phrase.sort_values("n_plans", ascending=False).iloc[0]
members = t.template_members[t.template_members.template_id == best.template_id]
t.items.set_index("item_id").loc[members.item_id, ["marker", "heading"]]'''),
        new_markdown_cell("## Paragraphs copied across pages (reuse clusters, DuckDB)\n\n"
                          "`similarity` is a member's Jaccard similarity (character 4-grams) with its "
                          "cluster's first member. Members join through a chain of near-duplicates, each "
                          "link at 0.5 or more, so the far end of a chain can read lower."),
        new_code_cell('''con = duckdb.connect()
reuse = con.execute(f"""
SELECT tp.template_id, tp.n_docs, count(*) AS n_members, min(m.similarity) AS min_similarity,
       any_value(tp.pattern) AS text
FROM read_parquet('{OUT}/templates.parquet') tp
JOIN read_parquet('{OUT}/template_members.parquet') m USING (template_id)
WHERE tp.kind = 'reuse'
GROUP BY 1, 2 ORDER BY n_docs DESC, min_similarity DESC
""").df()
assert (reuse.n_members >= 2).all() and reuse.min_similarity.between(0, 1).all()
reuse.head(10)'''),
        new_markdown_cell("## Outline patterns and what plans leave out"),
        new_code_cell('''t.templates[t.templates.kind == "outline"][["pattern", "n_plans"]].head(10)'''),
        new_code_cell('''t.outline_gaps.pivot(index="kind", columns="category", values="share_missing")'''),
        new_markdown_cell("## What sections does a typical 职工运动会 plan have, in what order?\n\n"
                          "Sections of the top-level items (docs/sections.md), over distinct plans "
                          "(one per copy group) for a sports day (`plans.activity`; the mine stage's "
                          "`kind_outlines` holds the same per activity once ten plans have sections)."),
        new_code_cell('''canonical = t.plans.copy_group.isna() | (t.plans.plan_id == t.plans.canonical)
distinct = t.plans[canonical]
sports = distinct[distinct.activity == "sports_day"].plan_id
top = t.items[t.items.plan_id.isin(sports) & (t.items.depth == 1) & t.items.section.notna()]
first = top.sort_values("ordinal").drop_duplicates(["plan_id", "section"])
first = first.assign(position=first.groupby("plan_id").cumcount())
order = (first.groupby("section", observed=True)
         .agg(plans=("plan_id", "nunique"), median_position=("position", "median"))
         .query("plans > 0").sort_values("median_position"))
order.assign(share=(order.plans / len(sports)).round(2))'''),
    ],
}


def main() -> None:
    folder = Path(__file__).resolve().parent.parent / "notebooks"
    folder.mkdir(exist_ok=True)
    for name, cells in NOTEBOOKS.items():
        nb = new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3",
                                                                "display_name": "Python 3",
                                                                "language": "python"}})
        nbformat.write(nb, folder / name)


if __name__ == "__main__":
    main()
