"""Normalisers of expressions relative to the DCT or to the last mentioned date."""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta

import regex

from extract.records import Interval
from extract.timex import words
from extract.timex.calendar import (
    SEASON_MONTHS,
    add_months,
    month_end,
    quarter_of,
    value_to_interval,
    week_value,
    weekend_value,
)
from extract.timex.context import Context, sentence_before, tense

Groups = dict[str, str]
_BACK = ("last", "past", "previous", "preceding", "prior", "before", "earlier", "ago", "this past")
# "time" is the word after the count in "in a week's time"
_AHEAD = ("next", "coming", "following", "after", "later", "from now", "hence", "this coming", "time")


def _direction(word: str | None) -> int:
    word = words.key(word or "")
    if word in _BACK or word.startswith("the past"):
        return -1
    if word in _AHEAD:
        return 1
    return 0


def pod_suffix(g: Groups) -> str:
    code = words.value("part_of_day", g["pod"]) if g.get("pod") else None
    return f"T{code}" if code else ""


def shift(base: date, unit: str, n: int) -> str | None:
    """The value ``n`` units away from ``base``, at the unit's granularity."""
    if unit in ("TH", "TM", "TS"):
        return base.isoformat()
    if unit == "D":
        return (base + timedelta(days=n)).isoformat()
    if unit == "W":
        return (base + timedelta(weeks=n)).isoformat()
    if unit == "WE":
        return weekend_value(base + timedelta(weeks=n))
    if unit == "M":
        year, month = add_months(base.year, base.month, n)
        return f"{year:04d}-{month:02d}"
    if unit == "Q":
        year, month = add_months(base.year, base.month, 3 * n)
        return f"{year:04d}-Q{quarter_of(month)}"
    if unit == "Y":
        return f"{base.year + n:04d}"
    if unit == "DE":
        return f"{base.year // 10 + n:03d}"
    if unit == "CE":
        return f"{base.year // 100 + n:02d}"
    return None


def weekday(g: Groups, ctx: Context, start: int, end: int) -> str | None:
    target = int(words.value("weekday", g["weekday"]) or 0)
    if ctx.dct is None:
        return f"XXXX-WXX-{target}" + pod_suffix(g)
    rel = words.key(g.get("rel", ""))
    if rel in ("previous", "preceding", "following"):  # "the previous Friday": before the last day told
        base = ctx.last_day or ctx.dct
        step = 1 if rel == "following" else -1
        delta = step * ((step * (target - base.isoweekday())) % 7 or 7)
        return (base + timedelta(days=delta)).isoformat() + pod_suffix(g)
    delta = target - ctx.dct.isoweekday()
    if g.get("wrel"):  # "Monday last week", "Friday of next week": that day of the week named
        return (ctx.dct + timedelta(days=delta + 7 * _direction(g["wrel"]))).isoformat() + pod_suffix(g)
    if rel in ("last", "past", "this past", "before last"):
        delta = delta - 7 if delta >= 0 else delta
        delta -= 7 if rel == "before last" else 0  # "the Friday before last": a week before last Friday
    elif rel in ("next", "coming", "this coming", "after next"):
        delta = delta + 7 if delta <= 0 else delta
        delta += 7 if rel == "after next" else 0
    elif rel == "this":
        pass
    elif tense(ctx.text, start, end) == "future":
        delta = delta + 7 if delta < 0 else delta
    else:
        delta = delta - 7 if delta > 0 else delta
    return (ctx.dct + timedelta(days=delta)).isoformat() + pod_suffix(g)


def day_around(g: Groups, ctx: Context, start: int, end: int) -> str | None:
    """ "the day before last Tuesday": a day from the weekday named."""
    day = weekday(g, ctx, start, end)
    if day is None or day.startswith("X"):
        return None
    step = 1 if words.key(g["dir"]) == "after" else -1
    return (date.fromisoformat(day[:10]) + timedelta(days=step)).isoformat()


_FROM_DAY = {"today": 0, "tomorrow": 1, "yesterday": -1}


