"""Sources that are not people's names: "according to company documents", "a new poll shows"."""

from __future__ import annotations

import regex

from extract.statements.lexicon import alternation

_PHRASE_END = regex.compile(r"[,;:.()“”\"—–]|\s" + alternation("phrase_ends") + r"\s")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}.’'&\-]*")

Span = tuple[int, int]


def source_phrase(text: str, at: int, end: int, most: int = 8) -> Span | None:
    """The noun phrase starting at ``at``, up to punctuation or a clause word, at most ``most`` words."""
    stop = _PHRASE_END.search(text, at, end)
    limit = stop.start() if stop else end
    words = list(_WORD.finditer(text, at, limit))[:most]
    if not words:
        return None
    last = words[-1]
    stop_at = last.end() - 1 if last.group().endswith(".") and len(last.group()) > 3 else last.end()
    return words[0].start(), stop_at
