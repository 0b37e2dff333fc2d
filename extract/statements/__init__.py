"""Statements: who said what, how (medium) and when, found in one article's text.

``find_statements`` runs the cue rules of :mod:`extract.statements.finder` over
the sentences, names the speakers canonically within the article and dates each
statement (see :mod:`extract.statements.resolve`). ``canonical_speakers`` then
gives one name per person across articles.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from extract.records import Sentence, Statement, Timex
from extract.segment import split_sentences
from extract.statements.canonical import canonical_speakers
from extract.statements.finder import find_raw
from extract.statements.nested import drop_reported_claims
from extract.statements.quotes import find_quotes
from extract.statements.resolve import build

__all__ = ["canonical_speakers", "find_statements"]

# no-break and narrow spaces ("Sales fell,\u00a0officials said") read as plain spaces, one for one
_SPACES = {0x00A0: " ", 0x2007: " ", 0x2009: " ", 0x202F: " "}


def find_statements(
    text: str,
    dct: datetime.date | None,
    sentences: Sequence[Sentence] | None = None,
    timexes: Sequence[Timex] | None = None,
) -> list[Statement]:
    """Every statement in ``text``, sorted by the start of its content span."""
    text = text.translate(_SPACES)  # the rules read one kind of space; offsets stay the same
    sents = list(sentences) if sentences is not None else split_sentences(text)
    if not sents:
        return []
    raws = find_raw(text, sents, find_quotes(text))
    return drop_reported_claims(text, build(text, raws, sents, dct, list(timexes or ())))
