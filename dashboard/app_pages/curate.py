"""Curate: correct what the extractor got wrong. Every change is stored apart, timed, and undoable."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import curation
from dashboard.data import db_path, load_frames
from dashboard.lessons import item_label
from dashboard.safe import escape
from extract.records import GRANULARITIES, MEDIA

FLASH = "cur_flash"


def _s(value: object) -> str:
    """A cell as text for a form field ('' for missing values)."""
    return "" if value is None or value != value else str(value)


def _done(message: str) -> None:
    st.session_state[FLASH] = message
    st.rerun()


def _run(action, *args) -> None:  # type: ignore[no-untyped-def]
    """Run one curation action on the database; show its error or rerun with a message."""
    try:
        with curation.open_db(db_path()) as conn:
            ids = action(conn, *args)
    except curation.CurationError as exc:
        st.error(f"Not saved: {exc}")
        return
    _done("Saved." if ids else "Nothing changed.")


def _pick(frame, kind: str, key: str) -> dict | None:  # type: ignore[no-untyped-def]
    if frame.empty:
        st.info(f"No {kind}s in the database.")
        return None
    ordered = frame.sort_values(["date_start", "id"], na_position="last", kind="stable")
    rows = {str(r["id"]): r for r in ordered.to_dict("records")}
    labels = {i: ("[hidden] " if r.get("hidden") else "") + item_label(kind, r) for i, r in rows.items()}
    chosen = st.selectbox(kind.capitalize(), list(rows), format_func=labels.get, key=key)
    return rows.get(str(chosen))


def _sentence(row: dict) -> None:
    st.html(f"<div class='dl-sentence'><b>Sentence:</b> {escape(row.get('sentence'))}</div>")
    st.caption(f"Reported by {row.get('outlet') or 'unknown outlet'} · id {row.get('id')}")


def _hide_button(kind: str, row: dict, key: str) -> None:
    hidden = bool(row.get("hidden"))
    if st.button("Show again" if hidden else f"Hide this {kind}", key=key):
        _run(curation.set_hidden, kind, str(row["id"]), not hidden)


def _events_tab(frames) -> None:  # type: ignore[no-untyped-def]
    row = _pick(frames.events, "event", "cur_event")
    if row is None:
        return
    _sentence(row)
    st.caption(f"Date as written: “{_s(row.get('date_text'))}”")
    with st.form("cur_event_form"):
        title = st.text_input("Title", value=_s(row.get("title")))
        category = st.text_input("Category", value=_s(row.get("category")))
        left, right, gran = st.columns(3)
        start = left.text_input("Start (YYYY-MM-DD)", value=_s(row.get("date_start")))
        end = right.text_input("End (YYYY-MM-DD, inclusive)", value=_s(row.get("date_end")))
        current = row.get("granularity") if row.get("granularity") in GRANULARITIES else "unknown"
        granularity = gran.selectbox("Granularity", GRANULARITIES, index=GRANULARITIES.index(current))
        if st.form_submit_button("Save event changes", key="cur_event_save"):
            wanted = dict(
                title=title, category=category, date_start=start, date_end=end, granularity=granularity
            )
            _run(curation.edit_event, row, wanted)
    _hide_button("event", row, "cur_event_hide")


def _statements_tab(frames) -> None:  # type: ignore[no-untyped-def]
    row = _pick(frames.statements, "statement", "cur_statement")
    if row is None:
        return
    _sentence(row)
    st.caption(f"Speaker as named in the text: “{_s(row.get('speaker_mention'))}”")
    with st.form("cur_statement_form"):
        speaker = st.text_input("Speaker (canonical name)", value=_s(row.get("speaker")))
        current = row.get("medium") if row.get("medium") in MEDIA else "unknown"
        medium = st.selectbox("Medium", MEDIA, index=MEDIA.index(current))
        if st.form_submit_button("Save statement changes", key="cur_statement_save"):
            _run(curation.edit_statement, row, {"speaker": speaker, "medium": medium})
    _hide_button("statement", row, "cur_statement_hide")


def _canonical_label(frames, cid: str) -> str:  # type: ignore[no-untyped-def]
    found = frames.canonical[frames.canonical["id"].astype(str) == cid]
    title = found.iloc[0]["title"] if not found.empty else "(new)"
    count = int((frames.events["canonical_id"].astype(str) == cid).sum())
    return f"{title} · {count} mention{'s' if count != 1 else ''} · {cid}"


def _merge_tab(frames) -> None:  # type: ignore[no-untyped-def]
    events = frames.events[~frames.events["hidden"]] if "hidden" in frames.events else frames.events
    ids = sorted(events["canonical_id"].dropna().astype(str).unique())
    if len(ids) < 1:
        st.info("No canonical events yet.")
        return
    st.subheader("Merge canonical events")
    st.caption(
        "Moves every mention of the chosen events into the target, which then stands for one happening."
    )
    sources = st.multiselect(
        "Merge these", ids, format_func=lambda c: _canonical_label(frames, c), key="cur_merge_from"
    )
    target = st.selectbox(
        "Into", ids, format_func=lambda c: _canonical_label(frames, c), key="cur_merge_into"
    )
    if st.button("Merge", key="cur_merge", disabled=not sources):
        moving = events[events["canonical_id"].astype(str).isin([s for s in sources if s != target])]
        if moving.empty:
            st.warning("Choose canonical events other than the target.")
        else:
            _run(curation.merge_events, [str(e) for e in moving["id"]], target)
    st.subheader("Split off one mention")
    row = _pick(events[events["canonical_id"].notna()], "event", "cur_split_event")
    if row is not None and st.button("Split into its own canonical event", key="cur_split"):
        _run(lambda conn, eid: curation.split_event(conn, eid)[1], str(row["id"]))


def _changes_tab() -> None:
    with curation.open_db(db_path()) as conn:
        changes = curation.recent_changes(conn, limit=30)
    if st.button("Undo last change", key="cur_undo", disabled=not any(not c.undone for c in changes)):
        with curation.open_db(db_path()) as conn:
            undone = curation.undo_last_change(conn)
        _done(f"Undone: {'; '.join(c.describe() for c in undone)}" if undone else "Nothing to undo.")
    if not changes:
        st.info("No corrections yet. Changes made here are kept apart from the extractor's output.")
        return
    st.dataframe(
        [
            {"when (UTC)": c.created_at, "change": c.describe(), "status": "undone" if c.undone else "live"}
            for c in changes
        ],
        hide_index=True,
    )


st.title("Curate")
st.caption(
    "Correct dates, titles, categories and speakers; merge or split events; hide items. "
    "Corrections are stored apart from the extractor's output, survive re-extraction, and can be undone."
)
if FLASH in st.session_state:
    st.success(st.session_state.pop(FLASH))
if not Path(db_path()).exists():
    st.error(f"No database at {db_path()}: open the timeline first, or add articles.")
    st.stop()
all_frames = load_frames(db_path(), include_hidden=True)
tab_events, tab_statements, tab_merge, tab_changes = st.tabs(
    ["Events", "Statements", "Merge / split", "Recent changes"]
)
with tab_events:
    _events_tab(all_frames)
with tab_statements:
    _statements_tab(all_frames)
with tab_merge:
    _merge_tab(all_frames)
with tab_changes:
    _changes_tab()
