"""Exports: CSV/JSON round trips, TimelineJS shape, offline HTML, images."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard import export
from dashboard.frames import Frames
from dashboard.lessons import Slide


def _frames() -> Frames:
    articles = pd.DataFrame(
        [{"id": "a1", "title": "T", "outlet": "Outlet <i>", "url": "https://example.org/a",
          "published": "2020-05-20", "published_source": "metadata"}]
    )  # fmt: skip
    events = pd.DataFrame(
        [{"id": "e1", "article_id": "a1", "title": "=HYPERLINK(\"x\")", "sentence": "In May 2020 it happened.",
          "start": 3, "end": 11, "date_text": "May 2020", "date_start": "2020-05-01", "date_end": "2020-05-31",
          "granularity": "month", "timex": "2020-05", "confidence": 0.9, "category": "other",
          "canonical_id": "c1", "outlet": "Outlet <i>"},
         {"id": "e2", "article_id": "a1", "title": "Undated", "sentence": "Once.", "start": 0, "end": 4,
          "date_text": "once", "date_start": None, "date_end": None, "granularity": "unknown",
          "timex": None, "confidence": 0.2, "category": "other", "canonical_id": "c2"}]
    )  # fmt: skip
    statements = pd.DataFrame(
        [{"id": "s1", "article_id": "a1", "speaker": "Jane Roe", "speaker_start": 0, "speaker_end": 8,
          "medium": "twitter", "direct": True, "quote": "<img src=x onerror=alert(1)>", "start": 10,
          "end": 40, "date_start": "2020-05-19", "date_end": "2020-05-19", "granularity": "day",
          "timex": "2020-05-19", "sentence": "s", "date_source": "text"}]
    )  # fmt: skip
    links = pd.DataFrame([{"statement_id": "s1", "event_id": "e1"}])
    canonical = pd.DataFrame(
        [{"id": "c1", "title": "It", "date_start": "2020-05-01", "date_end": "2020-05-31",
          "granularity": "month", "timex": "2020-05"}]
    )  # fmt: skip
    return Frames(articles, events, statements, links, canonical)


def test_export_json_has_contract_fields_and_round_trips():
    doc = json.loads(export.to_json(_frames()))
    assert set(doc) == {"articles", "events", "statements", "canonical_events"}
    assert set(doc["events"][0]) == set(export.EVENT_FIELDS)
    assert doc["statements"][0]["event_ids"] == ["e1"] and doc["statements"][0]["direct"] is True
    assert doc["events"][1]["date_start"] is None
    assert doc["canonical_events"][0]["event_ids"] == ["e1"]
    assert doc["canonical_events"][0]["article_ids"] == ["a1"]


def test_export_csv_round_trips_ids_and_defuses_formulas():
    table = pd.read_csv(io.StringIO(export.to_csv(_frames())), dtype=str, keep_default_na=False)
    assert list(table.columns) == export.ITEM_COLUMNS
    assert sorted(table["id"]) == ["e1", "e2", "s1"]
    row = table.set_index("id").loc["e1"]
    assert row["headline"] == '\'=HYPERLINK("x")'
    assert table.set_index("id").loc["s1", "headline"] == "<img src=x onerror=alert(1)>"


def test_export_empty_frames_give_header_only():
    empty = pd.DataFrame()
    frames = Frames(empty, empty, empty, empty, empty)
    assert export.to_csv(frames).strip() == ",".join(export.ITEM_COLUMNS)
    assert json.loads(export.to_json(frames))["events"] == []


@pytest.mark.parametrize(
    ("iso", "granularity", "expected"),
    [
        ("2020-05-03", "day", {"year": 2020, "month": 5, "day": 3}),
        ("2020-05-01", "month", {"year": 2020, "month": 5}),
        ("1994-01-01", "year", {"year": 1994}),
        ("1930-01-01", "decade", {"year": 1930}),
        ("2023-10-10", "range", {"year": 2023, "month": 10, "day": 10}),
        (None, "unknown", None),
    ],
)
def test_export_timelinejs_date_precision(iso, granularity, expected):
    assert export.tl_date(iso, granularity) == expected


def test_export_timelinejs_shape_and_escaping():
    doc = json.loads(export.timelinejs_json("Lesson <1>", _frames()))
    assert doc["title"]["text"]["headline"] == "Lesson &lt;1&gt;"
    ids = [e["unique_id"] for e in doc["events"]]
    assert ids == ["event-e1", "statement-s1"]  # the undated event is left out
    month, quote = doc["events"]
    assert month["start_date"] == {"year": 2020, "month": 5} and month["end_date"] == {
        "year": 2020,
        "month": 5,
    }
    assert month["display_date"] == "May 2020 (2020-05)" and month["group"] == "Events"
    assert "end_date" not in quote and quote["group"] == "Statements"
    assert "<img" not in quote["text"]["headline"] and "&lt;img" in quote["text"]["headline"]
    assert "Outlet &lt;i&gt;" in quote["text"]["text"]


def test_export_timelinejs_drops_unsafe_links():
    slide = Slide("event", "e", "H", "", "O", "", "", "", "2020-01-01", "2020-01-01", "day", "S",
                  url="javascript:alert(1)")  # fmt: skip
    assert "javascript:" not in json.dumps(export.tl_event(slide))


def test_export_figure_html_is_offline():
    html = export.figure_html(go.Figure(go.Scatter(x=[1, 2], y=[3, 4])))
    assert '<script src="http' not in html and "<script src='http" not in html
    assert "plotly.js v" in html or "Plotly" in html
    assert len(html) > 1_000_000  # the library itself is inline


def test_export_figure_image_rejects_other_formats():
    with pytest.raises(ValueError):
        export.figure_image(go.Figure(), "gif")


@pytest.mark.skipif(
    not (Path("/usr/bin/chromium").exists() or shutil.which("chromium")), reason="kaleido needs Chromium"
)
@pytest.mark.parametrize(("fmt", "magic"), [("png", b"\x89PNG"), ("svg", b"<svg")])
def test_export_figure_image(fmt, magic):
    data = export.figure_image(go.Figure(go.Scatter(x=[1, 2], y=[3, 4])), fmt, width=300, height=200)
    assert data.lstrip()[: len(magic)] == magic
