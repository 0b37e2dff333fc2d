"""The export page on the fixture database (AppTest): buttons present, filters applied."""

from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest

from dashboard import export
from dashboard.data import read_frames
from extract import store
from tests.dashboard.pages import run_page

KEYS = ["export_csv", "export_json", "export_tljs", "export_html", "export_png", "export_svg"]


def _app(db: str, monkeypatch, **query: str) -> AppTest:
    return run_page("export.py", db, monkeypatch, **query)


def _captions(app: AppTest) -> str:
    return " ".join(c.value for c in app.caption)


def test_pages_export_offers_every_download(fixture_db, monkeypatch):
    app = _app(fixture_db, monkeypatch)
    assert len(app.get("download_button")) == len(KEYS)
    assert "Exports follow the filters: 7 events and 3 statements" in _captions(app)


def test_pages_export_follows_filters(fixture_db, monkeypatch):
    app = _app(fixture_db, monkeypatch, speaker="Javad Zarif")
    assert "Exports follow the filters: 7 events and 1 statement." in _captions(app)


def test_pages_export_lesson_is_offered(fixture_db, monkeypatch):
    conn = store.connect(fixture_db)
    lesson = store.save_lesson(conn, "Strike", [("event", "e1", ""), ("statement", "s1", "")])
    conn.close()
    app = _app(fixture_db, monkeypatch)
    assert app.selectbox(key="export_tl_source").options[1] == "Strike"  # shown by title
    app.selectbox(key="export_tl_source").set_value(lesson).run()
    assert not app.exception, app.exception


def test_pages_export_fixture_timelinejs_is_valid(fixture_db):
    doc = json.loads(export.timelinejs_json("t", read_frames(fixture_db)))
    assert doc["events"] and all("start_date" in e and "headline" in e["text"] for e in doc["events"])
    assert "<script" not in json.dumps(doc)
