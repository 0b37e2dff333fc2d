"""The chart library is preloaded from the page's HTML head; every other response passes unchanged."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest

from dashboard import chart_library as C
from dashboard.preload import JS_DIR, Preload, chunk_files, preload_tags, with_tags

TAG = b'<link rel="preload" as="script" href="./dateline/js/plotly-basic.js">'


def _run(app, scope=None) -> list[dict]:
    """Messages a request through ``Preload(app, TAG)`` sends to the client."""
    sent: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": b""}

    async def send(message: dict) -> None:
        sent.append(message)

    _drive(Preload(app, TAG)(scope or {"type": "http", "path": "/"}, receive, send))
    return sent


def _drive(coroutine) -> None:  # type: ignore[no-untyped-def]
    """Run to completion on a loop of its own (the browser tests' driver may hold this thread's loop)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(asyncio.run, coroutine).result()


def _responder(content_type: bytes, *parts: bytes, extra: tuple = ()):
    async def app(scope, receive, send):
        length = str(sum(map(len, parts))).encode()
        headers = [(b"content-type", content_type), (b"content-length", length), *extra]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        for i, part in enumerate(parts):
            await send({"type": "http.response.body", "body": part, "more_body": i < len(parts) - 1})

    return app


def _static(tmp_path, files: dict[str, str]):
    js = tmp_path / "static" / "js"
    js.mkdir(parents=True)
    (tmp_path / "index.html").write_text(
        '<script type="module" src="./static/js/index.A1.js"></script>', encoding="utf-8"
    )
    for name, text in files.items():
        (js / name).write_text(text, encoding="utf-8")
    return js


def test_preload_chunk_files_are_what_the_page_does_not_load_already(tmp_path):
    js = _static(
        tmp_path,
        {
            "index.A1.js": 'import{a}from"./shared.B2.js";',
            "shared.B2.js": "export const a=1;",
            "BidiComponent.C3.js": 'import{a}from"./shared.B2.js";import"./own.D4.js";const l=()=>import("./lazy.F6.js");',
            "own.D4.js": 'import { d } from "./deep.E5.js";',
            "deep.E5.js": "export const d=1;",
            "lazy.F6.js": "",
        },
    )
    assert chunk_files(js) == ["BidiComponent.C3.js", "deep.E5.js", "own.D4.js"]
    assert chunk_files(js, ("Missing",)) == []


def test_preload_chunk_files_find_the_installed_component_chunk():
    found = chunk_files()
    assert [n for n in found if n.startswith("BidiComponent.")], found
    assert not [n for n in found if n.startswith("index.")]  # the page's entry is loaded anyway
    assert all((JS_DIR / n).is_file() for n in found)


def test_preload_tags_name_the_basic_bundle_when_offered(tmp_path):
    basic = tmp_path / "basic.js"
    basic.write_text("", encoding="utf-8")
    tags = preload_tags(C.libraries(basic=basic, full=tmp_path / "full.js"), js_dir=tmp_path)  # no chunks
    assert (
        tags
        == b'<link rel="preload" as="script" href="./dateline/js/plotly-basic-%s.min.js">'
        % C.VERSION.encode()
    )


def test_preload_tags_name_the_whole_library_otherwise(tmp_path):
    js = _static(tmp_path, {"BidiComponent.C3.js": ""})
    tags = preload_tags(C.libraries(basic=tmp_path / "absent.js", full=tmp_path / "full.js"), js_dir=js)
    assert tags.startswith(b'<link rel="modulepreload" href="./static/js/BidiComponent.C3.js">')
    tags = tags.split(b">", 1)[1]
    assert (
        tags == b'<link rel="preload" as="script" href="./dateline/js/plotly-%s.min.js">' % C.VERSION.encode()
    )


@pytest.mark.parametrize(
    "html, expected",
    [
        (b"<html><head><title>t</title></head><body></body></html>",
         b"<html><head><title>t</title>" + TAG + b"</head><body></body></html>"),
        (b"<p>no head</p>", b"<p>no head</p>"),
        (b"<head></head><pre></head></pre>", b"<head>" + TAG + b"</head><pre></head></pre>"),
    ],
)  # fmt: skip
def test_preload_with_tags_before_the_first_head_end(html, expected):
    assert with_tags(html, TAG) == expected


def test_preload_html_page_gets_the_tags_and_a_true_length():
    sent = _run(_responder(b"text/html; charset=utf-8", b"<head>", b"</head><body>x</body>"))
    body = b"".join(m.get("body", b"") for m in sent[1:])
    assert body == b"<head>" + TAG + b"</head><body>x</body>"
    assert dict(sent[0]["headers"])[b"content-length"] == str(len(body)).encode()
    assert [k for k, _ in sent[0]["headers"]].count(b"content-length") == 1


@pytest.mark.parametrize(
    "content_type, extra",
    [
        (b"application/javascript", ()),
        (b"application/json", ()),
        (b"text/html", ((b"content-encoding", b"gzip"),)),
    ],
)
def test_preload_other_responses_pass_unchanged(content_type, extra):
    app = _responder(content_type, b"<head>", b"</head>", extra=extra)
    assert _run(app) == _run_plain(app)


def _run_plain(app) -> list[dict]:
    sent: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": b""}

    async def send(message: dict) -> None:
        sent.append(message)

    _drive(app({"type": "http", "path": "/"}, receive, send))
    return sent


def test_preload_head_request_passes_unchanged():
    app = _responder(b"text/html", b"<head></head>")
    scope = {"type": "http", "method": "HEAD", "path": "/"}
    assert _run(app, scope) == _run_plain(app)


def test_preload_websocket_scope_goes_straight_through():
    seen: list[str] = []

    async def app(scope, receive, send):
        seen.append(scope["type"])
        await send({"type": "websocket.accept"})

    assert _run(app, {"type": "websocket", "path": "/_stcore/stream"}) == [{"type": "websocket.accept"}]
    assert seen == ["websocket"]
