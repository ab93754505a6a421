"""Text edits that remember where every character came from.

Cleaning deletes chrome and repairs artefacts; items must still point back into the
original text. A MappedText carries, for each character, its offset in the original.
"""

from __future__ import annotations

from collections.abc import Iterable


class MappedText:
    """A string plus `origin`, the original offset of each character (and of the end)."""

    __slots__ = ("text", "origin")

    def __init__(self, text: str, origin: list[int] | None = None) -> None:
        self.text = text
        self.origin = origin if origin is not None else list(range(len(text) + 1))

    def edit(self, edits: Iterable[tuple[int, int, str]]) -> MappedText:
        """Apply sorted, non-overlapping `(start, end, replacement)` edits.

        Inserted characters map to the original offset of the span they replace.
        """
        pieces: list[str] = []
        origin: list[int] = []
        pos = 0
        for start, end, replacement in edits:
            pieces.append(self.text[pos:start])
            origin.extend(self.origin[pos:start])
            pieces.append(replacement)
            origin.extend([self.origin[start]] * len(replacement))
            pos = end
        pieces.append(self.text[pos:])
        origin.extend(self.origin[pos:])
        return MappedText("".join(pieces), origin)
