"""Calendar arithmetic on TIMEX3 values and their day intervals."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from hijridate import Gregorian, Hijri
from pyluach import dates as hebrew_dates
from pyluach import hebrewcal

from extract.records import Interval

# A TIMEX3 value of one calendar day ("2020-01-03").
DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d$")
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

_VALUE = re.compile(
    r"^(?P<year>\d{4})(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d))?|Q(?P<quarter>[1-4])|H(?P<half>[12])"
    r"|(?P<season>SP|SU|FA|WI)|W(?P<week>\d{1,2})(?P<weekend>-WE)?))?(?:T.*)?$"
)
_DECADE = re.compile(r"^(?P<decade>\d{3})$")
_CENTURY = re.compile(r"^(?P<century>\d{2})$")


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def week_value(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def easter(year: int) -> date:
    """Western Easter Sunday of ``year`` (the Gregorian computus)."""
    golden = year % 19
    century, rest = divmod(year, 100)
    leap_skips, leap_rest = divmod(century, 4)
    moon_fix = (century + 8) // 25
    epact = (19 * golden + century - leap_skips - (century - moon_fix + 1) // 3 + 15) % 30
    weekday = (32 + 2 * leap_rest + 2 * (rest // 4) - epact - rest % 4) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return date(year, month, day + 1)


def _own_year(calendar_name: str, day: date) -> int:
    if calendar_name == "hijri":
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    return hebrew_dates.HebrewDate.from_pydate(day).year


def _month_days(calendar_name: str, year: int, month: int) -> tuple[date, int]:
    """The first day (Gregorian) and the length of a month of the hijri or hebrew calendar."""
    if calendar_name == "hijri":
        first = Hijri(year, month, 1)
        return date(*first.to_gregorian().datetuple()), first.month_length()
    days = list(hebrewcal.Month(year, month).iterdates())
    return days[0].to_pydate(), len(days)


def other_calendar_spans(
    calendar_name: str, month: int, day: int, weekday: int, days: int, years: range
) -> list[tuple[date, date]]:
    """First and last day of each occurrence, beginning in one of the Gregorian ``years``, of a holiday on
    ``month`` ``day`` of the hijri (Umm al-Qura) or hebrew calendar: with ``weekday`` (ISO) the ``day``-th such
    weekday of the month, -1 the last; ``days`` long, 0 for the whole month. Years the calendar's tables do not
    cover give none."""
    try:
        first_year = _own_year(calendar_name, date(years.start, 1, 1))
        last_year = _own_year(calendar_name, date(years.stop - 1, 12, 31))
    except (OverflowError, ValueError):
        return []
    spans = []
    for year in range(first_year, last_year + 1):
        try:
            start_of_month, length = _month_days(calendar_name, year, month)
        except (OverflowError, ValueError):
            continue
        if weekday:
            month_days = [start_of_month + timedelta(days=n) for n in range(length)]
            matches = [d for d in month_days if d.isoweekday() == weekday]
            start = matches[-1] if day == -1 else matches[day - 1]
        else:
            start = start_of_month + timedelta(days=day - 1)
        last = start + timedelta(days=(length - day if days == 0 else days - 1))
        if start.year in years:
            spans.append((start, last))
    return spans


def weekend_value(day: date) -> str:
    return week_value(day) + "-WE"


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def _season_interval(year: int, season: str) -> Interval:
    first, last = SEASON_MONTHS[season]
    if season == "WI":
        return Interval(date(year, 12, 1), month_end(year + 1, 2), "season")
    return Interval(date(year, first, 1), month_end(year, last), "season")


def _week_interval(year: int, week: int, weekend: bool) -> Interval | None:
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    if weekend:
        return Interval(monday + timedelta(days=5), monday + timedelta(days=6), "week")
    return Interval(monday, monday + timedelta(days=6), "week")


def _interval_from_parts(parts: dict[str, str | None]) -> Interval | None:
    year = int(parts["year"] or 0)
    if parts["day"]:
        day = date(year, int(parts["month"] or 0), int(parts["day"]))
        return Interval(day, day, "day")
    if parts["month"]:
        month = int(parts["month"])
        return Interval(date(year, month, 1), month_end(year, month), "month")
    if parts["quarter"]:
        q = int(parts["quarter"])
        return Interval(date(year, 3 * q - 2, 1), month_end(year, 3 * q), "quarter")
    if parts["half"]:
        h = int(parts["half"])
        return Interval(date(year, 6 * h - 5, 1), month_end(year, 6 * h), "range")
    if parts["season"]:
        return _season_interval(year, parts["season"])
    if parts["week"]:
        return _week_interval(year, int(parts["week"]), bool(parts["weekend"]))
    return Interval(date(year, 1, 1), date(year, 12, 31), "year")


def value_to_interval(value: str | None) -> Interval | None:
    """The day interval a plain TIMEX3 value denotes, at its own granularity.

    ``"2020-05"`` -> 2020-05-01..2020-05-31 (month); ``"193"`` -> the 1930s;
    ``"2020-W20-WE"`` -> that weekend's Saturday..Sunday. ``None`` for values
    that name no calendar period (durations, sets, ``PRESENT_REF``, ``XXXX-10``).
    """
    if not value:
        return None
    try:
        found = _VALUE.match(value)
        if found:
            return _interval_from_parts(found.groupdict())
        if _DECADE.match(value):
            start = int(value) * 10
            return Interval(date(start, 1, 1), date(start + 9, 12, 31), "decade")
        if _CENTURY.match(value):
            start = max(int(value) * 100, 1)
            return Interval(date(start, 1, 1), date(int(value) * 100 + 99, 12, 31), "century")
    except ValueError:
        return None
    return None
