"""Hover texts for the timeline: every value coming from an article is escaped."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from dashboard.safe import escape

QUOTE_OPENING = 120


def shorten(text: object, limit: int = QUOTE_OPENING) -> str:
    value = "" if text is None or (isinstance(text, float) and pd.isna(text)) else str(text)
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def date_span(row: Mapping[str, Any] | pd.Series) -> str:
    """'2020-05-01 – 2020-05-31 (month)' or '2020-01-03' or 'no date'."""
    start, end = row.get("date_start"), row.get("date_end")
    if not isinstance(start, str) or not start:
        return "no date"
    if isinstance(end, str) and end and end != start:
        return f"{start} – {end} ({escape(row.get('granularity'))})"
    return start


def caveats(row: Mapping[str, Any] | pd.Series) -> str:
    notes = []
    if bool(row.get("inferred")):
        notes.append("date inferred")
    if bool(row.get("low_confidence")):
        notes.append(f"low confidence ({float(row.get('confidence', 0)):.2f})")
    if bool(row.get("corrected")):
        notes.append("corrected by a curator")
    return " · ".join(notes)


def event_hover(row: Mapping[str, Any] | pd.Series) -> str:
    lines = [
        f"<b>{escape(shorten(row.get('title'), 80))}</b>",
        f"Date as written: “{escape(shorten(row.get('date_text'), 60))}”",
        f"Normalised: {escape(date_span(row))}",
        f"Category: {escape(row.get('category'))} · confidence {float(row.get('confidence') or 0):.2f}",
        f"Reported by: {escape(row.get('outlet'))}",
    ]
    note = caveats(row)
    if note:
        lines.append(f"<i>{escape(note)}</i>")
    return "<br>".join(lines)


def statement_hover(row: Mapping[str, Any] | pd.Series, lags: list[str]) -> str:
    direct = "quoted" if bool(row.get("direct")) else "reported"
    lines = [
        f"<b>{escape(shorten(row.get('speaker'), 60))}</b> ({escape(row.get('medium'))}, {direct})",
        f"“{escape(shorten(row.get('quote')))}”",
        f"Said: {escape(date_span(row))}",
        f"Reported by: {escape(row.get('outlet'))}",
    ]
    lines += [escape(shorten(lag, 100)) for lag in lags[:3]]
    if len(lags) > 3:
        lines.append(f"… and {len(lags) - 3} more events")
    note = caveats(row)
    if note:
        lines.append(f"<i>{escape(note)}</i>")
    return "<br>".join(lines)


def count_hover(lane: str, period: str, count: int) -> str:
    return f"<b>{escape(lane)}</b><br>{escape(period)}: {count} items<br><i>zoom in or filter to see each</i>"
