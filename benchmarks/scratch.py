"""The bundled corpus copied into a scratch folder, for the benchmarks that need volume."""

from __future__ import annotations

import shutil
from pathlib import Path

from pipeline.paths import corpus_dir


def copy_corpus(folder: Path, copies: int) -> Path:
    """`folder` filled with `copies` copies of every file of the bundled corpus, each copy's
    files under their own names (so every copied article is an article of its own)."""
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(copies):
        for f in corpus_dir().rglob("*"):
            if f.is_file():
                shutil.copy(f, folder / f"{k:03d}-{f.name}")
    return folder
