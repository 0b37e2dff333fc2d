"""Normalisation: from a rule's match to a TIMEX3 value (see the ``norm`` column of the rules)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from extract.records import Interval
from extract.timex import periods, relative, words
from extract.timex.calendar import (
    DAY_VALUE,
    add_months,
    easter,
    month_end,
    other_calendar_spans,
    value_to_interval,
    week_value,
)
from extract.timex.context import Context, tense
from extract.timex.rules import Candidate

Groups = dict[str, str]


# "June last year", "May 5 next year": the year named relative to the DCT's.
_YEAR_STEP = {"last": -1, "this": 0, "next": 1}
_ANAPHORIC_YEAR = ("that", "the same")


_year = words.year_number


def _infer_year(
    month: int, day: int | None, ctx: Context, start: int, end: int, ending: bool = False
) -> int | None:
    """The year of a month (and day) given without one: the nearest, or the next when future tense;
    ``ending`` ("the year to March"): the last one, or the next when future tense (figures are reported
    for a period that has ended)."""
    if ctx.dct is None:
        return None
    dct = ctx.dct
    when, now = (month, day or 0), (dct.month, dct.day if day else 0)
    ahead = dct.year if when >= now else dct.year + 1
    back = dct.year if when <= now else dct.year - 1
    months_ahead = (ahead - dct.year) * 12 + month - dct.month
    months_back = (dct.year - back) * 12 + dct.month - month
    cue = tense(ctx.text, start, end)
    if ending:
        return ahead if cue == "future" else back
    if cue == "future" or (cue == "past" and months_ahead <= 1):
        return ahead
    if cue == "past":
        return back
    return ahead if months_ahead < months_back else back


def calendar(g: Groups, ctx: Context, start: int, end: int) -> str | None:
    month = int(words.value("month", g["month"]) or 0) if g.get("month") else 0
    if g.get("month") and not month:
        month = int(g["month"])
    day = words.day_number(g["day"]) if g.get("day") else None
    year = _year(g["year"]) if g.get("year") else None
    if g.get("era_year"):  # "AD 70", "in 1099": the number as written, never a two-digit year
        year = int(g["era_year"])
    if g.get("century"):  # the second year of "1996-97": in the first one's century, after it
        first, year = int(g["century"] + g["first"]), int(g["century"]) * 100 + int(g["year"])
        year += 100 if year < first else 0
        if year == first:
            return None
    anaphoric = words.key(g.get("yrel") or "") in _ANAPHORIC_YEAR
    if year is None and anaphoric:  # "October of that year": the year last mentioned
        last = ctx.last_start()
        year = last.year if last else None
    elif year is None and g.get("yrel") and ctx.dct:
        year = ctx.dct.year + _YEAR_STEP[words.key(g["yrel"])]
    if year is None and month:
        year = _infer_year(month, day, ctx, start, end, bool(g.get("ending")))
    if g.get("season"):
        season = words.value("season", g["season"])
        return f"{year:04d}-{season}" if year else f"XXXX-{season}"
    text = "XXXX" if year is None else f"{year:04d}"
    if month:
        text += f"-{month:02d}"
        if day:
            try:
                date(year or 2000, month, day)
            except ValueError:
                return None
            text += f"-{day:02d}"
    return text


def week_of(g: Groups, ctx: Context, start: int, end: int) -> str | None:
    """ "the week of March 6": the week that holds the day; "the first week of April": the week that holds
    most of the month's first seven days (its fourth day), "the last week" most of its last seven."""
    value = calendar(g, ctx, start, end)
    if value is None or value.startswith("X"):
        return None
    if not g.get("nth"):
        return week_value(date.fromisoformat(value))
    year, month = int(value[:4]), int(value[5:7])
    if words.key(g["nth"]) in ("last", "final"):
        day = month_end(year, month).day - 3
    else:
        nth = words.ordinal(g["nth"]) or 0
        if not 1 <= nth <= 4:
            return None
        day = 7 * (nth - 1) + 4
    return week_value(date(year, month, day))


