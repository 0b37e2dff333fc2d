"""Publication date inference when the metadata gives none; never the clock."""

from __future__ import annotations

from datetime import date

import pytest

from extract import pipeline
from extract.dct import infer
from extract.records import Article, Timex


def _timex(text: str, phrase: str, value: str) -> Timex:
    start = text.index(phrase)
    return Timex(start, start + len(phrase), phrase, "DATE", value, "t")


def test_dct_latest_body_date_with_agreeing_weekday_wins():
    text = "On Monday, March 2, 2020, talks opened. The treaty of 12 May 1998 was cited."
    found = infer(
        text, [_timex(text, "March 2, 2020", "2020-03-02"), _timex(text, "12 May 1998", "1998-05-12")]
    )
    assert found.published == date(2020, 3, 2)
    assert found.confidence == pytest.approx(0.7)


def test_dct_caption_dates_count_only_without_body_dates():
    text = "Photo taken on 3 May 2021. Talks resumed 4 June 2020."
    timexes = [_timex(text, "3 May 2021", "2021-05-03"), _timex(text, "4 June 2020", "2020-06-04")]
    assert infer(text, timexes, ["caption", "body"]).published == date(2020, 6, 4)
    assert infer(text, timexes[:1], ["caption"]).published == date(2021, 5, 3)


def test_dct_no_full_date_leaves_it_unknown():
    assert infer("Talks resumed last month.", []).published is None


@pytest.mark.parametrize(
    ("text", "published", "source"),
    [
        (
            "Officials met in Vienna on Tuesday, 4 February 2020, and said talks would go on.",
            date(2020, 2, 4),
            "inferred",
        ),
        ("Officials met in Vienna last week and said talks would go on.", None, "unknown"),
    ],
)
def test_dct_pipeline_marks_inferred_dates(text, published, source):
    analysis = pipeline.analyse(Article(id="x", text=text))
    assert analysis.article.published == published
    assert analysis.article.published_source == source
