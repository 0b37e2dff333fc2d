"""The lessons page on the fixture database (AppTest): build, save, reopen, present, delete."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from extract import store
from tests.dashboard.pages import run_page


def _app(db: str, monkeypatch, **query: str) -> AppTest:
    return run_page("lessons.py", db, monkeypatch, **query)


def _saved(db: str, title: str, items: list[tuple[str, str, str]]) -> int:
    conn = store.connect(db)
    try:
        return store.save_lesson(conn, title, items)
    finally:
        conn.close()


def _lessons(db: str) -> list[tuple[str, list[tuple[str, str, str]]]]:
    conn = store.connect(db)
    try:
        out = []
        for lesson in store.list_lessons(conn):
            items = [
                (i["item_kind"], i["item_id"], i["note"]) for i in store.lesson_items(conn, lesson["id"])
            ]
            out.append((lesson["title"], items))
        return out
    finally:
        conn.close()


def test_pages_lessons_build_order_and_save(fixture_db, monkeypatch):
    app = _app(fixture_db, monkeypatch)
    app.text_input(key="les_title").set_value("The strike")
    app.multiselect(key="les_pick").set_value(["event:e1", "statement:s1"])
    app.button(key="les_add").click().run()
    app.button(key="les_up_1").click().run()
    app.text_input(key="les_note_event_e1").set_value("What happened first?")
    app.button(key="les_save").click().run()
    assert not app.exception, app.exception
    assert _lessons(fixture_db) == [
        ("The strike", [("statement", "s1", ""), ("event", "e1", "What happened first?")])
    ]
    assert app.query_params["lesson"] == ["1"] or app.query_params["lesson"] == "1"
    assert any("Saved lesson" in s.value for s in app.success)


def test_pages_lessons_save_needs_a_title(fixture_db, monkeypatch):
    app = _app(fixture_db, monkeypatch)
    app.multiselect(key="les_pick").set_value(["event:e1"])
    app.button(key="les_add").click().run()
    app.button(key="les_save").click().run()
    assert any("needs a title" in e.value for e in app.error)
    assert _lessons(fixture_db) == []


def test_pages_lessons_warns_above_twenty(fixture_db, monkeypatch):
    lesson = _saved(fixture_db, "Long", [("event", f"x{i}", "") for i in range(21)])
    app = _app(fixture_db, monkeypatch, lesson=str(lesson))
    assert any("more than 20" in w.value for w in app.warning)


def test_pages_lessons_reopen_from_url(fixture_db, monkeypatch):
    lesson = _saved(fixture_db, "Reopened", [("event", "e2", "n")])
    app = _app(fixture_db, monkeypatch, lesson=str(lesson))
    assert app.text_input(key="les_title").value == "Reopened"
    assert app.text_input(key="les_note_event_e2").value == "n"
    assert any("Explore" in m.value for m in app.markdown)


@pytest.mark.parametrize(
    ("slide", "counter"), [("1", "Slide 1 of 2"), ("2", "Slide 2 of 2"), ("9", "Slide 2 of 2")]
)
def test_pages_lessons_present_mode(fixture_db, monkeypatch, slide, counter):
    lesson = _saved(fixture_db, "Show", [("event", "e1", ""), ("statement", "h_s1", "")])
    app = _app(fixture_db, monkeypatch, lesson=str(lesson), slide=slide, present="1")
    html = " ".join(h.proto.body for h in app.get("html"))
    assert counter in html
    assert "<script>" not in html.replace("<style>", "")
    assert [c.proto.component_name for c in app.get("bidi_component")] == ["dateline_chart"]


def test_pages_lessons_present_next_and_previous(fixture_db, monkeypatch):
    lesson = _saved(fixture_db, "Show", [("event", "e1", ""), ("event", "e2", ""), ("event", "e3", "")])
    app = _app(fixture_db, monkeypatch, lesson=str(lesson), slide="1", present="1")
    assert app.button(key="present_prev").disabled
    app.button(key="present_next").click().run()
    app.button(key="present_next").click().run()
    html = " ".join(h.proto.body for h in app.get("html"))
    assert "Slide 3 of 3" in html and app.button(key="present_next").disabled
    app.button(key="present_prev").click().run()
    assert "Slide 2 of 3" in " ".join(h.proto.body for h in app.get("html"))


def test_pages_lessons_delete_asks_first(fixture_db, monkeypatch):
    lesson = _saved(fixture_db, "Gone soon", [("event", "e1", "")])
    app = _app(fixture_db, monkeypatch)
    app.button(key=f"les_delete_{lesson}").click().run()
    assert _lessons(fixture_db) != []
    app.button(key="les_delete_yes").click().run()
    assert not app.exception, app.exception
    assert _lessons(fixture_db) == []