def day_of(g: Groups, ctx: Context, start: int, end: int) -> str | None:
    """ "the last day of March", "the first day of 2020", "the 100th day of the year": that day of the month
    or year named, itself read as it would be alone."""
    if g.get("unit"):
        period = relative.deictic({"unit": g["unit"], "rel": g.get("rel", "this")}, ctx, start, end)
    else:
        period = calendar({k: v for k, v in g.items() if k in ("month", "year")}, ctx, start, end)
    span = value_to_interval(period)  # None when no year is known ("XXXX-03")
    if span is None:
        return None
    if words.key(g["nth"]) in ("last", "final"):
        return span.end.isoformat()
    nth = words.ordinal(g["nth"])
    day = span.start + timedelta(days=nth - 1) if nth else None
    return day.isoformat() if day and day <= span.end else None


def spelled_year(g: Groups, ctx: Context, start: int, end: int) -> str | None:
    """ "nineteen ninety-six" -> 1996."""
    century, rest = words.number(g["century"]), words.number(g["rest"])
    return f"{century * 100 + rest:04d}" if century and rest else None


def decade(g: Groups, ctx: Context, start: int, end: int) -> str | None:
    digits = g["decade"] if g["decade"].isdigit() else words.value("decade", g["decade"]) or ""
    if len(digits) == 1:
        digits = ("19" if digits != "0" and digits != "1" else "20") + digits
    return digits


def century(g: Groups, ctx: Context, start: int, end: int) -> str | None:
    n = words.ordinal(g["century"])
    return f"{n - 1:02d}" if n else None


def century_turn(g: Groups, ctx: Context, start: int, end: int) -> str | None:
    """ "the turn of the century" ("of the millennium"): the year ending in 00 (000) that the tense points
    to, or else the one nearest the DCT."""
    if ctx.dct is None:
        return None
    step = 1000 if words.key(g["unit"]).startswith("millenn") else 100
    before = ctx.dct.year // step * step
    cue = tense(ctx.text, start, end)
    later = cue == "future" and before < ctx.dct.year
    nearer_next = cue != "past" and ctx.dct.year - before > step // 2
    if later or nearer_next:
        return f"{before + step:04d}"
    return f"{before:04d}"


def _nth_weekday(year: int, month: int, nth: int, weekday: int) -> date:
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def _holiday(g: Groups) -> tuple[str, words.Holiday]:
    name = words.key(g["holiday"]).replace("’", "'")
    return name, words.holidays()[name]


def holiday_spans(name: str, years: range) -> list[tuple[date, date]]:
    """First and last day of each occurrence of a holiday that begins in the Gregorian ``years``."""
    row = words.holidays()[name]
    if row.calendar != "gregorian":
        return other_calendar_spans(row.calendar, row.month, row.day, row.weekday, row.days, years)
    spans = []
    for year in years:
        if not row.month:  # counted from Easter Sunday
            found = easter(year)
        elif row.weekday:
            found = _nth_weekday(year, row.month, row.day, row.weekday)
        else:
            found = date(year, row.month, row.day)
        found += timedelta(days=row.days_after)
        spans.append((found, found + timedelta(days=row.days - 1)))
    return spans


_HOLIDAY_STEP = {"before": -1, "eve": -1, "after": 1}


def holiday(g: Groups, ctx: Context, start: int, end: int) -> str | None:
    """A holiday's (first) date; "Easter week", "Thanksgiving week": the (ISO) week that holds it;
    "the eve of Passover", "the day after Christmas": the day before or after its first day; "the first day of
    Ramadan", "the last day of Hanukkah": its first or last day."""
    name, row = _holiday(g)
    as_week = bool(g.get("week"))
    step = timedelta(days=_HOLIDAY_STEP.get(words.key(g.get("dir", "")), 0))
    if g.get("year"):
        year = _year(g["year"])
        spans = holiday_spans(name, range(year, year + 1))
        if not spans:
            return None
        found = spans[0][0]
    elif ctx.dct is None:
        fixed = row.calendar == "gregorian" and row.month and not row.weekday and not as_week
        day = date(2001, row.month, row.day) + step if fixed else None  # any year without a Feb 29
        return f"XXXX-{day:%m-%d}" if day else None
    else:
        year, every = ctx.dct.year, row.every_years
        around = holiday_spans(
            name, range(year - every, year + 2 * every)
        )  # the DCT's year and those around it
        spans = [span for span in around if abs(span[0].year - year) <= 1]
        main = [span for span in around if span[0].year % every == 0]
        if not spans or not main:
            return None
        found = _nearest_holiday(spans, main, ctx.dct, tense(ctx.text, start, end), as_week)
    if words.key(g.get("edge", "")) in ("last", "final") and (span := _span_from(name, found)):
        found = span[1]
    found += step
    return week_value(found) if as_week else found.isoformat()


