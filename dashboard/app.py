"""Dateline's dashboard server: ``DATELINE_DB=FILE.db streamlit run dashboard/app.py``.

``streamlit run`` finds the ``st.App`` below and serves ``home.py`` (page set-up and
navigation) with these additions, made once per server, not per visitor:
- at start, the database is built from ``data/articles/`` when missing, and it is read and
  charted once, so the first visitor does not wait for imports or the first read
  (``dashboard.startup``);
- every page's HTML asks the browser to fetch the chart library at once (``dashboard.preload``);
- the chart library itself is served under ``/dateline/js/`` (``dashboard.chart_library``).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import streamlit as st
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `streamlit run dashboard/app.py` puts only dashboard/ on the path
    sys.path.insert(0, str(ROOT))

from dashboard.chart_library import ROUTE, script_response  # noqa: E402
from dashboard.preload import Preload  # noqa: E402

# Cached reads outside a visitor's session are expected here: Streamlit's warning about them is not.
QUIET = "streamlit.runtime.scriptrunner_utils.script_run_context"


@asynccontextmanager
async def _start(_app: object) -> AsyncIterator[None]:
    # Imported here, once Streamlit's runtime runs, so the page caches are created inside it.
    from dashboard.data import db_path
    from dashboard.startup import warm_up

    logger = logging.getLogger(QUIET)
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        for message in await run_in_threadpool(warm_up, db_path()):
            print(f"dateline: {message}", file=sys.stderr)
    finally:
        logger.setLevel(level)
    yield


async def _chart_script(request: Request) -> Response:
    return script_response(request.path_params["name"])


app = st.App(
    "home.py",
    lifespan=_start,
    routes=[Route(ROUTE + "/{name}", _chart_script)],
    middleware=[Middleware(Preload)],
)
