"""Start fetching the chart library while the page starts, not after the first chart arrives.

The timeline's chart (``dashboard.chart_view``) needs two things that the browser would otherwise
fetch only once the chart element arrives, after the page has loaded, connected and run the
script: Streamlit's code for custom components (a chunk and the chunks it imports) and the
Plotly script. ``Preload`` is ASGI middleware that adds ``<link rel="modulepreload">`` for those
chunks and ``<link rel="preload" as="script">`` for the Plotly script to the page's HTML head, so
a new browser fetches them in parallel with Streamlit's own start.
Nothing else in a response changes; compressed or non-HTML responses, and any request other than
GET, pass through untouched.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from pathlib import Path
from typing import Any

import streamlit

from dashboard.chart_library import BASIC_TYPES, Library, libraries, library_for

Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Message, Receive, Send], Awaitable[None]]


JS_DIR = Path(streamlit.__file__).parent / "static" / "static" / "js"
CHUNKS = ("BidiComponent",)  # Streamlit's code for the chart's custom component
_IMPORT = re.compile(rb"""(?:from|import)\s*["']\./([\w.-]+\.js)["']""")


def _closure(js_dir: Path, names: list[str]) -> set[str]:
    """``names`` and every installed file they import, directly or not."""
    todo, found = list(names), set()
    while todo:
        name = todo.pop()
        if name in found or not (js_dir / name).is_file():
            continue
        found.add(name)
        todo.extend(m.decode() for m in _IMPORT.findall((js_dir / name).read_bytes()))
    return found


def chunk_files(js_dir: Path = JS_DIR, chunks: tuple[str, ...] = CHUNKS) -> list[str]:
    """The files ``chunks`` need that the page's own scripts do not load already, sorted."""
    page = js_dir.parents[1] / "index.html"
    html = page.read_bytes() if page.is_file() else b""
    loaded = _closure(js_dir, [m.decode() for m in re.findall(rb"\./static/js/([\w.-]+\.js)", html)])
    wanted = _closure(js_dir, [p.name for chunk in chunks for p in js_dir.glob(f"{chunk}.*.js")])
    return sorted(wanted - loaded)


def preload_tags(offered: Mapping[str, Library] | None = None, js_dir: Path = JS_DIR) -> bytes:
    """Tags for the component chunks and the Plotly script that the timeline's first view needs."""
    first = library_for(set(BASIC_TYPES), libraries() if offered is None else offered)
    modules = b"".join(
        b'<link rel="modulepreload" href="./static/js/%s">' % n.encode() for n in chunk_files(js_dir)
    )
    return modules + b'<link rel="preload" as="script" href="%s">' % first.url.encode()


def with_tags(html: bytes, tags: bytes) -> bytes:
    """The page with the tags placed just before ``</head>`` (unchanged when it has none)."""
    return html.replace(b"</head>", tags + b"</head>", 1)


def _is_plain_html(headers: list[tuple[bytes, bytes]]) -> bool:
    found = {k.lower(): v for k, v in headers}
    return b"text/html" in found.get(b"content-type", b"") and b"content-encoding" not in found


class Preload:
    """ASGI middleware: HTML pages get the preload tags; every other response passes unchanged."""

    def __init__(self, app: ASGIApp, tags: bytes | None = None) -> None:
        self.app = app
        self.tags = preload_tags() if tags is None else tags

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method", "GET") != "GET" or not self.tags:
            await self.app(scope, receive, send)
            return
        held: list[Message] = []  # the response start of an HTML page, then its body parts

        async def send_with_tags(message: Message) -> None:
            if message["type"] == "http.response.start" and _is_plain_html(message.get("headers", [])):
                held.append(message)
            elif held and message["type"] == "http.response.body":
                held.append(message)
                if not message.get("more_body"):
                    await self._send_page(held, send)
            else:
                await send(message)

        await self.app(scope, receive, send_with_tags)

    async def _send_page(self, held: list[Message], send: Send) -> None:
        start, parts = held[0], held[1:]
        html = with_tags(b"".join(part.get("body", b"") for part in parts), self.tags)
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        await send({**start, "headers": [*headers, (b"content-length", str(len(html)).encode())]})
        await send({"type": "http.response.body", "body": html})
