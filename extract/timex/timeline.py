"""From TIMEX3 expressions to timeline intervals: ranges, anchored durations, vague anaphora."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from extract.records import Interval, Timex

# "between January 1 and September 26", "from May to July", "May-July": the two ends of one range.
_RANGE_JOIN = re.compile(r"^\s*(?:and|to|until|till|through|thru|-|–|—)\s*$", re.I)
_RANGE_OPEN = re.compile(r"(?P<word>between|from)\s+$", re.I)
_SINCE = re.compile(r"(?P<word>since|from)\s+$", re.I)
_BACKWARD = re.compile(r"^(?:the\s+)?(?:past|last|previous)\b", re.I)
_FORWARD = re.compile(r"^(?:the\s+)?(?:next|coming|following)\b", re.I)
_RELATIVE_AFTER = re.compile(r"^\s+(?P<dir>later|after|earlier|before)\b", re.I)
# "P3D", "P2Y6M", "P5DT12H": the days of the date part (the clock part is left out).
_PERIOD = re.compile(
    r"^P(?=\d)(?:(?P<Y>\d+(?:\.\d+)?)Y)?(?:(?P<M>\d+(?:\.\d+)?)M)?(?:(?P<W>\d+(?:\.\d+)?)W)?"
    r"(?:(?P<D>\d+(?:\.\d+)?)D)?(?:T[\dHMS.]+)?$"
)
_UNIT_DAYS = {"D": 1, "W": 7, "M": 30, "Y": 365}
# A vague "days later": from one to nine days after the anchor, and so on for other units.
_VAGUE_SPAN_DAYS = {"day": (1, 9), "week": (7, 60), "month": (30, 365), "year": (365, 3650), "hour": (0, 1)}


def _period_days(value: str | None) -> int | None:
    found = _PERIOD.match(value or "")
    if not found:
        return None
    return round(sum(float(found[unit] or 0) * days for unit, days in _UNIT_DAYS.items()))


def _anchor_duration(timex: Timex, dct: date | None) -> Timex:
    days = _period_days(timex.value)
    if dct is None or days is None:
        return timex
    if _BACKWARD.match(timex.text):
        return replace(timex, interval=Interval(dct - timedelta(days=days), dct, "range"))
    if _FORWARD.match(timex.text):
        return replace(timex, interval=Interval(dct, dct + timedelta(days=days), "range"))
    return timex


def _relative_duration(text: str, timex: Timex, anchor: date | None) -> Timex:
    """ "three days later": the day that many days after (before) the last day mentioned."""
    days = 0 if (timex.value or "").startswith("PT") else _period_days(timex.value)
    found = _RELATIVE_AFTER.match(text[timex.end : timex.end + 12])
    if anchor is None or not found:
        return timex
    sign = -1 if found["dir"].lower() in ("earlier", "before") else 1
    if days is None:
        return _vague_later(timex, anchor, sign)
    day = anchor + timedelta(days=sign * days)
    return replace(timex, interval=Interval(day, day, "day"), anchored_to="previous")


def _vague_later(timex: Timex, anchor: date | None, sign: int = 0) -> Timex:
    unit = next((u for u in _VAGUE_SPAN_DAYS if u in timex.text.lower()), None)
    if anchor is None or unit is None:
        return timex
    low, high = _VAGUE_SPAN_DAYS[unit]
    if not sign:
        sign = -1 if "earlier" in timex.text.lower() or "before" in timex.text.lower() else 1
    ends = sorted((anchor + timedelta(days=sign * low), anchor + timedelta(days=sign * high)))
    return replace(timex, interval=Interval(ends[0], ends[1], "range"), anchored_to="previous")


def range_words(text: str, first: Timex, second: Timex) -> tuple[str, re.Match[str] | None] | None:
    """The word joining two expressions that may end a range ("to", "and", "-"), lower case, and the
    "from"/"between" before the first; ``None`` when they are not so joined."""
    if not _RANGE_JOIN.match(text[first.end : second.start]):
        return None
    return text[first.end : second.start].strip().lower(), _RANGE_OPEN.search(
        text[max(0, first.start - 12) : first.start]
    )


def _merge_range(text: str, first: Timex, second: Timex) -> Timex | None:
    if (
        first.interval is None
        or second.interval is None
        or (joined := range_words(text, first, second)) is None
    ):
        return None
    joiner, opener = joined
    if joiner == "and" and not (opener and opener["word"].lower() == "between"):
        return None
    start = first.start - len(opener.group(0)) if opener else first.start
    interval = Interval(first.interval.start, max(first.interval.end, second.interval.end), "range")
    return Timex(
        start,
        second.end,
        text[start : second.end],
        "DATE",
        None,
        "timeline_range",
        interval,
        first.anchored_to,
    )


def _since(text: str, timex: Timex, dct: date | None) -> Timex:
    opener = _SINCE.search(text[max(0, timex.start - 8) : timex.start])
    if not opener or opener["word"].lower() != "since" or timex.interval is None or dct is None:
        return timex
    if timex.interval.start > dct or timex.interval.granularity in ("decade", "century"):
        return timex
    return replace(timex, interval=Interval(timex.interval.start, dct, "range"))


def for_timeline(text: str, found: list[Timex], dct: date | None) -> list[Timex]:
    """Merge ranges, anchor durations to the DCT and vague anaphora to the last date."""
    out: list[Timex] = []
    anchor: date | None = None
    for timex in found:
        merged = _merge_range(text, out[-1], timex) if out else None
        if merged is not None:
            out[-1] = merged
            continue
        if timex.type == "DURATION" and _RELATIVE_AFTER.match(text[timex.end : timex.end + 12]):
            timex = _relative_duration(text, timex, anchor)
        elif timex.type == "DURATION":
            timex = _anchor_duration(timex, dct)
        elif timex.rule_id == "vague_later":
            timex = _vague_later(timex, anchor)
        else:
            timex = _since(text, timex, dct)
        if timex.interval is not None and timex.interval.granularity == "day":
            anchor = timex.interval.end
        out.append(timex)
    return out
