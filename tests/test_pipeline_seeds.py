"""Acceptance on the seed corpus, as a reader would check it (example tables).

Dates are checked on every dated expression the extractor resolves; events on the
happenings the articles report; statements on speaker, medium and date.
"""

from __future__ import annotations

from datetime import date

import pytest

from extract import pipeline
from tests.paths import SEEDS

A0, A1, A2, A3, A4 = (
    "000_2d0b04e701682b3c",
    "001_ccf7364e616b40d5",
    "002_d8d55ee19910fe09",
    "003_bd98e3fca050d0b2",
    "004_7bf636c70ad690dd",
)


@pytest.fixture(scope="module")
def analyses():
    loaded = pipeline.load([SEEDS])
    assert loaded.errors == []
    return {a.id: pipeline.analyse(a) for a in loaded.articles}


def _timex_at(analysis, phrase: str, occurrence: int = 0):
    text = analysis.article.body
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(phrase, at + 1)
    covering = [t for t in analysis.timexes if t.start <= at + len(phrase) - 1 and at < t.end]
    assert covering, f"no date found at {phrase!r}"
    return covering[0]


# (article, phrase in the text, occurrence, date_start, date_end, granularity)
DATES = [
    (A0, "Wednesday, March 21, 2018", 0, "2018-03-21", "2018-03-21", "day"),
    (A0, "on Tuesday", 0, "2021-05-11", "2021-05-11", "day"),
    (A0, "Tuesday night", 0, "2021-05-11", "2021-05-11", "day"),
    (A0, "1930s", 0, "1930-01-01", "1939-12-31", "decade"),
    (A1, "5 February 2020", 0, "2020-02-05", "2020-02-05", "day"),
    (A1, "on Wednesday", 0, "2020-02-05", "2020-02-05", "day"),
    (A1, "Last month", 0, "2020-01-01", "2020-01-31", "month"),
    (A1, "3 January", 0, "2020-01-03", "2020-01-03", "day"),
    (A2, "between 1989 and 1997", 0, "1989-01-01", "1997-12-31", "range"),
    (A2, "1994", 0, "1994-01-01", "1994-12-31", "year"),
    (A3, "on Wednesday", 0, "2020-05-20", "2020-05-20", "day"),
    (A3, "October", 0, "2020-10-01", "2020-10-31", "month"),
    (A3, "in January", 0, "2020-01-01", "2020-01-31", "month"),
    (A3, "1979", 0, "1979-01-01", "1979-12-31", "year"),
    (A3, "May 22", 0, "2020-05-22", "2020-05-22", "day"),
    (A3, "Wednesday", 2, "2020-05-20", "2020-05-20", "day"),
    (A3, "Over the weekend", 0, "2020-05-16", "2020-05-17", "week"),
    (A3, "As of Wednesday", 0, "2020-05-20", "2020-05-20", "day"),
    (A3, "earlier this month", 0, "2020-05-01", "2020-05-31", "month"),
    (A4, "on Tuesday", 0, "2023-10-17", "2023-10-17", "day"),
    (A4, "October 7", 0, "2023-10-07", "2023-10-07", "day"),
    (A4, "in the past one week", 0, "2023-10-10", "2023-10-17", "range"),
    (A4, "Since September 2022", 0, "2022-09-01", "2023-10-17", "range"),
    (A4, "on Tuesday", 1, "2023-10-17", "2023-10-17", "day"),
]


@pytest.mark.parametrize(("article", "phrase", "nth", "start", "end", "granularity"), DATES)
def test_pipeline_seeds_dates_resolve_to_their_intervals(
    analyses, article, phrase, nth, start, end, granularity
):
    timex = _timex_at(analyses[article], phrase, nth)
    assert timex.interval is not None, f"{phrase!r} -> {timex.value} has no interval"
    got = (timex.interval.start.isoformat(), timex.interval.end.isoformat(), timex.interval.granularity)
    assert got == (start, end, granularity)


def test_pipeline_seeds_days_later_is_anchored_after_the_strike(analyses):
    timex = _timex_at(analyses[A1], "days later")
    assert timex.interval is not None
    assert date(2020, 1, 4) <= timex.interval.start <= date(2020, 1, 8) <= timex.interval.end


def _events(seed_output, article):
    return [e for e in seed_output.events if e["article_id"] == article]


@pytest.mark.parametrize(
    ("article", "day_start", "day_end", "category", "words"),
    [
        (A1, "2020-01-01", "2020-01-31", "diplomacy/policy", ("Trump",)),  # the US peace plan, "Last month"
        (A1, "2020-01-03", "2020-01-03", "armed attack", ("Soleimani",)),  # the strike on Soleimani
        (A0, "2021-05-11", "2021-05-11", "armed attack", ()),  # the rocket barrage on Tel Aviv
        (A4, "2023-10-07", "2023-10-07", "armed attack", ("Hamas",)),  # the October 7 attack
        (A2, "1989-01-01", "1997-12-31", "armed attack", ("Fallahian",)),
        (A3, "2020-10-01", "2020-10-31", "diplomacy/policy", ()),  # the embargo's expiry
    ],
)
def test_pipeline_seeds_key_events(seed_output, article, day_start, day_end, category, words):
    found = [
        e
        for e in _events(seed_output, article)
        if (e["date_start"], e["date_end"], e["category"]) == (day_start, day_end, category)
    ]
    assert found, f"no {category} event on {day_start}..{day_end} in {article}"
    assert all(any(w in e["title"] for e in found) for w in words)


