"""Export: the filtered data (CSV, JSON), a lesson or the view for TimelineJS, the chart (HTML, PNG, SVG)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import streamlit as st

from dashboard import export
from dashboard.charts import timeline_figure
from dashboard.data import db_path, load_frames
from dashboard.filters import filtered_view
from dashboard.lessons import refs_from_rows
from extract import store

VIEW = "The current view (filters in the sidebar)"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _lessons() -> dict[int, str]:
    conn = store.connect(db_path())
    try:
        return {int(x["id"]): str(x["title"]) for x in store.list_lessons(conn)}
    finally:
        conn.close()


def _lesson_refs(lesson_id: int):  # type: ignore[no-untyped-def]
    conn = store.connect(db_path())
    try:
        return refs_from_rows(store.lesson_items(conn, lesson_id))
    finally:
        conn.close()


def _data_section(shown) -> None:  # type: ignore[no-untyped-def]
    st.subheader("Data")
    st.caption(
        "One row per event or statement, with who said it, the outlet, the dates and the source sentence."
    )
    left, right = st.columns(2)
    left.download_button(
        "Download CSV",
        export.to_csv(shown),
        "dateline.csv",
        "text/csv",
        key="export_csv",
        icon=":material/table:",
    )
    right.download_button(
        "Download JSON", export.to_json(shown), "dateline.json", "application/json", key="export_json",
        icon=":material/data_object:",
    )  # fmt: skip


def _timelinejs_section(frames, shown) -> None:  # type: ignore[no-untyped-def]
    st.subheader("TimelineJS")
    st.caption(
        "A JSON file in TimelineJS3's format, to publish with TimelineJS (undated items are left out)."
    )
    lessons = _lessons()
    choice = st.selectbox(
        "What to export", [VIEW, *lessons], format_func=lambda c: lessons.get(c, c), key="export_tl_source"
    )
    if choice == VIEW:
        body = export.timelinejs_json("Dateline timeline", shown)
    else:
        body = export.timelinejs_json(lessons[int(choice)], frames, _lesson_refs(int(choice)))
    st.download_button(
        "Download TimelineJS JSON", body, "dateline-timelinejs.json", "application/json", key="export_tljs"
    )


def _chart_section(shown) -> None:  # type: ignore[no-untyped-def]
    st.subheader("Chart")
    st.caption(
        "The interactive page works offline (plotly.js is inside the file). Images take a few seconds."
    )
    fig = timeline_figure(shown)
    with st.expander("Preview the chart", expanded=False):
        st.plotly_chart(fig, key="export_preview", theme=None)
    downloads = (
        ("Interactive HTML", partial(export.figure_html, fig), "html", "text/html"),
        ("PNG image", partial(export.figure_image, fig, "png"), "png", "image/png"),
        ("SVG image", partial(export.figure_image, fig, "svg"), "svg", "image/svg+xml"),
    )
    for column, (label, make, suffix, mime) in zip(st.columns(3), downloads, strict=True):
        column.download_button(label, make, f"dateline-timeline.{suffix}", mime, key=f"export_{suffix}")


st.title("Export")
if not Path(db_path()).exists():
    st.error(f"No database at {db_path()}: open the timeline first, or add articles.")
    st.stop()
all_frames = load_frames(db_path())
_, view = filtered_view(all_frames)
st.caption(
    f"Exports follow the filters: {_count(len(view.events), 'event')} and {_count(len(view.statements), 'statement')}."
)
_data_section(view)
_timelinejs_section(all_frames, view)
_chart_section(view)
