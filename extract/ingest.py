"""Ingest: article files and metadata in, :class:`Article` records out.

Every expected problem raises :class:`IngestError`, whose message is one line
naming the file and the problem; callers report it and go on with the rest.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from extract import html_text
from extract.records import Article
from extract.settings import DEFAULT, Settings

TEXT_SUFFIXES = {".txt", ".md"}
SUFFIXES = TEXT_SUFFIXES | {".html", ".htm", ".json", ".jsonl"}
META_COLUMNS = ("id", "title", "outlet", "url", "published")
_ID_OK = re.compile(r"^[\w.\-]{1,200}$")


class IngestError(Exception):
    """An input that cannot be read; the message is one line."""

    def __init__(self, where: str | Path, problem: str) -> None:
        self.where = str(where)
        self.problem = " ".join(problem.split())
        super().__init__(f"{self.where}: {self.problem}")


@dataclass(frozen=True)
class Meta:
    """One metadata row; ``None`` for an empty cell."""

    id: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    line: int = 0


def parse_published(value: str | None, where: str) -> date | None:
    """An ISO date or datetime (any column may be empty) to a date."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    match = re.match(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?$", text)
    if not match:
        raise IngestError(where, f"published {text!r} is not an ISO date (YYYY-MM-DD)")
    try:
        return date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        raise IngestError(where, f"published {text!r} is an impossible date") from None


def _cell(row: dict[str, str | None], key: str) -> str | None:
    value = row.get(key)
    return value.strip() or None if isinstance(value, str) else None


def read_metadata(path: Path) -> tuple[dict[str, Meta], list[IngestError]]:
    """Rows of a metadata CSV by id; bad rows are reported, good ones kept."""
    try:
        text = decode(path.read_bytes(), path)
    except OSError as exc:
        raise IngestError(path, f"cannot read metadata ({exc.strerror or exc})") from None
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "id" not in [f.strip() for f in reader.fieldnames]:
        raise IngestError(path, "metadata has no 'id' column (expected id,title,outlet,url,published)")
    rows: dict[str, Meta] = {}
    errors: list[IngestError] = []
    for line, raw in enumerate(reader, start=2):
        row = {(k or "").strip(): v for k, v in raw.items()}
        where = f"{path}:{line}"
        ident = _cell(row, "id")
        try:
            if not ident:
                raise IngestError(where, "metadata row without an id")
            if ident in rows:
                raise IngestError(where, f"duplicate metadata id {ident!r}")
            published = parse_published(_cell(row, "published"), where)
        except IngestError as exc:
            errors.append(exc)
            continue
        rows[ident] = Meta(
            ident, _cell(row, "title"), _cell(row, "outlet"), _cell(row, "url"), published, line
        )
    return rows, errors


