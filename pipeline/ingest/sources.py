"""Find input files and turn each article in them into a RawDocument.

Supported: .txt, .html/.htm, .jsonl (one article per line with `text` or `html`,
plus any of `url`, `title`, `id`), each optionally gzip-compressed (.gz). Every
file and every JSONL line yields exactly one RawDocument, carrying an error
instead of text when it cannot be read, so nothing is dropped silently.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from pipeline.errors import InputError, Problem
from pipeline.ingest.decode import decode_bytes
from pipeline.ingest.html import extract_html
from pipeline.records import RawDocument

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# A page longer than this (characters) is cut here with a W103 warning: every stage is
# linear in a page's length, but a page's working memory is not bounded by the chunking
# (about 0.45 GB per million characters with the model), and no plan page comes near it.
MAX_PAGE_CHARS = 1_000_000


def discover(inputs: Iterable[str | Path]) -> list[tuple[Path, str]]:
    """Files to read, each with the stable name its IDs derive from.

    A folder is walked recursively (sorted, so runs are reproducible); the name is the
    path relative to the folder given, so the same corpus gives the same IDs wherever
    it lives. Files whose type is not supported inside folders are skipped (README,
    images); a file named explicitly is always read, and reported if unsupported.
    """
    found: list[tuple[Path, str]] = []
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            for f in sorted(p for p in path.rglob("*") if p.is_file()):
                if _kind(f) is not None:
                    found.append((f, f.relative_to(path).as_posix()))
        else:
            found.append((path, path.name))
    return found


def _kind(path: Path) -> str | None:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    last = suffixes[-1] if suffixes else ""
    if last in TEXT_SUFFIXES:
        return "text"
    if last in HTML_SUFFIXES:
        return "html"
    if last in JSONL_SUFFIXES:
        return "jsonl"
    return None


def make_doc_id(record: str) -> str:
    """Stable 16-hex-digit ID from the article's corpus-relative name."""
    return hashlib.blake2b(record.encode(), digest_size=8).hexdigest()


def read_file(path: Path, name: str) -> Iterator[RawDocument]:
    """Yield one RawDocument per article in `path` (one for .txt/.html), each cut to
    MAX_PAGE_CHARS."""
    for doc in _articles(path, name):
        yield _capped(doc)


def _articles(path: Path, name: str) -> Iterator[RawDocument]:
    kind = _kind(path)
    try:
        if kind is None:
            raise InputError("E105", f"{name}: unsupported file type (use .txt, .html, .jsonl)")
        data = _read_bytes(path, name)
        if kind == "jsonl":
            yield from _read_jsonl(data, path, name)
            return
        if not data.strip():
            yield RawDocument(make_doc_id(name), name, name, str(path), text="")
            return
        decoded = decode_bytes(data, name)
        if kind == "html":
            page = extract_html(decoded.text, name)
            yield RawDocument(
                make_doc_id(name), name, name, str(path), page.text, page.title, page.published,
                decoded.encoding, decoded.problems,
            )
        else:
            yield RawDocument(
                make_doc_id(name), name, name, str(path), decoded.text,
                encoding=decoded.encoding, problems=decoded.problems,
            )
    except InputError as err:
        yield _failed(name, str(path), err)


def _read_bytes(path: Path, name: str) -> bytes:
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise InputError("E101", f"{name}: cannot read file ({err.strerror})") from err
    if path.suffix.lower() == ".gz":
        try:
            return gzip.decompress(raw)
        except (OSError, EOFError, zlib.error) as err:
            raise InputError("E107", f"{name}: corrupt gzip stream ({err})") from err
    return raw


def _read_jsonl(data: bytes, path: Path, name: str) -> Iterator[RawDocument]:
    decoded = decode_bytes(data, name) if data.strip() else None
    if decoded is None:
        yield RawDocument(make_doc_id(name), name, name, str(path), text="")
        return
    for lineno, line in enumerate(decoded.text.splitlines(), start=1):
        if not line.strip():
            continue
        record = f"{name}#{lineno}"
        try:
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                raise InputError("E103", f"{name}:{lineno}: invalid JSON ({err.msg} at column "
                                         f"{err.colno})") from err
            if not isinstance(obj, dict):
                raise InputError("E103", f"{name}:{lineno}: a record must be a JSON object")
            record = f"{name}#{obj.get('id', lineno)}"
            yield _jsonl_record(obj, record, f"{name}:{lineno}", path, decoded)
        except InputError as err:
            yield _failed(record, str(path), err)


def _jsonl_record(obj: dict, record: str, where: str, path: Path, decoded) -> RawDocument:
    source = str(obj.get("url") or record)
    title = obj.get("title")
    if isinstance(obj.get("text"), str):
        text, published = obj["text"], obj.get("published")
    elif isinstance(obj.get("html"), str):
        page = extract_html(obj["html"], where)
        text, title, published = page.text, title or page.title, page.published
    else:
        raise InputError("E103", f"{where}: record has neither a 'text' nor an 'html' string")
    return RawDocument(make_doc_id(record), record, source, str(path), text, title, published,
                       decoded.encoding, decoded.problems)


def _failed(record: str, path: str, err: InputError) -> RawDocument:
    return RawDocument(
        make_doc_id(record), record, record, path, text=None,
        problems=(Problem(err.code, err.message),),
    )


def read_inputs(inputs: Iterable[str | Path]) -> Iterator[RawDocument]:
    """All articles under `inputs`, in a stable order."""
    for path, name in discover(inputs):
        yield from read_file(path, name)


def _capped(doc: RawDocument) -> RawDocument:
    """The page cut to MAX_PAGE_CHARS, at its last line break before the limit if there is one."""
    if doc.text is None or len(doc.text) <= MAX_PAGE_CHARS:
        return doc
    cut = doc.text.rfind("\n", 0, MAX_PAGE_CHARS) + 1 or MAX_PAGE_CHARS
    warning = Problem("W103", f"{doc.record}: page of {len(doc.text):,} characters; only the first "
                              f"{cut:,} are read (the limit is {MAX_PAGE_CHARS:,})")
    return replace(doc, text=doc.text[:cut], problems=(*doc.problems, warning))
