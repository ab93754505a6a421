"""The lab measures what users get: `planpipe eval` scores exactly what `planpipe run` writes."""

from __future__ import annotations

import json

import pytest

from pipeline import load_tables, run
from pipeline.classify import ItemClassifier
from pipeline.lab.corpus import analysed_documents
from pipeline.lab.dataset import labelled_items
from pipeline.lab.labels_eval import predictions
from pipeline.lab.matching import found_items
from pipeline.paths import corpus_dir, gold_file


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    run([corpus_dir()], out, progress=False, mine=False)
    return load_tables(out)


def test_eval_labels_scores_the_labels_run_writes(written):
    items = [i for i in labelled_items(gold_file("structure.jsonl")) if i.split == "test"]
    assert len(items) > 500
    predicted = predictions(items, ItemClassifier("model"))
    records = dict(zip(written.documents.doc_id, written.documents.record))
    ids = {(records[r.doc_id], r.plan_id, r.ordinal): r.item_id for r in written.items.itertuples()}
    plan_of = dict(zip(written.plans.plan_id, written.plans.ordinal))
    by_key = {(doc, plan_of[plan], ordinal): item for (doc, plan, ordinal), item in ids.items()}
    labels = written.labels.set_index("item_id")
    for it, cat, role in zip(items, predicted["category"], predicted["role"]):
        row = labels.loc[by_key[(it.doc, it.plan, it.item)]]
        assert (row.category, round(row.confidence, 9)) == (cat[0], round(cat[1], 9))
        assert (row.role, round(row.role_confidence, 9)) == (role[0], round(role[1], 9))


def test_eval_structure_scores_the_items_run_writes(written):
    analysed = analysed_documents(None, None)
    seen = sorted((doc.structured.clean.raw.doc_id, f.plan.ordinal, f.item.ordinal, f.item.depth,
                   f.marker.strip(), f.text)
                  for doc in analysed.values() for f in found_items(doc.structured))
    plan_of = dict(zip(written.plans.plan_id, written.plans.ordinal))
    rows = sorted((r.doc_id, plan_of[r.plan_id], r.ordinal, r.depth, r.marker, r.text)
                  for r in written.items.itertuples())
    assert seen == rows


def test_eval_structure_scores_a_batch_of_added_pages(capsys):
    from pipeline.cli import main
    from pipeline.lab.structure_eval import evaluate_structure

    report = evaluate_structure(split="all", pages=(309, 322))
    assert sorted(a.doc for a in report.articles) == [f"pages.jsonl#p{n}" for n in range(309, 323)]
    assert main(["eval", "structure", "--pages", "p309-p322", "--split", "all", "--show", "0"]) == 0
    assert "all split: 14 articles" in capsys.readouterr().out
    assert main(["eval", "structure", "--pages", "309 to 322"]) == 2
    assert "[E202] --pages wants a range" in capsys.readouterr().err
    # the plan fields of the same batch: each of its plans in the plans gold, no other
    from pipeline.lab.gold import in_page_range

    rows = [json.loads(x) for x in gold_file("plans.jsonl").read_text(encoding="utf-8").splitlines()]
    batch = sum(in_page_range(r["doc"], (309, 322)) for r in rows)
    assert 0 < batch < len(rows)
    assert main(["eval", "plans", "--pages", "p309-p322", "--split", "all"]) == 0
    assert f"all split: {batch} plans" in capsys.readouterr().out


