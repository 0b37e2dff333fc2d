"""What the server does once, before its first visitor: the database, imports and caches.

``warm_up`` builds the database when it is missing (as the pages would), then reads it and
builds the default timeline through the same caches the pages use, so the first visitor of a
fresh server waits neither for the build, nor for the imports of pandas and Plotly, nor for
the first read of the database, nor for the figure.
"""

from __future__ import annotations

from pathlib import Path

from dashboard.data import ensure_database, load_frames
from dashboard.filters import Filters, apply_filters
from dashboard.shared_figures import shared_timeline


def warm_up(path: str, sources: list[Path] | None = None) -> list[str]:
    """Build the database if missing, and build the default view's figure into the shared cache.

    Returns the build's messages; a failure to read or draw is a message too, never an
    exception, so that the server starts and the pages can say what is wrong.
    """
    messages = ensure_database(path, sources)
    if not Path(path).exists():
        return messages
    try:
        default = Filters()  # the view every new visitor opens on
        shared_timeline(path, default, apply_filters(load_frames(path), default))
    except Exception as exc:  # the pages report a broken database themselves
        messages.append(f"Reading {path} at start failed: {type(exc).__name__}: {exc}")
    return messages
