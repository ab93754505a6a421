"""The command line: exit codes, summary line, strict mode, evaluation output."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from pipeline.cli import main
from pipeline.run import RunSummary

GOOD = "一、组织学习\n二、开展竞赛\n"
BINARY = bytes(range(256)) * 4  # control bytes: E102
CORRUPT_GZ = b"\x1f\x8b\x08\x00" + b"not a gzip stream"  # E107


def _run(tmp_path, *extra: str) -> int:
    return main(["run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--no-progress",
                 "--method", "rules", *extra])


def _inputs(tmp_path, files: dict[str, str | bytes]) -> None:
    (tmp_path / "in").mkdir()
    for name, content in files.items():
        path = tmp_path / "in" / name
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)


def _documents(tmp_path) -> list[dict]:
    return pq.read_table(tmp_path / "out" / "documents.parquet",
                         columns=["record", "status", "error"]).to_pylist()


def test_run_exits_0_when_every_input_is_clean(tmp_path, capsys):
    _inputs(tmp_path, {"a.txt": GOOD, "b.txt": "一、维护权益\n二、关心职工\n"})
    assert _run(tmp_path) == 0
    captured = capsys.readouterr()
    assert "2 files, 2 documents, 2 plans, 4 items, 0 errors" in captured.out
    assert "errors:" not in captured.err and "status = 'error'" not in captured.err
    assert {d["status"] for d in _documents(tmp_path)} == {"ok"}


@pytest.mark.parametrize(("name", "content", "code", "problem"), [
    ("b.txt.gz", CORRUPT_GZ, "E107", "corrupt gzip stream"),
    ("b.txt", BINARY, "E102", "binary file"),
])
def test_run_exits_1_when_an_input_fails_next_to_a_good_one(tmp_path, capsys, name, content, code, problem):
    _inputs(tmp_path, {"a.txt": GOOD, name: content})
    assert _run(tmp_path) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith("planpipe: 2 files, 2 documents, 1 plans, 2 items, 1 errors")
    err = captured.err.splitlines()
    assert err[0] == f"planpipe: errors: {code} ×1"
    assert err[1].startswith(f"  {name}: [{code}] {problem}")
    assert err[-1] == f"planpipe: see {tmp_path / 'out' / 'documents.parquet'}, status = 'error'"
    assert [(d["record"], d["status"]) for d in _documents(tmp_path)] == [("a.txt", "ok"), (name, "error")]


def test_run_exits_1_when_every_input_fails_and_counts_each_code(tmp_path, capsys):
    _inputs(tmp_path, {"a.txt": BINARY, "b.txt": BINARY, "c.txt.gz": CORRUPT_GZ})
    assert _run(tmp_path) == 1
    captured = capsys.readouterr()
    assert "3 files, 3 documents, 0 plans, 0 items, 3 errors" in captured.out
    assert "planpipe: errors: E102 ×2, E107 ×1" in captured.err
    for name in ("a.txt", "b.txt", "c.txt.gz"):
        assert f"  {name}: [E1" in captured.err
    assert {d["status"] for d in _documents(tmp_path)} == {"error"}


def test_summary_lists_at_most_five_failing_records(tmp_path, capsys):
    _inputs(tmp_path, {f"{k}.txt": BINARY for k in range(7)})
    assert _run(tmp_path) == 1
    listed = [line for line in capsys.readouterr().err.splitlines() if line.startswith("  ")]
    assert listed == [f"  {k}.txt: [E102] binary file (control bytes), not text" for k in range(5)] \
        + ["  ... and 2 more"]


def test_first_error_code_is_found_after_warnings():
    doc = {"record": "a.txt", "status": "error", "n_plans": 0, "n_items": 0,
           "error": "[W101] a.txt: 3 invalid bytes replaced; [E108] a.txt: ValueError: boom; [W102] x"}
    summary = RunSummary()
    summary.add(doc)
    assert summary.error_codes == {"E108": 1}
    assert summary.failures == [("a.txt", "[E108] ValueError: boom")]


def test_missing_path_is_a_usage_error_before_any_work(tmp_path, capsys):
    _inputs(tmp_path, {"a.txt": GOOD})
    missing = tmp_path / "nope.txt"
    code = main(["run", str(tmp_path / "in"), str(missing), "--out", str(tmp_path / "out"),
                 "--no-progress", "--method", "rules"])
    assert code == 2
    captured = capsys.readouterr()
    assert captured.err == f"planpipe: [E202] no such file or folder: {missing}\n"
    assert captured.out == ""
    assert not (tmp_path / "out").exists()


def test_strict_stops_at_the_first_bad_input(tmp_path, capsys):
    _inputs(tmp_path, {"a.txt": GOOD, "b.txt": BINARY, "c.txt.gz": CORRUPT_GZ, "d.txt": GOOD})
    assert _run(tmp_path, "--strict") == 1
    captured = capsys.readouterr()
    assert captured.err == ("planpipe: [E109] stopped at the first bad input (--strict): "
                            "b.txt: [E102] binary file (control bytes), not text\n")
    assert "documents" not in captured.out  # no closing summary: the run did not finish
    assert not (tmp_path / "out").exists()  # a stopped run never takes the place of --out


def test_strict_run_of_clean_inputs_exits_0(tmp_path, capsys):
    _inputs(tmp_path, {"a.txt": GOOD})
    assert _run(tmp_path, "--strict") == 0
    assert "1 files, 1 documents, 1 plans, 2 items, 0 errors" in capsys.readouterr().out


def test_run_help_documents_the_exit_codes(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["run", "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "exit codes:" in out
    assert "0  every input processed cleanly" in out
    assert "1  the run finished but some inputs are error rows in the documents table" in out
    assert "2  usage or configuration error" in out


def test_workers_flag_runs_in_processes_and_rejects_zero(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("一、组织学习\n二、开展竞赛\n", encoding="utf-8")
    args = ["run", str(tmp_path / "in"), "--no-progress", "--method", "rules"]
    assert main([*args, "--out", str(tmp_path / "o1"), "--workers", "2"]) == 0
    assert "1 files, 1 documents, 1 plans, 2 items, 0 errors" in capsys.readouterr().out
    assert main([*args, "--out", str(tmp_path / "o2"), "--workers", "0"]) == 2
    assert "[E202] --workers must be at least 1" in capsys.readouterr().err


def test_unknown_format_is_a_usage_error(tmp_path, capsys):
    try:
        main(["run", "--out", str(tmp_path), "--format", "xlsx"])
    except SystemExit as exit_:
        assert exit_.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_bad_gold_file_is_reported_with_its_line(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc": "a.txt", "split": "dev", "n_plans": 1, "items": []}\n', encoding="utf-8")
    assert main(["eval", "structure", "--gold", str(gold)]) == 2
    err = capsys.readouterr().err
    assert "[E203]" in err and "gold.jsonl:1" in err and "split must be one of" in err


def test_eval_lists_per_article_errors(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("一、组织学习\n二、开展竞赛\n", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc": "a.txt", "split": "test", "n_plans": 1, "items": ['
                    '{"plan": 1, "depth": 1, "marker": "一、", "start": "组织学习"},'
                    '{"plan": 1, "depth": 2, "marker": "二、", "start": "开展竞赛"},'
                    '{"plan": 1, "depth": 1, "marker": "三、", "start": "维护权益"}]}\n',
                    encoding="utf-8")
    assert main(["eval", "structure", "--gold", str(gold), "--corpus", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "item recall          0.667" in out and "item precision       1.000" in out
    assert "depth accuracy       0.500" in out
    assert "missed  plan 1 d1 三、维护权益" in out and "depth   plan 1 二、开展竞赛: 1, gold 2" in out


def test_outputs_are_whole_runs_never_a_mix_or_a_half(tmp_path, capsys):
    _inputs(tmp_path, {"a.txt": GOOD, "b.txt": GOOD})
    assert _run(tmp_path) == 0
    first = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert "planpipe-run.json" in first and len(_documents(tmp_path)) == 2
    # a run stopped midway (--strict at a bad file) leaves the previous run in place, whole
    (tmp_path / "in" / "c.txt").write_bytes(BINARY)
    assert _run(tmp_path, "--strict") == 1
    assert len(_documents(tmp_path)) == 2 and sorted(p.name for p in (tmp_path / "out").iterdir()) == first
    # a mistyped input is found before any work: the previous run stays
    assert main(["run", str(tmp_path / "nope"), "--out", str(tmp_path / "out"), "--method", "rules"]) == 2
    assert len(_documents(tmp_path)) == 2
    # a finished run replaces the previous one entirely: no stale CSV beside new Parquet
    assert _run(tmp_path, "--format", "csv") == 1
    assert (tmp_path / "out" / "documents.csv").exists() and len(_documents(tmp_path)) == 3
    assert _run(tmp_path) == 1
    assert not (tmp_path / "out" / "documents.csv").exists()


def test_an_out_folder_that_is_not_a_planpipe_output_is_refused_unless_forced(tmp_path, capsys):
    _inputs(tmp_path, {"a.txt": GOOD})
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "thesis.docx").write_text("mine", encoding="utf-8")
    assert _run(tmp_path) == 2
    assert "not a planpipe output" in capsys.readouterr().err
    assert (tmp_path / "out" / "thesis.docx").exists()
    assert _run(tmp_path, "--force") == 0 and not (tmp_path / "out" / "thesis.docx").exists()


def test_python_dash_m_pipeline_is_the_command():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True)
    assert done.returncode == 0 and "run" in done.stdout and "eval" in done.stdout


def test_progress_counts_articles_and_logs_without_a_terminal(tmp_path, capsys, monkeypatch):
    import importlib
    import json

    from pipeline.run import count_articles, run

    run_module = importlib.import_module("pipeline.run")  # the module, not the function of that name

    src = tmp_path / "in"
    src.mkdir()
    records = [json.dumps({"id": k, "text": GOOD}, ensure_ascii=False) for k in range(5)]
    (src / "many.jsonl").write_text("\n".join(records) + "\n\n", encoding="utf-8")
    (src / "one.txt").write_text(GOOD, encoding="utf-8")
    assert count_articles([(src / "many.jsonl", "many.jsonl"), (src / "one.txt", "one.txt")]) == 6
    monkeypatch.setattr(run_module, "LOG_EVERY", 2)
    run([src], tmp_path / "out", method="rules")  # progress=None: a log, stderr is no terminal here
    err = capsys.readouterr().err
    assert "2 of 6 articles" in err and "6 of 6 articles" in err and "mining" in err
