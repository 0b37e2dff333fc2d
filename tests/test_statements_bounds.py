"""Content boundaries: every row of statement_boundaries.tsv, and cuts never made inside quotations."""

from __future__ import annotations

import datetime

import pytest

from extract.lexicon import load_table
from extract.statements import find_statements

DCT = datetime.date(2020, 5, 20)


@pytest.mark.parametrize("row", load_table("statement_boundaries.tsv"), ids=lambda r: r["id"])
def test_statements_bounds_examples(row) -> None:
    text = row["example"]
    assert row["content"] in [text[s.start : s.end] for s in find_statements(text, DCT)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Mary Smith said the plan was “slow, but sure” in every way.",
            "the plan was “slow, but sure” in every way",
        ),
        ("Mary Smith said the plan would fail badly.", "the plan would fail badly"),
    ],
)
def test_statements_bounds_not_cut_inside_quotes_or_without_boundary(text: str, content: str) -> None:
    assert [text[s.start : s.end] for s in find_statements(text, DCT)] == [content]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "The firm employs 7,600 people, according to company documents.",
            "company documents",
            "The firm employs",
        ),
        (
            "The two are close to a deal, according to officials involved in the talks.",
            "officials involved in the talks",
            "The two",
        ),
        (
            "Turnout fell by a third, according to a 2014 Labor Department study.",
            "a 2014 Labor Department study",
            "Turnout",
        ),
    ],
)
def test_statements_bounds_according_to_non_name_sources(text: str, source: str, content: str) -> None:
    found = find_statements(text, DCT)
    assert [text[s.speaker_start : s.speaker_end] for s in found] == [source]
    assert text[found[0].start : found[0].end].startswith(content)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The firm lobbied for him,” said lobbyist and strategist Charlie Black.", "Charlie Black"),
        ("“I fundamentally disagree,” said retired general Mick Bednarek.", "Mick Bednarek"),
    ],
)
def test_statements_bounds_role_words_before_an_inverted_name(text: str, speaker: str) -> None:
    found = find_statements(text, DCT)
    assert [s.speaker for s in found] == [speaker]
