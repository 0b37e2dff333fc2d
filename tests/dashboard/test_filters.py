"""Filters: pure filtering on the fixture database, and the URL round trip."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.data import read_frames
from dashboard.filters import Filters, apply_filters, filters_from_query, filters_to_query


@pytest.fixture
def frames(fixture_db):
    return read_frames(fixture_db)


def _ids(frames) -> tuple[set[str], set[str]]:
    return set(frames.events["id"]), set(frames.statements["id"])


@pytest.mark.parametrize(
    ("filters", "events", "statements"),
    [
        (Filters(), {"e1", "e2", "e3", "e4", "e5", "e6", "h_e1"}, {"s1", "s2", "h_s1"}),
        (Filters(speakers=("Javad Zarif",)), {"e1", "e2", "e3", "e4", "e5", "e6", "h_e1"}, {"s2"}),
        (Filters(outlets=("Example Times",)), {"e4", "e5", "e6"}, {"s2"}),
        (Filters(date_from=date(2020, 1, 1), date_to=date(2020, 12, 31)), {"e1", "e2", "e4"}, {"s1", "s2"}),
        (Filters(include_imprecise=False), {"e1", "e4", "h_e1"}, {"s1", "s2", "h_s1"}),
        (Filters(min_confidence=0.5), {"e1", "e2", "e4", "e5", "h_e1"}, {"s1", "s2", "h_s1"}),
        (Filters(text="terrorism"), set(), {"s2"}),
        (Filters(articles=("a1",), categories=("attack",)), {"e1"}, {"s1"}),
    ],
)
def test_filters_apply_filters(frames, filters, events, statements):
    assert _ids(apply_filters(frames, filters)) == (events, statements)


def test_filters_links_follow_what_remains(frames):
    shown = apply_filters(frames, Filters(speakers=("Javad Zarif",)))
    assert set(shown.links["statement_id"]) == {"s2"}


@pytest.mark.parametrize(
    "filters",
    [
        Filters(),
        Filters(date_from=date(2020, 1, 1), speakers=("A", "B c"), text="drone", min_confidence=0.4),
        Filters(
            outlets=("X",),
            articles=("a1",),
            categories=("attack",),
            include_imprecise=False,
            include_inferred=False,
        ),
    ],
)
def test_filters_url_round_trip(filters):
    assert filters_from_query(filters_to_query(filters)) == filters


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"from": "not-a-date", "minconf": "abc"}, Filters()),
        ({"minconf": "7"}, Filters(min_confidence=1.0)),
        ({"speaker": "Ali Khamenei"}, Filters(speakers=("Ali Khamenei",))),
        ({"to": ["2020-01-01", "2021-02-03"]}, Filters(date_to=date(2021, 2, 3))),
    ],
)
def test_filters_malformed_urls_fall_back_to_defaults(query, expected):
    assert filters_from_query(query) == expected
