"""Escaping for everything that comes from an article before it reaches HTML.

Article text, titles, outlets, speakers and URLs are untrusted input. Only the
output of these functions may be passed to ``st.html`` / ``unsafe_allow_html``.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from urllib.parse import urlsplit

Span = tuple[int, int, str, str]  # start, end (exclusive), kind, title

SAFE_SCHEMES = ("http", "https")
MARK_KINDS = ("date", "event", "statement", "speaker", "evidence")


def escape(text: object) -> str:
    """HTML-escape ``text`` (``<``, ``>``, ``&``, both quotes); ``None`` becomes ''."""
    if text is None:
        return ""
    return html.escape(str(text), quote=True)


def safe_url(url: object) -> str | None:
    """Return ``url`` if it is a plain http(s) URL with a host, else ``None``."""
    if not isinstance(url, str):
        return None
    cleaned = url.strip()
    if not cleaned or any(ord(ch) < 32 or ch.isspace() for ch in cleaned):
        return None
    try:
        parts = urlsplit(cleaned)
    except ValueError:
        return None
    if parts.scheme.lower() not in SAFE_SCHEMES or not parts.netloc:
        return None
    return cleaned


def link_html(url: object, label: object) -> str:
    """An escaped ``<a>`` to a safe URL, or just the escaped label."""
    target = safe_url(url)
    if target is None:
        return escape(label)
    return f'<a href="{escape(target)}" target="_blank" rel="noopener noreferrer">{escape(label)}</a>'


def _clean_spans(spans: Iterable[Span], length: int) -> list[Span]:
    """Clip spans to the text, drop empty ones, and keep the first of overlapping spans."""
    ordered = sorted(
        ((max(0, int(s)), min(length, int(e)), str(k), str(t)) for s, e, k, t in spans),
        key=lambda span: (span[0], -span[1]),
    )
    kept: list[Span] = []
    for span in ordered:
        if span[1] <= span[0]:
            continue
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return kept


def _mark(kind: str, title: str, inner: str) -> str:
    css = kind if kind in MARK_KINDS else "other"
    return f'<mark class="dl-{css}" title="{escape(title)}">{inner}</mark>'


def highlight_html(text: str | None, spans: Iterable[Span]) -> str:
    """Escaped ``text`` with ``<mark>`` around the spans; newlines become ``<br>``.

    Overlapping spans are resolved by keeping the one that starts first (the
    longer when two start together); offsets outside the text are clipped.
    """
    source = text or ""
    pieces: list[str] = []
    cursor = 0
    for start, end, kind, title in _clean_spans(spans, len(source)):
        pieces.append(escape(source[cursor:start]))
        pieces.append(_mark(kind, title, escape(source[start:end])))
        cursor = end
    pieces.append(escape(source[cursor:]))
    return "".join(pieces).replace("\r\n", "\n").replace("\n", "<br>\n")


def legend_html() -> str:
    """A small legend explaining the highlight colours."""
    labels = {
        "date": "date expression",
        "statement": "statement (what was said)",
        "speaker": "speaker",
        "evidence": "selected evidence",
    }
    items = "".join(f'<span class="dl-legend">{_mark(k, v, escape(v))}</span> ' for k, v in labels.items())
    return f'<div class="dl-legend-row">{items}</div>'


HIGHLIGHT_CSS = """
<style>
mark.dl-date { background: #E69F00; color: #000; padding: 0 2px; border-radius: 3px; }
mark.dl-event { background: #E69F00; color: #000; padding: 0 2px; border-radius: 3px; }
mark.dl-statement { background: #A6D4F2; color: #000; padding: 0 2px; border-radius: 3px; }
mark.dl-speaker { background: #CC79A7; color: #000; padding: 0 2px; border-radius: 3px; }
mark.dl-evidence { background: #F0E442; color: #000; padding: 0 2px; border-radius: 3px;
  outline: 3px solid #000; }
mark.dl-other { background: #DDDDDD; color: #000; }
.dl-article { font-size: 1.15rem; line-height: 1.7; max-height: 32rem; overflow-y: auto;
  padding: 0.75rem 1rem; border: 1px solid #ccc; border-radius: 6px; }
.dl-legend-row { margin: 0.25rem 0 0.75rem 0; font-size: 1rem; }
</style>
"""
