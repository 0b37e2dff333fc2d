"""The add page on the fixture database (AppTest): pasted text is extracted and stored."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from extract import store
from tests.dashboard.pages import run_page

TEXT = 'Talks resumed in Vienna on 3 May 2020. "We are hopeful," Foreign Minister Jane Roe said on Tuesday.'


def _article_ids(db: str) -> set[str]:
    conn = store.connect(db)
    try:
        return {r["id"] for r in store.rows(conn, "SELECT id FROM articles")}
    finally:
        conn.close()


def _app(db: str, monkeypatch) -> AppTest:
    return run_page("add.py", db, monkeypatch)


def test_pages_add_paste_extract_and_store(fixture_db, monkeypatch):
    app = _app(fixture_db, monkeypatch)
    app.text_area(key="add_paste").set_value(TEXT)
    app.button(key="add_use_paste").click().run()
    app.text_input[0].set_value("Talks resume")
    app.text_input[1].set_value("Example Wire")
    app.button(key="add_submit").click().run()
    assert not app.exception, app.exception
    assert any("Added “Talks resume” (Example Wire)" in s.value for s in app.success), [
        e.value for e in app.error
    ]
    new = _article_ids(fixture_db) - {"a1", "a2", "h1"}
    assert len(new) == 1 and next(iter(new)).startswith("pasted-")


def test_pages_add_empty_paste_is_refused(fixture_db, monkeypatch):
    app = _app(fixture_db, monkeypatch)
    app.text_area(key="add_paste").set_value("   ")
    app.button(key="add_use_paste").click().run()
    assert any("empty" in e.value for e in app.error)
    assert _article_ids(fixture_db) == {"a1", "a2", "h1"}
