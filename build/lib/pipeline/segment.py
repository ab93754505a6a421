"""Word segmentation (and part-of-speech tags) behind one interface, backends by name.

Shared by the classify stage (features) and the mine stage (template skeletons).

- `jieba`: the reference segmenter (pure Python, HMM for unknown words);
- `rjieba`: jieba's algorithm and dictionary in Rust (jieba-rs), a drop-in for speed;
- `pkuseg`: spaCy's Chinese tokenizer with pkuseg's bundled default model, loaded from the
  installed `pkuseg` package, so nothing is downloaded at run time.
Each backend is loaded once per process (`load_segmenter` caches) and imported lazily.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

from pipeline.errors import ConfigError

BACKENDS = ("jieba", "rjieba", "pkuseg")
DEFAULT_BACKEND = "rjieba"  # chosen from benchmarks/segmenters.py (see README)


class JiebaSegmenter:
    """jieba, the reference segmenter."""

    name = "jieba"

    def __init__(self) -> None:
        import jieba
        import jieba.posseg

        jieba.setLogLevel(60)
        jieba.initialize()
        self._cut = jieba.lcut
        self._tag = jieba.posseg.lcut

    def cut(self, text: str) -> list[str]:
        """The words of `text`."""
        return self._cut(text)

    def tag(self, text: str) -> list[tuple[str, str]]:
        """(word, part-of-speech tag) pairs of `text`."""
        return [(p.word, p.flag) for p in self._tag(text)]


class RJiebaSegmenter:
    """jieba's algorithm and dictionary in Rust (rjieba)."""

    name = "rjieba"

    def __init__(self) -> None:
        import rjieba

        self._cut = rjieba.cut
        self._tag = rjieba.tag

    def cut(self, text: str) -> list[str]:
        """The words of `text`."""
        return self._cut(text)

    def tag(self, text: str) -> list[tuple[str, str]]:
        """(word, part-of-speech tag) pairs of `text`."""
        return self._tag(text)


class PkusegSegmenter:
    """spaCy's Chinese tokenizer with pkuseg's bundled model."""

    name = "pkuseg"

    def __init__(self) -> None:
        import spacy

        spec = importlib.util.find_spec("pkuseg")
        if spec is None or spec.origin is None:
            raise ConfigError("E202", "segmenter 'pkuseg' needs the pkuseg package (see README setup)")
        model = Path(spec.origin).parent / "models" / "default"
        cfg = {"nlp": {"tokenizer": {"@tokenizers": "spacy.zh.ChineseTokenizer", "segmenter": "pkuseg"}}}
        self.nlp = spacy.blank("zh", config=cfg)
        self.nlp.tokenizer.initialize(pkuseg_model=str(model))  # type: ignore[union-attr]

    def cut(self, text: str) -> list[str]:
        """The words of `text`."""
        return [t.text for t in self.nlp.tokenizer(text)]

    def tag(self, text: str) -> list[tuple[str, str]]:
        """(word, part-of-speech tag) pairs of `text`."""
        raise ConfigError("E202", "segmenter 'pkuseg' has no part-of-speech tags offline; "
                                  "use jieba or rjieba for mining")


_CLASSES = {"jieba": JiebaSegmenter, "rjieba": RJiebaSegmenter, "pkuseg": PkusegSegmenter}


@cache
def load_segmenter(name: str = DEFAULT_BACKEND):
    """The segmenter called `name` (loaded once per process)."""
    if name not in _CLASSES:
        raise ConfigError("E202", f"unknown segmenter {name!r}; valid: {list(BACKENDS)}")
    try:
        return _CLASSES[name]()
    except ImportError as err:
        raise ConfigError("E202", f"segmenter {name!r} is not installed ({err.name}); "
                                  "run the README setup command") from err
