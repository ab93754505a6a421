"""Regenerate docs/schema.md from pipeline/tables/schema.py (tests check they agree)."""

from pathlib import Path

from pipeline.errors import CODES
from pipeline.tables.schema import ALL_TABLES

KEYS = {
    "documents": "`doc_id`",
    "plans": "`plan_id` (joins `documents` on `doc_id`)",
    "items": "`item_id` (joins `plans` on `plan_id`, itself on `parent_id`)",
    "labels": "`item_id` (one row per item; joins `items`)",
    "label_scores": "(`item_id`, `axis`, `label`): every label's score on both axes for every item",
    "templates": "`template_id` (written by the mine stage after a run, or by `planpipe mine DIR`)",
    "template_members": "(`template_id`, `item_id`)",
    "sections": "(`section`, `variant`): the headings that name each plan section",
    "kind_outlines": ("(`plan_kind` or `activity`, `section`): the usual sections of a kind of plan or of "
                      "an activity, in order"),
    "outline_gaps": "(`kind`, `category`)",
}
INTRO = """# Table schema

`planpipe run --out DIR` writes one Parquet file per table (`DIR/<table>.parquet`), plus
`<table>.csv` and `planpipe.duckdb` with `--format csv duckdb`. `pipeline.load_tables(DIR)`
returns them as pandas DataFrames with the dtypes below; `load_tables(DIR, join_labels=True)`
adds each item's label columns (category and role) and one `score_<category>` column per
category and one `role_score_<role>` column per role to `items`.
Offsets are character offsets into `documents.text` (the decoded original), half-open. IDs
are stable: they derive from the article's corpus-relative name (`record`), so the same
corpus gives the same IDs on every run and machine.
"""
OUTRO = """## Status and error codes

`documents.status` is `ok` (items found), `no_items` (text but no numbered items), `empty`
(no text after cleaning) or `error` (unreadable; `error` says why). `documents.error` holds
`[code] message` entries separated by `; `: `E1xx` codes leave the document without text,
`W1xx` codes are warnings on a processed document; `E2xx`/`E3xx` stop a run (bad rule,
taxonomy, gold or model file) with a one-line message and exit code 2.
"""


def main() -> None:
    out = [INTRO]
    for name, cols in ALL_TABLES.items():
        out += [f"## {name}", "", f"Key: {KEYS[name]}.", "", "| column | dtype | meaning |", "|---|---|---|"]
        out += [f"| `{c.name}` | {c.pandas} | {c.doc} |" for c in cols]
        out.append("")
    out += [OUTRO, "| code | meaning |", "|---|---|"] + [f"| {k} | {v} |" for k, v in CODES.items()]
    Path(__file__).resolve().parent.parent.joinpath("docs", "schema.md").write_text(
        "\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
