"""Output rows: analyses turned into the ``run`` JSON document and the store's rows.

Offsets are mapped back to the text as read (CONTRACT.md); speakers get one
canonical name across the corpus; statements are linked to their events;
event mentions are merged into canonical events.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from extract import link, store
from extract.records import Interval, Statement
from extract.settings import DEFAULT, Settings

if TYPE_CHECKING:
    from extract.pipeline import Analysis

# The contract's fields first, then extra ones (the contract allows adding, never renaming).
ARTICLE_FIELDS = ("id", "title", "outlet", "url", "published", "published_source", "published_confidence")
EVENT_FIELDS = tuple(
    "id article_id title sentence start end date_start date_end granularity timex confidence "
    "category canonical_id date_text sentence_start sentence_end actors zone rule_id".split()
)
STATEMENT_FIELDS = tuple(
    "id article_id speaker speaker_start speaker_end medium direct quote start end date_start "
    "date_end granularity timex event_ids speaker_mention cue_start cue_end date_source date_text "
    "rule_id".split()
)
CANONICAL_FIELDS = tuple("id title date_start date_end granularity timex event_ids article_ids".split())


def _dates(interval: Interval | None) -> dict[str, Any]:
    if interval is None:
        return {"date_start": None, "date_end": None, "granularity": "unknown"}
    return {
        "date_start": interval.start.isoformat(),
        "date_end": interval.end.isoformat(),
        "granularity": interval.granularity,
    }


@dataclass(frozen=True)
class Output:
    articles: list[dict[str, Any]]
    events: list[dict[str, Any]]
    statements: list[dict[str, Any]]
    canonical_events: list[dict[str, Any]]

    def json_doc(self) -> dict[str, list[dict[str, Any]]]:
        """The ``run --json`` document: exactly the contract's fields."""
        return {
            "articles": [{k: a[k] for k in ARTICLE_FIELDS} for a in self.articles],
            "events": [{k: e[k] for k in EVENT_FIELDS} for e in self.events],
            "statements": [{k: s[k] for k in STATEMENT_FIELDS} for s in self.statements],
            "canonical_events": [{k: c[k] for k in CANONICAL_FIELDS} for c in self.canonical_events],
        }

    def store_rows(self) -> dict[str, list[dict[str, Any]]]:
        return {
            "articles": self.articles,
            "events": self.events,
            "statements": self.statements,
            "canonical_events": self.canonical_events,
        }


def _article_row(analysis: Analysis) -> dict[str, Any]:
    a = analysis.article
    return {
        "id": a.id,
        "title": a.title,
        "outlet": a.outlet,
        "url": a.url,
        "published": a.published.isoformat() if a.published else None,
        "published_source": a.published_source,
        "published_confidence": a.published_confidence,
        "path": a.path,
        "text": a.text,
        "text_sha": hashlib.sha256(a.text.encode("utf-8")).hexdigest(),
        "extracted_at": store.now_iso(),
    }


def _event_rows(analysis: Analysis) -> list[dict[str, Any]]:
    a = analysis.article
    rows = []
    for event in analysis.events:
        start, end = a.raw_span(event.start, event.end)
        s_start, s_end = a.raw_span(event.sentence_start, event.sentence_end)
        rows.append(
            {
                "id": f"{a.id}:ev{start}",
                "article_id": a.id,
                "title": event.title,
                "sentence": a.body[event.sentence_start : event.sentence_end],
                "sentence_start": s_start,
                "sentence_end": s_end,
                "start": start,
                "end": end,
                "date_text": a.body[event.start : event.end],
                **_dates(event.date),
                "timex": event.timex,
                "confidence": event.confidence,
                "category": event.category,
                "canonical_id": None,
                "rule_id": event.rule_id,
                "trigger": event.trigger,
                "actors": list(event.actors),
                "zone": event.zone,
            }
        )
    return rows


def _sentence_span(analysis: Analysis, offset: int | None) -> tuple[int, int]:
    for sentence in analysis.sentences:
        if offset is not None and sentence.start <= offset < sentence.end:
            return sentence.start, sentence.end
    return (offset or 0), (offset or 0)


