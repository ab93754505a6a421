"""Hand chunks of articles to worker processes or a Dask cluster; results come back in order.

Each worker process builds one DocumentProcessor (segmenter and model loaded once) and
keeps it for every chunk it is given, so the cost of loading is paid per process, not
per chunk. At most a few chunks per worker are in flight, so reading, processing and
writing stream together and memory stays bounded whatever the corpus size. A Dask worker
runs on another machine and may not see the client's model directory or taxonomy file:
the client reads them once and ships them to every worker, which writes them to a local
directory and loads them from there (with the same safety checks as any model).
"""

from __future__ import annotations

import dataclasses
import hashlib
import multiprocessing
import os
import tempfile
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from pipeline.classify import read_model_files
from pipeline.errors import ConfigError
from pipeline.process import DocumentProcessor, ProcessorSettings
from pipeline.records import RawDocument
from pipeline.tables import DocumentRows

# Chunks in flight per worker: one being processed, one queued so a worker never waits.
IN_FLIGHT_PER_WORKER = 2

_processors: dict[ProcessorSettings, DocumentProcessor] = {}  # one per settings, per process
_unpacked: dict[str, str] = {}  # digest of shipped files -> local directory, per process
_unpack_lock = threading.Lock()  # a Dask worker may run several tasks in threads
TAXONOMY_FILE = "taxonomy.toml"


def process_chunk(settings: ProcessorSettings, chunk: list[RawDocument]) -> list[DocumentRows]:
    """Stages 2-5 for one chunk, with this process's DocumentProcessor for `settings`."""
    if settings not in _processors:
        _processors[settings] = DocumentProcessor(settings)
    return _processors[settings].process(chunk)


def process_shipped_chunk(settings: ProcessorSettings, files: dict[str, bytes],
                          chunk: list[RawDocument]) -> list[DocumentRows]:
    """`process_chunk` on a Dask worker, with the model and taxonomy files the client shipped."""
    if files:
        directory = _unpack(files)
        settings = dataclasses.replace(
            settings, model_dir=directory if settings.method == "model" else None,
            taxonomy=str(Path(directory) / TAXONOMY_FILE) if TAXONOMY_FILE in files else None)
    return process_chunk(settings, chunk)


def _shipment(settings: ProcessorSettings) -> dict[str, bytes]:
    """The files a worker needs to build the client's DocumentProcessor (E301 if no model)."""
    files = read_model_files(Path(settings.model_dir) if settings.model_dir else None) \
        if settings.method == "model" else {}
    if settings.taxonomy:
        files[TAXONOMY_FILE] = Path(settings.taxonomy).read_bytes()
    return files


def _unpack(files: dict[str, bytes]) -> str:
    """A local directory holding `files`, written once per worker process."""
    digest = hashlib.sha256(b"".join(files[name] for name in sorted(files))).hexdigest()[:16]
    with _unpack_lock:
        if digest not in _unpacked:
            directory = Path(tempfile.gettempdir()) / f"planpipe-shipped-{digest}"
            directory.mkdir(exist_ok=True)
            for name, data in files.items():
                part = directory / f".{name}.{os.getpid()}"
                part.write_bytes(data)
                os.replace(part, directory / name)  # another process may write the same file
            _unpacked[digest] = str(directory)
        return _unpacked[digest]


def process_chunks(chunks: Iterable[list[RawDocument]], settings: ProcessorSettings,
                   workers: int = 1, dask_scheduler: str | None = None) -> Iterator[list[DocumentRows]]:
    """Rows of every chunk, in the order of `chunks`.

    `dask_scheduler` (an address such as tcp://host:8786) sends chunks to a Dask cluster,
    whose workers must have planpipe installed (the model and taxonomy go with the work); else
    `workers` > 1 starts that many local processes; else the chunks run in this process.
    """
    if workers < 1:  # checked before any output is written, not at the first chunk
        raise ConfigError("E202", f"--workers must be at least 1, not {workers}")
    if dask_scheduler:
        return _on_dask(chunks, settings, dask_scheduler)
    if workers == 1:
        return _here(chunks, DocumentProcessor(settings))  # a missing model stops the run here
    return _on_processes(chunks, settings, workers)


def _here(chunks: Iterable[list[RawDocument]], processor: DocumentProcessor) -> Iterator[list[DocumentRows]]:
    for chunk in chunks:
        yield processor.process(chunk)


def _on_processes(chunks: Iterable[list[RawDocument]], settings: ProcessorSettings,
                  workers: int) -> Iterator[list[DocumentRows]]:
    # spawn, not fork: the parent may hold threads (Arrow's writer, tqdm), and a forked
    # child inherits their locks in whatever state they were
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        yield from _in_order(lambda chunk: pool.submit(process_chunk, settings, chunk),
                             chunks, workers * IN_FLIGHT_PER_WORKER)


def _on_dask(chunks: Iterable[list[RawDocument]], settings: ProcessorSettings,
             address: str) -> Iterator[list[DocumentRows]]:
    from distributed import Client

    try:
        client = Client(address, timeout="30s")
    except OSError as err:
        raise ConfigError("E202", f"cannot reach the Dask scheduler at {address}: {err}") from err
    with client:
        in_flight = IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info()["workers"]))
        [files] = client.scatter([_shipment(settings)], broadcast=True)  # once, not per chunk
        yield from _in_order(
            lambda chunk: client.submit(process_shipped_chunk, settings, files, chunk, pure=False),
            chunks, in_flight)


def _in_order(submit: Callable, chunks: Iterable[list[RawDocument]],
              limit: int) -> Iterator[list[DocumentRows]]:
    """Submit chunks keeping at most `limit` unfinished; yield results in submission order."""
    pending: deque = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= limit:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
