"""Where planpipe finds its files: the bundled model, and in a source checkout the corpus and gold.

Every default path is resolved here and nowhere else. The trained model ships inside the
package (`pipeline.models`, built from the repository's `models/` folder), so an installed
wheel labels items anywhere. The corpus and the gold are lab data: they exist only in a
checkout of the repository, found from the current directory or from the source tree.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from pipeline.errors import ConfigError

CORPUS = Path("corpus") / "raw"
GOLD = Path("corpus") / "gold"


def bundled_model_dir() -> Path:
    """The directory of the model that ships with planpipe."""
    return Path(str(resources.files("pipeline.models")))


def project_root() -> Path | None:
    """The repository checkout holding corpus/: the current directory's, else the source tree's."""
    for candidate in (Path.cwd(), Path(__file__).resolve().parent.parent):
        if (candidate / CORPUS).is_dir():
            return candidate
    return None


def corpus_dir() -> Path:
    """The bundled corpus of real pages (corpus/raw in a checkout)."""
    root = project_root()
    if root is None:
        raise ConfigError("E203", "no corpus/raw folder here or in the source tree: run from a "
                                  "checkout of the planpipe repository, or give the path")
    return root / CORPUS


def gold_file(name: str) -> Path:
    """A hand-written gold file of the corpus (corpus/gold/NAME in a checkout)."""
    return corpus_dir().parent / GOLD.name / name
