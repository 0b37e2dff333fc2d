"""The timeline figure on the fixture database, read through ``fig.to_dict()`` (no Streamlit)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dashboard import charts
from dashboard.data import read_frames
from dashboard.filters import Filters, apply_filters, data_bounds
from dashboard.zoom import box_dates


@pytest.fixture
def frames(fixture_db):
    return read_frames(fixture_db)


def _points(fig) -> list[tuple[str, str]]:
    return [
        tuple(c) for t in fig.to_dict()["data"] if t.get("customdata") is not None for c in t["customdata"]
    ]


def test_charts_every_dated_item_is_a_selectable_point(frames):
    points = _points(charts.timeline_figure(frames))
    events = {i for k, i in points if k == "event"}
    statements = {i for k, i in points if k == "statement"}
    assert events == {"e1", "e2", "e3", "e4", "e5", "h_e1"}  # e6 has no date
    assert statements == {"s1", "s2", "h_s1"}


def test_charts_lanes_by_category_then_speaker(frames):
    ticks = charts.timeline_figure(frames).to_dict()["layout"]["yaxis"]["ticktext"]
    assert ticks[0].startswith("Events: ") and ticks[-1].startswith("Said by: ")
    assert "Said by: Ali Khamenei" in ticks
    by_outlet = charts.timeline_figure(frames, group_by="outlet").to_dict()["layout"]["yaxis"]["ticktext"]
    assert "Reported by: Example Times" in by_outlet


def test_charts_imprecise_dates_are_bars_and_days_are_points(frames):
    fig = charts.timeline_figure(frames).to_dict()
    bars = [t for t in fig["data"] if t.get("mode") == "lines" and t.get("name") is None]
    spans = {
        (str(t["x"][i])[:10], str(t["x"][i + 1])[:10]) for t in bars for i in range(0, len(t["x"]) - 1, 3)
    }
    assert ("2020-05-01", "2020-06-01") in spans  # May 2020, drawn to the end of its last day
    assert not any(x0 == "2020-01-03" for x0, _ in spans)


def test_charts_article_text_in_hover_is_escaped(frames):
    fig = charts.timeline_figure(frames).to_dict()
    texts = " ".join(str(h) for t in fig["data"] if t.get("hovertext") is not None for h in t["hovertext"])
    assert "<script" not in texts and "onerror=" not in texts.replace("onerror=alert", "")
    assert "&lt;script&gt;" in texts


def test_charts_highlight_adds_a_ring_on_the_item(frames):
    fig = charts.timeline_figure(frames, highlight="e2").to_dict()
    assert any(t.get("name") == "highlighted" for t in fig["data"])


def _synthetic(n: int, frames):
    base = frames.events.iloc[[0]]
    events = pd.concat([base] * n, ignore_index=True)
    events["id"] = [f"x{i}" for i in range(n)]
    events["d0"] = pd.Timestamp("2000-01-01") + pd.to_timedelta(range(n), unit="D")
    events["d1"] = events["d0"]
    return frames.with_(events=events, statements=frames.statements.iloc[0:0], links=frames.links.iloc[0:0])


def test_charts_webgl_above_a_thousand_points(frames):
    small = charts.timeline_figure(_synthetic(50, frames)).to_dict()["data"]
    large = charts.timeline_figure(_synthetic(charts.WEBGL_ABOVE + 10, frames)).to_dict()["data"]
    assert {t["type"] for t in small if t.get("customdata") is not None} == {"scatter"}
    assert {t["type"] for t in large if t.get("customdata") is not None} == {"scattergl"}


def test_charts_aggregates_when_very_many(frames, monkeypatch):
    monkeypatch.setattr(charts, "AGGREGATE_ABOVE", 100)
    fig = charts.timeline_figure(_synthetic(400, frames)).to_dict()
    kinds = {c[0] for t in fig["data"] for c in (t.get("customdata") or [])}
    assert kinds == {"count"}
    assert "Counts per period" in fig["layout"]["title"]["text"]
    assert fig["layout"]["dragmode"] == "select"  # a dragged box reaches the server, which zooms


def test_charts_zooming_to_a_period_shows_single_items(frames, monkeypatch):
    monkeypatch.setattr(charts, "AGGREGATE_ABOVE", 100)
    many = _synthetic(400, frames)
    days = box_dates({"selection": {"box": [{"x": ["2000-02-01", "2000-03-31"]}]}}, data_bounds(many))
    assert days == (date(2000, 2, 1), date(2000, 3, 31))
    zoomed = apply_filters(many, Filters(date_from=days[0], date_to=days[1]))
    fig = charts.timeline_figure(zoomed)
    assert {kind for kind, _ in _points(fig)} == {"event"} and len(zoomed.events) == 60
    fig = fig.to_dict()
    assert fig["layout"]["dragmode"] == "zoom" and not fig["layout"].get("title", {}).get("text")


def test_charts_focus_range_skips_a_few_old_dates():
    dates = pd.to_datetime(["1930-01-01"] + ["2020-01-01"] * 20 + ["2023-10-17"])
    items = pd.DataFrame({"x0": dates, "x1": dates})
    lo, hi = charts.focus_range(items)
    assert lo.year >= 2019 and hi.year == 2023
    even = pd.DataFrame(
        {
            "x0": pd.to_datetime(["2020-01-01", "2021-01-01"]),
            "x1": pd.to_datetime(["2020-01-01", "2021-01-01"]),
        }
    )
    assert charts.focus_range(even) is None
