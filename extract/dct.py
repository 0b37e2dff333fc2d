"""Publication date inference for articles whose metadata gives none.

The latest fully specified past date in the body is taken as the day of
publication (news reports what has happened), more confidently when a weekday
name stands beside it and agrees with it. Nothing is ever taken from the clock:
with no such date the publication date stays unknown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from extract.records import Timex

_DAY_VALUE = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class Inferred:
    published: date | None
    confidence: float
    evidence: str = ""


def _day(value: str | None) -> date | None:
    match = _DAY_VALUE.match(value or "")
    if not match:
        return None
    try:
        return date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None


def _weekday_agrees(text: str, timex: Timex, day: date) -> bool:
    window = text[max(0, timex.start - 12) : timex.end + 12].casefold()
    name = _WEEKDAYS[day.weekday()]
    return name in window or name[:3] + "." in window


def infer(text: str, timexes: Sequence[Timex], zones_of: Sequence[str] | None = None) -> Inferred:
    """Infer the publication day from absolute day dates found without a DCT.

    ``timexes`` must come from tagging with no DCT, so that only expressions
    that carry their own year have a full value. ``zones_of`` gives the zone of
    each timex; dates in captions and furniture are used only when the body
    has none.
    """
    candidates: list[tuple[int, date, Timex]] = []
    for index, timex in enumerate(timexes):
        day = _day(timex.value) if timex.type in {"DATE", "TIME"} else None
        if day is None:
            continue
        zone = zones_of[index] if zones_of else "body"
        rank = 0 if zone == "furniture" else 1 if zone == "caption" else 2
        candidates.append((rank, day, timex))
    if not candidates:
        return Inferred(None, 0.0)
    rank, day, timex = max(candidates, key=lambda c: (c[0], c[1]))
    confidence = 0.5 + (0.2 if _weekday_agrees(text, timex, day) else 0.0) - (0.0 if rank == 2 else 0.2)
    return Inferred(day, round(confidence, 2), timex.text)
