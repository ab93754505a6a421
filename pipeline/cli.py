"""The `planpipe` command: a thin layer over the library.

`main(argv)` takes the argument list and returns the exit code, so tests call it in
process. This is the one place where errors become a one-line message and a code:
0 success, 1 `--strict` run with failed documents, 2 usage or configuration error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.errors import PlanpipeError

EXIT_OK, EXIT_DOCUMENT_ERRORS, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="planpipe", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="parse articles into tables")
    run.add_argument("inputs", nargs="*", help="files or folders (default: the bundled corpus)")
    run.add_argument("--out", required=True, help="output directory for the tables")
    run.add_argument("--format", nargs="+", default=["parquet"], choices=["parquet", "csv", "duckdb"],
                     help="table formats; Parquet is always written")
    run.add_argument("--strict", action="store_true",
                     help="exit with code 1 when any document has status error")
    run.add_argument("--no-progress", action="store_true", help="no progress bar")
    run.add_argument("--method", default="model", choices=["model", "rules", "none"],
                     help="how items are labelled (default: the trained model)")
    run.add_argument("--taxonomy", default=None, help="taxonomy TOML file (default: the bundled one)")
    run.add_argument("--model", default=None, help="model directory (default: models/)")
    run.add_argument("--workers", type=int, default=1,
                     help="local worker processes for cleaning, parsing and labelling (default: 1)")
    run.add_argument("--dask-scheduler", default=None, metavar="ADDRESS",
                     help="run on a Dask cluster (e.g. tcp://host:8786) instead of local processes")

    mi = sub.add_parser("mine", help="(re)mine templates from the tables of a run")
    mi.add_argument("out", help="directory written by `planpipe run`")
    mi.add_argument("--format", nargs="+", default=["parquet"], choices=["parquet", "csv", "duckdb"])

    rp = sub.add_parser("report", help="write a self-contained HTML report of a run")
    rp.add_argument("out", help="directory written by `planpipe run`")
    rp.add_argument("--html", default=None, help="report file (default: OUT/report.html)")

    tr = sub.add_parser("train", help="train the item classifier on the labelled gold")
    tr.add_argument("--gold", default=None, help="gold JSON Lines (default: corpus/gold/structure.jsonl)")
    tr.add_argument("--corpus", default=None, help="raw corpus folder (default: corpus/raw)")
    tr.add_argument("--out", default=None, help="model directory to write (default: models/)")
    tr.add_argument("--segmenter", default=None, help="jieba, rjieba or pkuseg (default: rjieba)")
    tr.add_argument("--taxonomy", default=None, help="taxonomy TOML file (default: the bundled one)")
    tr.add_argument("--seed", type=int, default=13)

    ev = sub.add_parser("eval", help="score the pipeline against the hand-written gold")
    ev.add_argument("what", choices=["structure", "labels", "reuse"], help="what to evaluate")
    ev.add_argument("--gold", default=None, help="gold JSON Lines (default: corpus/gold/structure.jsonl)")
    ev.add_argument("--corpus", default=None, help="raw corpus folder (default: corpus/raw)")
    ev.add_argument("--split", default="test", choices=["tune", "test", "all"],
                    help="which part of the gold to score (default: test)")
    ev.add_argument("--show", type=int, default=20, help="list at most this many article errors")
    ev.add_argument("--model", default=None, help="model directory (labels; default: models/)")
    ev.add_argument("--taxonomy", default=None, help="taxonomy TOML file (labels)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Parse `argv` (default: the command line), run the command, return its exit code."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "run":
            return _run(args)
        if args.command == "train":
            return _train(args)
        if args.command == "report":
            from pipeline.report import write_report

            print(f"planpipe: report written to {write_report(args.out, args.html)}")
            return EXIT_OK
        if args.command == "mine":
            from pipeline.run import mine_run

            n, coverage = mine_run(args.out, _formats(args))
            print(f"planpipe: {n} templates written to {args.out}; "
                  f"phrase templates cover {coverage:.1%} of items")
            return EXIT_OK
        return _eval(args)
    except PlanpipeError as err:
        print(f"planpipe: {err}", file=sys.stderr)
        return EXIT_USAGE


def _run(args) -> int:
    from pipeline.paths import corpus_dir
    from pipeline.run import run

    summary = run(args.inputs or [corpus_dir()], args.out, _formats(args),
                  progress=False if args.no_progress else None,
                  method=args.method, taxonomy=args.taxonomy, model_dir=args.model,
                  workers=args.workers, dask_scheduler=args.dask_scheduler)
    print(summary.line())
    if args.strict and summary.errors:
        return EXIT_DOCUMENT_ERRORS
    return EXIT_OK


def _formats(args) -> tuple[str, ...]:
    """The requested table formats; Parquet always comes first."""
    return tuple(dict.fromkeys(["parquet", *args.format]))


def _path(value: str | None) -> Path | None:
    return Path(value) if value else None


def _train(args) -> int:
    from pipeline.lab.train import train
    from pipeline.segment import DEFAULT_BACKEND

    card = train(_path(args.gold), _path(args.corpus), _path(args.out),
                 args.segmenter or DEFAULT_BACKEND, _path(args.taxonomy), args.seed)
    data = card["training_data"]
    print(f"trained on {data['train_items']} items from {data['train_articles']} articles "
          f"({card['segmenter']}); dev: {data['dev_items']} items from {data['dev_articles']} articles")
    for name, m in card["metrics_dev"].items():
        print(f"  dev {name:9} accuracy {m['accuracy']:.3f}  macro-F1 {m['macro_f1']:.3f}")
    return EXIT_OK


def _eval(args) -> int:
    from pipeline.lab.structure_eval import evaluate_structure
    from pipeline.paths import gold_file

    gold, corpus = _path(args.gold), _path(args.corpus)
    if args.what == "reuse":
        from pipeline.lab.reuse_eval import evaluate_reuse

        print(evaluate_reuse(gold, corpus).render(args.show))
        return EXIT_OK
    if args.what == "labels":
        from pipeline.lab.labels_eval import evaluate_labels

        gold = gold or gold_file("structure.jsonl")

        split = "test" if args.split == "all" else args.split
        split = "dev" if split == "tune" else split
        print(evaluate_labels(gold, corpus, split, _path(args.model), _path(args.taxonomy)))
        return EXIT_OK
    print(evaluate_structure(gold, corpus, args.split).render(args.show))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
