"""Lessons: pure helpers for building, ordering and presenting a sequence of items.

A lesson is an ordered list of references ``(kind, item_id, note)`` to events
and statements. Presenting turns each reference into a :class:`Slide` that
carries everything shown on screen: the words verbatim, who said them, which
outlet reported them, the date as written and as normalised, and the sentence.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlencode

import pandas as pd

from dashboard.safe import escape, link_html

MAX_SLIDES = 20
LESSON_KINDS = ("event", "statement")
Ref = tuple[str, str, str]  # kind, item id, note


@dataclass(frozen=True)
class Slide:
    """One item as shown in present mode (all text raw: escape before HTML)."""

    kind: str
    item_id: str
    headline: str  # event title, or the quote verbatim
    speaker: str
    outlet: str
    article_title: str
    published: str
    date_text: str  # as written in the article
    date_start: str | None
    date_end: str | None
    granularity: str
    sentence: str
    note: str = ""
    url: str | None = None
    article_id: str = ""

    @property
    def date_label(self) -> str:
        return normalised_date(self.date_start, self.date_end, self.granularity)


def normalised_date(start: str | None, end: str | None, granularity: str) -> str:
    """A normalised date at its own precision: '2020-01-03', '2020-01', '1994', 'a to b'."""
    if not start:
        return "no date"
    end = end or start
    if granularity == "day" or start == end:
        return start
    if granularity == "month":
        return start[:7]
    if granularity == "year":
        return start[:4]
    if granularity == "decade":
        return f"{start[:3]}0s"
    return f"{start} to {end}"


# --- editing a draft ----------------------------------------------------------


def add_ref(refs: list[Ref], kind: str, item_id: str, note: str = "") -> list[Ref]:
    """Append an item unless it is already in the lesson."""
    if kind not in LESSON_KINDS:
        raise ValueError(f"lessons hold events and statements, not {kind!r}")
    if any(r[0] == kind and r[1] == item_id for r in refs):
        return list(refs)
    return [*refs, (kind, item_id, note)]


def move_ref(refs: list[Ref], index: int, delta: int) -> list[Ref]:
    """Move the item at ``index`` up (delta < 0) or down, clamped to the list."""
    if not 0 <= index < len(refs):
        return list(refs)
    target = min(max(index + delta, 0), len(refs) - 1)
    out = list(refs)
    out.insert(target, out.pop(index))
    return out


def remove_ref(refs: list[Ref], index: int) -> list[Ref]:
    return [r for i, r in enumerate(refs) if i != index]


def set_note(refs: list[Ref], index: int, note: str) -> list[Ref]:
    return [(k, i, note if n == index else old) for n, (k, i, old) in enumerate(refs)]


def too_many(refs: list[Ref]) -> bool:
    return len(refs) > MAX_SLIDES


def refs_from_rows(rows: list[dict[str, Any]]) -> list[Ref]:
    """Store rows (``lesson_items``) to references, in order."""
    return [(r["item_kind"], r["item_id"], r.get("note") or "") for r in rows]


# --- presenting ---------------------------------------------------------------


def slide_number(raw: object, count: int) -> int:
    """A 1-based slide number from a query parameter, clamped to 1..count."""
    try:
        number = int(str(raw))
    except (TypeError, ValueError):
        number = 1
    return min(max(number, 1), max(count, 1))


def _row(frame: pd.DataFrame, item_id: str) -> dict[str, Any] | None:
    if frame is None or frame.empty or "id" not in frame:
        return None
    found = frame[frame["id"] == item_id]
    return None if found.empty else {k: _plain(v) for k, v in found.iloc[0].to_dict().items()}


def _plain(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NaT or value is None:
        return None
    if isinstance(value, (pd.Timestamp, date)):
        return value.isoformat()[:10]
    return value


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def build_slide(frames: Any, ref: Ref) -> Slide | None:
    """The slide for one reference, or None when the item no longer exists (or is hidden)."""
    kind, item_id, note = ref
    row = _row(frames.events if kind == "event" else frames.statements, item_id)
    if row is None:
        return None
    article = _row(frames.articles, _text(row.get("article_id"))) or {}
    is_event = kind == "event"
    return Slide(
        kind=kind,
        item_id=item_id,
        headline=_text(row.get("title") if is_event else row.get("quote")),
        speaker="" if is_event else _text(row.get("speaker")),
        outlet=_text(row.get("outlet") or article.get("outlet")),
        article_title=_text(row.get("article_title") or article.get("display_title") or article.get("title")),
        published=_text(article.get("published"))[:10],
        date_text=_text(row.get("date_text")) or ("" if is_event else _statement_when(row)),
        date_start=row.get("date_start"),
        date_end=row.get("date_end"),
        granularity=_text(row.get("granularity")) or "unknown",
        sentence=_text(row.get("sentence")),
        note=note,
        url=article.get("url"),
        article_id=_text(row.get("article_id")),
    )


def _statement_when(row: dict[str, Any]) -> str:
    source = row.get("date_source")
    if source == "publication":
        return "not stated (publication date)"
    if source == "text":
        return "given in the sentence below"
    return "not stated"


def build_slides(frames: Any, refs: list[Ref]) -> list[Slide]:
    """Slides for the references that still exist, in lesson order."""
    return [s for s in (build_slide(frames, r) for r in refs) if s is not None]


def date_span(slides: list[Slide]) -> tuple[str, str] | None:
    """The earliest start and latest end over the slides (for an explore link)."""
    starts = [s.date_start for s in slides if s.date_start]
    ends = [s.date_end or s.date_start for s in slides if s.date_start]
    if not starts:
        return None
    return min(starts), max(e for e in ends if e)


LONG_HEADLINE = 140  # characters; longer words get a smaller type size to fit the screen


def _headline_class(slide: Slide) -> str:
    classes = ["dl-headline"]
    if slide.kind == "statement":
        classes.append("dl-quote")
    if len(slide.headline) > LONG_HEADLINE:
        classes.append("dl-long")
    return " ".join(classes)


def slide_html(slide: Slide, number: int, count: int) -> str:
    """The slide as escaped HTML: every value from an article goes through ``escape``."""
    quote = slide.headline.strip().strip('“”"‘’').strip()
    words = f"“{escape(quote)}”" if slide.kind == "statement" else escape(slide.headline)
    who = f"<div class='dl-meta'><b>Who:</b> {escape(slide.speaker)}</div>" if slide.speaker else ""
    note = f"<div class='dl-note'>{escape(slide.note)}</div>" if slide.note else ""
    outlet = link_html(slide.url, slide.outlet or "unknown outlet")
    return (
        f"<div class='dl-slide'><div class='dl-counter'>Slide {number} of {count} · {escape(slide.kind)}</div>"
        f"<div class='{_headline_class(slide)}'>{words}</div>{who}"
        f"<div class='dl-meta'><b>Reported by:</b> {outlet}"
        f"{' (published ' + escape(slide.published) + ')' if slide.published else ''}</div>"
        f"<div class='dl-meta'><b>Date as written:</b> {escape(slide.date_text or 'not stated')}"
        f" · <b>normalised:</b> {escape(slide.date_label)}</div>"
        f"<div class='dl-sentence'>{escape(slide.sentence)}</div>{note}</div>"
    )


PRESENT_CSS = """
<style>
section[data-testid="stSidebar"], div[data-testid="stSidebarCollapsedControl"],
header[data-testid="stHeader"] { display: none !important; }
.block-container, div[data-testid="stMainBlockContainer"] { max-width: 100% !important;
  padding-top: 1rem !important; }
