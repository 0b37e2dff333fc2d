"""(speaker, cue, content) triples of the statements found in a text, for example-table tests."""

from __future__ import annotations

from datetime import date

from extract.statements import find_statements


def triples(text: str, dct: date | None) -> list[tuple[str, str, str]]:
    """The words of each statement's speaker, cue and content (statements with both spans only)."""
    return [
        (text[s.speaker_start : s.speaker_end], text[s.cue_start : s.cue_end], text[s.start : s.end])
        for s in find_statements(text, dct)
        if s.speaker_start is not None and s.cue_start is not None
    ]
