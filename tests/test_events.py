"""Event triggers, titles and the events found around dates."""

from __future__ import annotations

from datetime import date

import pytest

from extract.events import actors, find_events, nearest_trigger, title_for, trigger_matches, triggers
from extract.lexicon import load_table
from extract.records import Interval, Sentence, Statement, Timex

ROWS = load_table("event_triggers.tsv")


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["id"])
def test_events_trigger_example_gets_its_label(row):
    trigger = next(t for t in triggers() if t.id == row["id"])
    assert trigger.pattern.search(row["example"]), row["example"]
    assert trigger.label == row["expected"]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Tensions spiked after Qassim Soleimani was killed in Baghdad on 3 January.",
            ("Qassim Soleimani", "Baghdad"),
        ),
        ("Last month, US President Donald Trump announced a plan.", ("US President Donald Trump",)),
        ("The violence broke out in Jerusalem.", ("Jerusalem",)),
        ("it rained.", ()),
    ],
)
def test_events_actors_are_capitalised_names_without_openers(sentence, names):
    start = sentence.find("3 January")
    masked = [(start, start + 9)] if start >= 0 else []
    assert actors(sentence, masked) == names


def test_events_nearest_trigger_prefers_the_closest_word():
    sentence = "He was killed in January by a drone strike."
    found = nearest_trigger(sentence, sentence.index("January"))
    assert found is not None and found[0].label == "Killing"


@pytest.mark.parametrize(
    ("label", "names", "fallback", "title"),
    [
        ("Killing", ["Soleimani", "Iraq"], "", "Killing: Soleimani, Iraq"),
        ("Attack", [], "October 7", "Attack (October 7)"),
        ("Protests", ["A", "B", "C", "D"], "", "Protests: A, B, C"),
    ],
)
def test_events_title_for(label, names, fallback, title):
    assert title_for(label, names, fallback) == title


def _doc(text: str, phrase: str, interval: Interval):
    start = text.index(phrase)
    timex = Timex(start, start + len(phrase), phrase, "DATE", "2020-01-03", "test", interval)
    return [Sentence(0, len(text), text)], [timex]


def test_events_one_event_per_dated_happening_with_category():
    text = "A drone strike killed Qassim Soleimani in Baghdad on 3 January."
    sentences, timexes = _doc(text, "3 January", Interval(date(2020, 1, 3), date(2020, 1, 3), "day"))
    [event] = find_events(text, sentences, timexes)
    assert (event.category, event.date.start, event.zone) == ("armed attack", date(2020, 1, 3), "body")
    assert "Qassim Soleimani" in event.title


def test_events_date_of_a_statement_alone_is_no_event():
    text = "Khamenei said on Wednesday that Iran would help."
    sentences, timexes = _doc(text, "Wednesday", Interval(date(2020, 2, 5), date(2020, 2, 5), "day"))
    said = Statement(
        text.index("that"),
        len(text),
        "Ali Khamenei",
        0,
        8,
        9,
        13,
        "speech",
        False,
        "t",
        timexes[0].interval,
        "2020-01-03",
        "text",
    )
    assert find_events(text, sentences, timexes, [said]) == []
    assert len(find_events(text, sentences, timexes, [])) == 1


def test_events_furniture_and_undated_expressions_give_nothing():
    text = "Check Also: a story from 3 January."
    sentences, timexes = _doc(text, "3 January", Interval(date(2020, 1, 3), date(2020, 1, 3), "day"))
    assert find_events(text, [Sentence(0, len(text), text, "furniture")], timexes) == []
    undated = [Timex(0, 5, "Check", "DURATION", "P1D", "t", None)]
    assert find_events(text, sentences, undated) == []


@pytest.mark.parametrize(
    ("sentence", "date", "label"),
    [
        (
            "Minutes later, the army reported on Twitter that a barrage of rockets was fired.",
            "Minutes later",
            "Rocket or missile fire",
        ),
        ("On Tuesday the ministry published its report.", "Tuesday", "Publication or speech"),
        ("On Tuesday night crowds went on a rampage, setting shops on fire.", "Tuesday night", "Attack"),
    ],
)
def test_events_reporting_words_yield_to_what_happened(sentence, date, label):
    found = nearest_trigger(sentence, sentence.index(date))
    assert found is not None and found[0].label == label


@pytest.mark.parametrize(
    ("sentence", "legal"),
    [
        ("A court ruled on Friday that the law stands.", True),
        ("Judges ruled Tuesday that the ban was lawful.", True),
        ("The ruling on March 3 upheld the ban.", True),
        # "ruled" as governed, "ruled out" and "the ruling party" are no court's act
        ("Hamas, which has ruled Gaza since 2007, denied it.", False),
        ("The Ottomans ruled the city for four centuries.", False),
        ("The minister ruled out talks on Monday.", False),
        ("The ruling coalition collapsed in June.", False),
    ],
)
def test_events_ruled_is_a_court_act_only_as_one(sentence, legal):
    labels = {trigger.label for trigger, *_ in trigger_matches(sentence)}
    assert ("Court or legal action" in labels) is legal


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a word shared by two kinds of happening gets the kind its neighbours say
        ("Workers staged a general strike on Monday.", "Protests"),
        ("Teachers went on strike on Monday.", "Protests"),
        ("Israel began a military campaign in Gaza on Monday.", "Attack"),
        ("She began her campaign for governor on Monday.", "Election or appointment"),
        ("The trial of the three men opened on Monday.", "Court or legal action"),
        ("The vaccine trial began on Monday.", None),
        ("Prosecutors charged him with fraud on Monday.", "Court or legal action"),
        # "charged that" is an accusation in words, with or without a time between
        ("Hamas charged that officials on Monday had lied.", None),
        ("Hamas charged on Monday that officials had lied.", None),
        ("The group charged late Monday that officials had lied.", None),
    ],
)
def test_events_shared_words_take_their_neighbours_kind(sentence, label):
    found = nearest_trigger(sentence, sentence.index("Monday"))
    assert (found[0].label if found else None) == label