def test_pipeline_seeds_soleimani_is_one_canonical_event_on_the_day(seed_output):
    events = {e["id"]: e for e in seed_output.events}
    matches = [
        c
        for c in seed_output.canonical_events
        if {A1, A3} <= set(c["article_ids"]) and c["date_start"] == "2020-01-03"
    ]
    assert len(matches) == 1
    assert all(
        "Soleimani" in events[e]["title"] or "Soleimani" in events[e]["sentence"]
        for e in matches[0]["event_ids"]
    )


def test_pipeline_seeds_nothing_from_page_furniture(seed_output):
    article = next(a for a in pipeline.load([SEEDS]).articles if a.id == A1)
    furniture_start = article.text.index("Check Also")
    assert not [e for e in _events(seed_output, A1) if e["start"] >= furniture_start]
    assert not [s for s in seed_output.statements if s["article_id"] == A1 and s["start"] >= furniture_start]


def test_pipeline_seeds_caption_dates_are_marked_as_captions(analyses):
    [event] = [e for e in analyses[A0].events if e.date and e.date.start == date(2018, 3, 21)]
    assert event.zone == "caption"
    assert event.confidence < 0.8


def test_pipeline_seeds_offsets_point_at_the_evidence(seed_output):
    texts = {a.id: a.text for a in pipeline.load([SEEDS]).articles}
    for event in seed_output.events:
        assert texts[event["article_id"]][event["start"] : event["end"]] == event["date_text"]
    for st in seed_output.statements:
        assert texts[st["article_id"]][st["start"] : st["end"]] == st["quote"]
        if st["speaker_start"] is not None:
            assert texts[st["article_id"]][st["speaker_start"] : st["speaker_end"]].strip()


# (article, opening words of the quote, speaker, media accepted, dates accepted)
STATEMENTS = [
    (A0, "Palestinians are awake and determined", "Ali Khamenei", {"twitter"}, {"2021-05-11"}),
    (A0, "They must increase their strength", "Ali Khamenei", {"twitter"}, {"2021-05-11"}),
    (A0, "How has Twitter not banned", "Aaron Klein", {"twitter"}, {"2021-05-11", "2021-05-12"}),
    (A0, "And so it happened", "Caroline Glick", {"column"}, {"2021-05-11", "2021-05-12"}),
    (A1, "We believe that Palestinian armed organizations", "Ali Khamenei", {"speech"}, {"2020-02-05"}),
    (A1, "Trump’s plan is to the detriment", "Ali Khamenei", {"website"}, {"2020-02-05"}),
    (A3, "The United States condemns Supreme Leader", "Mike Pompeo", {"twitter"}, {"2020-05-20"}),
    (A3, "The leader of the world’s top sponsor", "Mike Pompeo", {"twitter", "unknown"}, {"2020-05-20"}),
    (A3, "I ask all nations", "Mike Pompeo", {"twitter", "unknown"}, {"2020-05-20"}),
    (A3, "Khamenei’s threats to carry out", "Prime Minister's Office", {"twitter"}, {"2020-05-20"}),
    (A3, "Everyone should rest assured", "Qassem Soleimani", {"letter"}, {"2020-05-20"}),
    (A3, "Quds will not be forgotten", "Hassan Rouhani", {"meeting"}, {"2020-05-20"}),
    (A4, "Some officials in certain countries", "Ali Khamenei", {"speech"}, {"2023-10-17"}),
    (A4, "They have to be prosecuted", "Ali Khamenei", {"speech"}, {"2023-10-17"}),
    (A4, "The resistance front’s shocks", "Ali Fadavi", {"media"}, {"2023-10-17"}),
    (A4, "Another shockwave is on the way", "Ali Fadavi", {"media"}, {"2023-10-17"}),
]


@pytest.mark.parametrize(("article", "opening", "speaker", "media", "dates"), STATEMENTS)
def test_pipeline_seeds_statements(seed_output, article, opening, speaker, media, dates):
    found = [s for s in seed_output.statements if s["article_id"] == article and opening in s["quote"]]
    assert found, f"no statement quoting {opening!r}"
    st = found[0]
    assert st["speaker"].replace("’", "'") == speaker
    assert st["medium"] in media
    assert st["date_start"] in dates
    assert st["direct"] is True


@pytest.mark.parametrize(
    "scare", ["cancerous tumor", "pogrom", "final solution", "resistance groups", "unsafe"]
)
def test_pipeline_seeds_scare_quotes_are_not_statements(seed_output, scare):
    bare = [s for s in seed_output.statements if s["quote"].strip('“”"‘’ .,').casefold() == scare]
    assert bare == []


def test_pipeline_seeds_one_speaker_name_across_articles(seed_output):
    names = {s["speaker"] for s in seed_output.statements}
    assert "Ali Khamenei" in names
    assert not names & {"Khamenei", "Supreme Leader", "Ayatollah Ali Khamenei", "Pompeo"}


def test_pipeline_seeds_statements_link_to_events(seed_output):
    linked = [s for s in seed_output.statements if s["event_ids"]]
    assert linked
    ids = {e["id"] for e in seed_output.events}
    assert all(set(s["event_ids"]) <= ids for s in linked)
