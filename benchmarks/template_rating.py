"""The blind rating of templates (docs/templates.md): draw them for a rater, then score.

    .venv/bin/planpipe run corpus/raw --out RUN_DIR
    .venv/bin/python benchmarks/template_rating.py draw RUN_DIR SHEET.jsonl [--n 30 --seed 19]
    .venv/bin/python benchmarks/template_rating.py score SHEET.jsonl ANSWERS.jsonl

`draw` picks `--n` templates at random (seeded) among the phrase and exemplar templates the
mine stage marks usable in a run (all of them when there are fewer), and writes each with
its slot legend and its examples' original text, without the usable flag, counts or
labels: what a rater needs and nothing of how planpipe judged it. The rater answers one
JSON line per template: {"id": ..., "adoptable": true|false, "why": "..."}. `score` prints
the share adoptable, by kind.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from pipeline import load_tables
from pipeline.mine import shown_text

SLOTS = {
    "<DATE>": "a date or time", "<PLACE>": "a place", "<PEOPLE>": "who takes part",
    "<PRIZE>": "a prize scheme", "<AMOUNT>": "a sum of money", "<SLOGAN>": "a theme or slogan",
    "<ORG>": "an organisation", "<Q>": "a quoted name", "<NUM>": "a number", "<YEAR>": "a year",
    "<LOC>": "a place name", "<SPORT>": "a sport or game", "<OCCASION>": "an occasion or festival",
    "<GROUP>": "a group of workers", "<*>": "a gap: any words",
}


def draw(run_dir: str, sheet: str, n: int, seed: int) -> None:
    tables = load_tables(run_dir)
    t = tables.templates
    pool = t[t.kind.isin(["phrase", "exemplar"]) & t.usable.fillna(False).astype(bool)]
    picked = sorted(random.Random(seed).sample(sorted(pool.template_id), min(n, len(pool))))
    members = tables.template_members
    text = dict(zip(tables.items.item_id, tables.items.text))
    with open(sheet, "w", encoding="utf-8") as f:
        for tid in picked:
            row = t[t.template_id == tid].iloc[0]
            ex = members[(members.template_id == tid) & members.example.fillna(False).astype(bool)]
            f.write(json.dumps({
                "id": tid, "kind": row.kind, "pattern": row.pattern,
                "slots": {s: m for s, m in SLOTS.items() if s in row.pattern},
                "examples": [shown_text(text[i])[:120] for i in sorted(ex.item_id)],
            }, ensure_ascii=False) + "\n")
    print(f"{len(picked)} of {len(pool)} usable templates written to {sheet}")


def _rows(path: str) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text("utf-8").splitlines()]


def score(sheet: str, answers: str) -> None:
    kinds = {r["id"]: r["kind"] for r in _rows(sheet)}
    rated = {r["id"]: bool(r["adoptable"]) for r in _rows(answers)}
    missing = sorted(set(kinds) - set(rated))
    if missing:
        raise SystemExit(f"{answers}: no answer for {', '.join(missing)}")
    for kind in sorted(set(kinds.values())) + ["all"]:
        ids = [i for i, k in kinds.items() if kind in ("all", k)]
        yes = sum(rated[i] for i in ids)
        print(f"{kind:9} {yes}/{len(ids)} adoptable ({yes / len(ids):.0%})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("run_dir")
    d.add_argument("sheet")
    d.add_argument("--n", type=int, default=30)
    d.add_argument("--seed", type=int, default=19)
    s = sub.add_parser("score")
    s.add_argument("sheet")
    s.add_argument("answers")
    args = ap.parse_args()
    if args.cmd == "draw":
        draw(args.run_dir, args.sheet, args.n, args.seed)
    else:
        score(args.sheet, args.answers)


if __name__ == "__main__":
    main()
