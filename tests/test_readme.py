"""README's own commands, run as written (from a fresh folder, with the inputs they name)."""

from __future__ import annotations

import gzip
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
BIN = Path(sys.executable).parent
# Not run here: set-up and the tests themselves, and the scale-out lines (a Dask scheduler,
# a big/ folder); tests/test_parallel.py runs those ways.
SKIP = ("scripts/setup.sh", "-m pytest", "big/")


def _commands() -> list[str]:
    blocks = re.findall(r"```bash\n(.*?)```", README, flags=re.S)
    lines = [line.split("  #")[0].strip() for block in blocks for line in block.splitlines()]
    return [line for line in lines
            if line and not line.startswith("#") and not any(s in line for s in SKIP)]


def test_readme_commands_run_as_written(tmp_path):
    commands = _commands()
    assert any("planpipe run --out out/" in c for c in commands) and any("duckdb" in c for c in commands)
    # the inputs the README's example names, as a user would have them
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.txt").write_text("工会工作计划\n一、组织学习\n二、开展竞赛\n", encoding="utf-8")
    with gzip.open(tmp_path / "more.jsonl.gz", "wt", encoding="utf-8") as f:
        record = {"id": "x", "text": "职工篮球赛通知\n一、比赛时间:5月10日\n"}
        f.write(json.dumps(record, ensure_ascii=False) + "\n")
    for command in commands:
        argv = shlex.split(command.replace(".venv/bin/", f"{BIN}/"))
        done = subprocess.run(argv, cwd=tmp_path, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, (command, done.stderr[-2000:])
    python = re.findall(r"```python\n(.*?)```", README, flags=re.S)
    assert python
    for snippet in python:
        done = subprocess.run([sys.executable, "-c", snippet], cwd=tmp_path, capture_output=True, text=True)
        assert done.returncode == 0, (snippet, done.stderr[-2000:])


@pytest.mark.parametrize("link", re.findall(r"\]\(([^)#]+\.(?:md|ipynb))\)", README))
def test_readme_links_exist(link):
    assert (ROOT / link).exists(), link
