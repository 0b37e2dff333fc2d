"""A Plotly figure on the page, drawn with the smallest Plotly script that can draw it.

``st.plotly_chart`` always loads the whole Plotly library (4.7 MB), which a new browser takes
well over a second to evaluate before it draws anything. The timeline uses only scatter and bar
traces, so ``draw`` puts it on the page with a component of our own (``chart_view.js``, mounted in the
page, not in a frame) that loads Plotly's basic bundle instead (``dashboard.chart_library``) and
reports selections in the shape ``st.plotly_chart`` does: ``{"selection": {"points": [...],
"box": [...]}}``. The figure goes to the browser as Plotly's own JSON; article text in it is
escaped by ``dashboard.hover`` before, as for any chart.

``DATELINE_CHART=streamlit`` draws with ``st.plotly_chart`` instead: the baseline of the
first-chart benchmark, and a way back should the component misbehave in some browser.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import plotly.graph_objects as go
import streamlit as st

from dashboard.chart_library import Library, libraries, library_for

SCRIPT = Path(__file__).with_suffix(".js")
NAME = "dateline_chart"


def payload(fig: go.Figure, select: bool, offered: Mapping[str, Library]) -> dict[str, Any]:
    """What the browser side gets: the figure's JSON, the script to draw it with, selecting on or off."""
    types = {trace.type or "scatter" for trace in fig.data}
    return {
        "figure": fig.to_json(),
        "library": library_for(types, offered).url,
        "select": select,
    }


def selection_state(value: Any) -> dict[str, Any] | None:
    """``{"selection": {"points", "box"}}`` from the component's state (None when nothing is selected)."""
    if not isinstance(value, Mapping):
        return None
    points = value.get("points") if isinstance(value.get("points"), list) else []
    box = value.get("box") if isinstance(value.get("box"), list) else []
    return {"selection": {"points": points, "box": box}} if points or box else None


@st.cache_resource(show_spinner=False)
def _component() -> Callable[..., Any]:
    """The component, registered once per server."""
    return st.components.v2.component(NAME, js=SCRIPT.read_text(encoding="utf-8"), isolate_styles=False)


@st.cache_resource(show_spinner=False)
def _offered() -> dict[str, Library]:
    return libraries()


def draw(fig: go.Figure, *, key: str, select: bool = False) -> dict[str, Any] | None:
    """Draw ``fig``; with ``select``, return the reader's last click or box as ``st.plotly_chart`` would."""
    if os.environ.get("DATELINE_CHART") == "streamlit":
        return _streamlit_chart(fig, key, select)
    result = _component()(
        key=key,
        data=payload(fig, select, _offered()),
        on_selection_change=lambda: None,  # declares the "selection" state; the rerun does the work
        width="stretch",
        height="content",
    )
    return selection_state(getattr(result, "selection", None)) if select else None


def _streamlit_chart(fig: go.Figure, key: str, select: bool) -> dict[str, Any] | None:
    if not select:
        st.plotly_chart(fig, key=key, width="stretch", theme=None)
        return None
    state = st.plotly_chart(
        fig, key=key, on_select="rerun", selection_mode=("points", "box"), width="stretch", theme=None
    )
    return state if isinstance(state, dict) else None
