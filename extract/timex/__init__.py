"""Temporal tagger: TimeML TIMEX3 expressions in English news, normalised against the DCT.

``tag(text, dct)`` finds expressions with the data rules of ``extract/data/timex_rules.tsv``,
keeps the longest non-overlapping matches, and normalises them in text order (so that
"the next day" can refer to the last date mentioned). ``tag_for_timeline`` additionally merges
ranges and anchors durations and anaphora to give day intervals.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from extract.records import Timex
from extract.timex import words
from extract.timex.calendar import DAY_VALUE, value_to_interval
from extract.timex.context import Context
from extract.timex.resolve import holiday_interval, normalise
from extract.timex.rules import Candidate, candidates, select
from extract.timex.timeline import for_timeline, range_words

__all__ = ["tag", "tag_for_timeline", "value_to_interval"]

_JOIN_TIME_DATE = re.compile(r"^,?\s*(?:on\s+)?$")
# "7 a.m. local time (0400 GMT) on Friday", "midnight Eastern time on Oct. 31": the clock time is of the day that
# follows it.
_CLOCK_ASIDE = re.compile(
    r"^\s*(?:(?:local|[A-Z][a-z]+)\s+(?:(?:[Ss]tandard|[Dd]aylight)\s+)?[Tt]ime\s*)?(?:\([^()\n]{1,30}\)\s*)?,?\s*(?:on\s+)?$"
)
_CLOCK = re.compile(r"^(?P<day>\d{4}-\d\d-\d\d|XXXX-XX-XX)T(?P<clock>\d\d:\d\d)$")


_DERIVED = ("ago", "quarter_ref", "duration")
# "Friday prayers in late May 2021", "one Sunday in late 2001": a weekday set in a period the text dates.
_WEEKDAY_IN = re.compile(r"^(?:\s+[a-z]+){0,2}\s+(?:in|of|during)\s+$")


def _type(rule_type: str, value: str) -> str:
    if value.endswith("_REF") or (rule_type == "DURATION" and not value.startswith("P")):
        return "DATE"  # "in two weeks" said of the future is a date
    if (rule_type in ("DATE", "TIME") and _CLOCK.match(value)) or (value[:1].isdigit() and "T" in value):
        return "TIME"
    return "DATE" if rule_type == "TIME" else rule_type


def _make(text: str, cand: Candidate, value: str, ctx: Context) -> Timex:
    kind = _type(cand.rule.type, value)
    interval = value_to_interval(value) if kind in ("DATE", "TIME") else None
    if cand.rule.norm == "holiday" and kind == "DATE":
        interval = holiday_interval(cand.groups, value) or interval
    relative_to_text = cand.groups.get("dir", "").lower() in ("earlier", "later", "before", "after")
    anaphoric = cand.rule.norm == "anaphor" or (cand.rule.norm == "ago" and relative_to_text and ctx.last_day)
    anchored = "previous" if anaphoric else ("dct" if ctx.dct else "none")
    return Timex(
        cand.start, cand.end, text[cand.start : cand.end], kind, value, cand.rule.id, interval, anchored
    )


def _merge_clock_with_day(text: str, found: list[Timex]) -> list[Timex]:
    """A clock time followed by a day ("10 p.m. Wednesday", "noon Thursday") becomes one TIME; one set
    apart from its day ("7 a.m. local time (0400 GMT) on Friday") takes that day and keeps its span."""
    out: list[Timex] = []
    for timex in found:
        prev = out[-1] if out else None
        clock = _CLOCK.match(prev.value or "") if prev else None
        if not (prev and clock and timex.value and DAY_VALUE.match(timex.value)):
            out.append(timex)
            continue
        gap = text[prev.end : timex.start]
        value = f"{timex.value}T{clock['clock']}"
        if _JOIN_TIME_DATE.match(gap):
            span = (prev.start, timex.end, text[prev.start : timex.end])
            out[-1] = Timex(*span, "TIME", value, prev.rule_id, value_to_interval(value), timex.anchored_to)
            continue
        if _CLOCK_ASIDE.match(gap):
            out[-1] = replace(
                prev, value=value, interval=value_to_interval(value), anchored_to=timex.anchored_to
            )
        out.append(timex)
    return out


def _year_inferred(cand: Candidate) -> bool:
    """A month (and day) whose year the text does not give ("January 1", "in May")."""
    groups = cand.groups
    return (
        cand.rule.norm == "calendar"
        and bool(groups.get("month"))
        and not (groups.get("year") or groups.get("yrel"))
    )


def _with_year(timex: Timex, year: int) -> Timex:
    value = f"{year:04d}{timex.value[4:]}" if timex.value else timex.value
    return replace(timex, value=value, interval=value_to_interval(value))


def _months_from(timex: Timex, dct: date) -> int:
    start = timex.interval.start if timex.interval else dct
    return abs((start.year - dct.year) * 12 + start.month - dct.month)


def _in_order(
    text: str, first: Timex, second: Timex, guessed: tuple[bool, bool], dct: date | None
) -> tuple[Timex, Timex]:
    """The two ends of a range ("between January 1 and September 26") with the years the text leaves out
    chosen so that the range runs forward: the guessed end takes the year the other end allows; when both
    are guessed, the pair nearest the publication date."""
    a, b = first.interval, second.interval
    calendar_days = all(
        t.type == "DATE" and t.interval and t.interval.granularity in ("day", "month")
        for t in (first, second)
    )
    joined = range_words(text, first, second)
    if not (a and b and calendar_days and joined and any(guessed)) or a.start <= b.start:
        return first, second
    joiner, opener = joined
    if joiner not in ("-", "–", "—") and not opener:
        return first, second  # "a revision Friday to December's figures" is no range
    later_in_year = (a.start.month, a.start.day) > (b.start.month, b.start.day)
    back = b.start.year - later_in_year  # the first end's year, ending where the second does
    ahead = a.start.year + later_in_year  # the second end's year, starting where the first does
    if guessed == (True, False):
        return _with_year(first, back), second
    if guessed == (False, True):
        return first, _with_year(second, ahead)
    earlier = (_with_year(first, back), second)
    later = (first, _with_year(second, ahead))
    if dct is None:
        return earlier
    cost = [sum(_months_from(t, dct) for t in pair) for pair in (earlier, later)]
    return earlier if cost[0] <= cost[1] else later


def _weekday_in_period(text: str, day: Timex, groups: dict[str, str], period: Timex) -> Timex:
    """A bare weekday followed by "in"/"of"/"during" a period with its year ("Friday prayers in late May
    2021") is a day of that period, not the one nearest the publication date: that weekday of a week named;
    of a longer period, the weekday alone ("XXXX-WXX-5"), since which one the text does not say."""
    span, value = period.interval, day.value or ""
    if (
        day.rule_id != "weekday"
        or groups.get("rel") or groups.get("wrel")
        or not _WEEKDAY_IN.match(text[day.end : period.start])
        or span is None
        or day.interval is None
        or span.start <= day.interval.start <= span.end
    ):  # fmt: skip
        return day
    weekday, clock = int(words.value("weekday", groups["weekday"]) or 1), value[10:]
    if span.granularity == "week":
        found = (span.start + timedelta(days=(weekday - span.start.isoweekday()) % 7)).isoformat() + clock
        return replace(day, value=found, interval=value_to_interval(found), anchored_to="previous")
    return replace(day, value=f"XXXX-WXX-{weekday}{clock}", interval=None, anchored_to="none")


_RANGE_END_JOINERS = ("until", "till", "through", "thru", "-", "–")


def _weekday_range(
    text: str, first: Timex, second: Timex, groups: tuple[dict[str, str], dict[str, str]]
) -> Timex:
    """ "from Friday evening until Sunday afternoon": the weekday that ends a range of weekdays is the first one
    after the weekday that opens it (the opener is resolved by its tense; the end follows it)."""
    joined = range_words(text, first, second)
    if (
        joined is None
        or first.rule_id != "weekday" or second.rule_id != "weekday"
        or any(g.get("rel") or g.get("wrel") for g in groups)
        or not (joined[1] or joined[0] in _RANGE_END_JOINERS)
        or first.interval is None or second.interval is None
    ):  # fmt: skip
        return second
    opened, gap = first.interval.start, (second.interval.start - first.interval.start).days
    if 0 < gap < 7:
        return second
    day = opened + timedelta(days=(second.interval.start.isoweekday() - opened.isoweekday()) % 7 or 7)
    value = day.isoformat() + (second.value or "")[10:]
    return replace(second, value=value, interval=value_to_interval(value))


_CLOCK_ONLY = re.compile(r"^(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?\s?m\.?)?|\d{4}|noon|midday|midnight)$", re.I)
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
_CLOCK_STOPS = re.compile(r"(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.(?!\s+(?-i:[A-Z]))", re.I)


def _clocks_of_sets(text: str, found: list[Timex]) -> list[Timex]:
    """ "a curfew from 10 p.m. to 6 a.m. daily", "open every Friday, from 8 a.m. to noon": a clock time in the
    sentence of a set, with no day told between them, is a time of every day of the set (XXXX-XX-XX), not of
    the publication date."""
    sets = [t for t in found if t.type == "SET"]
    if not sets:
        return found
    unstopped = _CLOCK_STOPS.sub(" ", text)  # "p.m." ends no sentence unless a capital follows
    out = list(found)
    for k, timex in enumerate(found):
        clock = _CLOCK.match(timex.value or "")
        if not (clock and timex.type == "TIME" and _CLOCK_ONLY.match(timex.text.strip())):
            continue
        for period in sets:
            lo, hi = (period.end, timex.start) if period.end <= timex.start else (timex.end - 1, period.start)
            between = [t for t in found if lo <= t.start and t.end <= hi and t.interval is not None]
            if not _SENTENCE_BREAK.search(unstopped, lo, hi) and all(
                _CLOCK.match(t.value or "") for t in between
            ):
                value = f"XXXX-XX-XXT{clock['clock']}"
                out[k] = replace(timex, value=value, interval=None, anchored_to="none")
                break
    return out


def tag(text: str, dct: date | None) -> list[Timex]:
    """TIMEX3 expressions of ``text``, sorted and non-overlapping, resolved against ``dct``."""
    ctx = Context(text, dct)
    found: list[Timex] = []
    guessed: list[bool] = []
    groups: dict[str, str] = {}
    for cand in select(candidates(text)):
        value = normalise(cand, ctx)
        if value is None:
            continue
        timex = _make(text, cand, value, ctx)
        guessed.append(_year_inferred(cand))
        if found:
            found[-1], timex = _in_order(text, found[-1], timex, (guessed[-2], guessed[-1]), dct)
            timex = _weekday_range(text, found[-1], timex, (groups, cand.groups))
            value = timex.value or value
            if (
                cand.groups.get("year")
                and (day := _weekday_in_period(text, found[-1], groups, timex)) != found[-1]
            ):
                found[-1] = day
                ctx.last_day = day.interval.start if day.interval else None
        groups = cand.groups
        derived = cand.rule.norm in _DERIVED or (cand.rule.norm == "deictic" and "-Q" in value)
        if timex.type in ("DATE", "TIME") and not derived:
            ctx.remember(value)
            ctx.last_end = cand.end
        found.append(timex)
    return _clocks_of_sets(text, _merge_clock_with_day(text, found))


def tag_for_timeline(text: str, dct: date | None) -> list[Timex]:
    """Expressions with day intervals for the timeline (ranges merged, durations anchored)."""
    return for_timeline(text, tag(text, dct), dct)
