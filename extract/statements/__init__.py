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


def find_statements(
    text: str,
    dct: datetime.date | None,
    sentences: Sequence[Sentence] | None = None,
    timexes: Sequence[Timex] | None = None,
) -> list[Statement]:
    """Every statement in ``text``, sorted by the start of its content span."""
    sents = list(sentences) if sentences is not None else split_sentences(text)
    if not sents:
        return []
    raws = find_raw(text, sents, find_quotes(text))
    return drop_reported_claims(text, build(text, raws, sents, dct, list(timexes or ())))
