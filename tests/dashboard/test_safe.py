"""Untrusted article text, titles and URLs: escaping, highlighting and links."""

from __future__ import annotations

import re

import pytest

from dashboard.safe import escape, highlight_html, link_html, safe_url


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ('<img src=x onerror="x()">', "&lt;img src=x onerror=&quot;x()&quot;&gt;"),
        ("Tom & Jerry's", "Tom &amp; Jerry&#x27;s"),
        (None, ""),
        (3, "3"),
    ],
)
def test_safe_escape(value, expected):
    assert escape(value) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("http://example.com", "http://example.com"),
        ("javascript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("data:text/html,<script>x</script>", None),
        ("//example.org", None),
        ("https://", None),
        (None, None),
    ],
)
def test_safe_url_allows_only_http_links(url, expected):
    assert safe_url(url) == expected


def test_safe_link_html_drops_unsafe_links_and_escapes_labels():
    assert link_html("javascript:alert(1)", "<b>x</b>") == "&lt;b&gt;x&lt;/b&gt;"
    assert link_html("https://e.org/?a=1&b=2", "t") == (
        '<a href="https://e.org/?a=1&amp;b=2" target="_blank" rel="noopener noreferrer">t</a>'
    )


def test_safe_highlight_escapes_text_and_marks_spans():
    text = "<script>x</script> said on Monday\nnext"
    start = text.index("Monday")
    html = highlight_html(text, [(start, start + 6, "date", 'a "title"')])
    assert html.startswith("&lt;script&gt;x&lt;/script&gt;")
    assert '<mark class="dl-date" title="a &quot;title&quot;">Monday</mark>' in html
    assert "<br>" in html


@pytest.mark.parametrize(
    "spans",
    [
        [(-5, 3, "date", "")],
        [(2, 999, "date", "")],
        [(3, 3, "date", "")],
        [(0, 4, "date", ""), (2, 6, "speaker", "")],
    ],
)
def test_safe_highlight_clips_empty_and_overlapping_spans(spans):
    html = highlight_html("abcdefgh", spans)
    assert html.count("<mark") <= 1
    assert re.sub(r"<[^>]+>", "", html) == "abcdefgh"  # no text lost or repeated


def test_safe_highlight_unknown_kind_gets_a_neutral_class():
    assert 'class="dl-other"' in highlight_html("abc", [(0, 1, "onclick=x", "")])
