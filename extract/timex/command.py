"""``python -m extract timex --in DOCS.jsonl --out TIMEX.jsonl``: tag raw documents."""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import TextIO

from extract.timex import tag


class BadLine(ValueError):
    pass


def _parse(line: str) -> tuple[str, date | None, str]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadLine(f"invalid JSON ({exc.msg})") from None
    if not isinstance(record, dict):
        raise BadLine("expected a JSON object")
    doc, dct, text = record.get("doc"), record.get("dct"), record.get("text")
    if not isinstance(text, str):
        raise BadLine("missing or non-string 'text'")
    if dct is not None:
        try:
            dct = date.fromisoformat(str(dct)[:10])
        except ValueError:
            raise BadLine(f"invalid 'dct' {dct!r}") from None
    return str(doc if doc is not None else ""), dct, text


def _tag_stream(source: TextIO, sink: TextIO, in_path: str) -> int:
    status = 0
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            doc, dct, text = _parse(line)
        except BadLine as exc:
            print(f"{in_path}:{number}: {exc}", file=sys.stderr)
            status = 1
            continue
        for t in tag(text, dct):
            row = {
                "doc": doc,
                "start": t.start,
                "end": t.end,
                "text": t.text,
                "type": t.type,
                "value": t.value,
            }
            sink.write(json.dumps(row, ensure_ascii=False) + "\n")
    return status


def run(in_path: str, out_path: str) -> int:
    """Tag every line of ``in_path``; 1 if a line or a file was bad (the others are still written)."""
    try:
        source = sys.stdin if in_path == "-" else open(in_path, encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        print(f"{in_path}: cannot read ({exc.strerror})", file=sys.stderr)
        return 1
    try:
        with source:
            if out_path == "-":
                return _tag_stream(source, sys.stdout, in_path)
            tmp = out_path + ".part"
            with open(tmp, "w", encoding="utf-8") as sink:
                status = _tag_stream(source, sink, in_path)
            import os

            os.replace(tmp, out_path)
            return status
    except OSError as exc:
        print(f"{out_path}: cannot write ({exc.strerror})", file=sys.stderr)
        return 1
    except UnicodeDecodeError:
        print(f"{in_path}: not UTF-8 text", file=sys.stderr)
        return 1
