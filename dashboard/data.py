"""Loading the Dateline database into pandas frames, with curated corrections applied.

``read_frames`` is plain Python (no Streamlit needed); ``load_frames`` wraps it
in ``st.cache_data`` keyed on the database path and a stamp of the file (and its
WAL) so that a correction saved from the curation page shows at once.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard.corrections import apply_corrections
from dashboard.frames import Frames
from extract import store

DEFAULT_DB = "data/dateline.db"
ARTICLES_DIR = Path(__file__).resolve().parents[1] / "data" / "articles"

ARTICLE_COLUMNS = [
    "id", "title", "outlet", "url", "published", "published_source", "published_confidence",
    "path", "text", "extracted_at",
]  # fmt: skip
EVENT_COLUMNS = [
    "id", "article_id", "title", "sentence", "sentence_start", "sentence_end", "start", "end",
    "date_text", "date_start", "date_end", "granularity", "timex", "confidence", "category",
    "canonical_id", "rule_id", "trigger", "actors", "zone",
]  # fmt: skip
STATEMENT_COLUMNS = [
    "id", "article_id", "speaker", "speaker_mention", "speaker_start", "speaker_end", "cue_start",
    "cue_end", "medium", "direct", "quote", "start", "end", "sentence", "date_start", "date_end",
    "granularity", "timex", "date_source", "rule_id", "date_text",
]  # fmt: skip
LINK_COLUMNS = ["statement_id", "event_id"]
CANONICAL_COLUMNS = ["id", "title", "date_start", "date_end", "granularity", "timex"]

__all__ = ["Frames", "apply_corrections", "load_frames", "read_frames"]


def db_path() -> str:
    """The database path the dashboard reads: ``DATELINE_DB`` or the default."""
    return os.environ.get("DATELINE_DB") or DEFAULT_DB


def db_stamp(path: str) -> tuple[int, int, int, int]:
    """Modification stamp of the database and its WAL: changes whenever data is written."""
    stamp: list[int] = []
    for name in (path, path + "-wal"):
        try:
            info = os.stat(name)
            stamp += [info.st_mtime_ns, info.st_size]
        except OSError:
            stamp += [0, 0]
    return (stamp[0], stamp[1], stamp[2], stamp[3])


def ensure_database(path: str, sources: list[Path] | None = None) -> list[str]:
    """Build the database from the seed articles when it does not exist; return messages."""
    if Path(path).exists():
        return []
    try:
        from extract.pipeline import build_database  # type: ignore[import-not-found]
    except ImportError:
        return [f"No database at {path}, and the extractor cannot build one yet (extract.pipeline missing)."]
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    try:
        return list(build_database(Path(path), sources or [ARTICLES_DIR]))
    except Exception as exc:  # the extractor's failure must not take the dashboard down
        return [f"Building {path} failed: {type(exc).__name__}: {exc}"]


def _table(conn: sqlite3.Connection, sql: str, columns: list[str]) -> pd.DataFrame:
    rows = [dict(r) for r in conn.execute(sql).fetchall()]
    return pd.DataFrame(rows, columns=columns) if rows else pd.DataFrame(columns=columns)


def read_corrections(conn: sqlite3.Connection) -> list[dict]:
    """Live corrections, oldest first, value decoded."""
    return store.live_corrections(conn)


def read_raw(path: str) -> tuple[Frames, list[dict]]:
    """The tables exactly as stored, plus the live corrections."""
    if not Path(path).exists():
        raise FileNotFoundError(path)
    conn = store.connect(path)
    try:
        frames = Frames(
            articles=_table(conn, "SELECT * FROM articles ORDER BY published, id", ARTICLE_COLUMNS),
            events=_table(conn, "SELECT * FROM events ORDER BY date_start, id", EVENT_COLUMNS),
            statements=_table(conn, "SELECT * FROM statements ORDER BY date_start, id", STATEMENT_COLUMNS),
            links=_table(conn, "SELECT * FROM statement_events", LINK_COLUMNS),
            canonical=_table(
                conn, "SELECT * FROM canonical_events ORDER BY date_start, id", CANONICAL_COLUMNS
            ),
        )
        corrections = read_corrections(conn)
    finally:
        conn.close()
    return frames, corrections


def _decode_actors(value: object) -> list[str]:
    if isinstance(value, str) and value:
        try:
            decoded = json.loads(value)
        except ValueError:
            return [value]
        return [str(a) for a in decoded] if isinstance(decoded, list) else [str(decoded)]
    return []


def read_frames(path: str, include_hidden: bool = False) -> Frames:
    """Read, correct and enrich the whole database (no caching, no Streamlit)."""
    raw, corrections = read_raw(path)
    events = raw.events.assign(actors=raw.events["actors"].map(_decode_actors))
    raw = Frames(raw.articles, events, raw.statements, raw.links, raw.canonical)
    return apply_corrections(raw, corrections, include_hidden=include_hidden)


@st.cache_data(show_spinner="Loading the timeline…", max_entries=8)
def _cached_frames(path: str, stamp: tuple[int, int, int, int], include_hidden: bool) -> Frames:
    del stamp  # part of the cache key only
    return read_frames(path, include_hidden)


def load_frames(db_path: str, include_hidden: bool = False) -> Frames:
    """Cached ``read_frames``: re-read whenever the database file changes."""
    return _cached_frames(str(db_path), db_stamp(str(db_path)), include_hidden)
