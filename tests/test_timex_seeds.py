"""The seed articles' expressions: value and day interval as the timeline shows them."""

from __future__ import annotations

from datetime import date

import pytest

from extract.timex import tag, tag_for_timeline

# (text, dct, expression, TIMEX3 value, interval start, interval end)
SEED_EXPRESSIONS = [
    (
        "Khamenei on Tuesday took to social media.",
        "2021-05-12",
        "Tuesday",
        "2021-05-11",
        "2021-05-11",
        "2021-05-11",
    ),
    (
        "Posted on Wednesday, March 21, 2018.",
        "2021-05-12",
        "Wednesday, March 21, 2018",
        "2018-03-21",
        "2018-03-21",
        "2018-03-21",
    ),
    (
        "The worst in the region since the 1930s, in the days before.",
        "2021-05-12",
        "the 1930s",
        "193",
        "1930-01-01",
        "1939-12-31",
    ),
    (
        "Citizens went on a rampage in Lod on Tuesday night, setting fires.",
        "2021-05-12",
        "Tuesday night",
        "2021-05-11TNI",
        "2021-05-11",
        "2021-05-11",
    ),
    (
        "Khamenei said on Wednesday that it was a deal.",
        "2020-02-05",
        "Wednesday",
        "2020-02-05",
        "2020-02-05",
        "2020-02-05",
    ),
    ("Tehran, 5 February 2020.", "2020-02-05", "5 February 2020", "2020-02-05", "2020-02-05", "2020-02-05"),
    ("Last month, he rejected the plan.", "2020-02-05", "Last month", "2020-01", "2020-01-01", "2020-01-31"),
    (
        "He was killed in a drone strike in Baghdad on 3 January.",
        "2020-02-05",
        "3 January",
        "2020-01-03",
        "2020-01-03",
        "2020-01-03",
    ),
    ("An election will be held in 2021.", "2020-02-05", "2021", "2021", "2021-01-01", "2021-12-31"),
    ("Khamenei went on a rant on Twitter recently.", "2020-05-21", "recently", "PAST_REF", None, None),
    ("He lived there in 1994.", "2020-05-21", "1994", "1994", "1994-01-01", "1994-12-31"),
    (
        "Khamenei said on Wednesday it was a tumour.",
        "2020-05-20",
        "Wednesday",
        "2020-05-20",
        "2020-05-20",
        "2020-05-20",
    ),
    (
        "Pompeo appeared to be referring to the expiration in October of the UN arms embargo on Iran.",
        "2020-05-20",
        "October",
        "2020-10",
        "2020-10-01",
        "2020-10-31",
    ),
    (
        "Soleimani, who was killed in January by a drone strike.",
        "2020-05-20",
        "January",
        "2020-01",
        "2020-01-01",
        "2020-01-31",
    ),
    (
        "Since the revolution in 1979 Iran has called for it.",
        "2020-05-20",
        "1979",
        "1979",
        "1979-01-01",
        "1979-12-31",
    ),
    ("Quds Day falls this year on May 22.", "2020-05-20", "this year", "2020", "2020-01-01", "2020-12-31"),
    ("Quds Day falls this year on May 22.", "2020-05-20", "May 22", "2020-05-22", "2020-05-22", "2020-05-22"),
    (
        "Over the weekend, Rouhani said Iranians will be allowed to attend.",
        "2020-05-20",
        "the weekend",
        "2020-W20-WE",
        "2020-05-16",
        "2020-05-17",
    ),
    (
        "As of Wednesday, Iran has reported 126,949 cases.",
        "2020-05-20",
        "Wednesday",
        "2020-05-20",
        "2020-05-20",
        "2020-05-20",
    ),
    (
        "A cyberattack on an Iranian port earlier this month.",
        "2020-05-20",
        "earlier this month",
        "2020-05",
        "2020-05-01",
        "2020-05-31",
    ),
    (
        "Khamenei downplayed the killing in a speech on Tuesday.",
        "2023-10-17",
        "Tuesday",
        "2023-10-17",
        "2023-10-17",
        "2023-10-17",
    ),
    (
        "The attack of October 7 was a failure.",
        "2023-10-17",
        "October 7",
        "2023-10-07",
        "2023-10-07",
        "2023-10-07",
    ),
    (
        "Americans are charting Israeli policies in the past one week.",
        "2023-10-17",
        "the past one week",
        "P1W",
        "2023-10-10",
        "2023-10-17",
    ),
    (
        "Since September 2022 protests spread.",
        "2023-10-17",
        "September 2022",
        "2022-09",
        "2022-09-01",
        "2023-10-17",
    ),
    (
        "Iranians will be allowed to attend Friday prayers including Quds Day commemorations.",
        "2020-05-20",
        "Friday",
        "2020-05-22",
        "2020-05-22",
        "2020-05-22",
    ),
    (
        "One of the worst experienced in the region since the 1930s, in the days before statehood.",
        "2021-05-12",
        "the 1930s",
        "193",
        "1930-01-01",
        "1939-12-31",
    ),
    (
        "Since September 2022, when protests broke out, security forces have killed 500 people.",
        "2023-10-17",
        "September 2022",
        "2022-09",
        "2022-09-01",
        "2023-10-17",
    ),
    (
        "Officials have been sanctioned by the West over the years.",
        "2023-10-17",
        "the years",
        "PXY",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "dct", "span", "value", "start", "end"), SEED_EXPRESSIONS)
def test_timex_seeds_expression(text, dct, span, value, start, end):
    found = {t.text: t for t in tag_for_timeline(text, date.fromisoformat(dct))}
    assert span in found, list(found)
    assert found[span].value == value
    interval = found[span].interval
    assert (interval.iso() if interval else (None, None)) == (start, end)


def test_timex_seeds_days_later_anchored_after_previous_date():
    text = "He was killed on 3 January, prompting a missile attack days later."
    found = {t.text: t for t in tag_for_timeline(text, date(2020, 2, 5))}
    later = found["days later"]
    assert later.anchored_to == "previous"
    assert later.interval.start > date(2020, 1, 3)


def test_timex_seeds_between_years_is_one_range():
    found = tag_for_timeline("He served between 1989 and 1997 as president.", date(2020, 5, 21))
    assert [(t.text, t.interval.iso(), t.interval.granularity) for t in found] == [
        ("between 1989 and 1997", ("1989-01-01", "1997-12-31"), "range")
    ]


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        (
            "The talks, held between 1 and 3 March 2022, failed.",
            "between 1 and 3 March 2022",
            "2022-03-01",
            "2022-03-03",
        ),
        ("The summit, held 24-26 April 2021, ended.", "24-26 April 2021", "2021-04-24", "2021-04-26"),
    ],
)
def test_timex_seeds_day_first_range_is_one_range(text, span, start, end):
    found = tag_for_timeline(text, date(2023, 10, 12))
    assert [(t.text, t.interval.iso(), t.interval.granularity) for t in found] == [
        (span, (start, end), "range")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "We will fight them.",
        "May God protect you.",
        "Protesters march on the capital.",
        "He told The Sun about it.",
        "It was the second time he said so.",
        "The 83-year-old leader spoke.",
        "They won 1,994 votes and $2020 in cash.",
        "It is held on the last Friday of Ramadan.",
        "Iraq imports about three-quarters of its food.",
        "Funds hold more than a quarter of the market.",
        "It would be a second betrayal.",
        "A second group of directors sided with him.",
        "Good evening from the central park.",
        "She spoke on a morning talk show.",
        "They left the day before police issued a warrant.",
    ],
)
def test_timex_seeds_no_false_hits(text):
    assert tag(text, date(2020, 5, 20)) == []
