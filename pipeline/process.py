"""Stages 2-5 for a chunk of articles: RawDocument -> DocumentRows.

This is the unit of work a process (or a Dask worker) runs: it loads the cleaner, parser
and classifier once and then takes chunk after chunk.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.classify import ItemClassifier
from pipeline.clean import Cleaner
from pipeline.errors import Problem
from pipeline.records import RawDocument
from pipeline.structure import StructureParser
from pipeline.tables import DocumentRows, document_rows, failed_rows


@dataclass(frozen=True)
class ProcessorSettings:
    """What a worker needs to build its own DocumentProcessor (small, picklable, hashable)."""

    method: str = "model"
    taxonomy: str | None = None
    model_dir: str | None = None


class DocumentProcessor:
    """Stages 2-5, with cleaner, parser and classifier loaded once."""

    def __init__(self, settings: ProcessorSettings = ProcessorSettings()) -> None:
        self.clean = Cleaner()
        self.structure = StructureParser()
        self.classify = ItemClassifier(settings.method, settings.taxonomy, settings.model_dir)

    def __call__(self, raw: RawDocument) -> DocumentRows:
        return self.process([raw])[0]

    def process(self, raws: list[RawDocument]) -> list[DocumentRows]:
        """Rows for a chunk of articles, in order; the classifier sees the chunk at once.

        One bad article must not stop a million-article run: whatever fails on it becomes
        an E108 error row for that article alone.
        """
        out: list[DocumentRows | None] = [None] * len(raws)
        structured = {}
        for k, raw in enumerate(raws):
            if raw.error is not None or not (raw.text or "").strip():
                out[k] = failed_rows(raw)
                continue
            try:
                structured[k] = self.structure(self.clean(raw))
            except Exception as err:
                out[k] = _failure(raw, err)
        try:
            classified = dict(zip(structured, self.classify.classify_many(list(structured.values()))))
        except Exception:  # find the article that broke the chunk, classify the rest alone
            classified = {}
            for k, doc in structured.items():
                try:
                    classified[k] = self.classify(doc)
                except Exception as err:
                    out[k] = _failure(raws[k], err)
        for k, doc in classified.items():
            try:
                out[k] = document_rows(doc)
            except Exception as err:
                out[k] = _failure(raws[k], err)
        return out


def _failure(raw: RawDocument, err: Exception) -> DocumentRows:
    problem = Problem("E108", f"{raw.record}: {type(err).__name__}: {err}")
    return failed_rows(RawDocument(raw.doc_id, raw.record, raw.source, raw.path, None, raw.title,
                                   raw.published, raw.encoding, raw.problems + (problem,)))
