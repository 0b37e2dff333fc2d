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
    ],
)
def test_timex_holidays_value(text, dct, span, value):
    found = [(t.text, t.value) for t in tag(text, date.fromisoformat(dct))]
    assert (span, value) in found, found
