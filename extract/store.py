"""The SQLite store: a versioned schema, migrations, and transactional writes.

Machine output (articles, events, statements, canonical events) is replaced
per article on every extraction. Curated corrections and lessons live in their
own tables, keyed by stable item ids, and are never touched by extraction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

# Each migration takes the schema from version i to i + 1.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        title TEXT, outlet TEXT, url TEXT,
        published TEXT, published_source TEXT NOT NULL DEFAULT 'unknown',
        published_confidence REAL NOT NULL DEFAULT 0,
        path TEXT, text TEXT NOT NULL, text_sha TEXT NOT NULL,
        extracted_at TEXT NOT NULL
    );
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        title TEXT NOT NULL, sentence TEXT NOT NULL,
        sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, date_text TEXT NOT NULL,
        date_start TEXT, date_end TEXT, granularity TEXT NOT NULL, timex TEXT,
        confidence REAL NOT NULL, category TEXT NOT NULL,
        canonical_id TEXT, rule_id TEXT NOT NULL, trigger TEXT,
        actors TEXT NOT NULL DEFAULT '[]', zone TEXT NOT NULL DEFAULT 'body'
    );
    CREATE INDEX events_article ON events(article_id);
    CREATE INDEX events_canonical ON events(canonical_id);
    CREATE TABLE statements (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        speaker TEXT NOT NULL, speaker_mention TEXT,
        speaker_start INTEGER, speaker_end INTEGER,
        cue_start INTEGER, cue_end INTEGER,
        medium TEXT NOT NULL, direct INTEGER NOT NULL,
        quote TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        sentence TEXT NOT NULL DEFAULT '',
        date_start TEXT, date_end TEXT, granularity TEXT NOT NULL, timex TEXT,
        date_source TEXT NOT NULL DEFAULT 'unknown', rule_id TEXT NOT NULL
    );
    CREATE INDEX statements_article ON statements(article_id);
    CREATE TABLE statement_events (
        statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        PRIMARY KEY (statement_id, event_id)
    );
    CREATE TABLE canonical_events (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        date_start TEXT, date_end TEXT, granularity TEXT NOT NULL, timex TEXT
    );
    CREATE TABLE corrections (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        item_kind TEXT NOT NULL CHECK (item_kind IN ('event', 'statement', 'canonical')),
        item_id TEXT NOT NULL,
        field TEXT NOT NULL,
        value TEXT NOT NULL,
        created_at TEXT NOT NULL,
        undone_at TEXT
    );
    CREATE INDEX corrections_item ON corrections(item_kind, item_id);
    CREATE TABLE lessons (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE lesson_items (
        lesson_id INTEGER NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        item_kind TEXT NOT NULL CHECK (item_kind IN ('event', 'statement', 'canonical')),
        item_id TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (lesson_id, position)
    );
    """,
    # 2: the words that date a statement ("on Wednesday"), for showing the date as written.
    """
    ALTER TABLE statements ADD COLUMN date_text TEXT NOT NULL DEFAULT ''
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
CORRECTABLE_FIELDS = {
    "event": {"title", "date_start", "date_end", "granularity", "category", "hidden", "canonical_id"},
    "statement": {"speaker", "hidden", "medium", "date_start", "date_end"},
    "canonical": {"title", "hidden"},
}


class StoreError(Exception):
    """A database that cannot be opened or is newer than this program."""


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database at ``path``."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a Dateline database ({exc})") from None
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> None:
    version = schema_version(conn)
    if version > SCHEMA_VERSION:
        raise StoreError(f"database schema {version} is newer than this program ({SCHEMA_VERSION})")
    for number in range(version, SCHEMA_VERSION):
        with transaction(conn):
            for stmt in _split_sql(MIGRATIONS[number]):
                conn.execute(stmt)
            conn.execute(f"PRAGMA user_version = {number + 1}")


def _split_sql(script: str) -> Iterator[str]:
    for part in script.split(";"):
        if part.strip():
            yield part


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


# --- machine output -------------------------------------------------------

_ARTICLE_COLS = (
    "id title outlet url published published_source published_confidence path text text_sha extracted_at"
).split()
_EVENT_COLS = (
    "id article_id title sentence sentence_start sentence_end start end date_text date_start "
    "date_end granularity timex confidence category canonical_id rule_id trigger actors zone"
).split()
_STATEMENT_COLS = (
    "id article_id speaker speaker_mention speaker_start speaker_end cue_start cue_end medium "
    "direct quote start end sentence date_start date_end granularity timex date_source rule_id date_text"
).split()
_CANONICAL_COLS = "id title date_start date_end granularity timex".split()


# Values for columns a row may leave out (rows written by older code, or by hand in tests).
_DEFAULTS: dict[str, Any] = {
    "date_text": "",
    "sentence": "",
    "actors": [],
    "zone": "body",
    "date_source": "unknown",
}


def _insert(conn: sqlite3.Connection, table: str, cols: list[str], rows: Iterable[dict[str, Any]]) -> None:
    names = ", ".join(f'"{c}"' for c in cols)
    marks = ", ".join("?" for _ in cols)
    conn.executemany(
        f"INSERT INTO {table} ({names}) VALUES ({marks})",
        [
            tuple(_sql_value(row.get(c) if row.get(c) is not None else _DEFAULTS.get(c)) for c in cols)
            for row in rows
        ],
    )


def _sql_value(value: Any) -> Any:
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return int(value)
    return value


def write_output(
    conn: sqlite3.Connection,
    output: dict[str, list[dict[str, Any]]],
    canonicalise: Callable[[list[dict[str, Any]]], list[dict[str, Any]]] | None = None,
) -> None:
    """Replace the machine output of the given articles, in one transaction.

    ``output`` has the shape of the ``run --json`` document plus the extra
    columns above. With ``canonicalise``, canonical events are recomputed from
    every event in the database (inside the same transaction); otherwise the
    ``canonical_events`` of ``output`` replace the stored ones. Corrections and
    lessons are never touched.
    """
    ids = [a["id"] for a in output["articles"]]
    with transaction(conn):
        conn.executemany("DELETE FROM articles WHERE id = ?", [(i,) for i in ids])
        _insert(conn, "articles", _ARTICLE_COLS, output["articles"])
        _insert(conn, "events", _EVENT_COLS, output["events"])
        _insert(conn, "statements", _STATEMENT_COLS, output["statements"])
        links = [(s["id"], e) for s in output["statements"] for e in s.get("event_ids", [])]
        conn.executemany("INSERT OR IGNORE INTO statement_events VALUES (?, ?)", links)
        canonical = output.get("canonical_events", [])
        if canonicalise is not None:
            canonical = canonicalise(rows(conn, "SELECT * FROM events ORDER BY article_id, start"))
        conn.execute("DELETE FROM canonical_events")
        _insert(conn, "canonical_events", _CANONICAL_COLS, canonical)
        conn.executemany(
            "UPDATE events SET canonical_id = ? WHERE id = ?",
            [(c["id"], e) for c in canonical for e in c["event_ids"]],
        )


def rows(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(sql, params).fetchall()]


def article_hashes(conn: sqlite3.Connection) -> dict[str, str]:
    return {r["id"]: r["text_sha"] for r in conn.execute("SELECT id, text_sha FROM articles")}


# --- curation ---------------------------------------------------------------


def add_correction(conn: sqlite3.Connection, kind: str, item_id: str, field: str, value: Any) -> int:
    """Record one curated change; the latest live correction of a field wins."""
    if field not in CORRECTABLE_FIELDS.get(kind, ()):
        raise ValueError(f"{kind} field {field!r} cannot be corrected")
    with transaction(conn):
        cur = conn.execute(
            "INSERT INTO corrections (item_kind, item_id, field, value, created_at) VALUES (?, ?, ?, ?, ?)",
            (kind, item_id, field, json.dumps(value, ensure_ascii=False), now_iso()),
        )
    return int(cur.lastrowid or 0)


def undo_last_correction(conn: sqlite3.Connection) -> dict[str, Any] | None:
    """Mark the newest live correction undone and return it (None if none)."""
    with transaction(conn):
        row = conn.execute(
            "SELECT * FROM corrections WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if row is None:
            return None
        conn.execute("UPDATE corrections SET undone_at = ? WHERE id = ?", (now_iso(), row["id"]))
    return dict(row)


def live_corrections(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Live corrections, oldest first, with ``value`` decoded."""
    out = rows(conn, "SELECT * FROM corrections WHERE undone_at IS NULL ORDER BY id")
    for row in out:
        row["value"] = json.loads(row["value"])
    return out


