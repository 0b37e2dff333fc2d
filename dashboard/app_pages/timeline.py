"""Timeline: events against statements on one time axis, filters, and the evidence for a selected item."""

from __future__ import annotations

import streamlit as st

from dashboard import evidence as E
from dashboard.chart_view import draw
from dashboard.data import db_path, load_frames
from dashboard.filters import apply_filters, chosen_filters, data_bounds, draw_sidebar, set_dates
from dashboard.frames import Frames
from dashboard.lessons import item_options, split_key
from dashboard.safe import HIGHLIGHT_CSS, escape, legend_html, link_html
from dashboard.shared_figures import shared_timeline
from dashboard.table import items_table
from dashboard.zoom import box_dates

GROUPS = {"category": "Events by category", "outlet": "Events by outlet"}
PICKER_MAX = 2000  # longer lists are slow to send and useless to scroll: filter first


def _picked(frames: Frames, chart_event: dict | None) -> E.Item | None:
    """The item chosen on the chart, else in the picker below it."""
    from_chart = E.selected_item(chart_event)
    if from_chart is not None:
        return from_chart
    labels = item_options(frames)
    if len(labels) > PICKER_MAX:
        st.caption(
            f"The list below holds the first {PICKER_MAX:,} of {len(labels):,} items: filter to find others."
        )
        labels = dict(list(labels.items())[:PICKER_MAX])
    key = st.selectbox(
        "Show evidence for…",
        ["", *labels],
        key="tl_pick",
        format_func=lambda k: labels.get(k, "choose an event or statement (or click one on the chart)"),
    )
    return split_key(key) if key else None


def _evidence(frames: Frames, item: E.Item) -> None:
    found = E.evidence(frames, item)
    if found is None:
        st.info("That item is not in the current view.")
        return
    with st.container(border=True, key="tl_evidence"):
        inferred = " (inferred)" if found.published_inferred else ""
        st.markdown(f"#### {escape(found.title)}")
        st.markdown(
            f"Reported by **{escape(found.outlet)}** in {link_html(found.url, found.article_title)}, "
            f"published {escape(found.published)}{escape(inferred)}",
            unsafe_allow_html=True,
        )
        st.markdown("**Sentence**")
        st.markdown(f"> {escape(found.sentence)}", unsafe_allow_html=True)
        st.markdown(HIGHLIGHT_CSS + legend_html(), unsafe_allow_html=True)
        st.markdown(f'<div class="dl-article">{found.passage_html}</div>', unsafe_allow_html=True)
    if item[0] == "event":
        others = E.other_mentions(frames, item[1])
        st.markdown(f"**Other mentions of this happening** ({len(others)})")
        if not others.empty:
            st.dataframe(others.drop(columns=["id"]), hide_index=True, key="tl_mentions")
    else:
        linked = E.linked_events(frames, item[1])
        if not linked.empty:
            st.markdown("**Events this statement concerns**")
            st.dataframe(linked, hide_index=True, key="tl_linked")


frames = load_frames(db_path())
filters = chosen_filters(frames)
shown = apply_filters(frames, filters)
st.title("Timeline")
group_by = st.radio("Lanes", list(GROUPS), format_func=GROUPS.get, horizontal=True, key="tl_group")
if shown.events.empty and shown.statements.empty:
    st.warning("Nothing matches these filters. Widen them, or press 'Reset filters' in the sidebar.")
chart, table = st.tabs(["Chart", "Table"], key="tl_view", on_change="rerun")
with chart:
    above = st.container()  # the zoom button goes above the chart, where the box was just dragged
    fig = shared_timeline(db_path(), filters, shown, group_by)  # the same view's figure is built once
    chosen = draw(fig, key="tl_chart", select=True)
    st.caption(
        "Drag the slider under the chart to see earlier or later dates; click an item for its evidence; "
        "choose Box Select in the chart's toolbar and drag over a period to zoom the whole view to it."
    )
    zoom = box_dates(chosen, data_bounds(frames))
    if zoom is not None:
        above.button(
            f"Zoom to {zoom[0]:%d %b %Y} – {zoom[1]:%d %b %Y}",
            key="tl_zoom",
            on_click=set_dates,
            args=(zoom,),
        )
if table.open:  # built only when shown: the first chart does not wait for it
    with table:
        st.dataframe(items_table(shown), hide_index=True, key="tl_table")
draw_sidebar(frames, shown)  # after the chart, so the browser starts drawing the chart first
item = _picked(shown, chosen)
if item is not None:
    _evidence(shown, item)