def from_day(g: Groups, ctx: Context, start: int, end: int) -> str | None:
    """ "a week from Monday", "two weeks from tomorrow", "a month from today", "Tuesday week", "a week on
    Tuesday": that many units after the day named (a weekday the coming one); "a week ago Friday", "ten years
    ago today", "a week last Tuesday": that many before it. "30 years ago this month", "a year ago this
    week": the month or week that far before this one."""
    unit, n = words.counted(words.value("unit", g["unit"]) or "", words.number(g.get("num") or "a"))
    if unit == "DE" and n is not None:  # "a decade ago this week"
        unit, n = "Y", n * 10
    if ctx.dct is None or n is None or unit not in ("D", "W", "M", "Y"):
        return None
    back = words.key(g.get("dir", ""))  # "ago"; "last" in "a week last Tuesday" (a week before last Tuesday)
    n = -n if back else n
    if g.get("weekday"):
        # counted from a weekday ("a week from Tuesday", "Tuesday week"): the coming one, whatever the tense
        rel = g.get("rel", "") or {"ago": "", "last": "last"}.get(back, "coming")
        named = weekday({"weekday": g["weekday"], "rel": rel}, ctx, start, end)
        if named is None or named.startswith("X"):
            return None
        day = date.fromisoformat(named[:10])
    else:
        day = ctx.dct + timedelta(days=_FROM_DAY.get(words.key(g.get("anchor", "")), 0))
    if unit in ("D", "W"):
        day = day + timedelta(days=n * (7 if unit == "W" else 1))
    else:
        year, month = add_months(day.year, day.month, n * (12 if unit == "Y" else 1))
        day = date(year, month, min(day.day, month_end(year, month).day))
    period = words.value("unit", g["period"]) if g.get("period") else None
    if period == "W":
        return week_value(day)
    if period in ("M", "Y"):
        return shift(day, period, 0)
    return day.isoformat()


def _season(g: Groups, ctx: Context, step: int) -> str:
    code = words.value("season", g["season"]) or "SU"
    assert ctx.dct is not None
    first, last = SEASON_MONTHS[code]
    year = ctx.dct.year
    # "the summer before last", "two summers ago": a year before the last one for each step past one
    if step < 0:
        year = (year if (last < ctx.dct.month and code != "WI") else year - 1) + step + 1
    elif step > 0:
        year = (year if first > ctx.dct.month else year + 1) + step - 1
    return f"{year:04d}-{code}"


# "later in the year" reads the last date mentioned when that date is at most this many characters before it.
_NARRATIVE_REACH = 300
_LATER_IN = re.compile(r"\b(?:earlier|later)\s+in\s+$", re.I)


def _narrative_anchor(ctx: Context, start: int, end: int) -> Interval | None:
    """ "opened in 2015 ... later in the year", "held in March 2019 ... later in the summer": told in the past
    just after a date of an earlier year, "earlier/later in the <period>" is that date's period, not the DCT's."""
    if ctx.dct is None or ctx.last_end is None or start - ctx.last_end > _NARRATIVE_REACH:
        return None
    anchor = value_to_interval(ctx.last_value)
    if anchor is None or anchor.granularity in ("decade", "century") or anchor.start.year >= ctx.dct.year:
        return None
    return anchor if tense(ctx.text, start, end) == "past" else None


def season(g: Groups, ctx: Context, start: int, end: int) -> str | None:
    """ "the summer" with no year: this year's, or last year's when it is still to come but spoken of in
    the past; with no tense, the nearer of the two ("in the fall" said in May is the coming one, said in March
    the last). A winter spoken of in January or February began the year before. "later in the summer" just
    after a date of an earlier year: that year's."""
    code = words.value("season", g["season"]) or "SU"
    if ctx.dct is None:
        return f"XXXX-{code}"
    later = _LATER_IN.search(ctx.text, max(0, start - 20), start)
    if later and (anchor := _narrative_anchor(ctx, start, end)):
        return f"{anchor.start.year:04d}-{code}"
    year, cue = ctx.dct.year, tense(ctx.text, start, end)
    if code == "WI":
        year -= 1 if ctx.dct.month <= 2 or cue == "past" else 0
    elif SEASON_MONTHS[code][0] > ctx.dct.month and cue != "future":
        first, last = SEASON_MONTHS[code]
        ahead = (date(year, first, 1) - ctx.dct).days
        back = (ctx.dct - month_end(year - 1, last)).days
        year -= 0 if not cue and ahead < back else 1
    return f"{year:04d}-{code}"


def _named_month(g: Groups, ctx: Context, step: int) -> str:
    """ "last November", "next May": the named month before or after the DCT's. The month just ended is
    "last month", so "last February" said in March is the February a year earlier ("this past" is not)."""
    month = int(words.value("month", g["month"]) or 1)
    assert ctx.dct is not None
    year = ctx.dct.year
    just_ended = month == ctx.dct.month - 1 and words.key(g.get("rel", "")) == "last"
    if step < 0 and (month >= ctx.dct.month or just_ended):
        year -= 1
    elif step > 0 and month <= ctx.dct.month:
        year += 1
    return f"{year:04d}-{month:02d}"