# --- lessons ----------------------------------------------------------------


def save_lesson(
    conn: sqlite3.Connection,
    title: str,
    items: list[tuple[str, str, str]],
    lesson_id: int | None = None,
) -> int:
    """Create or replace a lesson; ``items`` are (kind, item id, note) in order."""
    stamp = now_iso()
    with transaction(conn):
        if lesson_id is None:
            cur = conn.execute(
                "INSERT INTO lessons (title, created_at, updated_at) VALUES (?, ?, ?)", (title, stamp, stamp)
            )
            lesson_id = int(cur.lastrowid or 0)
        else:
            conn.execute(
                "UPDATE lessons SET title = ?, updated_at = ? WHERE id = ?", (title, stamp, lesson_id)
            )
            conn.execute("DELETE FROM lesson_items WHERE lesson_id = ?", (lesson_id,))
        conn.executemany(
            "INSERT INTO lesson_items VALUES (?, ?, ?, ?, ?)",
            [(lesson_id, pos, kind, item, note) for pos, (kind, item, note) in enumerate(items)],
        )
    return lesson_id


def list_lessons(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return rows(
        conn,
        "SELECT l.*, COUNT(i.position) AS items FROM lessons l "
        "LEFT JOIN lesson_items i ON i.lesson_id = l.id GROUP BY l.id ORDER BY l.updated_at DESC",
    )


def lesson_items(conn: sqlite3.Connection, lesson_id: int) -> list[dict[str, Any]]:
    return rows(conn, "SELECT * FROM lesson_items WHERE lesson_id = ? ORDER BY position", (lesson_id,))


def delete_lesson(conn: sqlite3.Connection, lesson_id: int) -> None:
    with transaction(conn):
        conn.execute("DELETE FROM lessons WHERE id = ?", (lesson_id,))
