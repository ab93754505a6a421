"""An interrupted run (SIGINT, SIGKILL) leaves the previous run whole; --resume finishes it
with the tables an uninterrupted run gives, cell for cell."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.lab.digest import digest_differences, table_digests
from pipeline.run import working_folder

PAGE = "工会工作计划\n一、组织劳动竞赛\n1、技能比武\n2、合理化建议\n二、开展送温暖活动\n三、举办职工运动会\n"


def _corpus(tmp_path: Path, n: int) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for k in range(n):
        (src / f"{k:04d}.txt").write_text(PAGE.replace("工会", f"第{k}工会"), encoding="utf-8")
    return src


def _planpipe(*args: str) -> list[str]:
    return [sys.executable, "-m", "pipeline", "run", *args, "--method", "rules", "--no-progress",
            "--chunk-size", "5"]


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=["SIGINT", "SIGKILL"])
def test_an_interrupted_run_resumes_to_the_tables_of_a_clean_run(tmp_path, sig):
    src = _corpus(tmp_path, 400)
    clean = tmp_path / "clean"
    assert subprocess.run(_planpipe(str(src), "--out", str(clean)), capture_output=True).returncode == 0
    out = tmp_path / "out"
    # a previous, smaller run in --out
    small = tmp_path / "small"
    small.mkdir()
    (small / "a.txt").write_text(PAGE, encoding="utf-8")
    assert subprocess.run(_planpipe(str(small), "--out", str(out)), capture_output=True).returncode == 0
    before = table_digests(out)
    # start the big run and interrupt it once some chunks are written
    proc = subprocess.Popen(_planpipe(str(src), "--out", str(out)), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    manifest = working_folder(out) / "parts" / "done.txt"
    deadline = time.time() + 120
    while time.time() < deadline and (not manifest.exists() or len(manifest.read_text().split()) < 3):
        time.sleep(0.05)
    proc.send_signal(sig)
    proc.wait(timeout=60)
    assert proc.returncode != 0
    assert table_digests(out) == before  # --out still holds the previous whole run
    done_before = len(manifest.read_text().split())
    assert 3 <= done_before < 80  # it was interrupted midway
    resumed = subprocess.run(_planpipe(str(src), "--out", str(out), "--resume"), capture_output=True,
                             text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert "400 documents" in resumed.stdout
    assert not digest_differences(table_digests(out), table_digests(clean))
    assert json.loads((out / "planpipe-run.json").read_text())["documents"] == 400


def test_resume_with_other_inputs_or_nothing_to_resume_is_refused(tmp_path):
    src = _corpus(tmp_path, 3)
    nothing = subprocess.run(_planpipe(str(src), "--out", str(tmp_path / "out"), "--resume"),
                             capture_output=True, text=True)
    assert nothing.returncode == 2 and "no interrupted run" in nothing.stderr
