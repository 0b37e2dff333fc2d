"""Dateline's dashboard script: it only sets the page up and declares navigation.

Served by ``DATELINE_DB=FILE.db streamlit run dashboard/app.py`` (see ``app.py``). When the
database does not exist it is built from ``data/articles/`` first, so a fresh checkout opens on
the seed timeline (the server builds it at start; this covers a database removed since).
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # the script runs with only dashboard/ on the path
    sys.path.insert(0, str(ROOT))

from dashboard.data import db_path, ensure_database  # noqa: E402

st.set_page_config(page_title="Dateline", page_icon="🗓️", layout="wide")
for message in ensure_database(db_path()):
    st.warning(message)
pages = [
    st.Page("app_pages/timeline.py", title="Timeline", default=True),
    st.Page("app_pages/articles.py", title="Articles", url_path="articles"),
    st.Page("app_pages/lessons.py", title="Lessons", url_path="lessons"),
    st.Page("app_pages/curate.py", title="Curate", url_path="curate"),
    st.Page("app_pages/add.py", title="Add articles", url_path="add"),
    st.Page("app_pages/export.py", title="Export", url_path="export"),
]
st.navigation(pages).run()
