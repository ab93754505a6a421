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
        new_markdown_cell("# Category mix of union work plans\n\nWhich categories do plans of each "
                          "kind of organisation spend their items on, and how long are plans?"),
        new_code_cell(SETUP),
        new_markdown_cell("## Kind of organisation of each plan\n\nThe mine stage's kinds "
                          "(`pipeline/mine/data/kinds.toml`), from plan title, page title and items."),
        new_code_cell('''from pipeline.mine.mine import plan_kind

titles = t.documents.set_index("doc_id").title.fillna("")
first = t.items.sort_values("ordinal").groupby("plan_id").text_norm.apply(lambda s: " ".join(s)[:200])
plans = t.plans.assign(kind=[plan_kind(f"{p.title} {titles[p.doc_id]} {first.get(p.plan_id, '')}")
                             for p in t.plans.itertuples()])
plans.kind.value_counts()'''),
        new_markdown_cell("## Category mix by kind (share of items, pandas)"),
        new_code_cell('''mix = (t.items.merge(plans[["plan_id", "kind"]], on="plan_id")
         .pivot_table(index="kind", columns="category", values="item_id", aggfunc="count",
                      fill_value=0, observed=True))
share = mix.div(mix.sum(axis=1), axis=0)
assert ((share.sum(axis=1) - 1).abs() < 1e-9).all()
share.round(2)'''),
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
        new_markdown_cell("# How plans are usually written\n\nCommon item templates, copied "
                          "paragraphs and outline patterns mined from a run."),
        new_code_cell(SETUP),
        new_markdown_cell("## Top phrase templates per category"),
        new_code_cell('''phrase = t.templates[t.templates.kind == "phrase"]
columns = ["category", "pattern", "n_items", "n_plans", "n_docs"]
(phrase.sort_values(["n_plans", "n_items"], ascending=False)
       .groupby("category", observed=True).head(3)[columns])'''),
        new_markdown_cell("## Members of the most widespread template"),
        new_code_cell('''best = phrase.sort_values("n_plans", ascending=False).iloc[0]
members = t.template_members[t.template_members.template_id == best.template_id]
t.items.set_index("item_id").loc[members.item_id, ["marker", "heading"]]'''),
        new_markdown_cell("## Paragraphs copied across pages (reuse clusters, DuckDB)"),
        new_code_cell('''con = duckdb.connect()
reuse = con.execute(f"""
SELECT tp.template_id, tp.n_docs, min(m.similarity) AS min_similarity, any_value(tp.pattern) AS text
FROM read_parquet('{OUT}/templates.parquet') tp
JOIN read_parquet('{OUT}/template_members.parquet') m USING (template_id)
WHERE tp.kind = 'reuse'
GROUP BY 1, 2 ORDER BY n_docs DESC, min_similarity DESC
""").df()
assert (reuse.min_similarity >= 0.5).all()
reuse.head(10)'''),
        new_markdown_cell("## Outline patterns and what plans leave out"),
        new_code_cell('''t.templates[t.templates.kind == "outline"][["pattern", "n_plans"]].head(10)'''),
        new_code_cell('''t.outline_gaps.pivot(index="kind", columns="category", values="share_missing")'''),
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
