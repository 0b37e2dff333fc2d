"""Curated corrections: validation, merge/split, change list and grouped undo."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from dashboard import curation
from extract import store


@pytest.fixture()
def conn(tmp_path):
    connection = store.connect(tmp_path / "curation.db")
    yield connection
    connection.close()


def _live(conn) -> dict[tuple[str, str, str], object]:
    return {(c["item_kind"], c["item_id"], c["field"]): c["value"] for c in store.live_corrections(conn)}


def test_curation_event_date_writes_three_fields(conn):
    curation.correct_event_date(conn, "e1", "2020-01-01", "2020-01-31", "month")
    assert _live(conn) == {
        ("event", "e1", "date_start"): "2020-01-01",
        ("event", "e1", "date_end"): "2020-01-31",
        ("event", "e1", "granularity"): "month",
    }


@pytest.mark.parametrize(
    ("start", "end", "granularity", "message"),
    [
        ("2020-02-01", "2020-01-01", "day", "after"),
        ("2020-13-01", "2020-12-31", "day", "not a date"),
        ("2020-01-01", None, "day", "both"),
        ("2020-01-01", "2020-01-02", "fortnight", "granularity"),
    ],
)
def test_curation_event_date_rejects_bad_input(conn, start, end, granularity, message):
    with pytest.raises(curation.CurationError, match=message):
        curation.correct_event_date(conn, "e1", start, end, granularity)
    assert store.live_corrections(conn) == []


def test_curation_event_date_can_be_cleared(conn):
    curation.correct_event_date(conn, "e1", None, None, "unknown")
    assert _live(conn)[("event", "e1", "date_start")] is None


@pytest.mark.parametrize(
    ("func", "args", "key", "expected"),
    [
        (
            curation.correct_event_title,
            ("e1", "  Rockets   fired "),
            ("event", "e1", "title"),
            "Rockets fired",
        ),
        (curation.correct_event_category, ("e1", "conflict"), ("event", "e1", "category"), "conflict"),
        (curation.fix_speaker, ("s1", "Ali Khamenei"), ("statement", "s1", "speaker"), "Ali Khamenei"),
        (curation.set_medium, ("s1", "twitter"), ("statement", "s1", "medium"), "twitter"),
        (curation.set_hidden, ("statement", "s1"), ("statement", "s1", "hidden"), True),
        (curation.correct_canonical_title, ("c1", "Talks"), ("canonical", "c1", "title"), "Talks"),
    ],
)
def test_curation_single_field_changes(conn, func, args, key, expected):
    func(conn, *args)
    assert _live(conn)[key] == expected


@pytest.mark.parametrize(
    ("func", "args"),
    [
        (curation.correct_event_title, ("e1", "   ")),
        (curation.fix_speaker, ("s1", "")),
        (curation.set_medium, ("s1", "carrier pigeon")),
        (curation.set_hidden, ("article", "a1")),
    ],
)
def test_curation_rejects_empty_or_unknown_values(conn, func, args):
    with pytest.raises(curation.CurationError):
        func(conn, *args)


def test_curation_merge_moves_every_event(conn):
    curation.merge_events(conn, ["e1", "e2", "e1"], "c9")
    live = _live(conn)
    assert live[("event", "e1", "canonical_id")] == "c9"
    assert live[("event", "e2", "canonical_id")] == "c9"
    assert len(store.live_corrections(conn)) == 2


def test_curation_split_gives_a_stable_new_id(conn):
    new_id, _ = curation.split_event(conn, "e3")
    assert new_id == curation.split_canonical_id("e3") != "e3"
    assert _live(conn)[("event", "e3", "canonical_id")] == new_id


def test_curation_recent_changes_newest_first_and_described(conn):
    curation.fix_speaker(conn, "s1", "A")
    curation.set_hidden(conn, "event", "e1")
    changes = curation.recent_changes(conn)
    assert [c.field for c in changes] == ["hidden", "speaker"]
    assert changes[0].describe() == "event e1 hidden"
    assert not changes[0].undone


def test_curation_undo_takes_back_a_whole_merge(conn):
    curation.fix_speaker(conn, "s1", "A")
    curation.merge_events(conn, ["e1", "e2", "e3"], "c9")
    undone = curation.undo_last_change(conn)
    assert sorted(c.item_id for c in undone) == ["e1", "e2", "e3"]
    assert list(_live(conn)) == [("statement", "s1", "speaker")]


def test_curation_undo_takes_back_one_date_change_only(conn):
    curation.correct_event_date(conn, "e1", "2020-01-01", "2020-01-01", "day")
    curation.correct_event_date(conn, "e1", "2020-01-01", "2020-12-31", "year")
    assert len(curation.undo_last_change(conn)) == 3
    assert _live(conn)[("event", "e1", "granularity")] == "day"


def test_curation_undo_separate_actions_one_at_a_time(conn):
    curation.fix_speaker(conn, "s1", "A")
    curation.fix_speaker(conn, "s2", "B")
    assert [c.item_id for c in curation.undo_last_change(conn)] == ["s2"]
    assert [c.item_id for c in curation.undo_last_change(conn)] == ["s1"]
    assert curation.undo_last_change(conn) == []
    assert all(c.undone for c in curation.recent_changes(conn))


EVENT = {"id": "e1", "title": "Strike", "category": "attack", "date_start": "2020-01-03",
         "date_end": "2020-01-03", "granularity": "day"}  # fmt: skip


@pytest.mark.parametrize(
    ("wanted", "fields"),
    [
        ({**EVENT}, []),
        ({**EVENT, "title": "Air strike"}, ["title"]),
        ({**EVENT, "category": "military"}, ["category"]),
        (
            {**EVENT, "date_end": "2020-01-04", "granularity": "range"},
            ["date_start", "date_end", "granularity"],
        ),
        ({**EVENT, "title": " Strike "}, []),
    ],
)
def test_curation_edit_event_writes_only_changes(conn, wanted, fields):
    curation.edit_event(conn, EVENT, wanted)
    assert [c["field"] for c in store.live_corrections(conn)] == fields


def test_curation_edit_event_bad_date_writes_nothing(conn):
    with pytest.raises(curation.CurationError):
        curation.edit_event(conn, EVENT, {**EVENT, "title": "New", "date_start": "2020-02-30"})
    assert store.live_corrections(conn) == []


def test_curation_edit_statement(conn):
    current = {"id": "s1", "speaker": "he", "medium": "unknown"}
    curation.edit_statement(conn, current, {"speaker": "Ali Khamenei", "medium": "unknown"})
    assert _live(conn) == {("statement", "s1", "speaker"): "Ali Khamenei"}


def test_curation_open_db_closes(tmp_path):
    with curation.open_db(str(tmp_path / "x.db")) as conn:
        curation.fix_speaker(conn, "s1", "A")
    with pytest.raises(Exception, match="closed"):
        conn.execute("SELECT 1")


def test_curation_survives_re_extraction(fixture_db):
    from dashboard.data import read_frames

    spec = importlib.util.spec_from_file_location("fixture_rows", Path(__file__).with_name("conftest.py"))
    rows = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(rows)

    with curation.open_db(fixture_db) as conn:
        curation.correct_event_title(conn, "e1", "Corrected title")
        curation.set_hidden(conn, "statement", "s2")
        store.write_output(conn, rows.fixture_output())  # the extractor runs again
    frames = read_frames(fixture_db)
    assert frames.events.set_index("id").loc["e1", "title"] == "Corrected title"
    assert "s2" not in set(frames.statements["id"])
