"""Data for the articles page: every highlight of one article, and a summary line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from dashboard.evidence import spans_for
from dashboard.frames import Frames
from extract.timex import tag

Span = tuple[int, int, str, str]


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def expression_spans(text: str, published: object) -> list[Span]:
    """Every date or time expression in ``text`` ("said on Wednesday" too), resolved against ``published``."""
    return [
        (t.start, t.end, "date", f"date: {t.value}")
        for t in tag(text, _day(published))
        if t.type in ("DATE", "TIME")
    ]


def article_spans(
    frames: Frames, article_id: str, find_dates: Callable[[str, object], list[Span]] = expression_spans
) -> list[Span]:
    """Highlight spans of an article: its date expressions, statements and speakers.

    Events' date expressions come first; ``find_dates`` (the tagger, re-run on the stored text with
    the stored publication date; the page passes a cached one) adds the others: a statement's own
    date, dates that became no event.
    """
    spans: list[Span] = []
    for kind, table in (("event", frames.events), ("statement", frames.statements)):
        for _, row in table[table["article_id"] == article_id].iterrows():
            spans += spans_for(row, kind)
    article = frames.articles[frames.articles["id"] == article_id]
    if not article.empty:
        row = article.iloc[0]
        events = [(s, e) for s, e, kind, _ in spans if kind == "date"]
        for span in find_dates(str(row.get("text") or ""), row.get("published")):
            if not any(span[0] < e and s < span[1] for s, e in events):
                spans.append(span)
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
