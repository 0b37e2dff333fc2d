"""Running one dashboard page under ``streamlit.testing.v1.AppTest`` (shared by the page tests)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

PAGES = Path(__file__).resolve().parents[2] / "dashboard" / "app_pages"


def run_page(page: str, db: str, monkeypatch: pytest.MonkeyPatch, **query: str) -> AppTest:
    """Run ``dashboard/app_pages/<page>`` on database ``db`` with URL query ``query``; no exception allowed."""
    monkeypatch.setenv("DATELINE_DB", db)
    app = AppTest.from_file(str(PAGES / page), default_timeout=60)
    for key, value in query.items():
        app.query_params[key] = value
    app.run()
    assert not app.exception, app.exception
    return app