def _context_start(analysis: Analysis, offset: int, window: int) -> int:
    """Start of the sentence ``window`` sentences before the one at ``offset`` (the statement's setting)."""
    index = next((i for i, s in enumerate(analysis.sentences) if s.start <= offset < s.end), None)
    if index is None:
        return offset
    return analysis.sentences[max(0, index - window)].start


def _date_text(analysis: Analysis, st: Statement, sentence: tuple[int, int]) -> str:
    """The words that date a statement: the date expression of its value nearest its cue."""
    if st.date_source != "text" or st.timex is None:
        return ""
    anchor = st.cue_start if st.cue_start is not None else st.start
    near = [t for t in analysis.timexes if t.value == st.timex and sentence[0] - 400 <= t.start < sentence[1]]
    return min(near, key=lambda t: abs(t.start - anchor)).text if near else ""


def _statement_row(analysis: Analysis, st: Statement, speaker: str, settings: Settings) -> dict[str, Any]:
    a = analysis.article
    start, end = a.raw_span(st.start, st.end)
    sp = (
        a.raw_span(st.speaker_start, st.speaker_end)
        if st.speaker_start is not None and st.speaker_end is not None
        else (None, None)
    )
    cue = (
        a.raw_span(st.cue_start, st.cue_end)
        if st.cue_start is not None and st.cue_end is not None
        else (None, None)
    )
    s_lo, s_hi = _sentence_span(analysis, st.cue_start if st.cue_start is not None else st.start)
    return {
        "id": f"{a.id}:st{start}",
        "article_id": a.id,
        "speaker": speaker,
        "speaker_mention": st.speaker_mention,
        "speaker_start": sp[0],
        "speaker_end": sp[1],
        "cue_start": cue[0],
        "cue_end": cue[1],
        "medium": st.medium,
        "direct": st.direct,
        "quote": a.body[st.start : st.end],
        "start": start,
        "end": end,
        "sentence": a.body[s_lo:s_hi],
        **_dates(st.date),
        "timex": st.timex,
        "date_source": st.date_source,
        "date_text": _date_text(analysis, st, (s_lo, s_hi)),
        "rule_id": st.rule_id,
        "event_ids": [],
        "_context": a.raw_span(
            _context_start(analysis, min(s_lo, st.start), settings.link_window_sentences), s_hi
        ),
    }


def _speaker_map(names: Iterable[str]) -> dict[str, str]:
    from extract.statements import canonical_speakers

    return canonical_speakers(sorted(set(names)))


def canonical_rows(events: list[dict[str, Any]], settings: Settings = DEFAULT) -> list[dict[str, Any]]:
    return link.canonical_events(events, settings)


def build(
    analyses: Sequence[Analysis], known_speakers: Iterable[str] = (), settings: Settings = DEFAULT
) -> Output:
    articles = [_article_row(a) for a in analyses]
    events = [row for a in analyses for row in _event_rows(a)]
    names = [s.speaker for a in analyses for s in a.statements]
    mapping = _speaker_map([*known_speakers, *names]) if names else {}
    statements = []
    for analysis in analyses:
        own_events = [e for e in events if e["article_id"] == analysis.article.id]
        used: set[str] = set()
        for st in analysis.statements:
            row = _statement_row(analysis, st, mapping.get(st.speaker, st.speaker), settings)
            if row["id"] in used:  # two speakers of one content ("welcomed by X and condemned by Y")
                row["id"] = f"{row['id']}-{row['cue_start']}"
            used.add(row["id"])
            row["event_ids"] = link.statement_event_ids(row, row.pop("_context"), own_events)
            statements.append(row)
    canonical = canonical_rows(events, settings)
    by_event = {e: c["id"] for c in canonical for e in c["event_ids"]}
    for event in events:
        event["canonical_id"] = by_event.get(event["id"])
    return Output(articles, events, statements, canonical)
