"""Lessons: pick and order items, save them, and present them one slide at a time.

The URL carries the lesson (``?lesson=3``), the slide (``&slide=2``) and present
mode (``&present=1``), so a link opens the lesson where the teacher left it.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import lessons as L
from dashboard.chart_view import draw
from dashboard.charts import timeline_figure
from dashboard.data import db_path, load_frames
from dashboard.filters import filtered_view
from dashboard.frames import Frames
from dashboard.safe import escape
from extract import store

TIMELINE_URL = "./"  # the timeline is the app's default page
DRAFT, TITLE, LOADED, CONFIRM = "les_draft", "les_title", "les_loaded", "les_confirm_delete"


def _query_int(name: str) -> int | None:
    try:
        return int(st.query_params.get(name, ""))
    except ValueError:
        return None


def _conn():  # type: ignore[no-untyped-def]
    return store.connect(db_path())


def _load(lesson_id: int | None) -> None:
    """Put a saved lesson (or an empty one) into the editor's state."""
    refs: list[L.Ref] = []
    title = ""
    if lesson_id is not None:
        conn = _conn()
        try:
            found = [x for x in store.list_lessons(conn) if x["id"] == lesson_id]
            refs = L.refs_from_rows(store.lesson_items(conn, lesson_id)) if found else []
        finally:
            conn.close()
        title = found[0]["title"] if found else ""
        if not found:
            st.query_params.pop("lesson", None)
            lesson_id = None
    st.session_state.update({DRAFT: refs, TITLE: title, LOADED: lesson_id})
    for ref in refs:
        st.session_state[_note_key(ref)] = ref[2]


def _forget_draft() -> None:
    """Drop the draft and the lesson in the URL; the next run starts an empty lesson."""
    st.query_params.clear()
    st.session_state.pop(DRAFT, None)
    st.session_state[LOADED] = None


def _note_key(ref: L.Ref) -> str:
    return f"les_note_{ref[0]}_{ref[1]}"


def _edit(op: str, index: int) -> None:
    """Callback: change the draft's order (only session state is touched)."""
    refs = st.session_state[DRAFT]
    moves = {"up": lambda: L.move_ref(refs, index, -1), "down": lambda: L.move_ref(refs, index, 1)}
    st.session_state[DRAFT] = moves[op]() if op in moves else L.remove_ref(refs, index)


def _add_picked() -> None:
    """Callback: append the picked items to the draft."""
    refs = st.session_state[DRAFT]
    for key in st.session_state.get("les_pick", []):
        refs = L.add_ref(refs, *L.split_key(key))
    st.session_state[DRAFT] = refs
    st.session_state["les_pick"] = []


def _open(lesson_id: int, present: bool) -> None:
    st.query_params.update({"lesson": str(lesson_id), "slide": "1"})
    if present:
        st.query_params["present"] = "1"
    elif "present" in st.query_params:
        del st.query_params["present"]
    st.rerun()


def _saved_list() -> None:
    conn = _conn()
    try:
        saved = store.list_lessons(conn)
    finally:
        conn.close()
    st.subheader("Saved lessons")
    if not saved:
        st.caption("None yet: pick items below and save.")
    for lesson in saved:
        lid = int(lesson["id"])
        name, opened, shown, gone = st.columns([5, 1, 1, 1], vertical_alignment="center")
        name.text(f"{lesson['title']} · {lesson['items']} items · updated {lesson['updated_at']}")
        if opened.button("Edit", key=f"les_open_{lid}"):
            _open(lid, present=False)
        if shown.button("Present", key=f"les_present_{lid}", type="primary"):
            _open(lid, present=True)
        if gone.button("Delete", key=f"les_delete_{lid}"):
            st.session_state[CONFIRM] = lid
    _confirm_delete()


def _confirm_delete() -> None:
    lid = st.session_state.get(CONFIRM)
    if lid is None:
        return
    st.warning(f"Delete lesson {lid}? This cannot be undone.")
    yes, no = st.columns(2)
    if yes.button("Yes, delete", key="les_delete_yes"):
        conn = _conn()
        try:
            store.delete_lesson(conn, int(lid))
        finally:
            conn.close()
        st.session_state.pop(CONFIRM, None)
        if st.session_state.get(LOADED) == lid:
            _forget_draft()
        st.rerun()
    if no.button("Keep it", key="les_delete_no"):
        st.session_state.pop(CONFIRM, None)
        st.rerun()


