"""Error and warning codes written into the documents table.

Every problem with an input has a stable code so that an analyst can filter on it
(`documents.error.str.startswith("[E1")`) and a message that names the file.
The CLI is the one place that turns a `PlanpipeError` into a one-line message and
an exit code; stages raise or record, never print.
"""

from __future__ import annotations

from dataclasses import dataclass

CODES: dict[str, str] = {
    # input problems: the document gets status "error"
    "E101": "cannot read file",
    "E102": "binary file, not text",
    "E103": "malformed JSON Lines record",
    "E104": "cannot decode text in any supported encoding",
    "E105": "unsupported file type",
    "E106": "HTML page has no extractable main content",
    "E107": "corrupt gzip stream",
    "E108": "unexpected failure while processing the document (a bug: please report it)",
    "E109": "run stopped at the first bad input (--strict)",
    # configuration problems: the run stops
    "E201": "invalid rule file",
    "E202": "unknown option value",
    "E203": "gold file problem",
    "E205": "not the folder of a planpipe run",
    # model files: refused rather than trusted
    "E301": "no trained model",
    "E302": "model built with another scikit-learn version",
    "E303": "model file contains types that are not trusted",
    "E304": "not a readable model file",
    "E305": "model saved by an earlier planpipe (another model format): retrain",
    # warnings: the document is processed, the message is kept
    "W101": "invalid bytes replaced while decoding",
    "W102": "encoding guessed with low confidence",
    "W103": "page longer than the limit: only its beginning is read",
    "W104": "a mis-decoded marker lost bytes of its number: restored from what is left of it or its place",
}


class PlanpipeError(Exception):
    """An error with a stable code; `str()` gives "[Exxx] message"."""

    def __init__(self, code: str, message: str) -> None:
        if code not in CODES:
            raise ValueError(f"unknown error code {code!r}")
        self.code = code
        self.message = message
        super().__init__(f"[{code}] {message}")

    def __reduce__(self):  # rebuilt from code and message when sent back from a worker process
        return type(self), (self.code, self.message)


class InputError(PlanpipeError):
    """A problem with one input document; the run records it and goes on."""


class ConfigError(PlanpipeError):
    """A problem with rules, options or gold files; the run stops."""


@dataclass(frozen=True)
class Problem:
    """A recorded problem with one document (error or warning)."""

    code: str
    message: str

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"

    @property
    def is_error(self) -> bool:
        return self.code.startswith("E")
