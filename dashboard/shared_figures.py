"""The timeline figure, built once per database state, filters and lanes, and shared by visitors.

Building the figure is the costliest step of a page run on a small corpus (a tenth of a second
on the seeds, more under load); every new visitor starts from the same default view, so that
figure is built once (at server start, by ``dashboard.startup``) and reused. The figure is
shared, never changed: ``st.plotly_chart`` serialises a copy.
"""

from __future__ import annotations

from typing import Literal

import plotly.graph_objects as go
import streamlit as st

from dashboard.charts import timeline_figure
from dashboard.data import db_stamp, load_frames
from dashboard.filters import Filters, apply_filters

Lanes = Literal["category", "outlet"]


@st.cache_resource(show_spinner=False, max_entries=8)
def _figure(path: str, stamp: tuple[int, int, int, int], filters: Filters, group_by: Lanes) -> go.Figure:
    del stamp  # part of the cache key only: a changed database is a new figure
    return timeline_figure(apply_filters(load_frames(path), filters), group_by=group_by)


def shared_timeline(path: str, filters: Filters, group_by: Lanes = "category") -> go.Figure:
    """``timeline_figure`` of the filtered database, cached across visitors until the file changes."""
    return _figure(str(path), db_stamp(str(path)), filters, group_by)
