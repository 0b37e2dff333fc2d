"""The server's start: the database is built when missing, read and charted once; failures are messages."""

from __future__ import annotations

import shutil
from pathlib import Path

from dashboard.data import ARTICLES_DIR, read_frames
from dashboard.startup import warm_up


def test_startup_builds_a_missing_database(tmp_path):
    source = tmp_path / "articles"
    source.mkdir()
    first = sorted(p for p in ARTICLES_DIR.iterdir() if p.suffix in {".txt", ".html", ".md"})[0]
    shutil.copy(first, source / first.name)
    db = tmp_path / "built.db"
    assert warm_up(str(db), [source]) == []
    assert len(read_frames(str(db)).articles) == 1


def test_startup_reads_an_existing_database_without_messages(fixture_db):
    before = Path(fixture_db).stat().st_mtime_ns
    assert warm_up(fixture_db) == []
    assert Path(fixture_db).stat().st_mtime_ns == before  # read, never rewritten


def test_startup_unreadable_database_is_a_message_not_a_crash(tmp_path):
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not a database" * 100)
    messages = warm_up(str(broken))
    assert len(messages) == 1
    assert messages[0].startswith(f"Reading {broken} at start failed:")
