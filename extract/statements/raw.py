"""A statement as the cue rules find it, before its speaker is named canonically."""

from __future__ import annotations

from dataclasses import dataclass

Span = tuple[int, int]


@dataclass(frozen=True)
class Raw:
    """A statement before its speaker is named canonically."""

    start: int
    end: int
    speaker: Span
    cue: Span | None
    direct: bool
    rule_id: str
    sentence: int


def trim(text: str, start: int, end: int) -> Span:
    """The span without surrounding spaces and clause punctuation."""
    while start < end and (text[start].isspace() or text[start] in ",:;—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:—–-"):
        end -= 1
    return start, end


def overlap(a: Raw, b: Raw) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))
