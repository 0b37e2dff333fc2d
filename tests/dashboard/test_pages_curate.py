"""The curate page on the fixture database (AppTest)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from extract import store

PAGE = str(Path(__file__).resolve().parents[2] / "dashboard" / "app_pages" / "curate.py")


@pytest.fixture()
def page(fixture_db, monkeypatch):
    monkeypatch.setenv("DATELINE_DB", fixture_db)
    app = AppTest.from_file(PAGE, default_timeout=30)
    app.run()
    assert not app.exception, app.exception
    return app


def _live(db: str) -> list[tuple[str, str, str, object]]:
    conn = store.connect(db)
    try:
        return [(c["item_kind"], c["item_id"], c["field"], c["value"]) for c in store.live_corrections(conn)]
    finally:
        conn.close()


def test_pages_curate_renders_tabs_and_pickers(page):
    assert page.title[0].value == "Curate"
    assert [t.label for t in page.tabs] == ["Events", "Statements", "Merge / split", "Recent changes"]
    assert page.selectbox(key="cur_event").value is not None
    assert page.selectbox(key="cur_statement").value is not None


def test_pages_curate_title_change_is_stored_and_listed(page, fixture_db):
    page.selectbox(key="cur_event").set_value("e1").run()
    page.text_input[0].set_value("Strike near the airport")
    page.button(key="cur_event_save").click().run()
    assert not page.exception
    assert _live(fixture_db) == [("event", "e1", "title", "Strike near the airport")]
    assert any("Saved" in s.value for s in page.success)
    assert "title set to" in page.dataframe[0].value.iloc[0]["change"]


def test_pages_curate_bad_date_shows_error_and_writes_nothing(page, fixture_db):
    page.selectbox(key="cur_event").set_value("e2").run()
    page.text_input[2].set_value("2020-05-40")
    page.button(key="cur_event_save").click().run()
    assert any("not a date" in e.value for e in page.error)
    assert _live(fixture_db) == []


def test_pages_curate_speaker_fix_then_undo(page, fixture_db):
    page.selectbox(key="cur_statement").set_value("s2").run()
    form_inputs = [t for t in page.text_input if t.label.startswith("Speaker")]
    form_inputs[0].set_value("Mohammad Javad Zarif")
    page.button(key="cur_statement_save").click().run()
    assert _live(fixture_db) == [("statement", "s2", "speaker", "Mohammad Javad Zarif")]
    page.button(key="cur_undo").click().run()
    assert _live(fixture_db) == []
    assert any("Undone" in s.value for s in page.success)


def test_pages_curate_hide_event(page, fixture_db):
    page.selectbox(key="cur_event").set_value("e3").run()
    page.button(key="cur_event_hide").click().run()
    assert _live(fixture_db) == [("event", "e3", "hidden", True)]
    assert page.button(key="cur_event_hide").label == "Show again"


def test_pages_curate_split_and_merge(page, fixture_db):
    page.selectbox(key="cur_split_event").set_value("e4").run()
    page.button(key="cur_split").click().run()
    assert _live(fixture_db) == [("event", "e4", "canonical_id", "split-e4")]
    page.multiselect(key="cur_merge_from").set_value(["split-e4"])
    page.selectbox(key="cur_merge_into").set_value("c1").run()
    page.button(key="cur_merge").click().run()
    assert _live(fixture_db)[-1] == ("event", "e4", "canonical_id", "c1")