def _weekend(ctx: Context, step: int, start: int, end: int) -> str:
    assert ctx.dct is not None
    if ctx.dct.isoweekday() >= 6 and step == 0:
        return weekend_value(ctx.dct)
    if step == 0:  # "ahead of the weekend" is the coming one, whatever the tense
        ahead = re.search(r"\bahead\s+of\s+$", ctx.text[max(0, start - 12) : start], re.I)
        step = 0 if ahead or tense(ctx.text, start, end) == "future" else -1
    return weekend_value(ctx.dct + timedelta(weeks=step))


def deictic(g: Groups, ctx: Context, start: int, end: int) -> str | None:
    if ctx.dct is None:
        return None
    rel = words.key(g.get("rel", "")).removeprefix("the ")
    step = -1 if rel in ("last", "past", "previous", "this past") else _direction(rel)
    step = {"before last": -2, "after next": 2}.get(rel, step)  # "the week before last"
    if rel == "new":  # "the new year": the one begun on the nearest January 1, the last one in the past tense
        step = 1 if ctx.dct.month >= 7 and tense(ctx.text, start, end) != "past" else 0
    if g.get("num"):  # "two summers ago"
        step = -(words.number(g["num"]) or 1)
    if g.get("season"):
        return _season(g, ctx, step)
    if g.get("month"):
        return _named_month(g, ctx, step)
    unit = words.value("unit", g["unit"]) or "Y"
    if words.key(g["unit"]).startswith("fiscal"):
        unit = "Y"
    later = not rel and words.key(g.get("part", "")) in ("earlier", "later")
    if later and unit in ("Y", "M") and (anchor := _narrative_anchor(ctx, start, end)):
        if unit == "Y":
            return f"{anchor.start.year:04d}"
        if anchor.granularity in ("month", "day"):
            return f"{anchor.start:%Y-%m}"
    if unit == "W" and not rel and not g.get("part"):
        return f"{ctx.dct.year:04d}-WXX"  # "for the week": some week of the year; "the end of the week": this one
    if unit == "W":
        return week_value(ctx.dct + timedelta(weeks=step))
    if unit == "WE":
        return _weekend(ctx, step, start, end)
    if unit == "Y" and rel == "last" and _amount_compared(ctx.text, start, end):
        quarter = _quarter_compared(g, ctx, 1, start)  # "up from $5 million last year": the year-ago quarter
        if quarter and (int(quarter[:4]), int(quarter[-1])) >= (ctx.dct.year, quarter_of(ctx.dct.month)):
            quarter = shift(ctx.dct, "Q", -1)  # of the last quarter ended, not of the current one
        if quarter:
            return f"{int(quarter[:4]) - 1:04d}{quarter[4:]}"
    return shift(ctx.dct, unit, step)


@functools.cache
def _comparisons() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lead = words.macros()["amount_compared"]
    before = re.compile(f"(?:{lead})$", re.I)
    possessive = re.compile(r"\b(?:compared\s+(?:with|to)|from|against|versus)\s+$", re.I)
    return before, possessive


def _amount_compared(text: str, start: int, end: int) -> bool:
    """ "up from $5 million last year", "from last year's $5 million": an amount compared with last year's."""
    before, possessive = _comparisons()
    if before.search(text, max(0, start - 90), start):
        return True
    return bool(possessive.search(text, max(0, start - 20), start)) and bool(
        re.match(r"['’]s\s+(?:(?:US|C|A)?\$\s?)?\d", text[end : end + 12])
    )


@functools.cache
def longer_period() -> re.Pattern[str]:
    """Words of a period longer than a quarter ("nine months", "first half"): a comparison in their
    sentence is with the year, not with a quarter."""
    return re.compile(words.macros()["longer_period"], re.I)


def _quarter_compared(g: Groups, ctx: Context, n: int | None, start: int) -> str | None:
    """The quarter that "a year ago" compares with: the last one mentioned (or, for one year or a
    "year-ago quarter", any before); none in a sentence about nine months or a half year."""
    if longer_period().search(sentence_before(ctx.text, start)):
        return None
    quarter = ctx.last_quarter()
    if words.key(g.get("period", "")) in ("quarter", "period", "results") or n == 1:
        quarter = quarter or ctx.quarter
    if (
        quarter
        and ctx.dct
        and (int(quarter[:4]), int(quarter[-1])) > (ctx.dct.year, quarter_of(ctx.dct.month))
    ):
        return shift(ctx.dct, "Q", -1)  # a forecast quarter is not the one reported on
    return quarter