def decode(data: bytes, where: str | Path) -> str:
    """Strict UTF-8 (a BOM is tolerated and kept out of the text)."""
    if b"\x00" in data[:8192]:
        raise IngestError(where, "binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IngestError(where, f"invalid UTF-8 at byte {exc.start}") from None
    return text[1:] if text.startswith("\ufeff") else text


def _check_text(text: str, where: str | Path) -> str:
    if not text.strip():
        raise IngestError(where, "empty article (no text)")
    return text


def article_from_bytes(
    name: str,
    data: bytes,
    *,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: date | None = None,
    settings: Settings = DEFAULT,
) -> Article:
    """One article from an upload or a file's bytes (.txt, .md, .html, .json)."""
    if Path(name).suffix.lower() == ".jsonl":
        raise IngestError(name, "a .jsonl file holds many articles; add it with 'python -m extract run'")
    meta = Meta(safe_id(Path(name).stem), title, outlet, url, published)
    articles = list(articles_from_bytes(name, data, meta, settings))
    if len(articles) != 1:
        raise IngestError(name, f"expected one article, found {len(articles)}")
    return articles[0]


def safe_id(stem: str) -> str:
    """An article id safe to show and store: word characters, dots and dashes."""
    cleaned = re.sub(r"[^\w.\-]+", "_", stem).strip("._")[:200]
    return cleaned or "article"


def articles_from_bytes(name: str, data: bytes, meta: Meta | None, settings: Settings) -> Iterator[Article]:
    suffix = Path(name).suffix.lower()
    limit = settings.max_jsonl_bytes if suffix == ".jsonl" else settings.max_article_bytes
    if len(data) > limit:
        raise IngestError(name, f"file too large ({len(data):,} bytes; the limit is {limit:,})")
    if suffix not in SUFFIXES:
        raise IngestError(
            name, f"unknown format {suffix or '(no extension)'}; expected {', '.join(sorted(SUFFIXES))}"
        )
    text = decode(data, name)
    if suffix == ".json":
        yield _from_json_object(_load_json(text, name), name, meta)
    elif suffix == ".jsonl":
        yield from _from_jsonl(text, name)
    elif suffix in {".html", ".htm"}:
        yield _from_html(_check_text(text, name), name, meta)
    else:
        yield _with_meta(Article(id=_stem_id(name, meta), text=_check_text(text, name), path=name), meta)


def _stem_id(name: str, meta: Meta | None) -> str:
    return meta.id if meta else Path(name).stem


def _with_meta(article: Article, meta: Meta | None) -> Article:
    if meta is None:
        return article
    changes: dict[str, object] = {k: getattr(meta, k) for k in ("title", "outlet", "url") if getattr(meta, k)}
    if meta.published:
        changes.update(published=meta.published, published_source="metadata", published_confidence=1.0)
    return replace(article, **changes)


def _load_json(text: str, where: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise IngestError(
            where, f"malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        ) from None


def _from_json_object(obj: object, where: str, meta: Meta | None) -> Article:
    if not isinstance(obj, dict):
        raise IngestError(where, "JSON article must be an object with id and text")
    text = obj.get("text")
    if not isinstance(text, str):
        raise IngestError(where, "JSON article has no 'text' string")
    ident = obj.get("id")
    if ident is None and meta is None:
        ident = Path(where).stem
    elif ident is None and meta is not None:
        ident = meta.id
    if not isinstance(ident, (str, int)) or not str(ident).strip():
        raise IngestError(where, "JSON article 'id' must be a non-empty string")
    fields = {k: obj.get(k) for k in ("title", "outlet", "url")}
    for key, value in fields.items():
        if value is not None and not isinstance(value, str):
            raise IngestError(where, f"JSON article field {key!r} must be a string")
    own = Meta(
        str(ident),
        fields["title"],
        fields["outlet"],
        fields["url"],
        parse_published(obj.get("published"), where),
    )
    article = _with_meta(Article(id=own.id, text=_check_text(text, where), path=where), own)
    return _with_meta(article, meta) if meta else article


def _from_jsonl(text: str, name: str) -> Iterator[Article]:
    """One article per line; a bad line raises with its line number after the good ones before it."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        yield _from_json_object(_load_json(line, where), where, None)


def _from_html(raw: str, name: str, meta: Meta | None) -> Article:
    page = html_text.render(raw)
    if not page.text.strip():
        raise IngestError(name, "HTML page has no text")
    article = Article(
        id=_stem_id(name, meta),
        text=raw,
        path=name,
        title=page.title,
        outlet=page.site,
        url=page.url,
        view=page.text,
        view_map=page.offsets,
        hints=page.zones,
    )
    if page.published:
        article = replace(
            article, published=page.published, published_source="metadata", published_confidence=0.9
        )
    return _with_meta(article, meta)


def discover(paths: Iterable[str | Path]) -> tuple[list[Path], list[Path], list[IngestError]]:
    """Article files and metadata CSVs under the given paths (folders searched one level)."""
    files: list[Path] = []
    metas: list[Path] = []
    errors: list[IngestError] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.iterdir()):
                if child.name == "articles.csv":
                    metas.append(child)
                elif child.is_file() and child.suffix.lower() in SUFFIXES:
                    files.append(child)
                elif child.is_file() and not child.name.startswith("."):
                    errors.append(
                        IngestError(child, f"unknown format {child.suffix or '(no extension)'}; skipped")
                    )
        elif path.is_file():
            files.append(path)
        else:
            errors.append(IngestError(path, "no such file or folder"))
    return files, metas, errors


def read_file(
    path: Path, meta: Meta | None, settings: Settings = DEFAULT
) -> tuple[list[Article], list[IngestError]]:
    """Articles of one file; a .jsonl file reports bad lines and keeps the good ones."""
    try:
        if path.stat().st_size > max(settings.max_article_bytes, settings.max_jsonl_bytes):
            raise IngestError(path, f"file too large ({path.stat().st_size:,} bytes)")
        data = path.read_bytes()
    except OSError as exc:
        return [], [IngestError(path, f"cannot read ({exc.strerror or exc})")]
    good: list[Article] = []
    try:
        for article in articles_from_bytes(str(path), data, meta, settings):
            good.append(article)
    except IngestError as exc:
        if path.suffix.lower() != ".jsonl":
            return [], [exc]
        rest, errors = _jsonl_rest(path, data, len(good), settings)
        return good + rest, [exc, *errors]
    return good, []


def _jsonl_rest(
    path: Path, data: bytes, done: int, settings: Settings
) -> tuple[list[Article], list[IngestError]]:
    """After a bad line, read the remaining lines of a .jsonl one by one."""
    good: list[Article] = []
    errors: list[IngestError] = []
    lines = decode(data, path).splitlines()
    seen = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        seen += 1
        if seen <= done + 1:
            continue
        try:
            good.append(_from_json_object(_load_json(line, f"{path}:{number}"), f"{path}:{number}", None))
        except IngestError as exc:
            errors.append(exc)
    return good, errors


def is_safe_id(ident: str) -> bool:
    return bool(_ID_OK.match(ident))
