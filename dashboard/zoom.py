"""Zooming the server's view: a box dragged on the chart becomes the date-range filter.

Plotly zooms in the browser without telling the server, so the chart could not switch from counts
per period to single items on its own. A box selection does reach the server: ``box_dates`` turns
it into the days it covers, and the page offers to narrow the date filter to them, after which
the figure is rebuilt for what is in view (single items once few enough remain).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import pandas as pd


def _day(value: Any) -> date | None:
    """A Plotly date-axis coordinate (ISO text, or milliseconds since 1970) as a day."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        stamp = pd.Timestamp(value, unit="ms") if isinstance(value, (int, float)) else pd.Timestamp(value)
    except (ValueError, TypeError, OverflowError):
        return None
    return None if pd.isna(stamp) else stamp.date()


def box_dates(
    selection: Mapping[str, Any] | None, bounds: tuple[date, date] | None
) -> tuple[date, date] | None:
    """The days covered by the last box dragged on the chart, clipped to ``bounds``; None if none."""
    boxes = ((selection or {}).get("selection") or {}).get("box") or []
    box = boxes[-1] if isinstance(boxes, list) and boxes else None
    xs = box.get("x") if isinstance(box, Mapping) else None
    if not isinstance(xs, (list, tuple)) or len(xs) < 2:
        return None
    days = [_day(x) for x in xs[:2]]
    if days[0] is None or days[1] is None:
        return None
    lo, hi = min(days), max(days)
    if bounds is not None:
        lo, hi = max(lo, bounds[0]), min(hi, bounds[1])
        if lo > hi:
            return None
    return lo, hi
