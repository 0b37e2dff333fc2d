"""Provenance: the selected item, its evidence passage, and other outlets' mentions."""

from __future__ import annotations

import pytest

from dashboard import evidence as E
from dashboard.articles import article_spans, article_summary, expression_spans
from dashboard.data import read_frames
from dashboard.table import items_table


@pytest.fixture
def frames(fixture_db):
    return read_frames(fixture_db)


@pytest.mark.parametrize(
    ("selection", "item"),
    [
        ({"selection": {"points": [{"customdata": ["event", "e1"]}]}}, ("event", "e1")),
        (
            {
                "selection": {
                    "points": [{"customdata": ["link", "s1|e1"]}, {"customdata": ["statement", "s2"]}]
                }
            },
            ("statement", "s2"),
        ),
        ({"selection": {"points": [{"customdata": ["count", "3|2020-01"]}]}}, None),
        ({"selection": {"points": []}}, None),
        (None, None),
    ],
)
def test_evidence_selected_item(selection, item):
    assert E.selected_item(selection) == item


def test_evidence_event_passage_highlights_its_date(frames):
    found = E.evidence(frames, ("event", "e1"))
    assert found is not None and found.outlet == "Daily Example"
    assert '<mark class="dl-date"' in found.passage_html and ">3 January 2020</mark>" in found.passage_html
    assert "drone strike killed" in found.sentence


def test_evidence_hostile_article_is_escaped_and_its_link_dropped(frames):
    found = E.evidence(frames, ("statement", "h_s1"))
    assert found is not None
    assert "<script" not in found.passage_html and "<img" not in found.passage_html
    assert "&lt;script&gt;" in found.passage_html
    assert (
        found.url == "javascript:alert(document.cookie)"
    )  # shown only through safe.link_html, which drops it


def test_evidence_other_mentions_of_the_same_happening(frames):
    others = E.other_mentions(frames, "e1")
    assert list(others["id"]) == ["e4"] and list(others["outlet"]) == ["Example Times"]
    assert E.other_mentions(frames, "e2").empty


def test_evidence_statement_lists_the_events_it_concerns(frames):
    linked = E.linked_events(frames, "s1")
    assert list(linked["title"]) == ["Drone strike kills commander"]


def test_evidence_missing_item_gives_nothing(frames):
    assert E.evidence(frames, ("event", "nope")) is None


def test_articles_spans_and_summary(frames):
    kinds = sorted(k for _, _, k, _ in article_spans(frames, "a1"))
    # three event dates, and "Quds Day" found by the tagger alone
    assert kinds.count("date") == 4 and "statement" in kinds and "speaker" in kinds
    titles = [t for _, _, k, t in article_spans(frames, "a1") if k == "date"]
    assert "date: 2020-01-03" in titles  # the event's span, not a second copy from the tagger
    summary = article_summary(frames, "a2")
    assert summary["published"].startswith("2020-01-04 (inferred")


def test_table_has_one_row_per_item_in_date_order(frames):
    table = items_table(frames)
    assert len(table) == len(frames.events) + len(frames.statements)
    dated = table["date"].dropna().tolist()
    assert dated == sorted(dated)
    assert table["date"].isna().iloc[-1]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The minister said on Wednesday that talks resume.",
            "2020-02-05",
            [("Wednesday", "date: 2020-02-05")],
        ),
        ("The minister said on Wednesday that talks resume.", None, [("Wednesday", "date: XXXX-WXX-3")]),
        ("The talks lasted three years and met every Monday.", "2020-02-05", []),
        (
            "The minister spoke at 10 a.m. on 4 May 2019.",
            "not a date",
            [("10 a.m. on 4 May 2019", "date: 2019-05-04T10:00")],
        ),
    ],
)
def test_articles_every_date_expression_is_highlighted(text, published, expected):
    found = [(text[s:e], title) for s, e, kind, title in expression_spans(text, published)]
    assert found == expected
