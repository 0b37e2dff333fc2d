"""Events: one per dated happening, from the dates found and the sentences that hold them.

A date expression becomes an event when it denotes an interval and stands in
article content (not page furniture). The event's title is neutral: a label
from ``data/event_triggers.tsv`` (the trigger nearest the date) followed by the
names of the actors in the same sentence; never the outlet's own wording.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from extract.lexicon import DataFileError, load_table, load_words
from extract.records import Event, Sentence, Statement, Timex
from extract.settings import DEFAULT, Settings

_NAME = re.compile(
    r"(?P<name>(?:[A-Z][\w’'\-]*\.?|[A-Z]\.)(?:\s+(?:(?:al|bin|ibn|de|van|von|of|the)\s+)?(?:[A-Z][\w’'\-]*\.?))*)"
)
_POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")
_GRANULARITY_CONFIDENCE = {
    "day": 0.95, "week": 0.85, "month": 0.85, "quarter": 0.8, "season": 0.75, "year": 0.8,
    "decade": 0.7, "century": 0.6, "range": 0.75, "unknown": 0.4,
}  # fmt: skip
MAX_ACTORS = 3
# A date that tells when something was said dates another happening only when that
# happening's trigger stands this close to it ("on Tuesday, as rockets rained down").
STATEMENT_DATE_REACH = 40
HAPPENING_REACH = 150


@dataclass(frozen=True)
class Trigger:
    id: str
    pattern: re.Pattern[str]
    category: str
    label: str


CATEGORIES = (
    "armed attack",
    "protest/unrest",
    "diplomacy/policy",
    "sanctions/legal",
    "politics/election",
    "disaster/health",
    "speech/publication",
    "other",
)


@functools.cache
def triggers() -> tuple[Trigger, ...]:
    rows = load_table("event_triggers.tsv", ("id", "pattern", "category", "label", "example", "expected"))
    out = []
    for row in rows:
        if row["category"] not in CATEGORIES:
            raise DataFileError(row.file, row.line, f"unknown category {row['category']!r}")
        try:
            pattern = re.compile(rf"\b(?:{row['pattern']})\b", re.IGNORECASE)
        except re.error as exc:
            raise DataFileError(row.file, row.line, f"bad pattern: {exc}") from None
        out.append(Trigger(row["id"], pattern, row["category"], row["label"]))
    return tuple(out)


@functools.cache
def stopwords() -> frozenset[str]:
    return load_words("event_stopwords.tsv")


@functools.cache
def irrealis() -> frozenset[str]:
    return load_words("event_irrealis.tsv")


def _is_irrealis(sentence: str, start: int) -> bool:
    before = sentence[:start].split()
    return bool(before) and before[-1].casefold() in irrealis()


@functools.lru_cache(maxsize=256)
def trigger_matches(sentence: str) -> tuple[tuple[Trigger, str, int, int], ...]:
    """Every trigger match of a sentence, irrealis ones left out: (rule, words, start, end)."""
    found = []
    for trigger in triggers():
        for match in trigger.pattern.finditer(sentence):
            if not _is_irrealis(sentence, match.start()):
                found.append((trigger, match.group(), match.start(), match.end()))
    return tuple(found)


def nearest_trigger(sentence: str, at: int, skip_speech: bool = False) -> tuple[Trigger, str, int] | None:
    """The trigger closest to offset ``at`` of the sentence: (rule, words, start).

    Triggers right after an irrealis word ("urged them to attack", "no attack") are passed over.
    A reporting word ("reported", "said") yields to a happening within HAPPENING_REACH characters:
    in "the army reported rockets fired at the city", the rockets are what happened.
    """
    best: tuple[tuple[int, int], Trigger, str, int] | None = None
    for trigger, words, start, end in trigger_matches(sentence):
        speech = trigger.category == "speech/publication"
        if skip_speech and speech:
            continue
        distance = min(abs(start - at), abs(end - at))
        rank = (1 if speech or distance > HAPPENING_REACH else 0, distance)
        if best is None or rank < best[0]:
            best = (rank, trigger, words, start)
    return None if best is None else (best[1], best[2], best[3])


def actors(sentence: str, masked: Sequence[tuple[int, int]], near: int | None = None) -> tuple[str, ...]:
    """Names (capitalised word runs) in a sentence outside the masked spans.

    In text order, or nearest first to offset ``near`` (the trigger) when given.
    """
    found: list[str] = []
    matches = list(_NAME.finditer(sentence))
    if near is not None:
        matches.sort(key=lambda m: min(abs(m.start() - near), abs(m.end() - near)))
    for match in matches:
        if any(s <= match.start() < e or s < match.end() <= e for s, e in masked):
            continue
        words = match.group("name").split()
        while words and words[0].rstrip(".").casefold() in stopwords():
            words.pop(0)
        name = _POSSESSIVE.sub("", " ".join(words)).strip(" .")
        if len(name) > 1 and name.casefold() not in stopwords() and name not in found:
            found.append(name)
    return tuple(found)


def title_for(label: str, names: Sequence[str], fallback: str) -> str:
    if names:
        return f"{label}: {', '.join(names[:MAX_ACTORS])}"
    return f"{label} ({fallback})" if fallback else label


def _dates_a_statement(timex: Timex, sentence: Sentence, statements: Sequence[Statement]) -> bool:
    for st in statements:
        if st.date_source != "text" or st.timex != timex.value:
            continue
        inside_content = st.start <= timex.start < st.end
        if sentence.start <= (st.cue_start or st.speaker_start or -1) < sentence.end and not inside_content:
            return True
    return False


def find_events(
    text: str,
    sentences: Sequence[Sentence],
    timexes: Sequence[Timex],
    statements: Sequence[Statement] = (),
    *,
    dct_inferred: bool = False,
    settings: Settings = DEFAULT,
) -> list[Event]:
    """Events of one document, in text order."""
    events: list[Event] = []
    for timex in timexes:
        if timex.interval is None:
            continue
        sentence = _sentence_of(sentences, timex.start)
        if sentence is None or sentence.zone == "furniture":
            continue
        masks = [
            (t.start - sentence.start, t.end - sentence.start)
            for t in timexes
            if sentence.start <= t.start < sentence.end
        ]
        event = _event(sentence, timex, statements, masks, dct_inferred, settings)
        if event is not None and event.confidence >= settings.min_event_confidence:
            events.append(event)
    return _most_precise_per_happening(events)


def _most_precise_per_happening(events: list[Event]) -> list[Event]:
    """In one sentence, a date that only widens another date of the same trigger is dropped
    ("the last Friday of Ramadan, which this year is May 22": one event, on May 22)."""
    kept = []
    for event in events:
        assert event.date is not None
        wider = any(
            other is not event
            and other.sentence_start == event.sentence_start
            and other.trigger == event.trigger
            and other.date is not None
            and event.date.start <= other.date.start
            and other.date.end <= event.date.end
            and (other.date.end - other.date.start) < (event.date.end - event.date.start)
            for other in events
        )
        if not wider:
            kept.append(event)
    return kept


def _sentence_of(sentences: Sequence[Sentence], offset: int) -> Sentence | None:
    for sentence in sentences:
        if sentence.start <= offset < sentence.end:
            return sentence
    return None


def _event(
    sentence: Sentence,
    timex: Timex,
    statements: Sequence[Statement],
    masks: list[tuple[int, int]],
    dct_inferred: bool,
    settings: Settings,
) -> Event | None:
    local = timex.start - sentence.start
    is_statement_date = _dates_a_statement(timex, sentence, statements)
    found = nearest_trigger(sentence.text, local, skip_speech=is_statement_date)
    if is_statement_date and (found is None or abs(found[2] - local) > STATEMENT_DATE_REACH):
        return None
    names = actors(sentence.text, masks, found[2] if found else local)
    assert timex.interval is not None
    confidence = _confidence(timex, sentence.zone, found is not None, dct_inferred, settings)
    label, category, trigger = (
        (found[0].label, found[0].category, found[1]) if found else ("Dated mention", "other", "")
    )
    return Event(
        start=timex.start,
        end=timex.end,
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        title=title_for(label, names, "" if names else timex.text),
        date=timex.interval,
        timex=timex.value,
        category=category,
        confidence=confidence,
        rule_id=f"event.{found[0].id}" if found else "event.no-trigger",
        trigger=trigger,
        actors=names,
        zone=sentence.zone,
    )


def _confidence(timex: Timex, zone: str, has_trigger: bool, dct_inferred: bool, settings: Settings) -> float:
    assert timex.interval is not None
    value = _GRANULARITY_CONFIDENCE.get(timex.interval.granularity, 0.5)
    if timex.anchored_to == "previous":
        value *= 0.8
    if not has_trigger:
        value *= 0.7
    if zone == "caption":
        value *= settings.caption_confidence_factor
    if dct_inferred and timex.anchored_to != "none":
        value *= settings.inferred_dct_confidence_factor
    return round(value, 3)
