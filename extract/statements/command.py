"""``python -m extract statements --in DOCS.jsonl --out STATEMENTS.jsonl``: statements of raw documents.

Input lines are ``{"doc", "dct", "text"}``; one output line per statement. A bad
line gives a one-line error naming the file and line on stderr; the other lines
are still processed and the exit status is 1 at the end.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import TextIO

from extract.records import Timex
from extract.statements import find_statements


class BadLine(ValueError):
    pass


def _parse(line: str) -> tuple[str, date | None, str]:
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


def _tagger() -> Callable[[str, date | None], Sequence[Timex]] | None:
    try:
        from extract.timex import tag_for_timeline
    except ImportError:
        return None
    return tag_for_timeline


def _row(doc: str, s) -> dict[str, object]:
    dates = s.date.iso() if s.date else (None, None)
    return {
        "doc": doc, "start": s.start, "end": s.end, "speaker": s.speaker,
        "speaker_start": s.speaker_start, "speaker_end": s.speaker_end,
        "cue_start": s.cue_start, "cue_end": s.cue_end, "medium": s.medium, "direct": s.direct,
        "date_start": dates[0], "date_end": dates[1],
    }  # fmt: skip


def _stream(source: TextIO, sink: TextIO, in_path: str) -> int:
    status = 0
    tagger = _tagger()
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            doc, dct, text = _parse(line)
        except BadLine as exc:
            print(f"{in_path}:{number}: {exc}", file=sys.stderr)
            status = 1
            continue
        timexes = tagger(text, dct) if tagger else None
        for statement in find_statements(text, dct, timexes=timexes):
            sink.write(json.dumps(_row(doc, statement), ensure_ascii=False) + "\n")
    return status


def run(in_path: str, out_path: str) -> int:
    """Find the statements of every line of ``in_path``; 1 if a line or a file was bad."""
    try:
        source = sys.stdin if in_path == "-" else open(in_path, encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        print(f"{in_path}: cannot read ({exc.strerror})", file=sys.stderr)
        return 1
    try:
        sink = sys.stdout if out_path == "-" else open(out_path, "w", encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        print(f"{out_path}: cannot write ({exc.strerror})", file=sys.stderr)
        source.close()
        return 1
    try:
        return _stream(source, sink, in_path)
    except UnicodeDecodeError:
        print(f"{in_path}: not UTF-8 text", file=sys.stderr)
        return 1
    finally:
        if source is not sys.stdin:
            source.close()
        if sink is not sys.stdout:
            sink.close()


if __name__ == "__main__":
    sys.exit(run(sys.argv[1], sys.argv[2]))
