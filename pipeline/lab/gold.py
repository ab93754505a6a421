"""Read hand-written gold files (annotation guide, section 4) and validate them."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import ConfigError

SPLITS = ("tune", "test")


@dataclass(frozen=True)
class GoldItem:
    """One hand-annotated item (annotation guide, section 4)."""

    plan: int
    depth: int
    marker: str
    start: str
    label: str | None = None  # the category (guide 2a)
    also: tuple[str, ...] = ()  # a second, equally right category
    role: str | None = None  # the role (guide 2b)


@dataclass(frozen=True)
class GoldDocument:
    """The hand annotation of one article."""

    doc: str  # the article's record name: "000_x.txt", "pages.jsonl#p001"
    split: str
    n_plans: int
    items: tuple[GoldItem, ...]
    added: str | None = None  # the date the page joined the corpus, for pages added after the first


def label_split(doc: GoldDocument) -> str:
    """train / dev / test for the classifier, by article (never by item).

    Structure `test` articles are the classifier's test too; the structure `tune` part is
    divided by the same fixed hash rule: md5(doc) % 5 == 2 -> dev, otherwise train.
    """
    if doc.split == "test":
        return "test"
    return "dev" if int(hashlib.md5(doc.doc.encode()).hexdigest(), 16) % 5 == 2 else "train"


def squash(text: str) -> str:
    """Comparison key: NFKC (full/half width alike) without any whitespace."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def load_gold(path: str | Path) -> list[GoldDocument]:
    """The gold articles of a JSON Lines file; E203 names the line of any bad record."""
    docs = []
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            obj = json.loads(line)
            if obj.get("split") not in SPLITS:
                raise ValueError(f"split must be one of {SPLITS}")
            items = tuple(
                GoldItem(int(i["plan"]), int(i["depth"]), i["marker"], i["start"],
                         i.get("label"), tuple(i.get("also", ())), i.get("role"))
                for i in obj["items"]
            )
            docs.append(GoldDocument(obj["doc"], obj["split"], int(obj["n_plans"]), items, obj.get("added")))
        except (ValueError, KeyError, TypeError) as err:
            raise ConfigError("E203", f"{where}: {err}") from err
    return docs


def in_page_range(doc: str, pages: tuple[int, int]) -> bool:
    """Whether `doc` is a pages.jsonl record numbered within `pages` (a batch of added pages,
    scored on its own: `planpipe eval structure|plans --pages p309-p322`)."""
    name = doc.rpartition("#")[2]
    return doc.startswith("pages.jsonl#p") and name[1:].isdigit() and pages[0] <= int(name[1:]) <= pages[1]
