"""Quality gate on the hand-written gold: the figures README reports (kept apart from unit tests)."""

from __future__ import annotations

import json

import pytest

from pipeline.lab.structure_eval import evaluate_structure
from pipeline.paths import gold_file


@pytest.fixture(scope="module")
def report():
    return evaluate_structure(split="test")


def test_structure_meets_the_targets_on_the_test_split(report):
    assert len(report.articles) >= 15
    assert report.plan_accuracy >= 0.95
    # Measured F1 0.981, depth 0.953 on the whole test split (221 articles, 91 of them pages
    # added in 0.9.3 and 0.9.4, many with habits tune had not shown; docs/evaluation.md). These
    # guards stop regressions below that.
    assert report.f1 >= 0.97
    assert report.depth_accuracy >= 0.94


def test_structure_holds_on_the_test_pages_of_0_9_2(tmp_path):
    # The test split as it stood before 0.9.3's pages (130 articles, pages up to p336) read
    # F1 0.989, depth 0.955 then, 0.987 / 0.955 in 0.9.4: a fixed set, so a drop here is the
    # code's doing. Pages p264-p308, annotated on 2026-12-02, joined it later.
    lines = gold_file("structure.jsonl").read_text(encoding="utf-8").splitlines()
    then = tmp_path / "structure.jsonl"
    kept = [x for x in lines if json.loads(x).get("added") != "2026-12-02"]
    then.write_text("\n".join(kept), encoding="utf-8")
    fixed = evaluate_structure(then, split="test", pages=(0, 336))
    assert len(fixed.articles) == 130
    assert fixed.f1 >= 0.985 and fixed.depth_accuracy >= 0.95


def test_gold_covers_the_corpus():
    from pipeline.ingest import read_inputs
    from pipeline.lab.gold import load_gold
    from pipeline.paths import corpus_dir

    gold = {g.doc for g in load_gold(gold_file("structure.jsonl"))}
    records = {d.record for d in read_inputs([corpus_dir()])}
    assert len(records) >= 41 and gold == records
