"""What a normaliser may know besides its match: the DCT, the tense around it, earlier dates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from extract.timex.calendar import value_to_interval

_FUTURE = re.compile(
    r"\b(?:will|won't|wo\s+n't|'ll|shall|going\s+to|plans?\s+to|planned\s+to|scheduled|expected\s+to|"
    r"is\s+to|are\s+to|due\s+to|to\s+be\s+held|upcoming|hopes?\s+to|intends?\s+to|would\s+(?:begin|start|take\s+effect))\b",
    re.I,
)
_CLAUSE_END = re.compile(r"[.!?;:,\n]")


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
    """``future`` when a future cue is near the expression in its clause, else ``past``."""
    before = text[max(0, start - 80) : start]
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("? "))
    if cut >= 0:
        before = before[cut + 1 :]
    after = text[end : end + 50]
    stop = _CLAUSE_END.search(after)
    if stop:
        after = after[: stop.start()]
    return "future" if _FUTURE.search(before) or _FUTURE.search(after) else "past"
