"""Exports of the (filtered) data and the chart: CSV, JSON, TimelineJS, HTML, PNG/SVG.

Everything here is pure: frames or a figure in, ``str``/``bytes`` out. Image
rendering (kaleido driving Chromium) is slow, so pages call it only on request.
"""

from __future__ import annotations

import io
import json
import math
from datetime import date
from typing import Any

import pandas as pd

from dashboard.lessons import Ref, Slide, build_slides
from dashboard.safe import escape, safe_url

ITEM_COLUMNS = [
    "kind", "id", "article_id", "outlet", "article_title", "published", "headline", "speaker",
    "medium", "direct", "date_text", "date_start", "date_end", "granularity", "timex", "category",
    "canonical_id", "sentence",
]  # fmt: skip
ARTICLE_FIELDS = ["id", "title", "outlet", "url", "published", "published_source"]
EVENT_FIELDS = [
    "id", "article_id", "title", "sentence", "start", "end", "date_start", "date_end",
    "granularity", "timex", "confidence", "category", "canonical_id",
]  # fmt: skip
STATEMENT_FIELDS = [
    "id", "article_id", "speaker", "speaker_start", "speaker_end", "medium", "direct", "quote",
    "start", "end", "date_start", "date_end", "granularity", "timex",
]  # fmt: skip
CANONICAL_FIELDS = ["id", "title", "date_start", "date_end", "granularity", "timex"]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _plain(value: Any) -> Any:
    """JSON-friendly scalars: NaN/NaT to None, numpy numbers to Python, dates to ISO."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (pd.Timestamp, date)):
        return value.isoformat()[:10]
    if hasattr(value, "item") and not isinstance(value, (list, tuple, dict, str)):
        return value.item()
    return value


def _records(frame: pd.DataFrame, fields: list[str]) -> list[dict[str, Any]]:
    if frame is None or frame.empty:
        return []
    present = [f for f in fields if f in frame.columns]
    return [{f: _plain(r.get(f)) for f in fields} for r in frame[present].to_dict("records")]


def _event_ids(frames: Any) -> dict[str, list[str]]:
    links = frames.links
    if links is None or links.empty:
        return {}
    out: dict[str, list[str]] = {}
    for sid, eid in zip(links["statement_id"], links["event_id"], strict=True):
        out.setdefault(str(sid), []).append(str(eid))
    return out


def to_json(frames: Any) -> str:
    """The frames as one JSON document with the fields of ``run --json``."""
    statements = _records(frames.statements, STATEMENT_FIELDS)
    concerns = _event_ids(frames)
    for s in statements:
        s["direct"] = bool(s["direct"]) if s["direct"] is not None else None
        s["event_ids"] = concerns.get(str(s["id"]), [])
    events = _records(frames.events, EVENT_FIELDS)
    canonical = _records(frames.canonical, CANONICAL_FIELDS)
    members: dict[str, list[dict[str, Any]]] = {}
    for e in events:
        members.setdefault(str(e["canonical_id"]), []).append(e)
    for c in canonical:
        mine = members.get(str(c["id"]), [])
        c["event_ids"] = [e["id"] for e in mine]
        c["article_ids"] = sorted({e["article_id"] for e in mine})
    doc = {
        "articles": _records(frames.articles, ARTICLE_FIELDS),
        "events": events,
        "statements": statements,
        "canonical_events": canonical,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)


def items_table(frames: Any) -> pd.DataFrame:
    """Events and statements in one flat table (one row per item), ordered by date."""
    parts = []
    for kind, frame, headline in (
        ("event", frames.events, "title"),
        ("statement", frames.statements, "quote"),
    ):
        if frame is None or frame.empty:
            continue
        part = frame.assign(kind=kind, headline=frame[headline])
        parts.append(part.reindex(columns=ITEM_COLUMNS))
    if not parts:
        return pd.DataFrame(columns=ITEM_COLUMNS)
    table = pd.concat(parts, ignore_index=True).map(_plain)
    return table.sort_values(["date_start", "kind", "id"], na_position="last", kind="stable").reset_index(
        drop=True
    )


def _defuse(value: Any) -> Any:
    """Keep spreadsheet programs from running a cell as a formula (a leading apostrophe)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def to_csv(frames: Any) -> str:
    """The flat item table as CSV (UTF-8 text; formula-like cells defused)."""
    buffer = io.StringIO()
    items_table(frames).map(_defuse).to_csv(buffer, index=False)
    return buffer.getvalue()


