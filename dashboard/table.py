"""The table alternative to the chart: every shown event and statement as one row each."""

from __future__ import annotations

import pandas as pd

from dashboard.frames import Frames

COLUMNS = ["date", "kind", "what", "who", "outlet", "precision", "as written", "confidence"]


def items_table(frames: Frames) -> pd.DataFrame:
    """Events and statements in date order (undated last), with plain-text columns only."""
    events = pd.DataFrame(
        {
            "date": frames.events["date_start"],
            "kind": "event",
            "what": frames.events["title"],
            "who": frames.events["category"],
            "outlet": frames.events["outlet"],
            "precision": frames.events["granularity"],
            "as written": frames.events["date_text"],
            "confidence": frames.events["confidence"],
        }
    )
    statements = pd.DataFrame(
        {
            "date": frames.statements["date_start"],
            "kind": "statement",
            "what": frames.statements["quote"],
            "who": frames.statements["speaker"],
            "outlet": frames.statements["outlet"],
            "precision": frames.statements["granularity"],
            "as written": frames.statements.get("date_text", pd.Series("", index=frames.statements.index)),
            "confidence": None,
        }
    )
    both = pd.concat([events, statements], ignore_index=True)
    if both.empty:
        return pd.DataFrame(columns=COLUMNS)
    both = both.assign(_undated=both["date"].isna()).sort_values(["_undated", "date"], kind="stable")
    return both.drop(columns="_undated").reset_index(drop=True)[COLUMNS]
