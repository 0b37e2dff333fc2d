"""A small hand-made Dateline database for the dashboard tests.

Three articles: two ordinary ones reporting the same happenings in different
words, and a hostile one whose title, outlet, url and text try to inject HTML
and script. Events cover day, month, year and range granularities plus an
undated one; statements are linked to events.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from extract import store  # noqa: E402

TEXT_A = (
    "Leader condemns strikes\n\n"
    "On 3 January 2020 a drone strike killed a senior commander in Baghdad. "
    'Supreme Leader Ali Khamenei said on Twitter: "The response will be severe."\n\n'
    "In May 2020 the leader gave a speech on Quds Day. "
    "Protests took place throughout 2019."
)
TEXT_B = (
    "Commander killed, leaders react\n\n"
    "A US strike on January 3, 2020 killed the general near Baghdad airport. "
    'Foreign Minister Javad Zarif wrote that the strike was "an act of terrorism".\n\n'
    "Talks ran between 2015 and 2018. Officials said something happened at some point."
)
HOSTILE_TITLE = "<script>alert('title')</script> Breaking"
HOSTILE_OUTLET = "Evil <img src=x onerror=alert(1)> News"
HOSTILE_URL = "javascript:alert(document.cookie)"
TEXT_H = (
    "<script>alert('body')</script> Headline\n\n"
    "On 5 June 2021 <img src=x onerror=alert(2)> a rally was held & reported. "
    'A spokesman said: "<b>we</b> will <script>respond</script>".'
)


def _article(aid: str, text: str, **meta: Any) -> dict[str, Any]:
    row = {
        "id": aid, "title": None, "outlet": None, "url": None, "published": None,
        "published_source": "metadata", "published_confidence": 1.0, "path": f"{aid}.txt",
        "text": text, "text_sha": hashlib.sha256(text.encode()).hexdigest(), "extracted_at": "2024-01-01",
    }  # fmt: skip
    row.update(meta)
    return row


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def _sentence_of(text: str, start: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    right = text.find(". ", start)
    right = len(text) if right < 0 else right + 1
    return left, right


def _event(eid: str, aid: str, text: str, date_text: str, dates: tuple, **extra: Any) -> dict[str, Any]:
    start, end = _span(text, date_text)
    s0, s1 = _sentence_of(text, start)
    row = {
        "id": eid, "article_id": aid, "title": extra.pop("title"), "sentence": text[s0:s1],
        "sentence_start": s0, "sentence_end": s1, "start": start, "end": end, "date_text": date_text,
        "date_start": dates[0], "date_end": dates[1], "granularity": dates[2], "timex": dates[3],
        "confidence": 0.9, "category": "attack", "canonical_id": None, "rule_id": "test",
        "trigger": "", "actors": [], "zone": "body",
    }  # fmt: skip
    row.update(extra)
    return row


def _statement(sid: str, aid: str, text: str, speaker: str, mention: str, quote: str, **extra: Any) -> dict:
    start, end = _span(text, quote)
    s0, s1 = _span(text, mention)
    row = {
        "id": sid, "article_id": aid, "speaker": speaker, "speaker_mention": mention,
        "speaker_start": s0, "speaker_end": s1, "cue_start": None, "cue_end": None,
        "medium": "twitter", "direct": True, "quote": quote, "start": start, "end": end,
        "sentence": text[_sentence_of(text, start)[0] : _sentence_of(text, start)[1]],
        "date_start": None, "date_end": None, "granularity": "unknown", "timex": None,
        "date_source": "publication", "rule_id": "test", "event_ids": [],
    }  # fmt: skip
    row.update(extra)
    return row


def fixture_output() -> dict[str, list[dict[str, Any]]]:
    """The hand-made rows, in the shape ``store.write_output`` takes."""
    day = ("2020-01-03", "2020-01-03", "day", "2020-01-03")
    articles = [
        _article("a1", TEXT_A, title=None, outlet="Daily Example", url="https://example.org/a1",
                 published="2020-01-05"),
        _article("a2", TEXT_B, title="Commander killed, leaders react", outlet="Example Times",
                 url="http://example.com/b", published="2020-01-04", published_source="inferred",
                 published_confidence=0.6),
        _article("h1", TEXT_H, title=HOSTILE_TITLE, outlet=HOSTILE_OUTLET, url=HOSTILE_URL,
                 published="2021-06-06"),
    ]  # fmt: skip
    events = [
        _event("e1", "a1", TEXT_A, "3 January 2020", day, title="Drone strike kills commander",
               canonical_id="c1"),
        _event("e2", "a1", TEXT_A, "May 2020", ("2020-05-01", "2020-05-31", "month", "2020-05"),
               title="Quds Day speech", category="speech", confidence=0.7),
        _event("e3", "a1", TEXT_A, "2019", ("2019-01-01", "2019-12-31", "year", "2019"),
               title="Protests", category="protest", confidence=0.4),
        _event("e4", "a2", TEXT_B, "January 3, 2020", day, title="US strike kills general",
               canonical_id="c1"),
        _event("e5", "a2", TEXT_B, "between 2015 and 2018", ("2015-01-01", "2018-12-31", "range", None),
               title="Nuclear talks", category="diplomacy"),
        _event("e6", "a2", TEXT_B, "at some point", (None, None, "unknown", None), title="Something happened",
               category="other", confidence=0.3),
        _event("h_e1", "h1", TEXT_H, "5 June 2021", ("2021-06-05", "2021-06-05", "day", "2021-06-05"),
               title="<b>Rally</b> & <script>x</script>", category="protest<script>"),
    ]  # fmt: skip
    statements = [
        _statement("s1", "a1", TEXT_A, "Ali Khamenei", "Ali Khamenei", "The response will be severe.",
                   date_start="2020-01-05", date_end="2020-01-05", granularity="day",
                   timex="2020-01-05", event_ids=["e1"]),
        _statement("s2", "a2", TEXT_B, "Javad Zarif", "Javad Zarif", "an act of terrorism", medium="statement",
                   date_start="2020-01-04", date_end="2020-01-04", granularity="day", event_ids=["e4"]),
        _statement("h_s1", "h1", TEXT_H, "<script>alert(3)</script>", "A spokesman",
                   "<b>we</b> will <script>respond</script>", date_start="2021-06-06",
                   date_end="2021-06-06", granularity="day", date_source="text", event_ids=["h_e1"]),
    ]  # fmt: skip
    canonical = [
        {"id": "c1", "title": "Strike kills commander", "date_start": "2020-01-03", "date_end": "2020-01-03",
         "granularity": "day", "timex": "2020-01-03", "event_ids": ["e1", "e4"], "article_ids": ["a1", "a2"]},
    ]  # fmt: skip
    return {"articles": articles, "events": events, "statements": statements, "canonical_events": canonical}


def build_fixture_db(path: Path) -> str:
    conn = store.connect(path)
    try:
        store.write_output(conn, fixture_output())
    finally:
        conn.close()
    return str(path)


@pytest.fixture
def fixture_db(tmp_path: Path) -> str:
    """Path (str) of a freshly built fixture database."""
    return build_fixture_db(tmp_path / "fixture.db")
