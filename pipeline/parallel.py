"""Hand chunks of articles to worker processes or a Dask cluster; results come back in order.

Each worker process builds one DocumentProcessor (segmenter and model loaded once) and
keeps it for every chunk it is given, so the cost of loading is paid per process, not
per chunk. At most a few chunks per worker are in flight, so reading, processing and
writing stream together and memory stays bounded whatever the corpus size.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from pipeline.errors import ConfigError
from pipeline.process import DocumentProcessor, ProcessorSettings
from pipeline.records import RawDocument
from pipeline.tables import DocumentRows

# Chunks in flight per worker: one being processed, one queued so a worker never waits.
IN_FLIGHT_PER_WORKER = 2

_processors: dict[ProcessorSettings, DocumentProcessor] = {}  # one per settings, per process


def process_chunk(settings: ProcessorSettings, chunk: list[RawDocument]) -> list[DocumentRows]:
    """Stages 2-5 for one chunk, with this process's DocumentProcessor for `settings`."""
    if settings not in _processors:
        _processors[settings] = DocumentProcessor(settings)
    return _processors[settings].process(chunk)


def process_chunks(chunks: Iterable[list[RawDocument]], settings: ProcessorSettings,
                   workers: int = 1, dask_scheduler: str | None = None) -> Iterator[list[DocumentRows]]:
    """Rows of every chunk, in the order of `chunks`.

    `dask_scheduler` (an address such as tcp://host:8786) sends chunks to a Dask cluster,
    whose workers must have planpipe installed and see the model directory; else
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
        yield from _in_order(lambda chunk: client.submit(process_chunk, settings, chunk, pure=False),
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
