"""Command line: ``python -m extract run|timex|statements|evaluate`` (see CONTRACT.md)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from extract import pipeline, store
from extract.lexicon import DataFileError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m extract", description="Dateline's extractor")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="extract events, statements and canonical events from articles")
    run.add_argument("paths", nargs="+", help="article files (.txt .md .html .json .jsonl) or folders")
    run.add_argument("--meta", help="metadata CSV (id,title,outlet,url,published)")
    run.add_argument("--db", help="SQLite database to write or update")
    run.add_argument("--json", dest="json_out", help="write the result as JSON here ('-' for stdout)")
    for name, what in (("timex", "temporal expressions"), ("statements", "statements")):
        cmd = sub.add_parser(name, help=f"find {what} in raw documents (JSONL in, JSONL out)")
        cmd.add_argument("--in", dest="in_path", required=True, help='JSONL of {"doc", "dct", "text"}')
        cmd.add_argument("--out", dest="out_path", required=True, help="JSONL to write ('-' for stdout)")
    evaluate = sub.add_parser("evaluate", help="score the extractor on an annotated corpus")
    corpora = evaluate.add_subparsers(dest="corpus", required=True)
    timeml = corpora.add_parser("timeml", help="TempEval-3 Task A on a folder of .tml files")
    timeml.add_argument("directory")
    timeml.add_argument("--errors", type=int, default=0, help="list N errors of each kind")
    timeml.add_argument("--per-doc", action="store_true", help="figures for every document")
    polnear = corpora.add_parser("polnear", help="attribution figures on a PolNeAR split folder")
    polnear.add_argument("directory")
    polnear.add_argument("--errors", type=int, default=0, help="list N errors of each kind")
    return parser


def _run(args: argparse.Namespace) -> int:
    if not args.db and not args.json_out:
        print("extract run: nothing to write; give --db FILE.db and/or --json OUT.json", file=sys.stderr)
        return 2
    result, errors = pipeline.run(args.paths, args.meta)
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    if args.db:
        pipeline.write_database(args.db, result)
    if args.json_out:
        text = json.dumps(result.json_doc(), ensure_ascii=False, indent=1)
        if args.json_out == "-":
            sys.stdout.write(text + "\n")
        else:
            Path(args.json_out).write_text(text + "\n", encoding="utf-8")
    print(
        f"{len(result.articles)} articles, {len(result.events)} events, {len(result.statements)} statements, "
        f"{len(result.canonical_events)} canonical events; {len(errors)} problems",
        file=sys.stderr,
    )
    return 1 if errors else 0


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "run":
        return _run(args)
    if args.command == "timex":
        from extract.timex import command as timex_command

        return timex_command.run(args.in_path, args.out_path)
    if args.command == "statements":
        from extract.statements import command as statements_command

        return statements_command.run(args.in_path, args.out_path)
    if args.corpus == "timeml":
        from extract.evaluate import timeml

        return timeml.main(args.directory, args.errors, args.per_doc)
    from extract.evaluate import polnear

    return polnear.main(args.directory, args.errors)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _dispatch(args)
    except (store.StoreError, DataFileError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
