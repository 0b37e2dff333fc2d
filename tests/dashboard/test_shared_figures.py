"""The timeline figure is shared across visitors for one database state, filters and lanes."""

from __future__ import annotations

from dashboard.charts import timeline_figure
from dashboard.data import read_frames
from dashboard.filters import Filters, apply_filters
from dashboard.shared_figures import _figure, shared_timeline
from extract import store


def _view(db: str, filters: Filters, group_by: str = "category"):  # type: ignore[no-untyped-def]
    """The shared figure of ``db`` under ``filters``, given the filtered frames as the page holds them."""
    return shared_timeline(db, filters, apply_filters(read_frames(db), filters), group_by)  # type: ignore[arg-type]


def test_shared_figures_same_view_is_built_once(fixture_db):
    _figure.clear()
    first = _view(fixture_db, Filters())
    assert _view(fixture_db, Filters()) is first
    assert _view(fixture_db, Filters(), "outlet") is not first


def test_shared_figures_match_a_fresh_build(fixture_db):
    _figure.clear()
    filters = Filters(speakers=("Ali Khamenei",))
    fresh = timeline_figure(apply_filters(read_frames(fixture_db), filters))
    assert _view(fixture_db, filters).to_json() == fresh.to_json()


def test_shared_figures_rebuilt_when_the_database_changes(fixture_db):
    _figure.clear()
    before = _view(fixture_db, Filters())
    conn = store.connect(fixture_db)
    try:
        store.add_correction(conn, "event", "e1", "title", "A corrected title")
    finally:
        conn.close()
    after = _view(fixture_db, Filters())
    assert after is not before
    assert "A corrected title" in after.to_json() and "A corrected title" not in before.to_json()
