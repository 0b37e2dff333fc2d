"""Provenance: the evidence behind a timeline item, and how other outlets worded the same happening.

Pure functions over :class:`~dashboard.frames.Frames`; every piece of article text
that reaches HTML goes through :mod:`dashboard.safe`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from dashboard.frames import Frames
from dashboard.safe import escape, highlight_html

Item = tuple[str, str]  # (kind, id): kind "event" or "statement"
CONTEXT_CHARS = 600


def selected_item(selection: Mapping[str, Any] | None) -> Item | None:
    """The first event or statement in a Plotly selection event (``st.plotly_chart(on_select=...)``)."""
    points = ((selection or {}).get("selection") or {}).get("points") or []
    for point in points:
        data = point.get("customdata") if isinstance(point, Mapping) else None
        if isinstance(data, (list, tuple)) and len(data) == 2 and data[0] in ("event", "statement"):
            return str(data[0]), str(data[1])
    return None


def item_row(frames: Frames, item: Item) -> pd.Series | None:
    table = frames.events if item[0] == "event" else frames.statements
    found = table[table["id"] == item[1]]
    return None if found.empty else found.iloc[0]


def _int(value: Any) -> int | None:
    try:
        return None if value is None or pd.isna(value) else int(value)
    except (TypeError, ValueError):
        return None


def spans_for(row: pd.Series, kind: str) -> list[tuple[int, int, str, str]]:
    """Highlight spans (start, end, kind, title) of an item in its article's text."""
    spans: list[tuple[int, int, str, str]] = []
    if kind == "event":
        start, end = _int(row.get("start")), _int(row.get("end"))
        if start is not None and end is not None:
            spans.append((start, end, "date", f"date: {row.get('date_start')}"))
        return spans
    for lo, hi, mark, title in (
        ("speaker_start", "speaker_end", "speaker", f"speaker: {row.get('speaker')}"),
        ("start", "end", "statement", "what was said"),
    ):
        start, end = _int(row.get(lo)), _int(row.get(hi))
        if start is not None and end is not None:
            spans.append((start, end, mark, title))
    return spans


def _window(text: str, spans: list[tuple[int, int, str, str]]) -> tuple[int, int]:
    """A passage of the article around the spans, cut at paragraph breaks where possible."""
    if not spans:
        return 0, min(len(text), 2 * CONTEXT_CHARS)
    lo = min(s[0] for s in spans)
    hi = max(s[1] for s in spans)
    start = text.rfind("\n\n", 0, max(0, lo - CONTEXT_CHARS // 2))
    end = text.find("\n\n", min(len(text), hi + CONTEXT_CHARS // 2))
    return (0 if start < 0 else start + 2), (len(text) if end < 0 else end)


@dataclass(frozen=True)
class Evidence:
    kind: str
    title: str
    outlet: str
    article_title: str
    published: str
    published_inferred: bool
    sentence: str
    passage_html: str  # escaped article passage with the item highlighted
    url: str | None


def evidence(frames: Frames, item: Item) -> Evidence | None:
    """The evidence for one item: its sentence, and its article passage with the item highlighted."""
    row = item_row(frames, item)
    if row is None:
        return None
    article = frames.articles[frames.articles["id"] == row.get("article_id")]
    art = article.iloc[0] if not article.empty else pd.Series(dtype=object)
    text = str(art.get("text") or "")
    spans = spans_for(row, item[0])
    lo, hi = _window(text, spans)
    shifted = [(s - lo, e - lo, k, t) for s, e, k, t in spans if lo <= s and e <= hi]
    prefix = "… " if lo > 0 else ""
    suffix = " …" if hi < len(text) else ""
    return Evidence(
        kind=item[0],
        title=str(row.get("title") if item[0] == "event" else row.get("speaker")),
        outlet=str(row.get("outlet") or "unknown outlet"),
        article_title=str(row.get("article_title") or art.get("id") or ""),
        published=str(art.get("published") or "unknown")[:10],
        published_inferred=str(art.get("published_source") or "") != "metadata",
        sentence=str(row.get("sentence") or ""),
        passage_html=escape(prefix) + highlight_html(text[lo:hi], shifted) + escape(suffix),
        url=art.get("url") if isinstance(art.get("url"), str) else None,
    )


def other_mentions(frames: Frames, event_id: str) -> pd.DataFrame:
    """The other articles' mentions of the same canonical event: how each outlet worded it."""
    events = frames.events
    row = events[events["id"] == event_id]
    columns = [
        "outlet",
        "article_title",
        "published",
        "date_text",
        "date_start",
        "date_end",
        "sentence",
        "id",
    ]
    if row.empty or not isinstance(row.iloc[0].get("canonical_id"), str):
        return pd.DataFrame(columns=columns)
    same = events[(events["canonical_id"] == row.iloc[0]["canonical_id"]) & (events["id"] != event_id)]
    return same[columns].sort_values(["published", "outlet"]).reset_index(drop=True)


def linked_events(frames: Frames, statement_id: str) -> pd.DataFrame:
    """The events a statement concerns, with the lag between them."""
    links = frames.links[frames.links["statement_id"] == statement_id]
    if links.empty:
        return pd.DataFrame(columns=["title", "date_start", "lag_text"])
    joined = links.merge(frames.events, left_on="event_id", right_on="id", how="inner")
    return joined[["title", "date_start", "lag_text"]].reset_index(drop=True)
