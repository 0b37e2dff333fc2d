"""HTML to plain text with an offset map back to the page source.

The standard library's tokenizer walks the page (with character references
left undecoded, so every character of text keeps its place in the source);
trafilatura decides which paragraphs are the article's main content and reads
the page's metadata, and htmldate finds its publication date.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser

from extract.records import Zone

SKIPPED = {"script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "select", "head"}
BLOCKS = {
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "header",
    "footer", "aside", "nav", "figure", "figcaption", "blockquote", "tr", "td", "th", "table", "hr", "main",
    "dd", "dt", "pre", "address", "caption", "form",
}  # fmt: skip
FURNITURE = {"nav", "footer", "aside", "form"}
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Page:
    text: str
    offsets: tuple[int, ...]
    zones: tuple[Zone, ...]
    title: str | None
    site: str | None
    url: str | None
    published: date | None


class _Walker(HTMLParser):
    """Collects text characters with their source offsets and caption/furniture regions."""

    def __init__(self, raw: str) -> None:
        super().__init__(convert_charrefs=False)
        self.raw = raw
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", raw)]
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.skip_depth = 0
        self.open_regions: list[tuple[str, int]] = []
        self.zones: list[Zone] = []
        self.title_parts: list[str] = []
        self.in_title = False

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _emit(self, text: str, at: int, per_char: bool) -> None:
        for i, ch in enumerate(text):
            if ch.isspace():
                if not self.chars or self.chars[-1] in " \n":
                    continue
                ch = " "
            self.chars.append(ch)
            self.offsets.append(at + i if per_char else at)

    def _break(self, at: int) -> None:
        while self.chars and self.chars[-1] == " ":
            self.chars.pop()
            self.offsets.pop()
        if self.chars and self.chars[-1] != "\n":
            self.chars.extend("\n\n")
            self.offsets.extend((at, at))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag in SKIPPED:
            self.skip_depth += 1
            return
        if tag in BLOCKS:
            self._break(self._pos())
        if tag == "figcaption" or tag in FURNITURE:
            self.open_regions.append((tag, len(self.chars)))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in SKIPPED:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        for i in range(len(self.open_regions) - 1, -1, -1):
            if self.open_regions[i][0] == tag:
                _, start = self.open_regions.pop(i)
                kind = "caption" if tag == "figcaption" else "furniture"
                self.zones.append(Zone(start, len(self.chars), kind, f"html.{tag}"))
                break
        if tag in BLOCKS:
            self._break(self._pos())

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        if not self.skip_depth:
            self._emit(data, self._pos(), per_char=True)

    def _ref(self, ref: str) -> None:
        if self.in_title:
            self.title_parts.append(html.unescape(ref))
        if not self.skip_depth:
            self._emit(html.unescape(ref), self._pos(), per_char=False)

    def handle_entityref(self, name: str) -> None:
        self._ref(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._ref(f"&#{name};")


def _main_content(raw: str) -> list[str]:
    import trafilatura

    extracted = trafilatura.extract(raw, include_comments=False, include_tables=False) or ""
    return [_SPACE.sub(" ", line).strip() for line in extracted.splitlines() if line.strip()]


def _content_zones(text: str, content: list[str], marked: list[Zone], title: str | None) -> list[Zone]:
    """Paragraphs of ``text`` that trafilatura kept are body, the headline is marked, the rest furniture."""
    if not content:
        return marked
    kept = set(content)
    joined = "\n".join(content)
    zones = list(marked)
    for match in re.finditer(r"[^\n]+", text):
        para = match.group().strip()
        if not para or any(z.start <= match.start() < z.end for z in marked):
            continue
        if para in kept or (len(para) > 40 and para in joined):
            continue
        if title and para == _SPACE.sub(" ", title).strip():
            zones.append(Zone(match.start(), match.end(), "headline", "html.title"))
            continue
        zones.append(Zone(match.start(), match.end(), "furniture", "html.boilerplate"))
    return sorted(zones, key=lambda z: z.start)


def _metadata(raw: str) -> tuple[str | None, str | None, str | None, date | None]:
    import trafilatura
    from htmldate import find_date

    meta = trafilatura.extract_metadata(raw)
    title = meta.title if meta else None
    site = meta.sitename if meta else None
    url = meta.url if meta else None
    found = find_date(raw, original_date=True, extensive_search=False)
    published = date.fromisoformat(found) if found else None
    return title, site, url, published


def render(raw: str) -> Page:
    walker = _Walker(raw)
    walker.feed(raw)
    walker.close()
    while walker.chars and walker.chars[-1] in " \n":
        walker.chars.pop()
        walker.offsets.pop()
    text = "".join(walker.chars)
    title, site, url, published = _metadata(raw)
    if not title and walker.title_parts:
        title = _SPACE.sub(" ", "".join(walker.title_parts)).strip() or None
    zones = _content_zones(text, _main_content(raw), walker.zones, title)
    return Page(text, tuple(walker.offsets), tuple(zones), title, site, url, published)


def line_of(raw: str, offset: int) -> int:
    """1-based line number of a source offset (for messages)."""
    return bisect_right([m.end() for m in re.finditer(r"\n", raw)], offset) + 1
