"""The table alternative to the chart: every shown event and statement as one row each."""

from __future__ import annotations

import pandas as pd

from dashboard.frames import Frames

COLUMNS = ["date", "kind", "what", "who", "outlet", "precision", "as written", "confidence"]


# Table column -> source column, for events and for statements (None: left empty).
EVENT_SOURCES = {
    "date": "date_start",
    "what": "title",
    "who": "category",
    "outlet": "outlet",
    "precision": "granularity",
    "as written": "date_text",
    "confidence": "confidence",
}
STATEMENT_SOURCES = {
    "date": "date_start",
    "what": "quote",
    "who": "speaker",
    "outlet": "outlet",
    "precision": "granularity",
    "as written": "date_text",
    "confidence": None,
}


def _rows(frame: pd.DataFrame, kind: str, sources: dict[str, str | None]) -> pd.DataFrame:
    columns = {name: frame[src] if src in frame.columns else None for name, src in sources.items()}
    return pd.DataFrame({**columns, "kind": kind}, index=frame.index)


def items_table(frames: Frames) -> pd.DataFrame:
    """Events and statements in date order (undated last), with plain-text columns only."""
    both = pd.concat(
        [
            _rows(frames.events, "event", EVENT_SOURCES),
            _rows(frames.statements, "statement", STATEMENT_SOURCES),
        ],
        ignore_index=True,
    )
    if both.empty:
        return pd.DataFrame(columns=COLUMNS)
    both = both.assign(_undated=both["date"].isna()).sort_values(["_undated", "date"], kind="stable")
    return both.drop(columns="_undated").reset_index(drop=True)[COLUMNS]
