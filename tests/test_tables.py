"""Tables: schema, dtypes, stable IDs, offsets, formats, and the documented schema."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from pipeline import load_tables, run
from pipeline.tables.schema import ALL_TABLES, TABLES

ROOT = Path(__file__).resolve().parent.parent
PLAN = ("工会工作计划 篇1\n一、组织劳动竞赛\n1、技能比武;2、合理化建议\n二、维护职工权益\n"
        "工会工作计划 篇2\n一、送温暖\n")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("in")
    (d / "plan.txt").write_text(PLAN, encoding="utf-8")
    (d / "trad.txt").write_text("工會工作計劃\n一、組織勞動競賽\n二、維護職工權益\n", encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "prose.txt").write_text("今天天气很好,我们去公园。", encoding="utf-8")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 8)
    return d


@pytest.fixture(scope="module")
def tables(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    run([corpus], out, ("parquet", "csv", "duckdb"), progress=False)
    return out, load_tables(out)


def test_columns_and_dtypes_follow_the_schema(tables):
    _, t = tables
    for name, columns in TABLES.items():
        frame = t[name]
        assert list(frame.columns) == [c.name for c in columns]
        assert {c.name: str(frame[c.name].dtype) for c in columns} == {
            c.name: ("string" if c.pandas == "string" else c.pandas) for c in columns}


def test_loading_chosen_columns_reads_only_those(tables):
    """What `planpipe mine` reads: only the named tables and columns, with their dtypes and
    values; the other tables are empty frames with every documented column."""
    out, whole = tables
    part = load_tables(out, mined=False, columns={"items": ["item_id", "depth", "text_norm"],
                                                  "labels": ["item_id", "category"]})
    assert list(part.items.columns) == ["item_id", "depth", "text_norm"]
    assert part.items.equals(whole.items[["item_id", "depth", "text_norm"]])
    assert part.labels.category.tolist() == whole.labels.category.tolist()
    assert len(whole.documents) > 0 and len(part.documents) == 0
    assert list(part.documents.columns) == [c.name for c in TABLES["documents"]]


def test_every_input_has_a_document_row_with_a_status(tables):
    _, t = tables
    status = dict(zip(t.documents.record, t.documents.status))
    assert status == {"plan.txt": "ok", "trad.txt": "ok", "empty.txt": "empty",
                      "prose.txt": "no_items", "binary.txt": "error"}
    err = t.documents.set_index("record").loc["binary.txt", "error"]
    assert err.startswith("[E102]") and "binary.txt" in err
    script = dict(zip(t.documents.record, t.documents.script))
    assert script["trad.txt"] == "traditional" and script["plan.txt"] == "simplified"


def test_items_point_back_into_the_original_text(tables):
    _, t = tables
    texts = dict(zip(t.documents.doc_id, t.documents.text))
    for row in t.items.itertuples():
        span = texts[row.doc_id][row.char_start:row.char_end]
        assert span.startswith(row.marker) and row.text in span


def test_tree_and_plan_links(tables):
    _, t = tables
    doc = t.documents.set_index("record").loc["plan.txt"]
    items = t.items[t.items.doc_id == doc.doc_id]
    assert doc.n_plans == 2 and doc.n_items == len(items) == 5
    by_id = items.set_index("item_id")
    child = items[items.marker == "2、"].iloc[0]
    assert by_id.loc[child.parent_id, "marker"] == "一、" and child.depth == 2
    assert items.heading.tolist()[0] == "组织劳动竞赛"
    trad = t.items[t.items.doc_id == t.documents.set_index("record").loc["trad.txt", "doc_id"]]
    assert trad.text_norm.tolist()[0] == "组织劳动竞赛" and trad.text.tolist()[0] == "組織勞動競賽"


def test_ids_are_stable_across_runs(corpus, tables, tmp_path):
    _, first = tables
    run([corpus], tmp_path, progress=False)
    again = load_tables(tmp_path)
    assert again.items.item_id.tolist() == first.items.item_id.tolist()
    assert re.fullmatch(r"[0-9a-f]{16}-p\d\d-i\d{4}", first.items.item_id.iloc[0])


def test_csv_and_duckdb_outputs(tables):
    out, t = tables
    assert (out / "items.csv").read_text(encoding="utf-8").startswith("item_id,plan_id")
    with duckdb.connect(str(out / "planpipe.duckdb"), read_only=True) as con:
        n = con.execute("SELECT count(*) FROM items WHERE depth = 1").fetchone()[0]
    assert n == int((t.items.depth == 1).sum())


def test_schema_documentation_lists_every_column():
    doc = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    for name, columns in ALL_TABLES.items():
        assert f"## {name}" in doc
        for c in columns:
            assert f"| `{c.name}` |" in doc, f"{name}.{c.name} is not documented"


def test_labels_tables_and_wide_join(tables):
    out, t = tables
    assert set(t.labels.item_id) == set(t.items.item_id)
    sums = t.label_scores.groupby(["item_id", "axis"], observed=True).score.sum()
    assert ((sums - 1.0).abs() < 1e-6).all()  # calibrated probabilities over each axis's labels
    assert set(t.label_scores.axis) == {"category", "role"}
    assert t.labels.method.isin(["rule", "model", "rule+model", "fallback"]).all()
    assert t.labels.role_method.isin(["rule", "model", "rule+model", "fallback"]).all()
    assert t.labels.confidence.between(0, 1).all() and t.labels.role_confidence.between(0, 1).all()
    assert set(t.labels.role) <= {"substance", "logistics", "purpose", "heading"}
    assert t.labels.role.notna().all() and t.labels.category.notna().all()  # both axes, every item
    wide = load_tables(out, join_labels=True).items
    assert {"category", "confidence", "method", "rule", "role", "role_confidence", "role_rule",
            "score_welfare", "role_score_logistics"} <= set(wide.columns)
    assert len(wide) == len(t.items)


def test_rules_only_and_custom_taxonomy_end_to_end(corpus, tmp_path):
    tax = tmp_path / "t.toml"
    tax.write_text("[taxonomy]\nfallback='rest'\n[[category]]\ncode='fight'\n  [[category.rule]]\n"
                   "  id='fight.any'\n  pattern='竞赛'\n[[category]]\ncode='rest'\n"
                   "[roles]\nfallback='body'\n[[role]]\ncode='body'\n[[role]]\ncode='keep'\n"
                   "  [[role.rule]]\n  id='keep.any'\n  pattern='维护|權益'\n", encoding="utf-8")
    run([corpus], tmp_path / "out", method="rules", taxonomy=tax, progress=False)
    t = load_tables(tmp_path / "out", join_labels=True)
    first = t.items[t.items.marker == "一、"].iloc[0]
    assert first.category == "fight" and first.rule == "fight.any" and first.method == "rule"
    assert set(t.labels.category) <= {"fight", "rest"} and set(t.labels.role) == {"body", "keep"}
    keep = t.items[t.items.role == "keep"]
    assert len(keep) and keep.heading.str.contains("维护|維護").all() and (keep.role_rule == "keep.any").all()


def test_run_writes_mined_tables(tables):
    out, t = tables
    mined = load_tables(out)
    assert set(mined.templates.kind) <= {"phrase", "reuse", "outline"}
    assert set(mined.template_members.template_id) <= set(mined.templates.template_id)
    assert set(mined.template_members.item_id) <= set(t.items.item_id)
    assert list(mined.outline_gaps.columns) == ["kind", "category", "n_plans", "share_missing"]
