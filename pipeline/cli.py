"""The `planpipe` command: a thin layer over the library.

`main(argv)` takes the argument list and returns the exit code, so tests call it in
process. This is the one place where errors become a one-line message and a code.

Exit codes of `planpipe run`:
  0  every input was processed cleanly (no document has status error)
  1  the run finished but some inputs are `error` rows in the documents table, or
     `--strict` stopped it at the first bad input ([E109])
  2  usage or configuration error, found before any work starts where possible
     (e.g. [E202] a path that does not exist: nothing is written)
The other commands exit 0 on success and 2 on a usage or configuration error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.errors import ConfigError, PlanpipeError

EXIT_OK, EXIT_DOCUMENT_ERRORS, EXIT_USAGE = 0, 1, 2
RUN_EXIT_CODES = """exit codes:
  0  every input processed cleanly
  1  the run finished but some inputs are error rows in the documents table
     (the summary on stderr counts them per error code), or --strict stopped it
     at the first bad input
  2  usage or configuration error, e.g. an input path that does not exist
     (nothing is written to --out)"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="planpipe", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="parse articles into tables", epilog=RUN_EXIT_CODES,
                         formatter_class=argparse.RawDescriptionHelpFormatter)
    run.add_argument("inputs", nargs="*", help="files or folders (default: the bundled corpus)")
    run.add_argument("--out", required=True, help="output directory for the tables")
    run.add_argument("--format", nargs="+", default=["parquet"], choices=["parquet", "csv", "duckdb"],
                     help="table formats; Parquet is always written")
    run.add_argument("--resume", action="store_true",
                     help="continue a run that was interrupted (Ctrl-C, a killed process, a full disk), "
                          "with the same inputs and options, skipping the chunks it finished")
    run.add_argument("--chunk-size", type=int, default=None, metavar="N",
                     help="articles per chunk (default: 200); a resumed run must use the same")
    run.add_argument("--force", action="store_true",
                     help="replace --out even if it holds files that are not a planpipe output")
    run.add_argument("--strict", action="store_true",
                     help="stop at the first bad input (a document with status error), exit code 1")
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
    ev.add_argument("what", choices=["structure", "labels", "reuse", "plans", "sections"],
                    help="what to evaluate")
    ev.add_argument("--gold", default=None, help="gold JSON Lines (default: corpus/gold/structure.jsonl)")
    ev.add_argument("--corpus", default=None, help="raw corpus folder (default: corpus/raw)")
    ev.add_argument("--split", default="test", choices=["tune", "test", "all"],
                    help="which part of the gold to score (default: test)")
    ev.add_argument("--show", type=int, default=20, help="list at most this many article errors")
    ev.add_argument("--pages", default=None, metavar="pFIRST-pLAST",
                    help="structure, plans: score only the pages.jsonl records in this range, a "
                         "batch of added pages (e.g. p309-p322)")
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

            n, coverage, agreement = mine_run(args.out, _formats(args))
            print(f"planpipe: {n} templates written to {args.out}; "
                  f"phrase templates cover {coverage:.1%} of items")
            for kind, tau in agreement.items():
                print(f"  {kind}: plans follow the usual section order with Kendall's tau {tau:.3f}")
            return EXIT_OK
        return _eval(args)
    except PlanpipeError as err:
        print(f"planpipe: {err}", file=sys.stderr)
        return EXIT_DOCUMENT_ERRORS if err.code == "E109" else EXIT_USAGE


def _run(args) -> int:
    """`planpipe run`: 0 if every input was processed cleanly, 1 if some are error rows
    (or `--strict` stopped at the first), 2 (raised as E202) for a path that does not exist."""
    from pipeline.paths import corpus_dir
    from pipeline.run import run

    missing = next((p for p in args.inputs if not Path(p).exists()), None)
    if missing is not None:  # before any work, so nothing is written to --out
        raise ConfigError("E202", f"no such file or folder: {missing}")
    summary = run(args.inputs or [corpus_dir()], args.out, _formats(args),
                  progress=False if args.no_progress else None,
                  method=args.method, taxonomy=args.taxonomy, model_dir=args.model,
                  workers=args.workers, dask_scheduler=args.dask_scheduler, strict=args.strict,
                  force=args.force, resume=args.resume,
                  **({"chunk_size": args.chunk_size} if args.chunk_size else {}))
    print(summary.line())
    for line in summary.error_lines():
        print(line, file=sys.stderr)
    return EXIT_DOCUMENT_ERRORS if summary.errors else EXIT_OK


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
        print(f"  dev {name:9} " + "  ".join(
            f"{axis} accuracy {m[axis]['accuracy']:.3f} macro-F1 {m[axis]['macro_f1']:.3f}"
            for axis in ("category", "role")) + f"  both right {m['both_right']:.3f}")
    return EXIT_OK


def _eval(args) -> int:
    from pipeline.lab.structure_eval import evaluate_structure

    gold, corpus = _path(args.gold), _path(args.corpus)
    if args.what == "reuse":
        from pipeline.lab.reuse_eval import evaluate_reuse

        print(evaluate_reuse(gold, corpus).render(args.show))
        return EXIT_OK
    if args.what == "sections":
        from pipeline.lab.sections_eval import evaluate_sections

        print(evaluate_sections(None, corpus).render())
        return EXIT_OK
    if args.what == "plans":
        from pipeline.lab.plans_eval import evaluate_plans

        print(evaluate_plans(None, corpus, args.split, _page_range(args.pages)).render())
        return EXIT_OK
    if args.what == "labels":
        from pipeline.lab.labels_eval import evaluate_labels

        split = "test" if args.split == "all" else args.split
        split = "dev" if split == "tune" else split
        print(evaluate_labels(gold, corpus, split, _path(args.model), _path(args.taxonomy)).render())
        return EXIT_OK
    print(evaluate_structure(gold, corpus, args.split, _page_range(args.pages)).render(args.show))
    return EXIT_OK


def _page_range(text: str | None) -> tuple[int, int] | None:
    """"p309-p322" -> (309, 322); E202 for any other shape."""
    if text is None:
        return None
    first, _, last = text.partition("-")
    try:
        return int(first.removeprefix("p")), int(last.removeprefix("p"))
    except ValueError:
        raise ConfigError("E202", f"--pages wants a range such as p309-p322, not {text!r}") from None


if __name__ == "__main__":
    sys.exit(main())
