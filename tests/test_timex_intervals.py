"""TIMEX3 values to day intervals, and the timex command."""

from __future__ import annotations

import json

import pytest

from extract.timex import value_to_interval
from extract.timex.command import run


@pytest.mark.parametrize(
    ("value", "start", "end", "granularity"),
    [
        ("2020-01-03", "2020-01-03", "2020-01-03", "day"),
        ("2020-05", "2020-05-01", "2020-05-31", "month"),
        ("1994", "1994-01-01", "1994-12-31", "year"),
        ("193", "1930-01-01", "1939-12-31", "decade"),
        ("18", "1800-01-01", "1899-12-31", "century"),
        ("2020-W20-WE", "2020-05-16", "2020-05-17", "week"),
        ("2020-W21", "2020-05-18", "2020-05-24", "week"),
        ("1998-Q3", "1998-07-01", "1998-09-30", "quarter"),
        ("1998-SU", "1998-06-01", "1998-08-31", "season"),
        ("1998-WI", "1998-12-01", "1999-02-28", "season"),
        ("2021-05-11TNI", "2021-05-11", "2021-05-11", "day"),
        ("2013-03-22T14:00", "2013-03-22", "2013-03-22", "day"),
    ],
)
def test_timex_intervals_value(value, start, end, granularity):
    interval = value_to_interval(value)
    assert (interval.start.isoformat(), interval.end.isoformat(), interval.granularity) == (
        start,
        end,
        granularity,
    )


@pytest.mark.parametrize("value", ["P1W", "PRESENT_REF", "XXXX-10", "XXXX-WXX-1", "", None, "2020-13"])
def test_timex_intervals_none(value):
    assert value_to_interval(value) is None


def test_timex_command_writes_rows_and_reports_bad_lines(tmp_path, capsys):
    src = tmp_path / "docs.jsonl"
    good = {"doc": "a", "dct": "2020-02-05", "text": "Last month, on 3 January."}
    src.write_text(
        json.dumps(good) + "\n{broken\n" + json.dumps({"doc": "b", "dct": "2020-99-01", "text": ""}) + "\n"
    )
    out = tmp_path / "timex.jsonl"
    assert run(str(src), str(out)) == 1
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(r["doc"], r["text"], r["type"], r["value"]) for r in rows] == [
        ("a", "Last month", "DATE", "2020-01"),
        ("a", "3 January", "DATE", "2020-01-03"),
    ]
    err = capsys.readouterr().err.splitlines()
    assert [line.split(":")[1] for line in err] == ["2", "3"]


@pytest.mark.parametrize(
    ("text", "span", "value", "start", "end"),
    [
        ("He left on 3 January. Three days later he died.", "Three days", "P3D", "2020-01-06", "2020-01-06"),
        ("He left on 3 January. A day earlier he ate.", "A day", "P1D", "2020-01-02", "2020-01-02"),
        ("He left on 3 January. A few days later he died.", "A few days", "PXD", "2020-01-04", "2020-01-12"),
        (
            "He left on 3 January 2020. Two and a half years later he died.",
            "Two and a half years",
            "P2Y6M",
            "2022-07-01",
            "2022-07-01",
        ),
        (
            "He left on 3 January. Ten minutes later he died.",
            "Ten minutes",
            "PT10M",
            "2020-01-03",
            "2020-01-03",
        ),
    ],
)
def test_timex_intervals_duration_later_anchored_to_previous_day(text, span, value, start, end):
    from datetime import date

    from extract.timex import tag_for_timeline

    found = {t.text: t for t in tag_for_timeline(text, date(2020, 2, 5))}
    timex = found[span]
    assert (timex.type, timex.value, timex.anchored_to) == ("DURATION", value, "previous")
    assert (timex.interval.start.isoformat(), timex.interval.end.isoformat()) == (start, end)
