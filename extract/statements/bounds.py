"""Where the content of a reported clause stops: the boundary rules of ``statement_boundaries.tsv``."""

from __future__ import annotations

import functools
from collections.abc import Callable

import regex

from extract.lexicon import load_table
from extract.statements.lexicon import verbs

Span = tuple[int, int]


@functools.cache
def boundary_pattern() -> regex.Pattern[str]:
    """One case-insensitive alternation of every boundary row (named group per row)."""
    rows = load_table("statement_boundaries.tsv", ("id", "pattern", "example", "content"))
    space = r"\s"
    body = "|".join(f"(?P<{r['id'].replace('-', '_')}>{r['pattern'].replace(' ', space)})" for r in rows)
    return regex.compile(body, regex.IGNORECASE)


_COMMA_GERUND = regex.compile(r",\s+(?P<word>\p{L}+ing)\b(?:\s+(?P<particle>\p{L}+))?")
_WORD = regex.compile(r"\S+")


def _gerund_cue(text: str, start: int, end: int, quoted: Callable[[int], bool]) -> int:
    """Where ", conceding …" opens a new remark: a comma and the -ing form of a reporting verb."""
    for found in _COMMA_GERUND.finditer(text, start, end):
        word = found.group("word").lower()
        phrase = f"{word} {(found.group('particle') or '').lower()}"  # "focusing on", "calling for"
        if (word in verbs() or phrase in verbs()) and not quoted(found.start()):
            return found.start()
    return end


# "X said the plan failed and called for a vote": a past verb after "and" goes with a past cue; after a
# present cue ("X says the council ignored it and delayed the vote") it goes on with the content
_PAST_VERB_ROWS = ("bound_and_verb", "bound_and_perfect")


def _past_verb_only(found: regex.Match[str]) -> bool:
    """A cut at "and" (no comma) and a past verb that is no reporting verb ("… and exposed", not "… and
    says" or "…, and then pointed out")."""
    last = found.group().split()[-1].lower()
    return found.lastgroup in _PAST_VERB_ROWS and not found.group().startswith(",") and last not in verbs()


def clip(text: str, start: int, end: int, quoted: Callable[[int], bool], present_cue: bool = False) -> Span:
    """The span cut at the first boundary after its first word and outside quotations (after a present
    cue, not at "and" and a past verb)."""
    first = _WORD.search(text, start, end)
    if first is None:
        return start, end
    found = next(
        (
            m
            for m in boundary_pattern().finditer(text, first.end(), end)
            if not quoted(m.start()) and not (present_cue and _past_verb_only(m))
        ),
        None,
    )
    cut = min(found.start() if found else end, _gerund_cue(text, first.end(), end, quoted))
    if cut >= end:
        return start, end
    while cut > start and text[cut - 1] in " \t,;:—–-":
        cut -= 1
    return start, cut
