"""JSONL document streams for the ``timex`` and ``statements`` commands.

Input lines are ``{"doc", "dct", "text"}``; each command turns one document into
output rows. A bad line gives a one-line error naming the file and line on
stderr; the other lines are still processed and the exit status is 1 at the end.
The output file is written whole or not at all (a ``.part`` file renamed at the end).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, TextIO

RowsFor = Callable[[str, date | None, str], Iterable[dict[str, Any]]]


class BadLine(ValueError):
    """A line that is not a document."""


def parse_line(line: str) -> tuple[str, date | None, str]:
    """(doc id, DCT, text) of one input line."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadLine(f"invalid JSON ({exc.msg})") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise BadLine("expected a JSON object with a string 'text'")
    dct = record.get("dct")
    if dct is not None:
        try:
            dct = date.fromisoformat(str(dct)[:10])
        except ValueError:
            raise BadLine(f"invalid 'dct' {dct!r}") from None
    doc = record.get("doc")
    return str(doc if doc is not None else ""), dct, record["text"]


def _stream(source: TextIO, sink: TextIO, in_path: str, rows_for: RowsFor) -> int:
    status = 0
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            doc, dct, text = parse_line(line)
        except BadLine as exc:
            print(f"{in_path}:{number}: {exc}", file=sys.stderr)
            status = 1
            continue
        for row in rows_for(doc, dct, text):
            sink.write(json.dumps(row, ensure_ascii=False) + "\n")
    return status


def run(in_path: str, out_path: str, rows_for: RowsFor) -> int:
    """Apply ``rows_for`` to every document of ``in_path``, writing ``out_path`` ('-' for stdio)."""
    try:
        source = sys.stdin if in_path == "-" else open(in_path, encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        print(f"{in_path}: cannot read ({exc.strerror})", file=sys.stderr)
        return 1
    try:
        with source:
            if out_path == "-":
                return _stream(source, sys.stdout, in_path, rows_for)
            part = out_path + ".part"
            with open(part, "w", encoding="utf-8") as sink:
                status = _stream(source, sink, in_path, rows_for)
            os.replace(part, out_path)
            return status
    except OSError as exc:
        print(f"{out_path}: cannot write ({exc.strerror})", file=sys.stderr)
        return 1
    except UnicodeDecodeError:
        print(f"{in_path}: not UTF-8 text", file=sys.stderr)
        return 1
