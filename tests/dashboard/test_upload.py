"""Upload checks: accepted suffixes, size bound, safe names, pasted text, bad files."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard import upload


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("story.txt", "story.txt"),
        ("Story Page.HTML", "Story_Page.html"),
        ("../../etc/passwd.txt", "passwd.txt"),
        ("C:\\Users\\x\\news.json", "news.json"),
        ("<script>.htm", "script.htm"),
    ],
)
def test_upload_name_is_safe(name, expected):
    assert upload.upload_name(name, 10) == expected


@pytest.mark.parametrize(
    ("name", "size", "message"),
    [
        ("photo.png", 10, "only"),
        ("archive", 10, "no suffix"),
        ("big.txt", upload.MAX_BYTES + 1, "limit"),
        ("empty.txt", 0, "empty"),
    ],
)
def test_upload_name_refuses(name, size, message):
    with pytest.raises(upload.UploadError, match=message):
        upload.upload_name(name, size)


def test_upload_pasted_name_is_stable_and_distinct():
    assert upload.pasted_name("a") == upload.pasted_name("a") != upload.pasted_name("b")
    with pytest.raises(upload.UploadError):
        upload.pasted_bytes("   ")


def test_upload_read_article_applies_metadata():
    article = upload.read_article(
        "note.txt", b"On 3 May 2020 talks began.", title=" Talks ", outlet="", published=date(2020, 5, 4)
    )
    assert (article.id, article.title, article.outlet, article.published) == (
        "note",
        "Talks",
        None,
        date(2020, 5, 4),
    )
    assert article.text == "On 3 May 2020 talks began."


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("bad.txt", b"\xff\xfe\x00\x01", "note|UTF-8|binary"),
        ("bad.json", b"{not json", "JSON"),
        ("bad.json", b'{"id": "x"}', "text"),
        ("blank.txt", b"   \n", "empty"),
    ],
)
def test_upload_read_article_bad_files(name, data, message):
    with pytest.raises(upload.UploadError, match=message):
        upload.read_article(name, data)


def test_upload_json_id_made_safe():
    article = upload.read_article("x.json", b'{"id": "../../evil id", "text": "Hello on 3 May 2020."}')
    assert "/" not in article.id and " " not in article.id