def _vague_shift(base: date, unit: str) -> str:
    """ "Hours later", "weeks earlier": a few units from ``base``, at the granularity most likely to hold them
    (the day for hours, the month for days and weeks); "months later" and "years later" have no known year."""
    if unit in ("TH", "TM", "TS"):
        return base.isoformat()
    if unit in ("D", "W"):
        return f"{base.year:04d}-{base.month:02d}"
    return "XXXX"


# the last month from which a few weeks or months later still fall in the same year
_SAME_YEAR_UNTIL = {"W": 11, "M": 9}


def _vague_after_period(ctx: Context, unit: str) -> str | None:
    """ "In 1979 the shah fled. Weeks later ...": with no day mentioned before, a few units from a month or
    year mentioned last stay in that year (hours and days: in that month); "months later" from October, and
    "years later", have no known year."""
    interval = value_to_interval(ctx.last_value)
    if ctx.last_day is not None or interval is None or interval.granularity not in ("month", "year"):
        return None
    if interval.granularity == "month" and unit in ("TH", "TM", "TS", "D"):
        return shift(interval.start, "M", 0)
    if interval.granularity == "month" and interval.start.month > _SAME_YEAR_UNTIL.get(unit, 0):
        return None
    return shift(interval.start, "Y", 0) if unit != "Y" else None


def ago(g: Groups, ctx: Context, start: int, end: int) -> str | None:
    unit = words.value("unit", g["unit"]) or "Y"
    n = words.number(g["num"]) if g.get("num") else (None if words.key(g["unit"]).endswith("s") else 1)
    unit, n = words.counted(unit, n)
    if g.get("frac"):  # "half a century ago": 50 years; "a year and a half ago": 18 months
        part = words.fraction(g["frac"])
        told = None if part is None or n is None else words.whole((n if g.get("num") else 0) + part, unit)
        if told is None:
            return None
        unit, n = told
    direction = _direction(g["dir"])
    anaphoric = words.key(g["dir"]) in ("earlier", "later", "before", "after")
    quarter = _quarter_compared(g, ctx, n, start)
    if unit == "Y" and quarter and n is not None:
        return f"{int(quarter[:4]) + direction * n:04d}{quarter[4:]}"
    base = (ctx.last_day or ctx.dct) if anaphoric else ctx.dct
    if base is None:
        return None
    if n is None:
        if not anaphoric:
            return "PAST_REF" if direction < 0 else "FUTURE_REF"
        return _vague_after_period(ctx, unit) or _vague_shift(base, unit)
    if unit == "W" and anaphoric:
        return (base + timedelta(weeks=direction * n)).isoformat()
    return _counted(base, unit, direction * n)


def _counted(base: date, unit: str, n: int) -> str | None:
    """``n`` units from ``base`` at the granularity of the unit counted ("six weeks ago": a week)."""
    if unit == "W":
        return week_value(base + timedelta(weeks=n))
    return shift(base, unit, n)


@functools.cache
def _in_ahead() -> regex.Pattern[str]:
    return regex.compile(f"(?:{words.macros()['in_ahead']})", regex.I | regex.V0)


_AHEAD_UNITS = ("D", "W", "M", "Y")


def in_future(num: str, n: int | float | None, unit: str, ctx: Context, start: int, end: int) -> str | None:
    """ "The trial begins in two weeks", "will be redeemed in five years": a number of days, weeks, months or
    years after "in", in a clause in the future tense, counted forward from the DCT as "two weeks ago" is
    counted back; ``None`` when it is a duration ("the lowest in five years")."""
    if ctx.dct is None or not isinstance(n, int) or n < 2 or unit not in _AHEAD_UNITS:
        return None
    at = ctx.text[start:end].lower().find(num.lower())  # "in" comes before any word ahead of the number
    if at < 0 or not _in_ahead().search(ctx.text, max(0, start - 80), start + at):
        return None
    if tense(ctx.text, start, end) != "future":
        return None
    return _counted(ctx.dct, unit, n)


# "the day after the attack" with no day mentioned before: a day, week, month or year the text does not give.
_UNANCHORED = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX"}


