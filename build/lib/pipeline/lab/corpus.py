"""The bundled corpus run through the production pipeline, for training and evaluation."""

from __future__ import annotations

from pathlib import Path

from pipeline.ingest import read_inputs
from pipeline.paths import corpus_dir
from pipeline.process import DocumentProcessor, ProcessorSettings
from pipeline.records import ClassifiedDocument

# Articles handed to the processor at once, as a run does (pipeline/run.py CHUNK_SIZE).
LAB_CHUNK = 200
STRUCTURE_ONLY = ProcessorSettings(method="none")


def analysed_documents(corpus: Path | None, wanted: set[str] | None,
                       settings: ProcessorSettings = STRUCTURE_ONLY,
                       ) -> dict[str, ClassifiedDocument]:
    """Each wanted article (None: every one) as `planpipe run` cleans, parses and labels it."""
    processor = DocumentProcessor(settings)
    raws = [r for r in read_inputs([corpus or corpus_dir()]) if wanted is None or r.record in wanted]
    out: dict[str, ClassifiedDocument] = {}
    for k in range(0, len(raws), LAB_CHUNK):
        for done in processor.analyse(raws[k:k + LAB_CHUNK]):
            if isinstance(done, ClassifiedDocument):
                out[done.structured.clean.raw.record] = done
    return out
