"""The SQLite store: versioned schema, atomic writes, corrections and lessons kept apart."""

from __future__ import annotations

import sqlite3

import pytest

from extract import store


def _output(article_id: str = "a", n_events: int = 2) -> dict:
    article = {
        "id": article_id,
        "title": "T",
        "outlet": "O",
        "url": None,
        "published": "2020-01-05",
        "published_source": "metadata",
        "published_confidence": 1.0,
        "path": "a.txt",
        "text": "x" * 50,
        "text_sha": "h",
        "extracted_at": "now",
    }
    events = [
        {
            "id": f"{article_id}:ev{i}",
            "article_id": article_id,
            "title": f"E{i}",
            "sentence": "s",
            "sentence_start": 0,
            "sentence_end": 5,
            "start": i,
            "end": i + 1,
            "date_text": "x",
            "date_start": "2020-01-03",
            "date_end": "2020-01-03",
            "granularity": "day",
            "timex": "2020-01-03",
            "confidence": 0.9,
            "category": "other",
            "canonical_id": None,
            "rule_id": "r",
            "trigger": "",
            "actors": ["A"],
            "zone": "body",
        }
        for i in range(n_events)
    ]
    return {"articles": [article], "events": events, "statements": [], "canonical_events": []}


def _one_canonical(events: list[dict]) -> list[dict]:
    ids = sorted(e["id"] for e in events)
    return [
        {
            "id": "ce-1",
            "title": "C",
            "date_start": None,
            "date_end": None,
            "granularity": "unknown",
            "timex": None,
            "event_ids": ids,
            "article_ids": [],
        }
    ]


def test_store_new_database_is_at_the_current_schema_version(tmp_path):
    conn = store.connect(tmp_path / "d.db")
    assert store.schema_version(conn) == store.SCHEMA_VERSION


def test_store_refuses_a_newer_schema(tmp_path):
    path = tmp_path / "d.db"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {store.SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(store.StoreError, match="newer"):
        store.connect(path)


def test_store_refuses_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "d.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(store.StoreError, match="not a Dateline database"):
        store.connect(path)


def test_store_rewriting_the_same_output_is_idempotent(tmp_path):
    conn = store.connect(tmp_path / "d.db")
    for _ in range(2):
        store.write_output(conn, _output(), _one_canonical)
    assert store.rows(conn, "SELECT COUNT(*) AS n FROM events")[0]["n"] == 2
    assert {r["canonical_id"] for r in store.rows(conn, "SELECT canonical_id FROM events")} == {"ce-1"}


def test_store_a_crash_mid_write_leaves_the_database_as_it_was(tmp_path):
    conn = store.connect(tmp_path / "d.db")
    store.write_output(conn, _output(n_events=1), _one_canonical)

    def crash(_events):
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        store.write_output(conn, _output(n_events=5), crash)
    assert store.rows(conn, "SELECT COUNT(*) AS n FROM events")[0]["n"] == 1
    assert store.rows(conn, "SELECT id FROM canonical_events") == [{"id": "ce-1"}]


def test_store_corrections_survive_reextraction_and_undo(tmp_path):
    conn = store.connect(tmp_path / "d.db")
    store.write_output(conn, _output(), _one_canonical)
    store.add_correction(conn, "event", "a:ev0", "title", "Better title")
    store.add_correction(conn, "event", "a:ev1", "hidden", True)
    store.write_output(conn, _output(), _one_canonical)
    live = {(c["item_id"], c["field"]): c["value"] for c in store.live_corrections(conn)}
    assert live == {("a:ev0", "title"): "Better title", ("a:ev1", "hidden"): True}
    undone = store.undo_last_correction(conn)
    assert undone is not None and undone["item_id"] == "a:ev1"
    assert [c["item_id"] for c in store.live_corrections(conn)] == ["a:ev0"]


def test_store_rejects_an_unknown_correction_field(tmp_path):
    conn = store.connect(tmp_path / "d.db")
    with pytest.raises(ValueError, match="cannot be corrected"):
        store.add_correction(conn, "event", "a:ev0", "text", "x")


def test_store_lessons_keep_their_order_and_survive_reextraction(tmp_path):
    conn = store.connect(tmp_path / "d.db")
    lesson = store.save_lesson(conn, "Week 1", [("event", "a:ev1", ""), ("event", "a:ev0", "note")])
    store.write_output(conn, _output(), _one_canonical)
    assert [i["item_id"] for i in store.lesson_items(conn, lesson)] == ["a:ev1", "a:ev0"]
    assert store.list_lessons(conn)[0]["items"] == 2
    store.delete_lesson(conn, lesson)
    assert store.list_lessons(conn) == []


def test_store_migrates_an_older_database_keeping_its_rows(tmp_path):
    path = tmp_path / "old.db"
    raw = sqlite3.connect(path)
    raw.executescript(store.MIGRATIONS[0])
    raw.execute("PRAGMA user_version = 1")
    raw.execute(
        "INSERT INTO articles (id, text, text_sha, extracted_at) VALUES ('a', 'He said so.', 'h', 'now')"
    )
    raw.execute(
        'INSERT INTO statements (id, article_id, speaker, medium, direct, quote, start, "end", granularity,'
        " rule_id) VALUES ('a:st0', 'a', 'X', 'unknown', 0, 'so', 8, 10, 'unknown', 'r')"
    )
    raw.commit()
    raw.close()
    conn = store.connect(path)
    assert store.schema_version(conn) == store.SCHEMA_VERSION
    assert store.rows(conn, "SELECT speaker, date_text FROM statements") == [
        {"speaker": "X", "date_text": ""}
    ]
