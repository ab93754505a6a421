"""An installed wheel is the whole tool: it ships the trained model and labels a page anywhere."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_a_built_wheel_installed_elsewhere_labels_a_page(tmp_path):
    # built from a copy of the sources, so the build leaves nothing in the checkout
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for folder in ("pipeline", "models"):
        shutil.copytree(ROOT / folder, src / folder, ignore=shutil.ignore_patterns("__pycache__"))
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(dist), str(src)], check=True, capture_output=True)
    [wheel] = dist.glob("planpipe-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"pipeline/models/classifier.skops", "pipeline/models/model_card.json",
            "pipeline/markers/data/markers.toml", "pipeline/classify/data/taxonomy.toml",
            "pipeline/report/templates/report.html"} <= names
    # a fresh environment that sees this one's libraries, but not its planpipe checkout
    env = tmp_path / "env"
    venv.create(env, with_pip=False)
    site = next(env.glob("lib/python*/site-packages"))
    (site / "libraries.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "page.txt").write_text("职工篮球赛通知\n一、比赛时间:5月10日\n二、比赛规则\n1、每队5人\n",
                                        encoding="utf-8")
    python = env / "bin" / "python"
    where = subprocess.run([str(python), "-c", "import pipeline; print(pipeline.__file__)"], cwd=elsewhere,
                           capture_output=True, text=True, check=True).stdout
    assert str(site) in where and str(ROOT) not in where
    done = subprocess.run([str(python), "-m", "pipeline", "run", "page.txt", "--out", "out", "--no-progress"],
                          cwd=elsewhere, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    labels = subprocess.run([str(python), "-c", "import pipeline; t = pipeline.load_tables('out'); "
                             "print(sorted(set(t.labels.method)), sorted(set(t.labels.role)))"],
                            cwd=elsewhere, capture_output=True, text=True, check=True).stdout
    assert "model" in labels and "logistics" in labels
