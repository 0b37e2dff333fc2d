"""What the server does once, before its first visitor: the database, imports and caches.

``warm_up`` builds the database when it is missing (as the pages would), then reads it
through the same cache the pages use and draws the default timeline once, so the first
visitor of a fresh server waits neither for the build, nor for the imports of pandas and
Plotly, nor for the first read of the database.
"""

from __future__ import annotations

from pathlib import Path

from dashboard.charts import timeline_figure
from dashboard.data import ensure_database, load_frames
from dashboard.filters import Filters, apply_filters


def warm_up(path: str, sources: list[Path] | None = None) -> list[str]:
    """Build the database if missing, prime the frames cache and draw the default chart once.

    Returns the build's messages; a failure to read or draw is a message too, never an
    exception, so that the server starts and the pages can say what is wrong.
    """
    messages = ensure_database(path, sources)
    if not Path(path).exists():
        return messages
    try:
        timeline_figure(apply_filters(load_frames(path), Filters()))
    except Exception as exc:  # the pages report a broken database themselves
        messages.append(f"Reading {path} at start failed: {type(exc).__name__}: {exc}")
    return messages
