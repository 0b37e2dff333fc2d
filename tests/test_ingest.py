"""Ingest: formats, metadata, and a one-line error naming the file for every bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from extract import ingest, pipeline


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "empty article"),
        ("blank.txt", b"  \n\t\n", "empty article"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("latin1.txt", "Caf\xe9 au lait".encode("latin-1"), "invalid UTF-8 at byte 3"),
        ("huge.txt", b"a" * 20_000_001, "file too large"),
        ("notes.docx", b"PK\x03\x04", "unknown format .docx"),
        ("bad.json", b'{"id": "x", "text": ', "malformed JSON"),
        ("list.json", b"[1, 2]", "must be an object"),
        ("notext.json", b'{"id": "x"}', "no 'text' string"),
        ("baddate.json", b'{"id": "x", "text": "Hi.", "published": "2020-02-30"}', "impossible date"),
        ("page.html", b"<html><body><script>x()</script></body></html>", "no text"),
    ],
)
def test_ingest_bad_file_gives_one_line_error_naming_it(tmp_path, name, data, problem):
    path = _write(tmp_path, name, data)
    articles, errors = ingest.read_file(path, None)
    assert articles == []
    [error] = errors
    message = str(error)
    assert name in message and problem in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2020-02-05", date(2020, 2, 5)), ("2020-02-05T10:30:00Z", date(2020, 2, 5)), ("", None), (None, None)],
)
def test_ingest_parse_published_accepts_iso_dates(value, expected):
    assert ingest.parse_published(value, "m.csv:2") == expected


@pytest.mark.parametrize(
    ("value", "problem"), [("February 30", "not an ISO date"), ("2021-02-30", "impossible")]
)
def test_ingest_parse_published_rejects_bad_dates(value, problem):
    with pytest.raises(ingest.IngestError, match=problem):
        ingest.parse_published(value, "m.csv:2")


def test_ingest_text_keeps_every_character_exactly_as_read(tmp_path):
    raw = "Title\r\n\r\nHe said \u201cyes\u201d\u00a0on Tuesday.\r\n"
    [article], errors = ingest.read_file(_write(tmp_path, "a.txt", raw), None)
    assert errors == [] and article.text == raw and article.body == raw


def test_ingest_jsonl_keeps_good_lines_and_reports_bad_ones(tmp_path):
    lines = [json.dumps({"id": "a", "text": "One."}), "{broken", json.dumps({"id": "c", "text": "Three."})]
    articles, errors = ingest.read_file(_write(tmp_path, "many.jsonl", "\n".join(lines)), None)
    assert [a.id for a in articles] == ["a", "c"]
    assert len(errors) == 1 and "many.jsonl:2" in str(errors[0])


def test_ingest_html_offsets_map_back_to_the_page_source(tmp_path):
    page = "<html><body><article><p>Iran&#8217;s leader\nspoke on <b>Tuesday</b>.</p></article></body></html>"
    [article], errors = ingest.read_file(_write(tmp_path, "p.html", page), None)
    assert errors == []
    start = article.body.index("Tuesday")
    raw_start, raw_end = article.raw_span(start, start + len("Tuesday"))
    assert article.text[raw_start:raw_end] == "Tuesday"
    apostrophe = article.body.index("\u2019")
    assert article.text[slice(*article.raw_span(apostrophe, apostrophe + 1))] == "&#8217;"


def test_ingest_metadata_rows_are_validated(tmp_path):
    csv_text = "id,title,outlet,url,published\na,T,O,,2020-02-05\nb,,,,2020-02-30\na,,,,\n,,,,\n"
    rows, errors = ingest.read_metadata(_write(tmp_path, "articles.csv", csv_text))
    assert list(rows) == ["a"] and rows["a"].published == date(2020, 2, 5)
    messages = [str(e) for e in errors]
    assert any("articles.csv:3" in m and "impossible" in m for m in messages)
    assert any("duplicate metadata id" in m for m in messages)
    assert any("without an id" in m for m in messages)


def test_ingest_load_reports_missing_files_duplicates_and_orphan_metadata(tmp_path):
    _write(tmp_path, "a.txt", "Text one.")
    _write(tmp_path, "a.md", "Text two.")
    _write(tmp_path, "articles.csv", "id,title,outlet,url,published\na,,,,2020-01-01\nghost,,,,\n")
    loaded = pipeline.load([tmp_path, tmp_path / "missing.txt"])
    messages = " | ".join(str(e) for e in loaded.errors)
    assert [a.id for a in loaded.articles] == ["a"]
    assert "duplicate article id 'a'" in messages
    assert "'ghost' has no article file" in messages
    assert "missing.txt: no such file" in messages


def test_ingest_article_from_bytes_sanitises_the_id():
    article = ingest.article_from_bytes("../../etc/pass wd.txt", b"Hello there.", outlet="X")
    assert article.id == "pass_wd" and article.outlet == "X"
    with pytest.raises(ingest.IngestError, match="unknown format"):
        ingest.article_from_bytes("evil.exe", b"MZ")