def holiday_interval(g: Groups, value: str) -> Interval | None:
    """The whole span of a holiday that lasts more than a day ("Ramadan", "Hanukkah"), from its first day."""
    name, row = _holiday(g)
    if row.days == 1 or g.get("week") or g.get("edge") or not DAY_VALUE.match(value):
        return None
    span = _span_from(name, date.fromisoformat(value))
    return Interval(*span, "range") if span else None


def _span_from(name: str, first: date) -> tuple[date, date] | None:
    """The occurrence of a holiday that begins on ``first``: its first and last day."""
    return next(
        ((a, b) for a, b in holiday_spans(name, range(first.year, first.year + 1)) if a == first), None
    )


def _nearest_holiday(
    spans: list[tuple[date, date]], main: list[tuple[date, date]], dct: date, cue: str, as_week: bool
) -> date:
    """The first day of the one of ``spans`` the tense ``cue`` points to (the next one not over at the DCT,
    the last one begun by it; for a week, the week that holds it); with no tense, the nearest start of the
    ``main`` ones (Election Day in a federal election year)."""
    found = None
    if cue == "future":
        ends = ((a, b + timedelta(days=6 - b.weekday() if as_week else 0)) for a, b in spans)
        found = min((a for a, last in ends if last >= dct), default=None)
    elif cue == "past":
        found = max(
            (a for a, _ in spans if a - timedelta(days=a.weekday() if as_week else 0) <= dct), default=None
        )
    return found or min((a for a, _ in main), key=lambda d: abs((d - dct).days))


def nth_weekday(g: Groups, ctx: Context, start: int, end: int) -> str | None:
    """ "the last Friday of May", "the first Monday in September", "the last Friday of the month" (the DCT's,
    or the one after or before it): a date when the period is a month; otherwise no expression at all."""
    if g.get("mrel"):
        if ctx.dct is None:
            return None
        step = {"next": 1, "last": -1}.get(words.key(g["mrel"]), 0)
        year, month = add_months(ctx.dct.year, ctx.dct.month, step)
    elif not g.get("month"):
        return None
    else:
        month = int(words.value("month", g["month"]) or 1)
        year = _year(g["year"]) if g.get("year") else _infer_year(month, None, ctx, start, end)
    if year is None:
        return None
    nth = words.key(g["nth"])
    weekday = int(words.value("weekday", g["weekday"]) or 1)
    found = _nth_weekday(year, month, -1 if nth in ("last", "final") else words.ordinal(nth) or 1, weekday)
    return found.isoformat() if found.month == month else None  # no fifth Monday in the month


def _fraction_value(g: Groups) -> str | None:
    """ "5 1/2 hours" PT5H30M, "two and a half decades" P25Y, "half a century" P50Y, "a quarter of an hour" PT15M."""
    part = words.fraction(g["frac"])
    # "a decade and a half", "the past decade and a half": one unit before the half; "half a decade": none
    whole = words.number(g["num"]) if g.get("num") else int(words.key(g["frac"]).startswith("and "))
    unit = words.value("unit", g["unit"])
    if part is None or whole is None or unit is None:
        return None
    unit, whole = words.counted(unit, whole)
    split = words.parts(whole + part, unit)
    if not split:
        return None
    day = "".join(f"{n}{u}" for u, n in split.items() if not u.startswith("T"))
    clock = "".join(f"{n}{u[1:]}" for u, n in split.items() if u.startswith("T"))
    return f"P{day}" + (f"T{clock}" if clock else "")


def duration(g: Groups, ctx: Context, start: int, end: int) -> str | None:
    if g.get("frac"):
        return _fraction_value(g)
    unit = words.value("unit", g["unit"])
    if unit is None or unit == "WE":
        return None
    if g.get("num"):
        n: int | float | None = words.number(g["num"])
    else:
        n = None if words.key(g["unit"]).endswith("s") else 1
    unit, n = words.counted(unit, n)
    if unit in ("DE", "CE") and n is not None:
        n, unit = n * (10 if unit == "DE" else 100), "Y"
    elif unit in ("DE", "CE"):
        unit = "E" if unit == "DE" else "C"
    if (
        g.get("num")
        and not g.get("rel")
        and (ahead := relative.in_future(g["num"], n, unit, ctx, start, end))
    ):
        return ahead
    amount = "X" if n is None else str(n)
    if unit.startswith("T"):
        return f"PT{amount}{unit[1:]}"
    return f"P{amount}{unit}"


