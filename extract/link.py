"""Link and merge: statements to the events they concern, event mentions to canonical events.

Both work on the plain row dictionaries of the ``run`` output so that the
canonical events can be recomputed over a whole database, not only the
articles of one run.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from rapidfuzz import fuzz

from extract.settings import DEFAULT, Settings

_TOKEN = re.compile(r"[^\W\d_][\w’'\-]+")
_GENERIC = frozenset({"the", "of", "al", "and", "for", "state", "news", "media", "government"})
_PRECISION = ("day", "week", "month", "quarter", "season", "year", "range", "decade", "century", "unknown")


def name_tokens(names: Iterable[str]) -> set[str]:
    out = set()
    for name in names:
        for token in _TOKEN.findall(name):
            token = re.sub(r"(?:’s|'s)$", "", token).casefold()
            if len(token) > 1 and token not in _GENERIC:
                out.add(token)
    return out


_WORD = re.compile(r"[^\W\d_]{4,}")
_COMMON = frozenset(
    "that this with from have been were which their there when while after before against about would could "
    "said says also into over more than they them some other such only most many much where what".split()
)
WINDOW = 80


def context_tokens(row: dict[str, Any]) -> set[str]:
    """Content words within WINDOW characters of the date expression, the expression itself left out."""
    sentence = str(row.get("sentence") or "")
    date_text = str(row.get("date_text") or "")
    at = max(0, int(row.get("start", 0)) - int(row.get("sentence_start", 0)))
    if sentence[at : at + len(date_text)] != date_text:
        found = sentence.find(date_text) if date_text else -1
        at = found if found >= 0 else at
    around = (
        sentence[max(0, at - WINDOW) : at]
        + " "
        + sentence[at + len(date_text) : at + len(date_text) + WINDOW]
    )
    return {w.casefold() for w in _WORD.findall(around)} - _COMMON


def _actors(row: dict[str, Any]) -> tuple[str, ...]:
    value = row.get("actors") or ()
    return tuple(json.loads(value)) if isinstance(value, str) else tuple(value)


def _interval(row: dict[str, Any]) -> tuple[date, date] | None:
    if not row.get("date_start") or not row.get("date_end"):
        return None
    return date.fromisoformat(str(row["date_start"])), date.fromisoformat(str(row["date_end"]))


def _nested(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])


def _shared_weight(a: set[str], b: set[str], idf: dict[str, float]) -> float:
    """Weight of the tokens two events share; near-identical spellings count (Qassim / Qassem)."""
    total = 0.0
    for token in sorted(a):  # a fixed order: the float sum, and so the merges, never depend on hashing
        if token in b:
            total += idf.get(token, 1.0)
        elif len(token) >= 6 and any(len(t) >= 6 and fuzz.ratio(token, t) >= 88 for t in b):
            total += idf.get(token, 1.0) * 0.9
    return total


def _idf(token_sets: Sequence[set[str]]) -> dict[str, float]:
    """Weights of distinctive name tokens; a token in more than a fifth of the events
    (at least two) weighs nothing: "Iran" in a corpus about Iran tells no happenings apart."""
    df = Counter(t for tokens in token_sets for t in tokens)
    n = max(len(token_sets), 1)
    cap = max(2, n // 5)
    return {t: (math.log((n + 1) / c) if c <= cap else 0.0) for t, c in df.items()}


def _same_sentence(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two dates of one sentence tell two happenings apart ("the strike on 3 January ... days later")."""
    return a["article_id"] == b["article_id"] and a.get("sentence_start") == b.get("sentence_start")


def _candidates(tokens: Sequence[set[str]], idf: dict[str, float]) -> list[tuple[int, int]]:
    """Pairs of events that share at least one distinctive token (an inverted index, not all pairs)."""
    index: dict[str, list[int]] = {}
    for i, toks in enumerate(tokens):
        for token in toks:
            if idf.get(token, 0.0) > 0.0:
                index.setdefault(token, []).append(i)
    pairs = {(a, b) for members in index.values() for x, a in enumerate(members) for b in members[x + 1 :]}
    return sorted(pairs)


def _pairs(events: list[dict[str, Any]], settings: Settings) -> list[tuple[float, int, int]]:
    tokens = [name_tokens(_actors(e)) | context_tokens(e) for e in events]
    idf = _idf(tokens)
    intervals = [_interval(e) for e in events]
    threshold = settings.merge_min_weight
    pairs = []
    for i, j in _candidates(tokens, idf):
        a, b = intervals[i], intervals[j]
        if a is None or b is None or not _nested(a, b) or _same_sentence(events[i], events[j]):
            continue
        if events[i]["category"] != events[j]["category"]:
            continue
        score = _shared_weight(tokens[i], tokens[j], idf)
        if score >= threshold:
            pairs.append((score, i, j))
    return sorted(pairs, reverse=True)


def cluster(events: list[dict[str, Any]], settings: Settings = DEFAULT) -> list[list[int]]:
    """Groups of event indexes that mention one happening; every date in a group nests with every other."""
    group_of = list(range(len(events)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(events))}
    intervals = [_interval(e) for e in events]
    for _, i, j in _pairs(events, settings):
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        joined = members[gi] + members[gj]
        if all(
            _nested(intervals[x], intervals[y]) and not _same_sentence(events[x], events[y])  # type: ignore[arg-type]
            for x in joined
            for y in joined
            if x < y
        ):
            for x in members[gj]:
                group_of[x] = gi
            members[gi] = joined
            del members[gj]
    return [sorted(m) for m in members.values()]


def _width(row: dict[str, Any]) -> tuple[int, int]:
    interval = _interval(row)
    days = (interval[1] - interval[0]).days if interval else 10**6
    return days, _PRECISION.index(row.get("granularity", "unknown")) if row.get(
        "granularity"
    ) in _PRECISION else 99


def canonical_events(events: list[dict[str, Any]], settings: Settings = DEFAULT) -> list[dict[str, Any]]:
    """One canonical event per group, dated by its most precise mention."""
    out = []
    for group in cluster(events, settings):
        rows = [events[i] for i in group]
        best = min(rows, key=lambda r: (*_width(r), -float(r.get("confidence", 0))))
        ids = sorted(r["id"] for r in rows)
        out.append(
            {
                "id": f"ce-{ids[0]}",
                "title": best["title"],
                "date_start": best.get("date_start"),
                "date_end": best.get("date_end"),
                "granularity": best.get("granularity", "unknown"),
                "timex": best.get("timex"),
                "event_ids": ids,
                "article_ids": sorted({r["article_id"] for r in rows}),
            }
        )
    return sorted(out, key=lambda c: (c["date_start"] or "9999", c["id"]))


def statement_event_ids(
    statement: dict[str, Any],
    context: tuple[int, int],
    events: Sequence[dict[str, Any]],
) -> list[str]:
    """Events of the same article that a statement concerns.

    An event concerns a statement when its sentence overlaps the statement's
    context (its content, the sentence of its cue and the sentence that sets it
    up), or when the quote names one of the event's actors together with its
    trigger word.
    """
    quote = str(statement.get("quote", "")).casefold()
    lo = min(statement["start"], context[0])
    hi = max(statement["end"], context[1])
    linked = []
    for event in events:
        if event["article_id"] != statement["article_id"]:
            continue
        overlaps = event["sentence_start"] < hi and lo < event["sentence_end"]
        tokens = name_tokens(_actors(event))
        trigger = str(event.get("trigger") or "").casefold()
        named = bool(trigger) and trigger in quote and any(t in quote for t in tokens)
        if overlaps or named:
            linked.append(event["id"])
    return linked
