"""The chart library is preloaded from the page's HTML head; every other response passes unchanged."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest

from dashboard.preload import JS_DIR, Preload, preload_tags, with_tags

TAG = b'<link rel="modulepreload" href="./static/js/PlotlyChart.abc.js">'


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


def test_preload_tags_find_the_installed_plotly_chunk():
    tags = preload_tags()
    assert tags.startswith(b'<link rel="modulepreload" href="./static/js/PlotlyChart.')
    assert tags.count(b"<link") == len(list(JS_DIR.glob("PlotlyChart.*.js"))) >= 1


def test_preload_tags_none_when_the_chunk_is_missing(tmp_path):
    assert preload_tags(tmp_path) == b""
    (tmp_path / "PlotlyChart.x1.js").write_text("", encoding="utf-8")
    (tmp_path / "Radio.y2.js").write_text("", encoding="utf-8")
    assert preload_tags(tmp_path) == b'<link rel="modulepreload" href="./static/js/PlotlyChart.x1.js">'


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
