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

    ev = sub.add_parser("eval", help="score the pipeline against the hand-written gold")
    ev.add_argument("what", choices=["structure"], help="what to evaluate")
    ev.add_argument("--gold", default=None, help="gold JSON Lines (default: corpus/gold/structure.jsonl)")
    ev.add_argument("--corpus", default=None, help="raw corpus folder (default: corpus/raw)")
    ev.add_argument("--split", default="test", choices=["tune", "test", "all"],
                    help="which part of the gold to score (default: test)")
    ev.add_argument("--show", type=int, default=20, help="list at most this many article errors")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "run":
            return _run(args)
        return _eval(args)
    except PlanpipeError as err:
        print(f"planpipe: {err}", file=sys.stderr)
        return EXIT_USAGE


def _run(args) -> int:
    from pipeline.run import run

    formats = tuple(dict.fromkeys(["parquet", *args.format]))
    summary = run(args.inputs, args.out, formats, progress=False if args.no_progress else None)
    print(summary.line())
    if args.strict and summary.errors:
        return EXIT_DOCUMENT_ERRORS
    return EXIT_OK


def _eval(args) -> int:
    from pipeline.evaluate import DEFAULT_GOLD, evaluate_structure

    report = evaluate_structure(Path(args.gold) if args.gold else DEFAULT_GOLD,
                                Path(args.corpus) if args.corpus else None, args.split)
    print(report.render(args.show))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
