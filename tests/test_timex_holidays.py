"""Holidays: fixed, counted and Easter-based dates, and the week that holds one."""

from __future__ import annotations

from datetime import date

import pytest

from extract.timex import tag
from extract.timex.calendar import easter


@pytest.mark.parametrize(
    ("year", "sunday"),
    [
        (1998, "1998-04-12"),
        (2000, "2000-04-23"),
        (2008, "2008-03-23"),
        (2011, "2011-04-24"),
        (2038, "2038-04-25"),
    ],
)
def test_timex_holidays_easter_sunday(year, sunday):
    assert easter(year).isoformat() == sunday


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        ("The shops reopen after Easter.", "2011-04-01", "Easter", "2011-04-24"),
        ("Pilgrims gathered on Good Friday.", "1998-05-02", "Good Friday", "1998-04-10"),
        ("Crowds gathered as Easter week began.", "2000-04-17", "Easter week", "2000-W16"),
        ("Traffic will peak during Thanksgiving week.", "1998-11-02", "Thanksgiving week", "1998-W48"),
        ("The store closed for Christmas week in 1997.", "1998-02-02", "Christmas week", "1997-W52"),
        # Super Tuesday: the first Tuesday of March.
        ("Both camps will spend heavily before Super Tuesday.", "2012-01-20", "Super Tuesday", "2012-03-06"),
        # "As Election Day nears" looks forward even long after the last one.
        ("As Election Day nears, the mood shifts.", "2012-02-20", "Election Day", "2012-11-06"),
        # Federal elections fall in even years and Super Tuesday in presidential ones: the nearest such one.
        ("Turnout for him on Election Day could decide it.", "2016-02-09", "Election Day", "2016-11-08"),
        ("The Super Tuesday primaries set the field.", "2016-10-15", "Super Tuesday", "2016-03-01"),
        # A holiday before a verb, a function word or a time noun stays a date (only a plain noun makes it a modifier).
        (
            "The boat was found Thanksgiving Day drifting at sea.",
            "1999-12-02",
            "Thanksgiving Day",
            "1999-11-25",
        ),
        ("Sales rose over the Christmas holidays.", "1999-12-30", "Christmas", "1999-12-25"),
        ("Sales rose at Christmas and fell after.", "1999-12-30", "Christmas", "1999-12-25"),
        # The day before or after a holiday, and its eve.
        ("Shops open the day after Thanksgiving.", "2023-06-14", "the day after Thanksgiving", "2023-11-24"),
        (
            "He was born the day before Christmas 1950.",
            "2023-06-14",
            "the day before Christmas 1950",
            "1950-12-24",
        ),
        (
            "The debate was held on the eve of Martin Luther King Day.",
            "2016-01-18",
            "the eve of Martin Luther King Day",
            "2016-01-17",
        ),
    ],
)
def test_timex_holidays_value(text, dct, span, value):
    found = [(t.text, t.value) for t in tag(text, date.fromisoformat(dct))]
    assert (span, value) in found, found


def test_timex_holidays_around_with_no_publication_date():
    found = [(t.text, t.value) for t in tag("They met the day after Christmas.", None)]
    assert found == [("the day after Christmas", "XXXX-12-26")]


