"""Extents of expressions: which neighbouring words belong to a TIMEX3, and which uses are not temporal."""

from __future__ import annotations

from datetime import date

import pytest

from extract.timex import tag

DCT = date(1989, 11, 2)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Earnings will be weak for the last half of 1989.", "the last half of 1989", "1989-H2"),
        ("Sales were flat through the latter half of the '80s.", "the latter half of the '80s", "198"),
        (
            "The slump lasts through the first two quarters of 1990.",
            "the first two quarters of 1990",
            "1990-H1",
        ),
        ("The delay reflects current market conditions.", "current", "PRESENT_REF"),
    ],
)
def test_timex_spans_whole_expression(text, span, value):
    found = [(t.text, t.value) for t in tag(text, DCT)]
    assert (span, value) in found, found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The current account deficit widened.", "current"),
    ],
)
def test_timex_spans_not_temporal(text, word):
    assert all(word not in t.text for t in tag(text, DCT)), tag(text, DCT)