@pytest.mark.parametrize("page,starts", [
    # p230: a reader's start "活动项目: 1、乒乓球赛" runs past "(一)、" item's own text into its
    # child "1、"; the item is the same one
    ("四、活动安排:\n(一)、活动项目: 1、乒乓球赛 2、中国象棋赛\n(二)、活动要求:推选员工参加\n",
     ((2, "(一)、", "活动项目: 1、乒乓球赛"), (2, "(二)、", "活动项目"))),
    # p1089: the page writes "建立健全有效的`維權機制"; cleaning drops the backquote, the reader
    # copied it
    ("三、建立健全有效的`維權機制,\n四、加強學習\n",
     ((1, "三、", "建立健全有效的`維權機制"), (1, "四、", "加強教育"))),
    # p1266: a page's markdown stars, which the brief tells readers to leave out of a start
    ("1.**工作回顾**-总结过去一届工会工作\n2.**存在问题**-分析当前工会\n",
     ((1, "1.", "工作回顾-总结过去一届"), (1, "2.", "工作回顾"))),
])
def test_a_gold_start_matches_its_item_as_the_reader_copied_it(parse, page, starts):
    # the first start is the item's as a reader copied it; the second, a start the page does
    # not have at that marker, matches nothing
    from pipeline.lab.gold import GoldDocument, GoldItem
    from pipeline.lab.matching import match

    gold = GoldDocument("t.txt", "tune", 1, tuple(GoldItem(1, d, m, st) for d, m, st in starts))
    pairs, _ = match(gold, found_items(parse(page)))
    assert pairs[0][1] is not None and pairs[0][1].marker == starts[0][1]
    assert pairs[1][1] is None


def test_a_gold_marker_copied_mis_decoded_matches_the_item_cleaning_repaired(parse):
    # p1185: the page writes "（一）明確" double-decoded as "。ㄒ唬┟鞔_"; cleaning reads "（一）",
    # the reader copied the page as it stands
    from pipeline.lab.gold import GoldDocument, GoldItem
    from pipeline.lab.matching import match

    doc = parse("三、活動內容\n。ㄒ唬┟鞔_目標任務\n各級機關工會要認真組織。\n。ǘ﹪@中心開展活動\n")
    assert [f.marker for f in found_items(doc)] == ["三、", "（一）", "（二）"]
    gold = GoldDocument("t.txt", "tune", 1, (GoldItem(1, 2, "。ㄒ唬", "┟鞔_目標任務"),
                                             GoldItem(1, 2, "。ㄒ唬", "┟鞔_活動內容")))
    pairs, _ = match(gold, found_items(doc))
    assert pairs[0][1] is not None and pairs[0][1].marker == "（一）"
    assert pairs[1][1] is None


def test_the_punctuation_between_a_marker_and_its_text_belongs_to_neither(parse):
    # p526: the page writes "一是,组织…"; the reader's marker is "一是" and start "组织…"
    from pipeline.lab.gold import GoldDocument, GoldItem
    from pipeline.lab.matching import match

    doc = parse("一、开展活动\n一是,组织申报各项表彰;二是,组织劳模体检。\n")
    gold = GoldDocument("t.txt", "tune", 1, (GoldItem(1, 2, "一是", "组织申报各项表彰"),
                                             GoldItem(1, 2, "二是,", ",组织劳模体检"),
                                             GoldItem(1, 2, "三是", "组织劳模体检")))
    pairs, _ = match(gold, found_items(doc))
    assert [p[1] is not None for p in pairs] == [True, True, False]
    # so does a list bullet (p616: "第6條" then "• 本會有…")
    doc = parse("第5條\n本會之任務如下。\n第6條\n • 本會有一般會員贊助會員\n")
    gold = GoldDocument("t.txt", "tune", 1, (GoldItem(1, 1, "第5條", "本會之任務如下"),
                                             GoldItem(1, 1, "第6條", "本會有一般會員贊助會員")))
    assert all(p[1] is not None for p in match(gold, found_items(doc))[0])


def test_eval_plans_sets_a_blind_second_reading_beside_planpipe_on_the_same_plans():
    from pipeline.lab.plans_eval import FIELDS, evaluate_plans

    reading = [json.loads(x) for x in gold_file("plans_second_reading.jsonl").read_text(
        encoding="utf-8").splitlines() if x.strip()]
    report = evaluate_plans(split="all")
    assert report.human is not None and report.human.plans == len(reading)
    gold = {(r["doc"], r["plan"]): r for r in map(json.loads, gold_file("plans.jsonl").read_text(
        encoding="utf-8").splitlines())}
    same_year = sum(r["year"] == gold[(r["doc"], r["plan"])]["year"] for r in reading)
    assert report.human.people["year"] == same_year
    assert all(report.human.planpipe[f] <= report.right[f] for f in FIELDS)
    assert f"a blind second reader, {len(reading)} of these plans" in report.render()