def set_value(g: Groups, ctx: Context, start: int, end: int) -> str | None:
    if g.get("word"):
        return words.value("set", g["word"])
    if g.get("weekday") or g.get("weekday2"):
        n = words.value("weekday", g.get("weekday") or g["weekday2"])
        pod = (g.get("pod") or g.get("pod2") or "").lower().removesuffix("s")  # "Tuesday nights"
        return f"XXXX-WXX-{n}" + relative.pod_suffix({"pod": pod})
    if g.get("month"):
        return f"XXXX-{int(words.value('month', g['month']) or 1):02d}"
    if g.get("frac"):  # "every half hour"
        return _fraction_value(g)
    unit = words.value("unit", g["unit"]) or "D"
    n = 2 if words.key(g.get("num", "")) == "other" else (words.number(g["num"]) if g.get("num") else 1)
    unit, n = words.counted(unit, n)
    count = "X" if n is None else n  # "every few days"
    return f"PT{count}{unit[1:]}" if unit.startswith("T") else f"P{count}{unit}"


_CLOCK_WORDS = {"noon": 12, "midday": 12, "midnight": 24}


def _heading(text: str, start: int, end: int) -> bool:
    """A clock time on a line of its own ("4:30 p.m." heading an entry of a live report): a time of the
    day of publication, not of the last day the entry before it mentioned."""
    line_end = text.find("\n", end)
    before = text[text.rfind("\n", 0, start) + 1 : start]
    return not before.strip() and not text[end : len(text) if line_end < 0 else line_end].strip(" .:")


def time(g: Groups, ctx: Context, start: int, end: int) -> str | None:
    if g.get("word"):
        hour, minute = _CLOCK_WORDS[words.key(g["word"])], 0
    else:
        hour = words.number(g["hour"]) or 0
        minute = int(g.get("minute") or 0)
        ampm = words.key(g.get("ampm", "")).replace(".", "").replace(" ", "")
        pod = words.value("part_of_day", g["pod"]) if g.get("pod") else None
        if (ampm == "pm" or pod in ("AF", "EV", "NI")) and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
    base = ctx.dct if _heading(ctx.text, start, end) else ctx.last_day or ctx.dct
    day = base.isoformat() if base else "XXXX-XX-XX"
    return f"{day}T{hour:02d}:{minute:02d}"


Normaliser = Callable[[Groups, Context, int, int], "str | None"]
NORMALISERS: dict[str, Normaliser] = {
    "calendar": calendar,
    "week_of": week_of,
    "day_of": day_of,
    "decade": decade,
    "spelled_year": spelled_year,
    "century": century,
    "century_turn": century_turn,
    "quarter": periods.quarter,
    "quarter_ref": periods.quarter_ref,
    "half": periods.half,
    "month_span": periods.month_span,
    "holiday": holiday,
    "nth_weekday": nth_weekday,
    "duration": duration,
    "set": set_value,
    "time": time,
    "weekday": relative.weekday,
    "day_around": relative.day_around,
    "from_day": relative.from_day,
    "season": relative.season,
    "deictic": relative.deictic,
    "ago": relative.ago,
    "anaphor": relative.anaphor,
    "month_day": relative.month_day,
    "last_mentioned": relative.last_mentioned,
}


def normalise(cand: Candidate, ctx: Context) -> str | None:
    """The TIMEX3 value of a candidate, or ``None`` when it cannot be normalised."""
    norm = cand.rule.norm
    if norm == "none":  # a name holding a time word ("Fox News Sunday"): no expression
        return None
    if norm.startswith("fixed:"):
        return norm.removeprefix("fixed:")
    if norm.startswith("offset:"):
        return relative.offset(int(norm.removeprefix("offset:")), cand.groups, ctx)
    return NORMALISERS[norm](cand.groups, ctx, cand.start, cand.end)
