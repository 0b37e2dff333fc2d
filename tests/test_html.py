"""HTML articles: main text, captions and furniture, the page's date, and offsets into the page source."""

from __future__ import annotations

from datetime import date

import pytest

from extract import ingest, pipeline
from tests.paths import ROOT

PAGE = ROOT / "tests" / "fixtures" / "hostile.html"


@pytest.fixture(scope="module")
def analysis():
    [article], errors = ingest.read_file(PAGE, None)
    assert errors == []
    return pipeline.analyse(article)


def test_html_metadata_comes_from_the_page(analysis):
    article = analysis.article
    assert article.published == date(2021, 5, 12)
    assert article.published_source == "metadata"
    assert article.outlet == "Example Wire"


def test_html_scripts_and_styles_are_not_text(analysis):
    body = analysis.article.body
    assert "window.pwned" not in body and "background" not in body
    assert "<script>alert(5)</script>" in body  # escaped text in the page stays text


def test_html_dates_resolve_and_offsets_point_into_the_source(analysis):
    raw = analysis.article.text
    tuesday = [t for t in analysis.timexes if t.text.startswith("Tuesday")]
    assert tuesday and all(t.interval and t.interval.start == date(2021, 5, 11) for t in tuesday)
    result, errors = pipeline.extract_articles([analysis.article])
    assert errors == []
    for event in result.events:
        assert raw[event["start"] : event["end"]] == event["date_text"]


def test_html_caption_and_furniture_are_marked(analysis):
    kinds = {analysis.article.body[z.start : z.end]: z.kind for z in analysis.zones}
    assert kinds.get("Delegates arrive on May 3, 2021 (Reuters)") == "caption"
    assert any(k == "furniture" and "Leave a Reply" in text for text, k in kinds.items())
    events = [e for e in analysis.events if e.date and e.date.start == date(2021, 5, 3)]
    assert all(e.zone == "caption" for e in events)
