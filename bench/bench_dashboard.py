"""Dashboard speed: loading, a filter change (filter + figure + serialisation), and the first chart in a browser.

Synthetic corpora of 10,000 and 100,000 items (events and statements together) come from
``synthetic_corpus.py``. A filter change is what a rerun does after a widget moves: apply the
filters to the cached frames, build the figure, serialise it for the browser.
Targets: a filter change within 1 s at 10,000 items; usable (seconds, not minutes) at 100,000;
first chart within 3 s of page load on the seed corpus, measured beside the same page drawn with
Streamlit's own ``st.plotly_chart`` (``DATELINE_CHART=streamlit``), loads alternating.
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import synthetic_corpus  # noqa: E402

from dashboard.charts import timeline_figure  # noqa: E402
from dashboard.data import read_frames  # noqa: E402
from dashboard.filters import Filters, apply_filters  # noqa: E402

CHANGES = [
    Filters(speakers=("Speaker A", "Speaker B")),
    Filters(date_from=date(2005, 1, 1), date_to=date(2010, 12, 31)),
    Filters(categories=("armed attack",), include_imprecise=False),
    Filters(text="number 1"),
]


def _best(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def corpus(items: int, folder: Path) -> None:
    db = synthetic_corpus.write(folder / f"syn{items}.db", items // 2)
    load = _best(lambda: read_frames(str(db)), repeat=1)
    frames = read_frames(str(db))
    for filters in CHANGES:
        took = _best(lambda f=filters: timeline_figure(apply_filters(frames, f)).to_json())
        shown = apply_filters(frames, filters)
        print(
            f"{items:>7} items  filter change {took:6.2f} s  ({len(shown.events) + len(shown.statements):>6} shown)  "
            f"{filters!r:.70}"
        )
    everything = _best(lambda: timeline_figure(frames).to_json(), repeat=1)
    print(f"{items:>7} items  load (uncached) {load:6.2f} s, unfiltered figure {everything:6.2f} s")


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_ready(url: str, server: subprocess.Popen, seconds: float = 120) -> None:
    """Until the server answers (it builds and reads the database before it does)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and server.poll() is None:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"streamlit did not answer at {url}")


def _start_server(db: Path, env: dict[str, str]) -> tuple[subprocess.Popen, int]:
    port = _port()
    server = subprocess.Popen(
        [
            sys.executable, "-m", "streamlit", "run", "dashboard/app.py", "--server.headless", "true",
            "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false",
        ],
        cwd=ROOT,
        env={**os.environ, "DATELINE_DB": str(db), **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    return server, port


# The chart as Dateline draws it (its component on Plotly's basic bundle) and the baseline,
# Streamlit's own st.plotly_chart (the whole library), served side by side and loaded in turn.
SERVERS = {
    "Dateline's chart": {"DATELINE_CHART": ""},
    "st.plotly_chart baseline": {"DATELINE_CHART": "streamlit"},
}
LOADS = 6


def first_chart(folder: Path) -> None:
    """Seconds from page load to the first plotted point, on the seed corpus, in Chromium."""
    if not Path("/usr/bin/chromium").exists():
        print("first chart: skipped (no /usr/bin/chromium)")
        return
    from playwright.sync_api import sync_playwright

    db = folder / "seed.db"
    subprocess.run(
        [sys.executable, "-m", "extract", "run", "data/articles", "--db", str(db)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    args = [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ]  # fmt: skip
    servers = {name: _start_server(db, env) for name, env in SERVERS.items()}
    times: dict[str, dict[str, list[float]]] = {
        name: {"new profile": [], "cached scripts": []} for name in servers
    }
    try:
        for server, port in servers.values():
            _wait_ready(f"http://127.0.0.1:{port}/_stcore/health", server)
        with sync_playwright() as p:
            for load in range(LOADS + 1):  # the first round is each server's first visitor
                order = list(servers) if load % 2 == 0 else list(servers)[::-1]
                for name in order:
                    port = servers[name][1]
                    ctx = p.chromium.launch_persistent_context(
                        tempfile.mkdtemp(), executable_path="/usr/bin/chromium", headless=True, args=args
                    )
                    page = ctx.new_page()
                    # A new browser profile fetches every script; a second visit has them cached.
                    for browser_state in ("new profile", "cached scripts"):
                        start = time.perf_counter()
                        page.goto(f"http://127.0.0.1:{port}/")
                        page.locator(".js-plotly-plot path.point").first.wait_for(timeout=60_000)
                        seconds = time.perf_counter() - start
                        if load == 0:
                            print(
                                f"first chart on the seeds ({name}, the server's first visitor, {browser_state}): {seconds:.2f} s"
                            )
                        else:
                            times[name][browser_state].append(seconds)
                    ctx.close()
    finally:
        for server, _ in servers.values():
            server.terminate()
            server.wait(timeout=10)
    for name, by_state in times.items():
        for browser_state, found in by_state.items():
            print(
                f"first chart on the seeds ({name}, warm server, {browser_state}): median {statistics.median(found):.2f} s, "
                f"range {min(found):.2f}–{max(found):.2f} s over {len(found)} loads"
            )


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        for items in (10_000, 100_000):
            corpus(items, Path(tmp))
        first_chart(Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
