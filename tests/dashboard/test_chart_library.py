"""Which Plotly script draws a chart, how the basic bundle is fetched and checked, and how it is served."""

from __future__ import annotations

import base64
import hashlib
import io
import tarfile

import plotly.offline
import pytest

from dashboard import chart_library as C


def _tarball(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


def _integrity(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


def test_chart_library_version_is_the_plotly_packages_own():
    # The basic bundle must be the same plotly.js as the one the figures are built for.
    assert plotly.offline.get_plotlyjs_version() == C.VERSION


def test_chart_library_fetched_bundle_is_that_version():
    if not C.BASIC_FILE.is_file():
        pytest.skip("basic bundle not fetched here (make venv fetches it); charts use the whole library")
    first_lines = C.BASIC_FILE.read_bytes()[:200].decode("utf-8", "replace").splitlines()[:2]
    assert first_lines[1] == f"* plotly.js (basic - minified) v{C.VERSION}", first_lines


def test_chart_library_basic_for_scatter_and_bar_whole_for_webgl(tmp_path):
    basic = tmp_path / "basic.js"
    basic.write_text("/* basic */", encoding="utf-8")
    offered = C.libraries(basic=basic, full=tmp_path / "full.js")
    assert C.library_for({"scatter"}, offered).path == basic
    assert C.library_for({"scatter", "bar"}, offered).path == basic
    assert C.library_for({"scatter", "scattergl"}, offered).path == tmp_path / "full.js"
    assert C.library_for(set(), offered).path == basic


def test_chart_library_whole_library_when_the_basic_one_is_missing(tmp_path):
    offered = C.libraries(basic=tmp_path / "absent.js", full=tmp_path / "full.js")
    assert list(offered) == [f"plotly-{C.VERSION}.min.js"]
    assert C.library_for({"scatter"}, offered).url == f"./dateline/js/plotly-{C.VERSION}.min.js"


def test_chart_library_serves_offered_names_only(tmp_path):
    basic = tmp_path / "basic.js"
    basic.write_text("/* basic */", encoding="utf-8")
    offered = C.libraries(basic=basic, full=tmp_path / "full.js")
    found = C.script_response(f"plotly-basic-{C.VERSION}.min.js", offered)
    assert found.status_code == 200 and found.path == basic
    assert found.media_type == "text/javascript"
    assert "immutable" in found.headers["cache-control"]
    for name in ("../app.py", "plotly-basic.min.js", "", "%2e%2e%2fapp.py"):
        assert C.script_response(name, offered).status_code == 404


def test_chart_library_integrity_accepts_the_digest_and_rejects_others():
    data = b"console.log(1)"
    C.check_integrity(data, _integrity(data))
    with pytest.raises(ValueError, match="digest mismatch"):
        C.check_integrity(data + b" ", _integrity(data))
    with pytest.raises(ValueError, match="unsupported"):
        C.check_integrity(data, "sha1-abc")


def test_chart_library_fetch_checks_then_stores_atomically(tmp_path):
    tarball = _tarball({C.MEMBER: b"/* plotly.js basic */"})
    source = tmp_path / "pkg.tgz"
    source.write_bytes(tarball)
    target = tmp_path / "vendor" / "plotly-basic.min.js"
    with pytest.raises(ValueError, match="digest mismatch"):
        C.fetch(target, source.as_uri(), _integrity(b"other"))
    assert not target.exists() and not target.with_suffix(".part").exists()
    assert "fetched" in C.fetch(target, source.as_uri(), _integrity(tarball))
    assert target.read_bytes() == b"/* plotly.js basic */"
    assert "present" in C.fetch(target, "file:///nonexistent.tgz", _integrity(tarball))  # not fetched again


def test_chart_library_tarball_without_the_bundle_is_an_error():
    with pytest.raises(ValueError, match="missing"):
        C.bundle_from_tarball(_tarball({"package/README.md": b"x"}))
