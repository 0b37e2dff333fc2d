"""``python -m extract timex --in DOCS.jsonl --out TIMEX.jsonl``: tag raw documents."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from extract import jsonl
from extract.timex import tag


def rows(doc: str, dct: date | None, text: str) -> Iterator[dict[str, Any]]:
    for t in tag(text, dct):
        yield {"doc": doc, "start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}


def run(in_path: str, out_path: str) -> int:
    """Tag every line of ``in_path``; 1 if a line or a file was bad (the others are still written)."""
    return jsonl.run(in_path, out_path, rows)
