"""Lesson helpers: editing a draft, building slides, slide numbers from the URL."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import lessons
from dashboard.frames import Frames


def _frames() -> Frames:
    articles = pd.DataFrame(
        [{"id": "a1", "title": "A <b>title</b>", "outlet": "Outlet & Co", "url": "javascript:alert(1)",
          "published": "2020-05-20"}]
    )  # fmt: skip
    events = pd.DataFrame(
        [{"id": "e1", "article_id": "a1", "title": "Rockets fired", "sentence": "On 3 May rockets were fired.",
          "date_text": "3 May", "date_start": "2020-05-03", "date_end": "2020-05-03", "granularity": "day"}]
    )  # fmt: skip
    statements = pd.DataFrame(
        [{"id": "s1", "article_id": "a1", "speaker": "Jane Roe", "quote": "<script>x()</script>",
          "sentence": "“<script>x()</script>,” Jane Roe said.", "date_start": "2020-05-19",
          "date_end": "2020-05-19", "granularity": "day", "date_source": "publication", "timex": None}]
    )  # fmt: skip
    empty = pd.DataFrame()
    return Frames(articles, events, statements, empty, empty)


@pytest.mark.parametrize(
    ("refs", "index", "delta", "expected"),
    [
        ([("event", "a", ""), ("event", "b", ""), ("event", "c", "")], 2, -1, ["a", "c", "b"]),
        ([("event", "a", ""), ("event", "b", ""), ("event", "c", "")], 0, 1, ["b", "a", "c"]),
        ([("event", "a", ""), ("event", "b", "")], 0, -1, ["a", "b"]),
        ([("event", "a", ""), ("event", "b", "")], 1, 5, ["a", "b"]),
        ([("event", "a", "")], 7, 1, ["a"]),
    ],
)
def test_lessons_move_ref(refs, index, delta, expected):
    assert [r[1] for r in lessons.move_ref(refs, index, delta)] == expected


def test_lessons_add_ref_skips_duplicates_and_rejects_unknown_kinds():
    refs = lessons.add_ref([], "event", "e1")
    assert lessons.add_ref(refs, "event", "e1") == [("event", "e1", "")]
    assert lessons.add_ref(refs, "statement", "e1")[-1] == ("statement", "e1", "")
    with pytest.raises(ValueError):
        lessons.add_ref(refs, "article", "a1")


def test_lessons_remove_and_note():
    refs = [("event", "a", ""), ("statement", "b", "")]
    assert lessons.remove_ref(refs, 0) == [("statement", "b", "")]
    assert lessons.set_note(refs, 1, "Compare")[1] == ("statement", "b", "Compare")


def test_lessons_warns_above_twenty_slides():
    refs = [("event", str(i), "") for i in range(lessons.MAX_SLIDES)]
    assert not lessons.too_many(refs)
    assert lessons.too_many([*refs, ("event", "x", "")])


@pytest.mark.parametrize(
    ("raw", "count", "expected"),
    [("3", 5, 3), ("0", 5, 1), ("99", 5, 5), ("abc", 5, 1), (None, 5, 1), ("2", 0, 1)],
)
def test_lessons_slide_number(raw, count, expected):
    assert lessons.slide_number(raw, count) == expected


@pytest.mark.parametrize(
    ("start", "end", "granularity", "expected"),
    [
        ("2020-05-03", "2020-05-03", "day", "2020-05-03"),
        ("2020-01-01", "2020-01-31", "month", "2020-01"),
        ("1994-01-01", "1994-12-31", "year", "1994"),
        ("1930-01-01", "1939-12-31", "decade", "1930s"),
        ("2023-10-10", "2023-10-17", "range", "2023-10-10 to 2023-10-17"),
        (None, None, "unknown", "no date"),
    ],
)
def test_lessons_normalised_date(start, end, granularity, expected):
    assert lessons.normalised_date(start, end, granularity) == expected


def test_lessons_build_slides_event_and_statement():
    slides = lessons.build_slides(
        _frames(), [("statement", "s1", "Who?"), ("event", "e1", ""), ("event", "gone", "")]
    )
    assert [s.item_id for s in slides] == ["s1", "e1"]
    quote, event = slides
    assert (quote.headline, quote.speaker, quote.outlet, quote.note) == (
        "<script>x()</script>",
        "Jane Roe",
        "Outlet & Co",
        "Who?",
    )
    assert quote.date_text == "not stated (publication date)"
    assert (event.headline, event.date_text, event.date_label) == ("Rockets fired", "3 May", "2020-05-03")
    assert lessons.date_span(slides) == ("2020-05-03", "2020-05-19")


def test_lessons_slide_html_escapes_everything():
    quote = lessons.build_slides(_frames(), [("statement", "s1", "<i>n</i>")])[0]
    html = lessons.slide_html(quote, 1, 2)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "javascript:" not in html and "<i>n</i>" not in html
    assert "Slide 1 of 2" in html and "Outlet &amp; Co" in html


def test_lessons_explore_url_covers_dates_and_articles():
    slides = lessons.build_slides(_frames(), [("event", "e1", ""), ("statement", "s1", "")])
    url = lessons.explore_url(slides, "./")
    assert url == "./?from=2020-05-03&to=2020-05-19&article=a1"
    assert lessons.explore_url([], "./") == "./"


def test_lessons_restrict_keeps_only_slide_items():
    frames = _frames()
    frames = frames.with_(links=pd.DataFrame({"statement_id": ["s1"], "event_id": ["e1"]}),
                          canonical=pd.DataFrame({"id": ["c1"]}))  # fmt: skip
    frames = frames.with_(events=frames.events.assign(canonical_id="c1"))
    slides = lessons.build_slides(frames, [("statement", "s1", "")])
    cut = lessons.restrict(frames, slides)
    assert (
        list(cut.statements["id"]) == ["s1"] and cut.events.empty and cut.links.empty and cut.canonical.empty
    )


@pytest.mark.parametrize(("length", "small"), [(20, False), (lessons.LONG_HEADLINE + 1, True)])
def test_lessons_long_quotes_get_smaller_type(length, small):
    slide = lessons.build_slides(_frames(), [("event", "e1", "")])[0]
    slide = lessons.Slide(**{**slide.__dict__, "headline": "x" * length})
    assert ("dl-long" in lessons.slide_html(slide, 1, 1)) is small
