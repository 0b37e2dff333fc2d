"""Real-browser fixtures: one ``streamlit run`` per session, a fresh Chromium profile per test.

The database is the seed corpus built by ``python -m extract run`` plus a hostile
article (script tags, ``onerror`` attributes and ``javascript:`` URLs in its text
and metadata). If the extractor cannot build it, the hand-made fixture database
is used instead, which holds a hostile article too.
"""

from __future__ import annotations

import csv
import importlib.util
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[3]
CHROMIUM = Path("/usr/bin/chromium")
HOSTILE_TITLE = '<script>window.__pwned=1</script>Hostile <img src=x onerror="window.__pwned=1">'
HOSTILE_OUTLET = 'Outlet <svg onload="window.__pwned=1">'
HOSTILE_URL = "javascript:window.__pwned=1"
HOSTILE_TEXT = (
    "<script>window.__pwned=1</script> Rally report\n\n"
    'On 5 June 2021 <img src=x onerror="window.__pwned=1"> a rally was held in the square, '
    'see [this](javascript:window.__pwned=1) and <a href="javascript:window.__pwned=1">that</a>.\n\n'
    '"We will <b>not</b> stop <script>window.__pwned=1</script>," spokesman Omar Hostile said on Monday.\n'
)
BROWSER_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _seed_corpus(folder: Path) -> Path:
    """The seed articles plus the hostile one, with its hostile metadata in articles.csv."""
    shutil.copytree(ROOT / "data" / "articles", folder)
    (folder / "zz_hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    with (folder / "articles.csv").open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerow(["zz_hostile", HOSTILE_TITLE, HOSTILE_OUTLET, HOSTILE_URL, "2021-06-08"])
    return folder


def _build_db(tmp: Path) -> tuple[str, str]:
    """(database path, which corpus): the extracted seed corpus, else the fixture database."""
    db = tmp / "browser.db"
    corpus = _seed_corpus(tmp / "articles")
    done = subprocess.run(
        [sys.executable, "-m", "extract", "run", str(corpus), "--db", str(db)],
        cwd=ROOT, capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip
    if done.returncode == 0 and db.exists():
        return str(db), "seed"
    spec = importlib.util.spec_from_file_location(
        "dateline_fixture_db", ROOT / "tests" / "dashboard" / "conftest.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build_fixture_db(tmp / "fixture.db"), "fixture"


def _wait_healthy(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as reply:
                if reply.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("streamlit did not become healthy in time")


@pytest.fixture(scope="session")
def browser_db(tmp_path_factory) -> tuple[str, str]:
    return _build_db(tmp_path_factory.mktemp("browser-db"))


def _serve(db: str, log_path: Path) -> Iterator[str]:
    """Base URL of a ``streamlit run dashboard/app.py`` serving ``db``, stopped afterwards."""
    app = os.environ.get("DATELINE_BROWSER_APP", "dashboard/app.py")  # another entry file, for debugging
    if not (ROOT / app).exists():
        pytest.skip(f"{app} does not exist")
    port = _free_port()
    log = log_path.open("w")
    command = [
        sys.executable, "-m", "streamlit", "run", app, "--server.headless", "true",
        "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
    ]  # fmt: skip
    env = {**os.environ, "DATELINE_DB": db}
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="session")
def server(browser_db, tmp_path_factory) -> Iterator[str]:
    """The server of the seed (or fixture) database."""
    yield from _serve(browser_db[0], tmp_path_factory.mktemp("streamlit") / "server.log")


@pytest.fixture(scope="session")
def large_server(tmp_path_factory) -> Iterator[str]:
    """A server of a synthetic corpus with more items than the chart draws without WebGL."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import synthetic_corpus
    finally:
        sys.path.remove(str(ROOT / "bench"))
    folder = tmp_path_factory.mktemp("large-db")
    db = synthetic_corpus.write(folder / "large.db", 700)
    yield from _serve(str(db), folder / "server.log")


@pytest.fixture(scope="session")
def playwright_driver() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is missing (`make chromium` installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        yield driver


@dataclass
class Browser:
    """A page in a fresh profile, the server's URL, and every dialog the page tried to open."""

    page: Any
    base: str
    corpus: str
    dialogs: list[str] = field(default_factory=list)

    def open(self, path: str = "") -> Any:
        self.page.goto(f"{self.base}/{path.lstrip('/')}")
        self.page.wait_for_selector("[data-testid='stApp']")
        self.settle()
        return self.page

    def settle(self) -> None:
        """Wait until the script has finished running (no running indicator)."""
        self.page.wait_for_timeout(300)
        self.page.wait_for_function(
            "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30_000
        )


def _launch(driver: Any, tmp_path: Path, **options: Any) -> tuple[Any, Any]:
    """A Chromium with a fresh profile under ``tmp_path``, and its page."""
    context = driver.chromium.launch_persistent_context(
        str(tmp_path / "profile"), executable_path=str(CHROMIUM), headless=True, args=BROWSER_ARGS,
        viewport={"width": 1400, "height": 1000}, **options,
    )  # fmt: skip
    return context, context.pages[0] if context.pages else context.new_page()


@pytest.fixture()
def browser(playwright_driver, server, browser_db, tmp_path) -> Iterator[Browser]:
    """A fresh Chromium profile per test; dialogs are recorded (and dismissed), never shown."""
    context, page = _launch(playwright_driver, tmp_path, accept_downloads=True)
    session = Browser(page, server, browser_db[1])

    def _dialog(dialog: Any) -> None:
        session.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", _dialog)
    page.set_default_timeout(30_000)
    try:
        yield session
    finally:
        context.close()


@pytest.fixture()
def large_browser(playwright_driver, large_server, tmp_path) -> Iterator[Browser]:
    """A fresh Chromium profile on the large synthetic corpus."""
    context, page = _launch(playwright_driver, tmp_path)
    page.set_default_timeout(60_000)
    try:
        yield Browser(page, large_server, "synthetic")
    finally:
        context.close()
