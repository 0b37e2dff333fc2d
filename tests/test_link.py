"""Linking statements to events, and merging event mentions into canonical events."""

from __future__ import annotations

from extract.link import canonical_events, cluster, statement_event_ids


def _event(ident, article, sentence, date_text, start, end, category="armed attack", actors=(), gran="day"):
    return {
        "id": ident,
        "article_id": article,
        "title": f"T {ident}",
        "sentence": sentence,
        "sentence_start": 0,
        "sentence_end": len(sentence),
        "start": sentence.index(date_text),
        "end": sentence.index(date_text) + len(date_text),
        "date_text": date_text,
        "date_start": start,
        "date_end": end,
        "granularity": gran,
        "timex": None,
        "confidence": 0.9,
        "category": category,
        "actors": list(actors),
        "trigger": "killed",
    }


STRIKE = "The commander Qassim Soleimani was killed by a drone strike in Baghdad on 3 January."
KILLED = "Soleimani, who was killed in January by a US drone strike in Iraq, led the force."
OTHER = "A drone strike hit a convoy near Mosul in January, officials in Iraq said."
FILLER = [
    _event(
        f"f{i}",
        f"z{i}",
        f"Talks on item {i} were held in Vienna in 2019.",
        "2019",
        "2019-01-01",
        "2019-12-31",
        "diplomacy/policy",
        ("Vienna",),
        "year",
    )
    for i in range(10)
]


def test_link_mentions_of_one_happening_merge_with_the_most_precise_date():
    a = _event(
        "a", "A", STRIKE, "3 January", "2020-01-03", "2020-01-03", actors=("Qassim Soleimani", "Baghdad")
    )
    b = _event(
        "b",
        "B",
        KILLED,
        "January",
        "2020-01-01",
        "2020-01-31",
        actors=("Soleimani", "US", "Iraq"),
        gran="month",
    )
    [merged] = [c for c in canonical_events([a, b, *FILLER]) if len(c["event_ids"]) > 1]
    assert merged["event_ids"] == ["a", "b"] and merged["article_ids"] == ["A", "B"]
    assert (merged["date_start"], merged["date_end"], merged["granularity"]) == (
        "2020-01-03",
        "2020-01-03",
        "day",
    )


def test_link_different_happenings_stay_apart():
    a = _event(
        "a", "A", STRIKE, "3 January", "2020-01-03", "2020-01-03", actors=("Qassim Soleimani", "Baghdad")
    )
    c = _event("c", "C", OTHER, "January", "2020-01-01", "2020-01-31", actors=("Mosul", "Iraq"), gran="month")
    d = _event("d", "B", KILLED, "January", "2021-01-01", "2021-01-31", actors=("Soleimani",), gran="month")
    groups = cluster([a, c, d, *FILLER])
    assert [0] in groups and [1] in groups and [2] in groups


def test_link_every_member_of_a_group_nests_with_every_other():
    a = _event("a", "A", STRIKE, "3 January", "2020-01-03", "2020-01-03", actors=("Qassim Soleimani",))
    b = _event("b", "B", KILLED, "January", "2020-01-01", "2020-01-31", actors=("Soleimani",), gran="month")
    c = _event(
        "c",
        "C",
        STRIKE.replace("3 January", "5 January"),
        "5 January",
        "2020-01-05",
        "2020-01-05",
        actors=("Qassim Soleimani",),
    )
    groups = [g for g in cluster([a, b, c, *FILLER]) if len(g) > 1]
    assert all(not {0, 2} <= set(g) for g in groups)


def test_link_statement_concerns_events_in_its_context_or_named_in_its_quote():
    event = _event("e", "A", STRIKE, "3 January", "2020-01-03", "2020-01-03", actors=("Qassim Soleimani",))
    event.update(sentence_start=100, sentence_end=180)
    near = {"article_id": "A", "start": 185, "end": 220, "quote": "We will respond."}
    far = {"article_id": "A", "start": 900, "end": 950, "quote": "Nothing about it."}
    named = {"article_id": "A", "start": 900, "end": 950, "quote": "Soleimani was killed unlawfully."}
    assert statement_event_ids(near, (100, 220), [event]) == ["e"]
    assert statement_event_ids(far, (880, 950), [event]) == []
    assert statement_event_ids(named, (880, 950), [event]) == ["e"]
    assert statement_event_ids({**named, "article_id": "B"}, (880, 950), [event]) == []
