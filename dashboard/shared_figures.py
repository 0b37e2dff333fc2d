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
from dashboard.data import db_stamp
from dashboard.filters import Filters
from dashboard.frames import Frames

Lanes = Literal["category", "outlet"]


@st.cache_resource(show_spinner=False, max_entries=8)
def _figure(
    path: str, stamp: tuple[int, int, int, int], filters: Filters, group_by: Lanes, _shown: Frames
) -> go.Figure:
    del path, stamp, filters  # the cache key only: a changed database is a new figure
    return timeline_figure(_shown, group_by=group_by)  # ``_shown``: not hashed (Streamlit's underscore rule)


def shared_timeline(path: str, filters: Filters, shown: Frames, group_by: Lanes = "category") -> go.Figure:
    """``timeline_figure(shown)``, cached across visitors until the file changes.

    ``shown`` is the database at ``path`` with ``filters`` applied, which the caller holds already;
    it is drawn only when this view has no figure yet, so the filters run once per page run.
    """
    return _figure(str(path), db_stamp(str(path)), filters, group_by, shown)
