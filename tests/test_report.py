"""The HTML report: escaped text, charts and tables, and a real headless-browser check."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from pipeline import load_tables, run
from pipeline.report import render_report, write_report

INJECTED = '<script>document.title="PWNED";document.body.innerHTML="PWNED"</script>'
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    src = tmp_path_factory.mktemp("in")
    # a scraped record whose address and text carry a script: cleaning removes the tags from
    # the text, and the address, shown on the plan's page, must reach the browser as text
    (src / "evil.jsonl").write_text(json.dumps(
        {"id": "e1", "url": f"https://example.com/{INJECTED}",
         "text": f"工会工作计划\n一、{INJECTED}组织劳动竞赛\n二、深入开展送温暖活动\n"},
        ensure_ascii=False) + "\n",
        encoding="utf-8")
    (src / "plan.txt").write_text(
        "工会工作计划\n一、组织劳动竞赛\n二、深入开展送温暖活动\n三、加强职工之家建设\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    run([src], out, progress=False)
    return out, write_report(out)


def _pages(path) -> str:
    """The main page and every linked page of a written report, as one text."""
    linked = sorted((path.parent / "report-plans").glob("*.html"))
    return "".join(p.read_text(encoding="utf-8") for p in [path, *linked])


def test_scraped_text_is_escaped(report):
    out, path = report
    html = _pages(path)
    assert "<script" not in html.lower()
    assert "&lt;script&gt;document.title" in html
    assert not load_tables(out).items.text.str.contains("<script").any()
    assert 'id="chart-categories"' in path.read_text(encoding="utf-8") and "<svg" in html


def test_report_sections_follow_the_tables(report):
    out, _ = report
    html = render_report(load_tables(out))
    for section in ("summary", "categories", "templates", "reuse", "outlines", "plans"):
        assert f'<section id="{section}">' in html
    assert 'id="plan-index"' in html and "report-plans/0001.html" in html


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(_chromium() is None, reason="Debian's chromium is not installed "
                    "(scripts/setup.sh installs it when run as root with apt-get)")
def test_report_in_headless_chromium(report, tmp_path):
    _, path = report
    base = [_chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}",
            "--enable-logging=stderr", "--v=0"]
    dom = subprocess.run([*base, "--dump-dom", path.as_uri()], capture_output=True, text=True,
                         timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    # the script would have replaced the title and the whole body: both are intact, and
    # the script is on the page as text
    assert "<title>planpipe report</title>" in dom.stdout
    assert '<section id="plans">' in dom.stdout
    page = subprocess.run([*base, "--dump-dom", (path.parent / "report-plans" / "0001.html").as_uri()],
                          capture_output=True, text=True, timeout=120)
    assert '&lt;script&gt;document.title="PWNED"' in page.stdout and "PWNED</title>" not in page.stdout
    assert 'id="chart-categories"' in dom.stdout and "<rect" in dom.stdout
    assert 'id="summary-table"' in dom.stdout and 'id="outline-table"' in dom.stdout
    console = [line for line in dom.stderr.splitlines() if "CONSOLE" in line]
    assert console == [], console
    shot = tmp_path / "report.png"
    subprocess.run([*base, f"--screenshot={shot}", "--window-size=1200,1600", path.as_uri()],
                   capture_output=True, timeout=120, check=True)
    assert shot.stat().st_size > 10_000


def test_both_label_facets_with_chinese_names_and_confidence(report):
    out, path = report
    html = render_report(load_tables(out))
    assert 'id="chart-roles"' in html and "建功立业 (labour competitions and contribution)" in html
    assert "实质内容 (substance)" in html or "组织安排 (logistics)" in html
    assert "confidence" in _pages(path)
    assert "by part of the plan" in html  # phrase templates per role as well as per category


def test_a_run_with_no_items_gets_a_page_saying_so_with_its_errors(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "prose.txt").write_text("今天天气很好,我们去公园。", encoding="utf-8")
    (src / "bin.txt").write_bytes(bytes(range(256)) * 8)
    run([src], tmp_path / "out", progress=False)
    html = write_report(tmp_path / "out").read_text(encoding="utf-8")
    assert 'id="nothing-found"' in html and 'id="errors-table"' in html and "bin.txt" in html


def test_report_of_a_folder_that_is_no_run_is_a_usage_error(tmp_path, capsys):
    from pipeline.cli import main

    assert main(["report", str(tmp_path / "nope")]) == 2
    assert "[E205]" in capsys.readouterr().err


def test_the_plan_index_reaches_every_plan_on_linked_pages(tmp_path, monkeypatch):
    import re

    from pipeline.report import build

    monkeypatch.setattr(build, "PLANS_PER_PAGE", 2)  # 5 plans: three pages of trees
    src = tmp_path / "in"
    src.mkdir()
    for k in range(5):
        (src / f"p{k}.txt").write_text(f"第{k}号工会工作计划\n一、组织学习\n二、开展竞赛\n", encoding="utf-8")
    run([src], tmp_path / "out", progress=False)
    main = write_report(tmp_path / "out")
    folder = main.parent / "report-plans"
    pages = sorted(p.name for p in folder.glob("0*.html"))
    assert pages == ["0001.html", "0002.html", "0003.html"]
    assert all(f"report-plans/{p}" in main.read_text(encoding="utf-8") for p in pages)
    index = (folder / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'href="(\d{4}\.html)#([^"]+)"', index)
    plans = set(load_tables(tmp_path / "out").plans.plan_id)
    assert {pid for _, pid in links} == plans  # every plan reached from the index …
    for page, pid in links:  # … at a page that holds its tree
        assert f'id="{pid}"' in (folder / page).read_text(encoding="utf-8")


@pytest.mark.skipif(_chromium() is None, reason="Debian's chromium is not installed")
def test_in_chromium_the_plan_index_links_every_plan(report, tmp_path):
    import re

    out, path = report
    base = [_chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    index = path.parent / "report-plans" / "index.html"
    dom = subprocess.run([*base, "--dump-dom", index.as_uri()], capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    linked = set(re.findall(r'href="\d{4}\.html#([^"]+)"', dom.stdout))
    assert linked == set(load_tables(out).plans.plan_id)
