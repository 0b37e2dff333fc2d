"""Loading the store into frames, with curated corrections applied (no Streamlit)."""

from __future__ import annotations

from dashboard.corrections import latest_values
from dashboard.data import ensure_database, read_frames
from extract import store


def _correct(db: str, *changes: tuple[str, str, str, object]) -> None:
    conn = store.connect(db)
    try:
        for kind, item, field, value in changes:
            store.add_correction(conn, kind, item, field, value)
    finally:
        conn.close()


def test_data_reads_every_table_with_derived_columns(fixture_db):
    frames = read_frames(fixture_db)
    assert (len(frames.articles), len(frames.events), len(frames.statements)) == (3, 7, 3)
    e2 = frames.events.set_index("id").loc["e2"]
    assert bool(e2["imprecise"]) and e2["outlet"] == "Daily Example"
    assert frames.events.set_index("id").loc["e1", "imprecise"] == False  # noqa: E712


def test_data_latest_live_correction_wins(fixture_db):
    _correct(
        fixture_db,
        ("event", "e1", "title", "First"),
        ("event", "e1", "title", "Second"),
        ("statement", "s2", "speaker", "Mohammad Javad Zarif"),
    )
    frames = read_frames(fixture_db)
    assert frames.events.set_index("id").loc["e1", "title"] == "Second"
    assert frames.statements.set_index("id").loc["s2", "speaker"] == "Mohammad Javad Zarif"


def test_data_hidden_items_are_dropped_unless_asked(fixture_db):
    _correct(fixture_db, ("event", "e2", "hidden", True), ("canonical", "c1", "hidden", True))
    shown = set(read_frames(fixture_db).events["id"])
    assert not shown & {"e2", "e1", "e4"}  # hiding a canonical event hides its mentions
    assert {"e1", "e2", "e4"} <= set(read_frames(fixture_db, include_hidden=True).events["id"])


def test_data_undo_brings_the_machine_value_back(fixture_db):
    _correct(fixture_db, ("event", "e1", "title", "Changed"))
    conn = store.connect(fixture_db)
    store.undo_last_correction(conn)
    conn.close()
    assert read_frames(fixture_db).events.set_index("id").loc["e1", "title"] == "Drone strike kills commander"


def test_data_split_moves_an_event_to_a_new_canonical_event(fixture_db):
    _correct(fixture_db, ("event", "e4", "canonical_id", "split-e4"))
    frames = read_frames(fixture_db)
    assert frames.events.set_index("id").loc["e4", "canonical_id"] == "split-e4"
    assert "split-e4" in set(frames.canonical["id"])


def test_data_latest_values_groups_by_kind():
    rows = [{"item_kind": "event", "item_id": "e", "field": "title", "value": v} for v in ("a", "b")]
    assert latest_values(rows)["event"] == {("e", "title"): "b"}


def test_data_missing_database_is_built_from_articles(tmp_path):
    db = tmp_path / "new.db"
    assert ensure_database(str(db)) == []
    assert len(read_frames(str(db)).articles) == 5
    assert ensure_database(str(db)) == []  # present: nothing to do