.dl-slide { font-size: 2rem; line-height: 1.4; }
.dl-slide .dl-headline { font-size: 2.6rem; font-weight: 700; margin: 0.2em 0 0.4em 0; }
.dl-slide .dl-quote { font-style: italic; }
.dl-slide .dl-headline.dl-long { font-size: 1.9rem; }
.dl-slide .dl-meta { font-size: 1.6rem; color: #333; }
.dl-slide .dl-sentence { font-size: 1.5rem; border-left: 6px solid #0072B2; padding-left: 0.8rem;
  margin-top: 0.6rem; }
.dl-slide .dl-counter { font-size: 1.4rem; color: #555; }
.dl-slide .dl-note { font-size: 1.6rem; background: #F0E442; color: #000; padding: 0.2rem 0.5rem; }
div.st-key-present_nav button p { font-size: 1.6rem; }
</style>
"""


def item_label(kind: str, row: dict[str, Any] | pd.Series, width: int = 70) -> str:
    """A one-line plain-text label for pickers: date · words · who · outlet."""
    words = str(row.get("title") if kind == "event" else row.get("quote") or "")
    words = " ".join(words.split())
    words = words if len(words) <= width else words[: width - 1] + "…"
    when = normalised_date(
        _plain(row.get("date_start")), _plain(row.get("date_end")), str(row.get("granularity"))
    )
    who = f" — {row.get('speaker')}" if kind == "statement" else ""
    outlet = _plain(row.get("outlet"))
    return f"{when} · {words}{who}" + (f" ({outlet})" if outlet else "")


def item_options(frames: Any) -> dict[str, str]:
    """{"kind:id": label} for every event and statement, in date order."""
    out: dict[str, str] = {}
    for kind, frame in (("event", frames.events), ("statement", frames.statements)):
        if frame is None or frame.empty:
            continue
        for row in frame.to_dict("records"):
            out[f"{kind}:{row['id']}"] = item_label(kind, row)
    return dict(sorted(out.items(), key=lambda kv: kv[1]))


def split_key(key: str) -> tuple[str, str]:
    kind, _, item_id = key.partition(":")
    return kind, item_id


def restrict(frames: Any, slides: list[Slide]) -> Any:
    """The frames cut down to the slides' items (and the links between them)."""
    events = {s.item_id for s in slides if s.kind == "event"}
    statements = {s.item_id for s in slides if s.kind == "statement"}
    ev = frames.events[frames.events["id"].astype(str).isin(events)]
    stm = frames.statements[frames.statements["id"].astype(str).isin(statements)]
    links = frames.links[
        frames.links["event_id"].isin(ev["id"]) & frames.links["statement_id"].isin(stm["id"])
    ]
    canonical = frames.canonical[frames.canonical["id"].isin(ev["canonical_id"])]
    return frames.with_(events=ev, statements=stm, links=links, canonical=canonical)


def explore_query(slides: list[Slide], articles: list[str]) -> dict[str, str | list[str]]:
    """Timeline filters covering the lesson: its date span and its articles."""
    query: dict[str, str | list[str]] = {}
    span = date_span(slides)
    if span:
        query["from"], query["to"] = span
    if articles:
        query["article"] = sorted(set(articles))
    return query


def explore_url(slides: list[Slide], base: str, articles: list[str] | None = None) -> str:
    """A link to the timeline filtered to the lesson (query parameters of the filters)."""
    query = explore_query(slides, articles if articles is not None else [s.article_id for s in slides])
    return f"{base}?{urlencode(query, doseq=True)}" if query else base