# --- TimelineJS ---------------------------------------------------------------


def tl_date(iso: str | None, granularity: str) -> dict[str, int] | None:
    """A TimelineJS date object at the item's own precision (no fake day or month)."""
    if not iso:
        return None
    day = date.fromisoformat(iso[:10])
    if granularity in {"year", "decade", "century"}:
        return {"year": day.year}
    if granularity in {"month", "quarter", "season"}:
        return {"year": day.year, "month": day.month}
    return {"year": day.year, "month": day.month, "day": day.day}


def tl_event(slide: Slide) -> dict[str, Any] | None:
    """One TimelineJS event for a slide; None when the item has no date."""
    start = tl_date(slide.date_start, slide.granularity)
    if start is None:
        return None
    who = f"<p><b>{escape(slide.speaker)}</b></p>" if slide.speaker else ""
    url = safe_url(slide.url)
    outlet = escape(slide.outlet or "unknown outlet")
    source = f'<a href="{escape(url)}">{outlet}</a>' if url else outlet
    text = f"{who}<p>{escape(slide.sentence)}</p><p>Reported by {source}</p>"
    if slide.note:
        text += f"<p><i>{escape(slide.note)}</i></p>"
    headline = f"“{slide.headline}”" if slide.kind == "statement" else slide.headline
    event: dict[str, Any] = {
        "unique_id": f"{slide.kind}-{slide.item_id}",
        "start_date": start,
        "text": {"headline": escape(headline), "text": text},
        "group": "Statements" if slide.kind == "statement" else "Events",
        "display_date": escape(
            f"{slide.date_text} ({slide.date_label})" if slide.date_text else slide.date_label
        ),
    }
    end = tl_date(slide.date_end, slide.granularity)
    if end is not None and slide.date_end != slide.date_start:
        event["end_date"] = end
    return event


def timelinejs(title: str, slides: list[Slide], subtitle: str = "") -> dict[str, Any]:
    """A TimelineJS3 JSON document (``{"title": ..., "events": [...]}``) for the slides."""
    events = [e for e in (tl_event(s) for s in slides) if e is not None]
    return {
        "title": {"text": {"headline": escape(title), "text": escape(subtitle)}},
        "events": events,
    }


def view_refs(frames: Any) -> list[Ref]:
    """References to every event and statement in the frames (the current view)."""
    refs: list[Ref] = []
    for kind, frame in (("event", frames.events), ("statement", frames.statements)):
        if frame is not None and not frame.empty:
            refs += [(kind, str(i), "") for i in frame["id"]]
    return refs


def timelinejs_json(title: str, frames: Any, refs: list[Ref] | None = None) -> str:
    slides = build_slides(frames, view_refs(frames) if refs is None else refs)
    return json.dumps(timelinejs(title, slides), ensure_ascii=False, indent=2)


# --- the chart ----------------------------------------------------------------


def figure_html(fig: Any) -> str:
    """A standalone page with plotly.js inline: works offline, loads nothing from a CDN."""
    return str(fig.to_html(include_plotlyjs=True, full_html=True, config={"displaylogo": False}))


def figure_image(fig: Any, fmt: str, width: int = 1600, height: int = 900) -> bytes:
    """PNG or SVG bytes through kaleido and Chromium (slow: seconds; call on request only)."""
    if fmt not in {"png", "svg"}:
        raise ValueError(f"image format must be png or svg, not {fmt!r}")
    return bytes(fig.to_image(format=fmt, width=width, height=height))
