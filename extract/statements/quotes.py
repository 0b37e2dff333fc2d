"""Quotation spans: paired quote marks, within a paragraph or carried across paragraphs.

A quotation opened in a paragraph and not closed there continues in the next
paragraph when that paragraph opens with a quote mark (the newspaper convention);
otherwise it is closed at the paragraph's end. Spans include the quote marks.
"""

from __future__ import annotations

import regex

_PARAGRAPH = regex.compile(r"[^\n]+(?:\n(?![ \t\r]*\n)[^\n]+)*")
_MARK = regex.compile(r"[“”\"]|''")
OPENING_MARK = regex.compile(r"[“\"]|''")  # a mark that can open a quotation
Span = tuple[int, int]


def _opens(text: str, at: int, width: int = 1) -> bool:
    """Whether a straight double quote at ``at`` opens a quotation: after a space or an opening
    bracket or dash, and before a word (``… the primary,' " she said``: the mark after the space
    closes, as no quotation opens onto a space)."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + width : at + width + 1]
    return (before.isspace() or before in "([{—–-:") and after != "" and not after.isspace()


def _misused_close(text: str, at: int, open_at: int | None) -> bool:
    """Whether a “ ends an open quotation (“rapists“): it follows a word and no word follows it."""
    after = text[at + 1 : at + 2]
    return (
        open_at is not None and at > 0 and not text[at - 1].isspace() and (after == "" or not after.isalnum())
    )


def _paragraph_quotes(text: str, start: int, end: int, open_at: int | None) -> tuple[list[Span], int | None]:
    """Quotes closed in one paragraph, and where a still-open quotation began (or None)."""
    spans: list[Span] = []
    for mark in _MARK.finditer(text, start, end):
        char, at = mark.group(), mark.start()
        opening = (char == "“" and not _misused_close(text, at, open_at)) or (
            char in ('"', "''") and _opens(text, at, len(char))
        )
        if opening and open_at is None:
            open_at = at
        elif not opening and open_at is not None:
            spans.append((open_at, mark.end()))
            open_at = None
    return spans, open_at


def find_quotes(text: str) -> list[Span]:
    """Every quotation span (start at the opening mark, end after the closing mark)."""
    spans: list[Span] = []
    open_at: int | None = None
    last_end = 0
    for para in _PARAGRAPH.finditer(text):
        first = para.group().lstrip()[:1]
        if open_at is not None and first not in "“\"'":
            spans.append((open_at, last_end))
            open_at = None
        if open_at is not None:
            skip = para.start() + len(para.group()) - len(para.group().lstrip())
            found, open_at = _paragraph_quotes(text, skip + 1, para.end(), open_at)
        else:
            found, open_at = _paragraph_quotes(text, para.start(), para.end(), None)
        spans.extend(found)
        last_end = para.end()
    if open_at is not None:
        spans.append((open_at, len(text.rstrip())))
    return spans
