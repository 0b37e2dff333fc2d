"""``python -m extract statements --in DOCS.jsonl --out STATEMENTS.jsonl``: statements of raw documents.

Input lines are ``{"doc", "dct", "text"}``; one output line per statement. A bad
line gives a one-line error naming the file and line on stderr; the other lines
are still processed and the exit status is 1 at the end.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from typing import Any

from extract import jsonl
from extract.records import Statement
from extract.statements import find_statements
from extract.timex import tag_for_timeline


def _row(doc: str, s: Statement) -> dict[str, Any]:
    dates = s.date.iso() if s.date else (None, None)
    return {
        "doc": doc,
        "start": s.start,
        "end": s.end,
        "speaker": s.speaker,
        "speaker_start": s.speaker_start,
        "speaker_end": s.speaker_end,
        "cue_start": s.cue_start,
        "cue_end": s.cue_end,
        "medium": s.medium,
        "direct": s.direct,
        "date_start": dates[0],
        "date_end": dates[1],
    }


def rows(doc: str, dct: date | None, text: str) -> Iterator[dict[str, Any]]:
    for statement in find_statements(text, dct, timexes=tag_for_timeline(text, dct)):
        yield _row(doc, statement)


def run(in_path: str, out_path: str) -> int:
    """Find the statements of every line of ``in_path``; 1 if a line or a file was bad."""
    return jsonl.run(in_path, out_path, rows)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1], sys.argv[2]))
