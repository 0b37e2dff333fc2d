"""What a normaliser may know besides its match: the DCT, the tense around it, earlier dates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from extract.timex.calendar import value_to_interval

_FUTURE_CUES = frozenset(
    "will 'll shall would wo going planning scheduled expected due until upcoming soon intends "
    "tomorrow next".split()
)
_PAST_CUES = frozenset(
    "said says told met was were had did came went took made held began left saw gave got won lost rose "
    "fell sent spoke wrote fought led broke struck shot announced reported since ago last earlier".split()
)
_PASSIVE_AUX = frozenset("be been being".split())
_WORD = re.compile(r"[A-Za-z']+")
_CLAUSE_END = re.compile(r"[.!?;:\n]")


def _cue(tokens: list[str], nearest_first: bool = False) -> str | None:
    """The first tense cue in ``tokens``; a participle after "be" ("will be allowed") is no past cue."""
    for i, token in enumerate(tokens):
        word = token.lower()
        if word in _FUTURE_CUES:
            return "future"
        if word in _PAST_CUES:
            return "past"
        if word.endswith("ed") and len(word) > 4:
            j = i + 1 if nearest_first else i - 1
            if not (0 <= j < len(tokens) and tokens[j].lower() in _PASSIVE_AUX):
                return "past"
    return None


@dataclass
class Context:
    """Per-document state, filled in text order while tagging (never shared between calls)."""

    text: str
    dct: date | None
    last_day: date | None = None
    last_value: str | None = None

    def remember(self, value: str | None) -> None:
        interval = value_to_interval(value)
        if interval is None:
            return
        self.last_value = value
        if interval.granularity == "day":
            self.last_day = interval.start

    def last_quarter(self) -> str | None:
        if self.last_value and len(self.last_value) == 7 and self.last_value[5] == "Q":
            return self.last_value
        return None


def tense(text: str, start: int, end: int) -> str:
    """``future``, ``past`` or ``""``: the nearest tense cue in the clause, before the expression first."""
    if text.startswith(("'s", "’s"), end):
        return "past"
    before = text[max(0, start - 80) : start]
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("? "), before.rfind(", "))
    before_words = _WORD.findall(before[cut + 1 :])[::-1][:5]
    after = text[end : end + 60]
    stop = _CLAUSE_END.search(after)
    after_words = _WORD.findall(after[: stop.start()] if stop else after)[:6]
    return _cue(before_words, nearest_first=True) or _cue(after_words) or ""