def _draft_rows(frames: Frames) -> None:
    refs: list[L.Ref] = st.session_state[DRAFT]
    labels = L.item_options(frames)
    for i, ref in enumerate(refs):
        text, note, up, down, rm = st.columns([6, 3, 1, 1, 1], vertical_alignment="center")
        label = labels.get(f"{ref[0]}:{ref[1]}", f"{ref[0]} {ref[1]} (hidden or removed)")
        text.text(f"{i + 1}. [{ref[0]}] {label}")
        note.text_input(
            "Note", key=_note_key(ref), label_visibility="collapsed", placeholder="note for the class"
        )
        up.button("↑", key=f"les_up_{i}", on_click=_edit, args=("up", i), disabled=i == 0, help="Move up")
        down.button("↓", key=f"les_down_{i}", on_click=_edit, args=("down", i), disabled=i == len(refs) - 1)
        rm.button("✕", key=f"les_rm_{i}", on_click=_edit, args=("remove", i), help="Remove")


def _save() -> None:
    title = " ".join(str(st.session_state.get(TITLE, "")).split())
    refs = [
        (k, i, str(st.session_state.get(_note_key((k, i, "")), ""))) for k, i, _ in st.session_state[DRAFT]
    ]
    if not title or not refs:
        st.error("A lesson needs a title and at least one item.")
        return
    conn = _conn()
    try:
        lesson_id = store.save_lesson(conn, title, refs, lesson_id=st.session_state.get(LOADED))
    finally:
        conn.close()
    st.session_state[LOADED] = lesson_id
    st.session_state["les_flash"] = f"Saved lesson “{title}” with {len(refs)} items."
    _open(lesson_id, present=False)


def _editor(frames: Frames) -> None:
    loaded = st.session_state.get(LOADED)
    st.subheader(f"Editing lesson {loaded}" if loaded else "New lesson")
    st.text_input("Lesson title", key=TITLE, placeholder="e.g. Reactions to the January 2020 strike")
    _, shown = filtered_view(frames)
    options = L.item_options(shown)
    st.multiselect(
        "Pick events and statements (narrow the choice with the filters in the sidebar)",
        list(options), format_func=options.get, key="les_pick",
    )  # fmt: skip
    st.button("Add to lesson", key="les_add", on_click=_add_picked)
    refs = st.session_state[DRAFT]
    if L.too_many(refs):
        st.warning(f"{len(refs)} slides: more than {L.MAX_SLIDES} is a lot for one lesson.")
    _draft_rows(frames)
    save, new = st.columns(2)
    if save.button("Save lesson", key="les_save", type="primary", disabled=not refs):
        _save()
    if new.button("Start a new lesson", key="les_new"):
        _forget_draft()
        st.rerun()
    if loaded:
        _explore_link(frames, refs)


def _explore_link(frames: Frames, refs: list[L.Ref]) -> None:
    url = L.explore_url(L.build_slides(frames, refs), TIMELINE_URL)
    st.markdown(f"[Explore this lesson's dates and articles on the timeline]({url})")


def _present(frames: Frames, lesson_id: int) -> None:
    conn = _conn()
    try:
        refs = L.refs_from_rows(store.lesson_items(conn, lesson_id))
        title = next((x["title"] for x in store.list_lessons(conn) if x["id"] == lesson_id), "")
    finally:
        conn.close()
    slides = L.build_slides(frames, refs)
    if not slides:
        st.error("This lesson has no items left to show.")
        return
    number = L.slide_number(st.query_params.get("slide"), len(slides))
    slide = slides[number - 1]
    st.html(L.PRESENT_CSS)
    st.html(f"<div class='dl-slide'><div class='dl-counter'>{escape(title)}</div></div>")
    _present_nav(number, len(slides))
    st.html(L.slide_html(slide, number, len(slides)))
    shown = L.restrict(frames, slides)
    draw(timeline_figure(shown, highlight=slide.item_id), key="present_chart")
    st.markdown(f"[Explore these dates and articles on the timeline]({L.explore_url(slides, TIMELINE_URL)})")


def _present_nav(number: int, count: int) -> None:
    with st.container(key="present_nav", horizontal=True):
        if st.button("◀ Previous", key="present_prev", disabled=number <= 1):
            st.query_params["slide"] = str(number - 1)
            st.rerun()
        if st.button("Next ▶", key="present_next", type="primary", disabled=number >= count):
            st.query_params["slide"] = str(number + 1)
            st.rerun()
        if st.button("Exit presentation", key="present_exit"):
            del st.query_params["present"]
            st.rerun()


if not Path(db_path()).exists():
    st.error(f"No database at {db_path()}: open the timeline first, or add articles.")
    st.stop()
all_frames = load_frames(db_path())
wanted = _query_int("lesson")
if st.query_params.get("present") == "1" and wanted is not None:
    _present(all_frames, wanted)
    st.stop()
st.title("Lessons")
if "les_flash" in st.session_state:
    st.success(st.session_state.pop("les_flash"))
if DRAFT not in st.session_state or st.session_state.get(LOADED) != wanted:
    _load(wanted)
_saved_list()
st.divider()
_editor(all_frames)
