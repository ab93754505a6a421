"""The package type-checks clean with mypy (configured in pyproject.toml)."""

from __future__ import annotations

from pathlib import Path

from mypy import api


def test_mypy_finds_no_errors():
    root = Path(__file__).resolve().parent.parent
    out, err, status = api.run(["--config-file", str(root / "pyproject.toml"), str(root / "pipeline")])
    assert status == 0, out + err
