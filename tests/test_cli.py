"""The command line: exit codes, summary line, strict mode, evaluation output."""

from __future__ import annotations

from pipeline.cli import main


def test_run_prints_summary_and_goes_on_after_bad_files(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("一、组织学习\n二、开展竞赛\n", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(bytes(range(256)) * 4)
    code = main(["run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--no-progress"])
    out = capsys.readouterr().out
    assert code == 0
    assert "2 files, 2 documents, 1 plans, 2 items, 1 errors" in out
    strict = main(["run", str(tmp_path / "in"), "--out", str(tmp_path / "o2"), "--strict",
                   "--no-progress"])
    assert strict == 1


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
