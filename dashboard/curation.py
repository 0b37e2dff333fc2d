"""Curated corrections: small, validated writes built on the store's curation API.

Every change is one row in the ``corrections`` table (with its time), kept
apart from machine output so it survives re-extraction. A change that touches
several items at once (a merge) is several rows written together; undo takes
back the whole group.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from extract import store
from extract.records import GRANULARITIES, MEDIA

SPLIT_PREFIX = "split-"
GROUP_SECONDS = 2  # corrections of one action are written within this many seconds
ITEM_KINDS = ("event", "statement", "canonical")


class CurationError(ValueError):
    """A correction that would make the data wrong; the message says why."""


@dataclass(frozen=True)
class Change:
    """One row of the change list, ready to show."""

    id: int
    kind: str
    item_id: str
    field: str
    value: Any
    created_at: str
    undone: bool

    def describe(self) -> str:
        if self.field == "hidden":
            verb = "hidden" if self.value else "shown again"
            return f"{self.kind} {self.item_id} {verb}"
        if self.field == "canonical_id":
            return f"event {self.item_id} moved to canonical event {self.value}"
        return f"{self.kind} {self.item_id}: {self.field} set to {self.value!r}"


@contextmanager
def open_db(path: str) -> Iterator[sqlite3.Connection]:
    """A store connection for one action, always closed."""
    conn = store.connect(path)
    try:
        yield conn
    finally:
        conn.close()


def _iso_day(value: str | date | None, label: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise CurationError(f"{label} {value!r} is not a date (YYYY-MM-DD)") from None


def _text(value: str, label: str) -> str:
    cleaned = " ".join(str(value).split())
    if not cleaned:
        raise CurationError(f"{label} cannot be empty")
    return cleaned


def correct_event_date(
    conn: sqlite3.Connection,
    event_id: str,
    start: str | date | None,
    end: str | date | None,
    granularity: str,
) -> list[int]:
    """Set an event's interval and granularity (both ends, or neither for 'no date')."""
    first, last = _check_date(start, end, granularity)
    return [
        store.add_correction(conn, "event", event_id, "date_start", first),
        store.add_correction(conn, "event", event_id, "date_end", last),
        store.add_correction(conn, "event", event_id, "granularity", granularity),
    ]


def _check_date(
    start: str | date | None, end: str | date | None, granularity: str
) -> tuple[str | None, str | None]:
    first, last = _iso_day(start, "start"), _iso_day(end, "end")
    if (first is None) != (last is None):
        raise CurationError("give both start and end, or neither")
    if first and last and first > last:
        raise CurationError(f"start {first} is after end {last}")
    if granularity not in GRANULARITIES:
        raise CurationError(f"granularity must be one of {', '.join(GRANULARITIES)}")
    return first, last


def correct_event_title(conn: sqlite3.Connection, event_id: str, title: str) -> list[int]:
    return [store.add_correction(conn, "event", event_id, "title", _text(title, "title"))]


def correct_event_category(conn: sqlite3.Connection, event_id: str, category: str) -> list[int]:
    return [store.add_correction(conn, "event", event_id, "category", _text(category, "category"))]


def correct_canonical_title(conn: sqlite3.Connection, canonical_id: str, title: str) -> list[int]:
    return [store.add_correction(conn, "canonical", canonical_id, "title", _text(title, "title"))]


def fix_speaker(conn: sqlite3.Connection, statement_id: str, speaker: str) -> list[int]:
    return [store.add_correction(conn, "statement", statement_id, "speaker", _text(speaker, "speaker"))]


def set_medium(conn: sqlite3.Connection, statement_id: str, medium: str) -> list[int]:
    if medium not in MEDIA:
        raise CurationError(f"medium must be one of {', '.join(MEDIA)}")
    return [store.add_correction(conn, "statement", statement_id, "medium", medium)]


def set_hidden(conn: sqlite3.Connection, kind: str, item_id: str, hidden: bool = True) -> list[int]:
    if kind not in ITEM_KINDS:
        raise CurationError(f"unknown item kind {kind!r}")
    return [store.add_correction(conn, kind, item_id, "hidden", bool(hidden))]


def merge_events(conn: sqlite3.Connection, event_ids: list[str], target_canonical: str) -> list[int]:
    """Move the given events into the canonical event ``target_canonical``."""
    target = _text(target_canonical, "target canonical id")
    if not event_ids:
        raise CurationError("no events to move")
    return [store.add_correction(conn, "event", e, "canonical_id", target) for e in dict.fromkeys(event_ids)]


