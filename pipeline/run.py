"""The pipeline, as a numbered recipe. Stages never call each other; this module does.

1. ingest    files -> RawDocument (decoded text, or the reason there is none)
2. clean     RawDocument -> CleanDocument (chrome out, artefacts repaired, Simplified view)
3. structure CleanDocument -> StructuredDocument (plans, item trees)
4. classify  StructuredDocument -> ClassifiedDocument (a category for every item)
5. tables    ClassifiedDocument -> rows -> Parquet (CSV, DuckDB on request)
6. mine      tables -> templates, template_members, outline_gaps (corpus-wide)

Stages 1-5 take each article on its own, so they stream: memory holds a few chunks of
articles and their rows, whatever the corpus size. Stages 2-5 run in chunks (pipeline/process.py),
here or on worker processes or a Dask cluster (pipeline/parallel.py). Stage 6 reads the
finished tables.
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
import sys
import time
import zlib
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from tqdm import tqdm

from pipeline.errors import ConfigError, PlanpipeError
from pipeline.ingest import discover, read_file
from pipeline.records import RawDocument
from pipeline.version import __version__

# Articles per chunk: enough that one classifier call serves many articles
# (benchmarks/throughput.py), few enough that a chunk's rows stay small in memory.
CHUNK_SIZE = 200
# Without a terminal, progress is a log line every this many articles.
LOG_EVERY = 1000
# What an interrupted run was run on and with, kept in its working folder for --resume.
RUN_STAMP = "run-settings.json"
# The file that marks a folder as a finished planpipe run (and says what made it).
OUTPUT_MARK = "planpipe-run.json"


@dataclass
class RunSummary:
    """Counts and time of one run for the closing summary, and what failed, by error code."""

    # failing records listed after the summary line; the documents table has them all
    SHOW_FAILURES: ClassVar[int] = 5
    _ERROR: ClassVar[re.Pattern] = re.compile(r"\[(E\d{3})\] (.*?)(?=; \[[EW]\d{3}\] |$)", re.S)

    files: int = 0
    documents: int = 0
    plans: int = 0
    items: int = 0
    errors: int = 0
    seconds: float = 0.0
    out: str = ""  # the output directory, for pointing at the documents table
    error_codes: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (record, "[Exxx] message")

    def line(self) -> str:
        """The one-line summary printed at the end of a run."""
        return (f"planpipe: {self.files} files, {self.documents} documents, {self.plans} plans, "
                f"{self.items} items, {self.errors} errors, {self.seconds:.1f} s")

    def add(self, doc: dict) -> None:
        """Count one row of the documents table, and its error if its status is error."""
        self.documents += 1
        self.plans += doc["n_plans"]
        self.items += doc["n_items"]
        if doc["status"] == "error":
            self.errors += 1
            code, message = self.error_of(doc)
            self.error_codes[code] += 1
            if len(self.failures) < self.SHOW_FAILURES:
                self.failures.append((doc["record"], f"[{code}] {message}"))

    @classmethod
    def error_of(cls, doc: dict) -> tuple[str, str]:
        """Code and message of the first error in a documents row's `error` (warnings may come
        first), without the record name the message starts with; code "E???" if there is none."""
        found = cls._ERROR.search(doc["error"] or "")
        if found is None:
            return "E???", doc["error"] or "no message"
        return found.group(1), found.group(2).removeprefix(f"{doc['record']}: ")

    def error_lines(self) -> list[str]:
        """The lines after the summary line when documents failed (none otherwise): the count
        per error code, the first few failing records, and where to find them all."""
        if not self.errors:
            return []
        counts = ", ".join(f"{code} ×{n}" for code, n in sorted(self.error_codes.items()))
        lines = [f"planpipe: errors: {counts}"]
        lines += [f"  {record}: {error}" for record, error in self.failures]
        if self.errors > len(self.failures):
            lines.append(f"  ... and {self.errors - len(self.failures)} more")
        lines.append(f"planpipe: see {Path(self.out) / 'documents.parquet'}, status = 'error'")
        return lines


def run(inputs: Iterable[str | Path], out: str | Path,
        formats: tuple[str, ...] = ("parquet",), progress: bool | None = None,
        method: str = "model", taxonomy: str | Path | None = None,
        model_dir: str | Path | None = None, mine: bool = True,
        workers: int = 1, dask_scheduler: str | None = None,
        chunk_size: int = CHUNK_SIZE, strict: bool = False, force: bool = False,
        resume: bool = False) -> RunSummary:
    """Run the pipeline on `inputs` (files and folders) and write tables to `out`.

    Articles go to stages 2-5 in chunks of `chunk_size`: in this process, in `workers`
    local processes, or on the Dask cluster at `dask_scheduler`. The tables are the same
    whichever runs them: rows are written in input order.

    `strict` stops the run at the first document with status error, raising E109 naming it.

    Outputs are atomic: the run writes into a working folder beside `out` and puts it in
    place only when complete, so `out` always holds one whole run — a failed, stopped or
    killed run leaves the previous one untouched (and its working folder, for inspection).
    `out` must be empty, absent or a planpipe output; anything else is refused (E202)
    unless `force`. Each chunk's rows are recorded as done when written: `resume` continues
    an interrupted run with the same inputs and settings, skipping the chunks it finished,
    and gives the tables an uninterrupted run gives.
    """
    from pipeline.parallel import process_chunks  # the stages' libraries load when a run starts
    from pipeline.process import ProcessorSettings
    from pipeline.tables import TableWriter

    started = time.perf_counter()
    settings = ProcessorSettings(method, str(taxonomy) if taxonomy else None,
                                 str(model_dir) if model_dir else None)
    final = Path(out)
    check_output_folder(final, force)
    out = working_folder(final)
    files = discover(list(inputs))
    fingerprint = {"planpipe": __version__, "inputs": [name for _, name in files], "chunk_size": chunk_size,
                   "method": method, "taxonomy": settings.taxonomy, "model": settings.model_dir}
    _open_working_folder(out, fingerprint, resume)
    summary = RunSummary(files=len(files), out=str(final))
    bar = Progress(count_articles(files), progress)
    writer = TableWriter(out, formats)
    done = writer.done_chunks()
    submitted: deque[int] = deque()

    def todo() -> Iterator[list[RawDocument]]:
        for k, chunk in enumerate(_chunks(files, chunk_size)):
            if k in done:  # written before the interruption: count it, do not redo it
                for doc in writer.chunk_documents(k):
                    summary.add(doc)
                    bar.add()
                continue
            submitted.append(k)
            yield chunk

    for chunk_rows in process_chunks(todo(), settings, workers, dask_scheduler):
        writer.add_chunk(submitted.popleft(), chunk_rows)
        for rows in chunk_rows:
            doc = rows.documents[0]
            summary.add(doc)
            bar.add()
            if strict and doc["status"] == "error":
                bar.close()
                code, message = summary.error_of(doc)
                raise PlanpipeError("E109", f"stopped at the first bad input (--strict): "
                                            f"{doc['record']}: [{code}] {message}")
    writer.close()
    if mine:  # without labels, phrase and reuse templates still come out; outlines need labels
        bar.stage("mining templates, copies and outlines")
        mine_run(out, formats)
    bar.close()
    (out / RUN_STAMP).unlink()
    (out / OUTPUT_MARK).write_text(json.dumps({"planpipe": __version__, "documents": summary.documents,
                                               "items": summary.items, "errors": summary.errors}) + "\n",
                                   encoding="utf-8")
    _put_in_place(out, final)
    summary.seconds = time.perf_counter() - started
    return summary


def working_folder(out: Path) -> Path:
    """Where a run into `out` writes until it is complete: a hidden folder beside it."""
    return out.parent / f".{out.name}.planpipe-partial"


def _open_working_folder(work: Path, fingerprint: dict, resume: bool) -> None:
    """A fresh working folder, or (`resume`) the one an interrupted run with the same inputs
    and settings left; E202 when there is nothing that can be resumed."""
    stamp = work / RUN_STAMP
    if resume:
        if not stamp.exists():
            raise ConfigError("E202", f"--resume: no interrupted run to resume at {work}")
        if json.loads(stamp.read_text(encoding="utf-8")) != fingerprint:
            raise ConfigError("E202", "--resume: the interrupted run had other inputs or settings; "
                                      "run without --resume to start again")
        return
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    stamp.write_text(json.dumps(fingerprint), encoding="utf-8")


def check_output_folder(out: Path, force: bool = False) -> None:
    """E202 when `out` holds files and is not a planpipe output (unless `force`)."""
    if out.exists() and not out.is_dir():
        raise ConfigError("E202", f"--out {out}: is a file, not a folder")
    if out.is_dir() and any(out.iterdir()) and not (out / OUTPUT_MARK).exists() and not force:
        raise ConfigError("E202", f"--out {out}: the folder holds files and is not a planpipe output; "
                                  "give an empty or new folder, or --force to replace it")


def _put_in_place(work: Path, out: Path) -> None:
    """Swap the finished working folder in for `out` (the old run is removed only after)."""
    old = out.parent / f".{out.name}.planpipe-old"
    if old.exists():
        shutil.rmtree(old)
    if out.exists():
        out.rename(old)
    work.rename(out)
    if old.exists():
        shutil.rmtree(old)


def _chunks(files: list[tuple[Path, str]], size: int) -> Iterator[list[RawDocument]]:
    """The articles of `files`, read lazily, in lists of `size`."""
    chunk: list[RawDocument] = []
    for path, name in files:
        for raw in read_file(path, name):
            chunk.append(raw)
            if len(chunk) >= size:
                yield chunk
                chunk = []
    if chunk:
        yield chunk


def count_articles(files: list[tuple[Path, str]]) -> int:
    """How many articles the files hold: one per file, one per non-blank JSON Lines record."""
    total = 0
    for path, _ in files:
        if ".jsonl" not in [s.lower() for s in path.suffixes]:
            total += 1
            continue
        try:
            data = gzip.decompress(path.read_bytes()) if path.suffix.lower() == ".gz" else path.read_bytes()
        except (OSError, EOFError, zlib.error):
            total += 1  # one error row
            continue
        total += sum(1 for line in data.splitlines() if line.strip()) or 1
    return total


class Progress:
    """Articles written so far: a bar with rate and ETA on a terminal (stderr); without one,
    a log line every LOG_EVERY articles; nothing when `enabled` is False."""

    def __init__(self, total: int, enabled: bool | None = None) -> None:
        tty = sys.stderr.isatty()
        self.log = enabled is not False and not tty
        self.bar = tqdm(total=total, unit="article", leave=False, file=sys.stderr,
                        disable=not (tty if enabled is None else enabled and tty))
        self.done = 0
        self.total = total

    def add(self) -> None:
        """One more article written."""
        self.done += 1
        self.bar.update()
        if self.log and self.done % LOG_EVERY == 0:
            print(f"planpipe: {self.done:,} of {self.total:,} articles", file=sys.stderr, flush=True)

    def stage(self, what: str) -> None:
        """Say that a corpus-wide stage has started."""
        self.bar.set_description(what)
        if self.log:
            print(f"planpipe: {what}", file=sys.stderr, flush=True)

    def close(self) -> None:
        """Close the bar."""
        self.bar.close()


def mine_run(out: str | Path,
             formats: tuple[str, ...] = ("parquet",)) -> tuple[int, float, dict[str, float]]:
    """Stage 6 on the tables in `out`; returns the number of templates written, the share of
    items a phrase template covers, and per kind of plan the mean Kendall's tau of its plans'
    section order against the kind's usual order."""
    import pyarrow as pa

    from pipeline.mine import READS, item_columns, mine_columns, phrase_coverage
    from pipeline.tables import load_tables, write_copy_groups, write_mined

    tables = load_tables(out, mined=False, columns=READS)
    n_items, plans = len(tables.items), tables.plans
    columns = item_columns(tables.items, tables.labels)
    del tables  # the items table, once in lists, is not held twice while mining
    pa.default_memory_pool().release_unused()  # and Arrow gives its memory back
    mined = mine_columns(columns, plans)
    write_mined(out, {"templates": mined.templates, "template_members": mined.template_members,
                      "outline_gaps": mined.outline_gaps, "sections": mined.sections,
                      "kind_outlines": mined.kind_outlines}, formats)
    write_copy_groups(out, mined.copy_groups, formats)
    return len(mined.templates), phrase_coverage(mined, n_items), mined.order_agreement
