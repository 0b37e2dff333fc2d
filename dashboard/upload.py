"""Adding articles from the dashboard: checks on uploads and pasted text, safe names and ids.

Nothing here touches the file system: an upload is its name and its bytes. The
name only contributes a cleaned stem (the article id) and a suffix from a fixed
list; no path ever comes from the user.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from pathlib import PurePosixPath, PureWindowsPath

from extract.ingest import IngestError, article_from_bytes, is_safe_id, safe_id
from extract.records import Article

MAX_BYTES = 5 * 1024 * 1024
SUFFIXES = (".txt", ".html", ".htm", ".json")


class UploadError(ValueError):
    """An upload that is refused; the message is one line for the user."""


def upload_name(name: str, size: int) -> str:
    """A safe ``<id><suffix>`` for an uploaded file, or UploadError saying why it is refused."""
    base = PureWindowsPath(PurePosixPath(str(name)).name).name  # drop any folder part, / or \
    suffix = PurePosixPath(base).suffix.lower()
    if suffix not in SUFFIXES:
        raise UploadError(
            f"“{base}”: only {', '.join(SUFFIXES)} files can be added (got “{suffix or 'no suffix'}”)"
        )
    if size > MAX_BYTES:
        raise UploadError(f"“{base}” is {size / 1_048_576:.1f} MB; the limit is {MAX_BYTES // 1_048_576} MB")
    if size == 0:
        raise UploadError(f"“{base}” is empty")
    return safe_id(PurePosixPath(base).stem) + suffix


def pasted_name(text: str) -> str:
    """A stable name for pasted text: the same text gets the same article id."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return f"pasted-{digest}.txt"


def pasted_bytes(text: str) -> bytes:
    data = text.encode("utf-8")
    if not text.strip():
        raise UploadError("the pasted text is empty")
    if len(data) > MAX_BYTES:
        raise UploadError(f"the pasted text is over {MAX_BYTES // 1_048_576} MB")
    return data


def _blank(value: str | None) -> str | None:
    cleaned = " ".join((value or "").split())
    return cleaned or None


def read_article(
    name: str,
    data: bytes,
    *,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: date | None = None,
) -> Article:
    """The article in an upload (metadata given here wins); UploadError on any problem."""
    try:
        article = article_from_bytes(
            name, data, title=_blank(title), outlet=_blank(outlet), url=_blank(url), published=published
        )
    except IngestError as exc:
        raise UploadError(str(exc)) from None
    if not is_safe_id(article.id):
        article = replace(article, id=safe_id(article.id))
    return article