def anaphor(g: Groups, ctx: Context, start: int, end: int) -> str | None:
    if g.get("month") or g.get("season"):
        return _named_after(g, ctx)
    base = ctx.last_day or ctx.dct
    if base is None:
        return None
    step = _direction(g.get("rel"))
    word = g.get("unit") or g.get("pod") or "day"
    unit = words.value("unit", word)
    if g.get("event") and ctx.last_day is None and (unit in ("D", "W") or not ctx.last_value):
        return _UNANCHORED.get(unit or "D")
    if g.get("event") and ctx.last_end is not None and _APPOSITION.fullmatch(ctx.text, ctx.last_end, start):
        step = 0  # "Oct. 12, the day before the crash": another name for the date just given
    last = ctx.last_value or ""
    if unit == "D" and step == 0 and _MONTH.fullmatch(last) and not g.get("pod"):
        return f"{last}-XX"  # "in October ... that same day": a day of that month
    if unit is None:
        code = words.value("part_of_day", word) or "MO"
        return (base + timedelta(days=step)).isoformat() + f"T{code}"
    if unit == "W":
        return week_value(base + timedelta(weeks=step))
    if unit in ("M", "Y"):
        base = ctx.last_start() or base
    return shift(base, unit, step)


def _named_after(g: Groups, ctx: Context) -> str:
    """ "closed in March 2020 and reopened that October", "the following spring": a month or season placed by
    the last date mentioned: "that" in its year (a winter in its January or February began the year
    before), "the following"/"the next" the first one to begin after it, "the previous" the last one to end
    before it; after a year alone, the year after or before. With no date (or only a decade) before it, its year
    is unknown."""
    code = words.value("season", g["season"]) if g.get("season") else None
    first, last = SEASON_MONTHS[code] if code else (int(words.value("month", g["month"]) or 1),) * 2
    anchor = value_to_interval(ctx.last_value)
    if anchor is None or anchor.granularity in ("decade", "century"):
        return f"XXXX-{code or f'{first:02d}'}"
    step, year, month = _direction(g.get("rel")), anchor.start.year, anchor.start.month
    if anchor.granularity == "year":
        year += step
    elif step > 0:
        year += first <= month
    elif step < 0 and code == "WI":
        year -= 1 if month > 2 else 2
    elif step < 0:
        year -= last >= month
    elif code == "WI" and month <= 2:
        year -= 1
    return f"{year:04d}-{code or f'{first:02d}'}"


_APPOSITION = re.compile(r",\s*")
_MONTH = re.compile(r"\d{4}-\d\d")


def last_mentioned(g: Groups, ctx: Context, start: int, end: int) -> str | None:
    """ "until then", "by then": the last date mentioned before."""
    return ctx.last_value


def offset(days: int, g: Groups, ctx: Context) -> str | None:
    if ctx.dct is None:
        return None
    suffix = pod_suffix(g) if g.get("pod") else ""
    if g.get("pod") and "night" in words.key(g["pod"]) and not suffix:
        suffix = "TNI"
    return (ctx.dct + timedelta(days=days)).isoformat() + suffix


# A day of the month alone ("on the 15th") belongs to the month of a date at most this many characters before.
_MONTH_DAY_REACH = 400
_DAY_OR_MONTH = re.compile(r"\d{4}-\d\d(?:-\d\d(?:T[\d:]+)?)?")


def month_day(g: Groups, ctx: Context, start: int, end: int) -> str | None:
    """ "broke down on the 5th": that day of the month of a day or month just mentioned ("on Oct. 3 ... on the
    5th"), else of the DCT's month; the month before when the day is still to come but told in the past ("was
    paid on the 28th" said on the 12th), the month after when it is gone but told of as to come. A day the
    month so chosen lacks ("withdrew on the 31st" said on December 9) is of the month before that (after it,
    told of as to come); in a month the text names, it is no date."""
    day = words.day_number(g["day"])
    last, near = ctx.last_value or "", ctx.last_end is not None and start - ctx.last_end <= _MONTH_DAY_REACH
    step = 0
    if near and _DAY_OR_MONTH.fullmatch(last):
        year, month = int(last[:4]), int(last[5:7])
    elif ctx.dct is None:
        return f"XXXX-XX-{day:02d}"
    else:
        year, month, cue = ctx.dct.year, ctx.dct.month, tense(ctx.text, start, end)
        step = 1 if cue == "future" else -1
        if cue == "past" and day > ctx.dct.day:
            year, month = add_months(year, month, -1)
        elif cue == "future" and day < ctx.dct.day:
            year, month = add_months(year, month, 1)
    if step and day > month_end(year, month).day:
        year, month = add_months(year, month, step)
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
