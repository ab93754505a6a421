"""HTML page -> main text, title and date, via trafilatura.

trafilatura removes navigation, scripts, styles and boilerplate; we ask for line
breaks to be kept, because numbered items start lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.errors import InputError


@dataclass(frozen=True)
class ExtractedPage:
    """The main text of an HTML page with its title and date."""

    text: str
    title: str | None
    published: str | None


def extract_html(html: str, name: str) -> ExtractedPage:
    """Extract the main content of an HTML page; E106 when there is none."""
    import trafilatura  # heavy import, only needed for HTML inputs

    doc = trafilatura.bare_extraction(
        html,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        with_metadata=True,
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError("E106", f"{name}: no main content found in the HTML page")
    return ExtractedPage(
        text=text,
        title=getattr(doc, "title", None) or None,
        published=getattr(doc, "date", None) or None,
    )
