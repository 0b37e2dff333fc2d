"""Data for the articles page: every highlight of one article, and a summary line."""

from __future__ import annotations

from typing import Any

from dashboard.evidence import spans_for
from dashboard.frames import Frames


def article_spans(frames: Frames, article_id: str) -> list[tuple[int, int, str, str]]:
    """Highlight spans of an article: its events' date expressions, its statements and speakers."""
    spans: list[tuple[int, int, str, str]] = []
    for kind, table in (("event", frames.events), ("statement", frames.statements)):
        for _, row in table[table["article_id"] == article_id].iterrows():
            spans += spans_for(row, kind)
    return spans


def article_summary(frames: Frames, article_id: str) -> dict[str, Any]:
    row = frames.articles[frames.articles["id"] == article_id].iloc[0]
    published = str(row.get("published") or "unknown")[:10]
    if row.get("published_source") == "inferred":
        published += (
            f" (inferred from the text, confidence {float(row.get('published_confidence') or 0):.1f})"
        )
    elif row.get("published_source") == "unknown":
        published = "unknown"
    return {
        "published": published,
        "events": int((frames.events["article_id"] == article_id).sum()),
        "statements": int((frames.statements["article_id"] == article_id).sum()),
    }