# Holidays of the Islamic (Umm al-Qura) and Hebrew calendars, checked against published calendars.
@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        # Ramadan 1442 began on 13 April 2021; said during it, in the past tense, that one is meant.
        ("Violence has gone on since the start of Ramadan.", "2021-05-12", "Ramadan", "2021-04-13"),
        ("Markets stayed open late during Ramadan 2019.", "2021-05-12", "Ramadan 2019", "2019-05-06"),
        # Quds Day is the last Friday of Ramadan: 22 May 2020. A present perfect with "since" in a clause after
        # it tells of the holiday in general, not of this one.
        (
            "The letter comes days before Quds Day, which Iran has marked since 1979.",
            "2020-05-20",
            "Quds Day",
            "2020-05-22",
        ),
        ("Families gathered for Eid al-Fitr.", "2023-04-25", "Eid al-Fitr", "2023-04-21"),
        ("Pilgrims will mark Eid al Adha next month.", "2024-05-20", "Eid al Adha", "2024-06-16"),
        ("Services will be held on Yom Kippur.", "2020-09-01", "Yom Kippur", "2020-09-28"),
        ("Hanukkah begins next week.", "2020-12-04", "Hanukkah", "2020-12-11"),
        ("Passover ended last month.", "2021-05-12", "Passover", "2021-03-28"),
        ("Rosh Hashana falls on a Monday.", "1998-09-01", "Rosh Hashana", "1998-09-21"),
        # The first or last day of a holiday that lasts more than a day.
        ("Talks began on the first day of Ramadan.", "2021-06-01", "the first day of Ramadan", "2021-04-13"),
        ("Fighting eased on the last day of Ramadan.", "2021-06-01", "the last day of Ramadan", "2021-05-12"),
        (
            "Candles will burn on the final day of Hanukkah.",
            "2020-12-04",
            "the final day of Hanukkah",
            "2020-12-18",
        ),
    ],
)
def test_timex_holidays_other_calendars(text, dct, span, value):
    found = [(t.text, t.value) for t in tag(text, date.fromisoformat(dct))]
    assert (span, value) in found, found


@pytest.mark.parametrize(
    ("text", "dct", "span", "first", "last"),
    [
        (
            "Violence has gone on since the start of Ramadan.",
            "2021-05-12",
            "Ramadan",
            "2021-04-13",
            "2021-05-12",
        ),
        ("Hanukkah begins next week.", "2020-12-04", "Hanukkah", "2020-12-11", "2020-12-18"),
        ("Families gathered for Eid al-Fitr.", "2023-04-25", "Eid al-Fitr", "2023-04-21", "2023-04-23"),
    ],
)
def test_timex_holidays_spanning_days_have_their_whole_interval(text, dct, span, first, last):
    """TIMEX3 gives the first day; the interval the timeline plots is the whole holiday."""
    hit = next(t for t in tag(text, date.fromisoformat(dct)) if t.text == span)
    assert (hit.value, hit.interval.start.isoformat(), hit.interval.end.isoformat()) == (first, first, last)
    assert hit.interval.granularity == "range"


def test_timex_holidays_one_day_of_a_long_holiday_is_that_day():
    hit = next(t for t in tag("Talks began on the first day of Ramadan.", date(2021, 6, 1)) if t.start == 15)
    assert (hit.interval.start, hit.interval.end, hit.interval.granularity) == (
        date(2021, 4, 13),
        date(2021, 4, 13),
        "day",
    )


def test_timex_holidays_outside_the_islamic_tables_give_no_date():
    """The Umm al-Qura tables run from 1924 to 2077: beyond them "Ramadan" is no date rather than a guess."""
    assert [t.value for t in tag("Ramadan began.", date(1900, 6, 1)) if t.text == "Ramadan"] == []
    assert [t.value for t in tag("Ramadan began.", date(1950, 7, 1)) if t.text == "Ramadan"] == ["1950-06-17"]


def test_timex_holidays_name_before_a_capitalised_word_is_no_date():
    assert [t.text for t in tag("The Yom Kippur War began in 1973.", date(2020, 1, 1))] == ["1973"]


def test_timex_holidays_unknown_calendar_is_a_data_error(monkeypatch):
    from extract.lexicon import DataFileError, parse_table
    from extract.timex import words

    table = "name\tmonth\tday\tnth_weekday\tdays_after\tevery_years\tcalendar\tdays\nfeast\t1\t1\t0\t0\t1\tjulian\t1\n"
    monkeypatch.setattr(
        words, "load_table", lambda name, columns: parse_table(table, "holidays.tsv", columns)
    )
    words.holidays.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"holidays.tsv:2: unknown calendar 'julian'"):
            words.holidays()
    finally:
        words.holidays.cache_clear()
