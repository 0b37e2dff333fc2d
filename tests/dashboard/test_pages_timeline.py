"""The timeline and articles pages on the fixture database (AppTest, no browser)."""

from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest

from tests.dashboard.pages import run_page


def _app(page: str, db: str, monkeypatch, **query: str) -> AppTest:
    return run_page(page, db, monkeypatch, **query)


def test_pages_timeline_renders_chart_counts_and_picker(fixture_db, monkeypatch):
    app = _app("timeline.py", fixture_db, monkeypatch)
    assert app.title[0].value == "Timeline"
    assert "Showing 7 of 7 events and 3 of 3 statements" in " ".join(c.value for c in app.sidebar.caption)
    assert app.selectbox(key="tl_pick").value == ""


def test_pages_timeline_picker_shows_evidence_and_other_mentions(fixture_db, monkeypatch):
    app = _app("timeline.py", fixture_db, monkeypatch)
    app.selectbox(key="tl_pick").set_value("event:e1").run()
    text = " ".join(m.value for m in app.markdown)
    assert "Drone strike kills commander" in text and "Daily Example" in text
    assert "Other mentions of this happening** (1)" in text


def test_pages_timeline_table_tab_is_built_only_when_open(fixture_db, monkeypatch):
    app = _app("timeline.py", fixture_db, monkeypatch)
    assert [t.label for t in app.tabs] == ["Chart", "Table"]
    assert not app.dataframe  # the chart tab is open: the table is not built
    app.session_state["tl_view"] = "Table"
    app.run()
    assert not app.exception
    table = app.dataframe[0].value
    assert len(table) == 10 and {"kind", "date"} <= set(table.columns)


def test_pages_timeline_filters_come_from_the_url(fixture_db, monkeypatch):
    app = _app("timeline.py", fixture_db, monkeypatch, speaker="Javad Zarif")
    assert "1 of 3 statements" in " ".join(c.value for c in app.sidebar.caption)


def test_pages_articles_shows_highlighted_escaped_text(fixture_db, monkeypatch):
    app = _app("articles.py", fixture_db, monkeypatch, article="h1")
    html = " ".join(m.value for m in app.markdown)
    assert "dl-article-text" in html and "&lt;script&gt;" in html
    assert "<script>" not in html.replace("<style>", "")
    assert "javascript:" not in html


def test_pages_timeline_chart_is_the_basic_bundle_component(fixture_db, monkeypatch):
    monkeypatch.delenv("DATELINE_CHART", raising=False)
    app = _app("timeline.py", fixture_db, monkeypatch)
    charts = app.get("bidi_component")
    assert [c.proto.component_name for c in charts] == ["dateline_chart"]
    assert not app.get("plotly_chart")  # Streamlit's whole-library chart is not on the page
    sent = json.loads(charts[0].proto.json)
    assert sent["select"] is True and "/dateline/js/plotly-" in sent["library"]
    figure = json.loads(sent["figure"])
    ids = {tuple(d) for trace in figure["data"] for d in trace.get("customdata") or [] if isinstance(d, list)}
    assert ("event", "e1") in ids  # the fixture's items are on the chart, clickable


def test_pages_timeline_chart_can_be_streamlits_own(fixture_db, monkeypatch):
    monkeypatch.setenv("DATELINE_CHART", "streamlit")
    app = _app("timeline.py", fixture_db, monkeypatch)
    assert len(app.get("plotly_chart")) == 1 and not app.get("bidi_component")
