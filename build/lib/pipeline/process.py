"""Stages 2-5 for a chunk of articles: RawDocument -> DocumentRows.

This is the unit of work a process (or a Dask worker) runs: it loads the cleaner, parser
and classifier once and then takes chunk after chunk. Training and evaluation use the
same object (`analyse`), so what they measure is what a run writes.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.classify import ItemClassifier
from pipeline.clean import Cleaner
from pipeline.errors import Problem
from pipeline.records import ClassifiedDocument, RawDocument, StructuredDocument
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
        """The rows of one article."""
        return self.process([raw])[0]

    def process(self, raws: list[RawDocument]) -> list[DocumentRows]:
        """Rows for a chunk of articles, in order; the classifier sees the chunk at once."""
        out = []
        for done in self.analyse(raws):
            if isinstance(done, RawDocument):
                out.append(failed_rows(done))
                continue
            try:
                out.append(document_rows(done))
            except Exception as err:
                out.append(failed_rows(_failure(done.structured.clean.raw, err)))
        return out

    def analyse(self, raws: list[RawDocument]) -> list[ClassifiedDocument | RawDocument]:
        """Each article cleaned, parsed and labelled; a RawDocument carrying the problem
        where that is not possible (no text, or a failure).

        One bad article must not stop a million-article run: whatever fails on it becomes
        an E108 problem of that article alone.
        """
        out: list[ClassifiedDocument | RawDocument] = list(raws)
        structured: dict[int, StructuredDocument] = {}
        for k, raw in enumerate(raws):
            if raw.error is not None or not (raw.text or "").strip():
                continue
            try:
                structured[k] = self.structure(self.clean(raw))
            except Exception as err:
                out[k] = _failure(raw, err)
        try:
            for k, labelled in zip(structured, self.classify.classify_many(list(structured.values()))):
                out[k] = labelled
        except Exception:  # find the article that broke the chunk, classify the rest alone
            for k, doc in structured.items():
                try:
                    out[k] = self.classify(doc)
                except Exception as err:
                    out[k] = _failure(raws[k], err)
        return out


def _failure(raw: RawDocument, err: Exception) -> RawDocument:
    problem = Problem("E108", f"{raw.record}: {type(err).__name__}: {err}")
    return RawDocument(raw.doc_id, raw.record, raw.source, raw.path, None, raw.title,
                       raw.published, raw.encoding, raw.problems + (problem,))