def split_event(conn: sqlite3.Connection, event_id: str) -> tuple[str, list[int]]:
    """Move one event out to a canonical event of its own; returns the new canonical id."""
    new_id = split_canonical_id(event_id)
    return new_id, [store.add_correction(conn, "event", event_id, "canonical_id", new_id)]


def split_canonical_id(event_id: str) -> str:
    """The canonical id an event gets when split off (stable, so a repeat is harmless)."""
    return f"{SPLIT_PREFIX}{event_id}"


def recent_changes(conn: sqlite3.Connection, limit: int = 20) -> list[Change]:
    """The newest corrections first, undone ones included and marked."""
    found = store.rows(conn, "SELECT * FROM corrections ORDER BY id DESC LIMIT ?", (int(limit),))
    return [_change(row) for row in found]


def _change(row: dict[str, Any]) -> Change:
    return Change(
        id=int(row["id"]),
        kind=row["item_kind"],
        item_id=row["item_id"],
        field=row["field"],
        value=json.loads(row["value"]),
        created_at=row["created_at"],
        undone=row["undone_at"] is not None,
    )


def _same_action(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two corrections were written by one action (merge or date change)."""
    gap = abs(
        (datetime.fromisoformat(a["created_at"]) - datetime.fromisoformat(b["created_at"])).total_seconds()
    )
    if gap > GROUP_SECONDS or a["item_kind"] != b["item_kind"]:
        return False
    if a["field"] == b["field"] == "canonical_id":
        return a["value"] == b["value"]
    date_fields = {"date_start", "date_end", "granularity"}
    return a["item_id"] == b["item_id"] and {a["field"], b["field"]} <= date_fields


def undo_last_change(conn: sqlite3.Connection) -> list[Change]:
    """Undo the newest action (all the corrections it wrote); [] when nothing is left."""
    first = store.undo_last_correction(conn)
    if first is None:
        return []
    undone = [first]
    while True:
        live = store.rows(conn, "SELECT * FROM corrections WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1")
        if not live or not _same_action(first, live[0]) or _is_new_date_field(undone, live[0]):
            break
        undone.append(store.undo_last_correction(conn) or live[0])
    return [_change({**row, "undone_at": "now"}) for row in undone]


def _is_new_date_field(undone: list[dict[str, Any]], row: dict[str, Any]) -> bool:
    """A date change writes each field once; a field seen twice belongs to an older change."""
    return row["field"] != "canonical_id" and any(u["field"] == row["field"] for u in undone)


def _clean(value: Any) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value).strip()


def edit_event(conn: sqlite3.Connection, current: dict[str, Any], wanted: dict[str, Any]) -> list[int]:
    """Write only what differs between an event's current values and the form's.

    ``wanted`` may hold ``title``, ``category``, ``date_start``, ``date_end``,
    ``granularity``; all are validated before anything is written.
    """
    event_id = str(current["id"])
    changed = {k for k in wanted if _clean(wanted[k]) != _clean(current.get(k))}
    dated = changed & {"date_start", "date_end", "granularity"}
    if dated:  # validate first: a bad date must not leave a half-written edit
        _check_date(wanted.get("date_start"), wanted.get("date_end"), str(wanted.get("granularity")))
    title = _text(wanted["title"], "title") if "title" in changed else None
    category = _text(wanted["category"], "category") if "category" in changed else None
    ids: list[int] = []
    if title is not None:
        ids += correct_event_title(conn, event_id, title)
    if category is not None:
        ids += correct_event_category(conn, event_id, category)
    if dated:
        ids += correct_event_date(
            conn, event_id, wanted.get("date_start"), wanted.get("date_end"), str(wanted.get("granularity"))
        )
    return ids


def edit_statement(conn: sqlite3.Connection, current: dict[str, Any], wanted: dict[str, Any]) -> list[int]:
    """Write the speaker and/or medium of a statement when they differ from the current ones."""
    statement_id = str(current["id"])
    ids: list[int] = []
    if "speaker" in wanted and _clean(wanted["speaker"]) != _clean(current.get("speaker")):
        ids += fix_speaker(conn, statement_id, str(wanted["speaker"]))
    if "medium" in wanted and _clean(wanted["medium"]) != _clean(current.get("medium")):
        ids += set_medium(conn, statement_id, str(wanted["medium"]))
    return ids
