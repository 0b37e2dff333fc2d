"""The Plotly script the dashboard's charts run on, and where it comes from.

The timeline needs only Plotly's basic trace types (scatter and bar), so the page loads Plotly's
"basic" bundle (1.2 MB) rather than the whole library (4.7 MB): in a new browser profile that is
about a second less of script evaluation before the first chart. The basic bundle is not in the
``plotly`` Python package; ``python -m dashboard.chart_library`` fetches it once, at set-up
(``make venv``), from the npm registry, at the plotly.js version the pinned ``plotly`` package
ships, and checks it against the registry's published SHA-512 digest pinned here. Nothing is
fetched while the dashboard runs. Figures with trace types outside the basic bundle (WebGL,
above 1,000 points), and machines where the fetch was not possible, use the whole library that
the ``plotly`` package installs.
"""

from __future__ import annotations

import base64
import hashlib
import io
import sys
import tarfile
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import plotly
from starlette.responses import FileResponse, PlainTextResponse, Response

PACKAGE = "plotly.js-basic-dist-min"
VERSION = "4.1.1"  # must equal the plotly.js inside the pinned plotly package (a test checks)
INTEGRITY = "sha512-1oNF8PeQx2hv/y7tqEVWKD3JGwn/MGEMQ8mL9HUwsaqG9FGy/OU5FHUHvzqbqxN4mnwZGI9abTiE775C4kkjMQ=="
TARBALL = f"https://registry.npmjs.org/{PACKAGE}/-/{PACKAGE}-{VERSION}.tgz"
MEMBER = "package/plotly-basic.min.js"
BASIC_NAME = f"plotly-basic-{VERSION}.min.js"  # the names the server offers (they carry the version)
FULL_NAME = f"plotly-{VERSION}.min.js"

BASIC_FILE = Path(__file__).resolve().parent / "vendor" / BASIC_NAME
FULL_FILE = Path(plotly.__file__).resolve().parent / "package_data" / "plotly.min.js"
BASIC_TYPES = frozenset({"scatter", "bar"})  # the trace types of the basic bundle the charts use

ROUTE = "/dateline/js"  # served by ``dashboard.app``; the file name carries the version


@dataclass(frozen=True)
class Library:
    name: str  # the file name under ROUTE, unique per version
    path: Path

    @property
    def url(self) -> str:
        """Relative to the page, as Streamlit's own scripts are (every page sits at the root)."""
        return f".{ROUTE}/{self.name}"


def libraries(basic: Path = BASIC_FILE, full: Path = FULL_FILE) -> dict[str, Library]:
    """The scripts the server offers by name: the whole library always, the basic one when fetched."""
    found = {FULL_NAME: Library(FULL_NAME, full)}
    if basic.is_file():
        found[BASIC_NAME] = Library(BASIC_NAME, basic)
    return found


def library_for(trace_types: set[str], offered: Mapping[str, Library]) -> Library:
    """The smallest offered script that draws every one of ``trace_types``."""
    basic = offered.get(BASIC_NAME)
    if basic is not None and trace_types <= BASIC_TYPES:
        return basic
    return offered[FULL_NAME]


def script_response(name: str, offered: Mapping[str, Library] | None = None) -> Response:
    """The response to ``ROUTE/name``: an offered script (cached for good, the name carries the
    version) or 404; the name is only ever looked up, never used as a path."""
    found = (libraries() if offered is None else offered).get(name)
    if found is None:
        return PlainTextResponse("not found", status_code=404)
    return FileResponse(
        found.path,
        media_type="text/javascript",
        headers={"Cache-Control": "public, max-age=31536000, immutable"},
    )


def check_integrity(data: bytes, integrity: str = INTEGRITY) -> None:
    """Raise ValueError unless ``data`` has the registry's published SHA-512 digest."""
    algorithm, _, expected = integrity.partition("-")
    if algorithm != "sha512":
        raise ValueError(f"unsupported integrity algorithm {algorithm!r}")
    actual = base64.b64encode(hashlib.sha512(data).digest()).decode()
    if actual != expected:
        raise ValueError(f"{PACKAGE} {VERSION}: digest mismatch (got sha512-{actual})")


def bundle_from_tarball(data: bytes) -> bytes:
    """The minified script inside the package's tarball."""
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        try:
            member = tar.extractfile(MEMBER)
        except KeyError:
            member = None
        if member is None:
            raise ValueError(f"{PACKAGE} {VERSION}: {MEMBER} missing from the tarball")
        return member.read()


def fetch(target: Path = BASIC_FILE, url: str = TARBALL, integrity: str = INTEGRITY) -> str:
    """Download, check and store the basic bundle (atomically); a one-line report."""
    if target.is_file():
        return f"chart library: {target.name} present"
    with urllib.request.urlopen(url, timeout=60) as response:
        data = response.read()
    check_integrity(data, integrity)
    script = bundle_from_tarball(data)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part")
    partial.write_bytes(script)
    partial.replace(target)
    return f"chart library: fetched {target.name} ({len(script) // 1024} KB)"


def main() -> int:
    try:
        print(fetch())
    except (OSError, ValueError, tarfile.TarError) as err:
        # The dashboard still works on the whole library; it only starts slower in a new browser.
        print(
            f"chart library: {PACKAGE} {VERSION} not fetched ({err}); charts use the whole library",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
