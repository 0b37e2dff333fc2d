"""Clause structures: progressive cues, speakers before a gerund, subjects that are whole phrases."""

from __future__ import annotations

import datetime

import pytest

from tests.statement_triples import triples

DCT = datetime.date(2020, 5, 20)

ROWS = [
    (
        "Ann Lee is calling for a new vote on the bridge.",
        "Ann Lee",
        "calling for",
        "a new vote",
    ),
    (
        "The farmers are now questioning whether the dam will hold.",
        "The farmers",
        "questioning",
        "whether the dam",
    ),
    (
        "The town was loud, with Tom Hale shouting that the count was wrong.",
        "Tom Hale",
        "shouting",
        "that the count",
    ),
    (
        "Several members of the board said the budget was too small.",
        "Several members of the board",
        "said",
        "the budget was",
    ),
    (
        "After the storm, county officials see the dam as a risk.",
        "county officials",
        "see",
        "the dam as",
    ),
    (
        "Ann Lee, the head of the county party, is endorsing Tom Hale for the seat.",
        "Ann Lee",
        "endorsing",
        "Tom Hale",
    ),
    ("Ann Lee, the mayor, said the plan would fail.", "Ann Lee", "said", "the plan would fail"),
    (
        "The union, which endorsed Ann Lee in May, met on Monday.",
        "The union, which",
        "endorsed",
        "Ann Lee",
    ),
    (
        "Ann Lee waved.\n\n''The plan is good,'' Ms. Lee said, ''and the town needs it.''\n\nShe left.",
        "Ms. Lee",
        "said",
        "''The plan is good,'' Ms. Lee said, ''and the town needs it.''",
    ),
    (
        "Tom Hale continued:\n\n“We have waited too long. The bridge must be built.”\n\nThen he left.",
        "Tom Hale",
        "continued",
        "“We have waited too long. The bridge must be built.”",
    ),
    (
        "In a speech, he said:\n\nLet no one doubt that the bridge will be built.\n\nThen he left.",
        "he",
        "said",
        "Let no one doubt",
    ),
    (
        "He spoke.\n\nLEE: Well, the town needs to work together. It has been a hard year.\n\nHALE: No.",
        "LEE",
        ":",
        "Well, the town needs to work together. It has been a hard year",
    ),
    (  # a transcript printed as one quotation, each turn's paragraph opened with a quotation mark
        'The transcript:\n\n"LEE: Will the bridge open in May? The council wants to know.\n\n"HALE: No, it will open in June.',
        "LEE",
        ":",
        "Will the bridge open in May? The council wants to know",
    ),
    (
        "He had been in his second year, a school spokesman told The Daily Star.",
        "a school spokesman",
        "told",
        "He had been in his second year",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), ROWS)
def test_statements_clauses_rows(text: str, speaker: str, cue: str, content: str) -> None:
    found = triples(text, DCT)
    assert any(f[0] == speaker and f[1] == cue and f[2].startswith(content) for f in found), found
