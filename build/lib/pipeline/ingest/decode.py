"""Bytes -> text, with the encoding detected by charset-normalizer.

Scraped Chinese pages come as UTF-8 (with or without BOM), GB18030/GBK or Big5.
Strict UTF-8 is tried first because it is both the common case and unambiguous;
otherwise charset-normalizer picks among the encodings Chinese pages use. When no
encoding decodes cleanly the best guess is used with replacement characters and a
W101 warning, so a few bad bytes never cost the whole page.
"""

from __future__ import annotations

from dataclasses import dataclass

from charset_normalizer import from_bytes

from pipeline.errors import InputError, Problem

# Encodings scraped Chinese pages come in. GB18030 is a superset of GBK and GB2312.
CANDIDATE_ENCODINGS = ["utf_8", "gb18030", "big5", "utf_16", "big5hkscs"]
# Share of NUL / control bytes above which a file is binary, not text. Text in UTF-16
# is recognised by its BOM before this check. Calibrated on PNG/ZIP/PDF samples (>10%)
# against scraped pages (0%).
BINARY_CONTROL_SHARE = 0.05
_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, the encoding used and any warning."""

    text: str
    encoding: str
    problems: tuple[Problem, ...] = ()


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    controls = sum(1 for b in sample if b in _CONTROL)
    return controls / max(len(sample), 1) > BINARY_CONTROL_SHARE


def decode_bytes(data: bytes, name: str) -> Decoded:
    """Decode `data`; raise InputError (E102/E104) when it is not text."""
    if data.startswith(b"\xef\xbb\xbf"):
        return Decoded(data[3:].decode("utf-8", errors="replace"), "utf-8-sig")
    if _looks_binary(data):
        raise InputError("E102", f"{name}: binary file (control bytes), not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=CANDIDATE_ENCODINGS).best()
    if best is not None:
        enc = best.encoding
        return Decoded(str(best), _canonical(enc))
    # Nothing decodes cleanly: keep what can be read and say how much was lost.
    for enc in ("utf-8", "gb18030", "big5"):
        text = data.decode(enc, errors="replace")
        bad = text.count("\ufffd")
        if bad <= max(3, len(text) // 50):
            msg = f"{name}: {bad} invalid byte sequence(s) replaced while decoding as {enc}"
            return Decoded(text, enc, (Problem("W101", msg),))
    raise InputError("E104", f"{name}: cannot decode as UTF-8, GB18030 or Big5")


def _canonical(encoding: str) -> str:
    return {"utf_8": "utf-8", "gb18030": "gb18030", "big5": "big5", "utf_16": "utf-16"}.get(
        encoding, encoding.replace("_", "-")
    )
