"""What a normaliser may know besides its match: the DCT, the tense around it, earlier dates."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from extract.lexicon import load_table
from extract.timex.calendar import value_to_interval

_WORD = re.compile(r"[A-Za-z']+")
_CLAUSE_END = re.compile(r"[.!?;:\n]")
# "a.m." ends no sentence: read as "a m " (same length) before looking for the clause start.
_CLOCK_ABBREVIATION = re.compile(r"\b(?P<letter>[ap])\.m\.", re.I)
_WINDOW_BEFORE, _WINDOW_AFTER = 5, 6


@functools.cache
def _cues() -> dict[str, str]:
    return {row["word"]: row["cue"] for row in load_table("timex_tense.tsv", ("word", "cue"))}


def _cue(tokens: list[str], nearest_first: bool = False) -> str | None:
    """The first tense cue in ``tokens``; a participle after "be" ("will be allowed") is no past cue."""
    cues = _cues()
    for i, token in enumerate(tokens):
        word = token.lower()
        before = i + 1 if nearest_first else i - 1
        cue = cues.get(word)
        if cue in ("future", "past"):
            return cue
        passive = 0 <= before < len(tokens) and cues.get(tokens[before].lower()) == "passive"
        if word.endswith("ed") and len(word) > 4 and not passive:
            return "past"
    return None


@dataclass
class Context:
    """Per-document state, filled in text order while tagging (never shared between calls)."""

    text: str
    dct: date | None
    last_day: date | None = None
    last_value: str | None = None
    quarter: str | None = None

    def remember(self, value: str | None) -> None:
        interval = value_to_interval(value)
        if interval is None:
            return
        self.last_value = value
        if interval.granularity == "quarter":
            self.quarter = value
        if interval.granularity == "day":
            self.last_day = interval.start

    def last_start(self) -> date | None:
        """The first day of the last date mentioned, whatever its granularity ("in 1988 ... that year")."""
        interval = value_to_interval(self.last_value)
        return interval.start if interval else None

    def last_quarter(self) -> str | None:
        if self.last_value and len(self.last_value) == 7 and self.last_value[5] == "Q":
            return self.last_value
        return None


def tense(text: str, start: int, end: int) -> str:
    """``future``, ``past`` or ``""``: the nearest tense cue in the clause, before the expression first."""
    if text.startswith(("'s", "’s"), end):
        return "past"
    before = _CLOCK_ABBREVIATION.sub(r"\g<letter> m ", text[max(0, start - 80) : start])
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("? "), before.rfind(", "))
    before_words = _WORD.findall(before[cut + 1 :])[::-1][:_WINDOW_BEFORE]
    after = text[end : end + 60]
    stop = _CLAUSE_END.search(after)
    after_words = _WORD.findall(after[: stop.start()] if stop else after)[:_WINDOW_AFTER]
    return _cue(before_words, nearest_first=True) or _cue(after_words) or ""
