"""Passive statements with their agent: the agent speaks, the subject is what is said of."""

from __future__ import annotations

import datetime

import pytest

from extract.statements import find_statements

DCT = datetime.date(2020, 5, 20)


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("The move was condemned by human rights groups.", "human rights groups", "was condemned", "The move"),
        ("On Monday, the plan was rejected by the council.", "the council", "was rejected", "the plan"),
        (
            "The proposal has been widely criticized by economists.",
            "economists",
            "has been widely criticized",
            "The proposal",
        ),
        ("Her death was confirmed by the Eagle Forum, the group she founded.", "the Eagle Forum",
         "was confirmed", "Her death"),
        ("That effort has been championed by state party officials.", "state party officials",
         "has been championed", "That effort"),
        ("The report was released by the ministry last week.", "the ministry", "was released", "The report"),
        # a second participle with its own agent: both speak of the subject, neither side left out
        ("The plan was welcomed by Israel and condemned by the Palestinians.", "Israel", "was welcomed",
         "The plan"),
        ("The plan was welcomed by Israel and condemned by the Palestinians.", "the Palestinians", "condemned",
         "The plan"),
        ("The proposal has been backed by the EU and strongly opposed by Hungary.", "the EU",
         "has been backed", "The proposal"),
        # ... and when the first verb reports nothing, the second
        ("The bill was passed by the House and condemned by the governor.", "the governor", "condemned",
         "The bill"),
    ],
)  # fmt: skip
def test_statements_passive_agent_speaks_of_the_subject(
    text: str, speaker: str, cue: str, content: str
) -> None:
    found = [
        (
            text[s.speaker_start : s.speaker_end],
            text[s.cue_start : s.cue_end],
            text[s.start : s.end],
            s.rule_id,
        )
        for s in find_statements(text, DCT)
    ]
    assert (speaker, cue, content, "passive-by-agent") in found, found


@pytest.mark.parametrize(
    "text",
    [
        # the subject is the hearer, not what was said
        "He was told by police that the road was closed.",
        # the agent is no speaker, or the clause goes on after it
        "The plan was praised by 2030 standards.",
        # a clause after "that" or a relative word is said by someone else, or names no subject
        "Exit polls indicated that Trump was strongly supported by early deciders.",
        "The pipeline, which is widely supported by Republicans, would cross three states.",
        "In Iran, where the deal was opposed by hardliners, prices rose.",
        # a pronoun alone says nothing the reader can see
        "It was backed by the mayor.",
    ],
)
def test_statements_passive_read_only_for_a_subject_and_a_closing_agent(text: str) -> None:
    assert all(s.rule_id != "passive-by-agent" for s in find_statements(text, DCT))


def test_statements_passive_dated_by_the_time_after_its_agent() -> None:
    from extract.timex import tag_for_timeline

    text = "The move was condemned by human rights groups on Monday."
    dct = datetime.date(2023, 10, 12)
    found = find_statements(text, dct, timexes=tag_for_timeline(text, dct))
    assert [(s.speaker, s.date.start, s.date_source) for s in found] == [
        ("human rights groups", datetime.date(2023, 10, 9), "text")
    ]
