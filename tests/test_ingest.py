"""Reading files: encodings, HTML, JSONL, gzip, and bad input that must not stop a run."""

from __future__ import annotations

import gzip
import json

import pytest

from pipeline.ingest import read_inputs

PLAN = "工会工作计划\n一、组织劳动竞赛\n二、维护职工权益\n"
TRAD = "工會工作計劃\n一、組織勞動競賽\n二、維護職工權益\n"


@pytest.mark.parametrize("encoding,data", [
    ("utf-8", PLAN.encode("utf-8")),
    ("utf-8-sig", b"\xef\xbb\xbf" + PLAN.encode("utf-8")),
    ("gb18030", (PLAN * 3).encode("gbk")),
    ("big5", (TRAD * 3).encode("big5")),
])
def test_encodings_are_detected(tmp_path, encoding, data):
    (tmp_path / "a.txt").write_bytes(data)
    [doc] = read_inputs([tmp_path])
    assert doc.encoding == encoding
    assert doc.text.lstrip("\ufeff").startswith(("工会工作计划", "工會工作計劃"))


def test_invalid_bytes_are_replaced_with_a_warning(tmp_path):
    (tmp_path / "bad.txt").write_bytes(PLAN.encode("utf-8") + b"\xff\xfe\xfa" + PLAN.encode())
    [doc] = read_inputs([tmp_path])
    assert doc.error is None and "一、组织劳动竞赛" in doc.text
    assert [p.code for p in doc.problems] == ["W101"] and "bad.txt" in doc.problems[0].message


def test_binary_and_empty_files(tmp_path):
    (tmp_path / "image.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "empty.txt").write_bytes(b"")
    docs = {d.record: d for d in read_inputs([tmp_path])}
    assert docs["image.txt"].error.code == "E102" and "image.txt" in docs["image.txt"].error.message
    assert docs["empty.txt"].text == "" and docs["empty.txt"].error is None


def test_html_main_content_without_scripts(tmp_path):
    html = ("<html><head><title>工会工作计划</title><script>alert('x')</script>"
            "<style>p{color:red}</style></head><body><nav>首页 | 范文 | 工作计划</nav>"
            "<article><h1>工会工作计划</h1>" + "".join(
                f"<p>{n}、组织开展职工劳动竞赛和技能比武活动,提高职工队伍整体素质。</p>"
                for n in "一二三") + "</article></body></html>")
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    [doc] = read_inputs([tmp_path])
    assert "一、组织开展职工劳动竞赛" in doc.text and "三、组织" in doc.text
    assert "alert" not in doc.text and "color" not in doc.text
    assert doc.title == "工会工作计划"


def test_jsonl_records_and_a_malformed_line(tmp_path):
    lines = [json.dumps({"id": "a", "url": "http://x/a", "title": "甲", "text": PLAN}, ensure_ascii=False),
             "{not json",
             json.dumps({"id": "c", "html": "<p>一、学习</p><p>二、竞赛</p>"}, ensure_ascii=False),
             json.dumps({"id": "d", "body": "no text"})]
    (tmp_path / "pages.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = list(read_inputs([tmp_path]))
    assert [d.record for d in docs] == ["pages.jsonl#a", "pages.jsonl#2", "pages.jsonl#c",
                                        "pages.jsonl#d"]
    assert docs[0].source == "http://x/a" and docs[0].title == "甲"
    assert docs[1].error.code == "E103" and "pages.jsonl:2" in docs[1].error.message
    assert "一、学习" in docs[2].text
    assert docs[3].error.code == "E103" and "neither" in docs[3].error.message


def test_gzip_and_corrupt_gzip(tmp_path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(PLAN.encode()))
    (tmp_path / "b.jsonl.gz").write_bytes(b"not gzip at all")
    docs = {d.record: d for d in read_inputs([tmp_path])}
    assert docs["a.txt.gz"].text == PLAN
    assert docs["b.jsonl.gz"].error.code == "E107"


def test_ids_are_stable_and_independent_of_location(tmp_path):
    for sub in ("one", "two"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "a.txt").write_text(PLAN, encoding="utf-8")
    first = [d.doc_id for d in read_inputs([tmp_path / "one"])]
    assert first == [d.doc_id for d in read_inputs([tmp_path / "two"])]
    assert len(first[0]) == 16


def test_unsupported_file_named_explicitly_is_reported(tmp_path):
    (tmp_path / "notes.docx").write_bytes(b"PK")
    [doc] = read_inputs([tmp_path / "notes.docx"])
    assert doc.error.code == "E105"


def test_a_page_past_the_size_limit_is_cut_at_a_line_break_with_a_warning(tmp_path, monkeypatch):
    from pipeline import load_tables, run
    from pipeline.ingest import sources

    monkeypatch.setattr(sources, "MAX_PAGE_CHARS", 30)
    (tmp_path / "in").mkdir()
    lines = "一、组织劳动竞赛\n二、开展送温暖活动\n三、加强职工之家建设\n"
    (tmp_path / "in" / "long.txt").write_text(lines + "四、召开职代会\n", encoding="utf-8")
    (tmp_path / "in" / "short.txt").write_text("一、组织劳动竞赛\n二、开展送温暖活动\n", encoding="utf-8")
    docs = {d.record: d for d in read_inputs([tmp_path / "in"])}
    assert docs["long.txt"].text == lines  # up to the last line break before the limit
    assert [p.code for p in docs["long.txt"].problems] == ["W103"]
    assert "long.txt" in docs["long.txt"].problems[0].message and not docs["short.txt"].problems
    run([tmp_path / "in"], tmp_path / "out", method="rules", progress=False)
    row = load_tables(tmp_path / "out").documents.set_index("record").loc["long.txt"]
    assert row.status == "ok" and row.error.startswith("[W103]") and row.n_items == 3
