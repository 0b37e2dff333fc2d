"""Claims reported inside another speaker's indirect speech (extract/statements/nested.py)."""

from __future__ import annotations

import datetime

import pytest

from extract.records import Statement
from extract.statements import find_statements
from extract.statements.nested import drop_reported_claims

DCT = datetime.date(2020, 5, 20)


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, text[s.start : s.end]) for s in find_statements(text, DCT)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee said the town’s mayor was backing the plan to sell the port.",
            [("Ann Lee", "the town’s mayor was backing the plan to sell the port")],
        ),
        (
            "The union told members the council had promised higher fares.",
            [("union", "the council had promised higher fares")],
        ),
        (  # a name apposed to a role inside the content: no new clause, the claim stays the reporter's
            "Ann Lee told the council she would keep the ferry while her rival, Tom Hale, wants to sell it.",
            [("Ann Lee", "she would keep the ferry while her rival, Tom Hale, wants to sell it")],
        ),
        (  # a new clause after a comma: the first content ends there and both stay
            "Sharing a post from Tom Hale’s campaign account accusing the council of lying, "
            "Ann Lee said the mayor was backing the plan.",
            [("Tom Hale", "the council of lying"), ("Ann Lee", "the mayor was backing the plan")],
        ),
    ],
)
def test_statements_nested_claims_stay_with_the_reporter(text: str, expected: list[tuple[str, str]]) -> None:
    assert _said(text) == expected


def _statement(start: int, end: int, speaker: str, cue: int, rule: str, direct: bool = False) -> Statement:
    return Statement(start, end, speaker, cue - 10, cue - 2, cue, cue + 4, "unknown", direct, rule)


TEXT = "x" * 200


@pytest.mark.parametrize(
    ("inner", "kept"),
    [
        (_statement(60, 90, "Tom Hale", 50, "speaker-cue-clause"), False),  # inside an indirect one
        (_statement(60, 90, "Ann Lee", 50, "speaker-cue-clause"), True),  # the same speaker goes on
        (_statement(60, 90, "Tom Hale", 50, "quote-speaker-cue"), True),  # quoted words are his own
        (_statement(160, 190, "Tom Hale", 150, "speaker-cue-clause"), True),  # after the outer content
    ],
)
def test_statements_nested_which_inner_statements_are_dropped(inner: Statement, kept: bool) -> None:
    outer = _statement(20, 100, "Ann Lee", 15, "speaker-cue-clause")
    assert (inner in drop_reported_claims(TEXT, [outer, inner])) is kept
    assert outer in drop_reported_claims(TEXT, [outer, inner])


def test_statements_nested_direct_outer_keeps_its_inner_statement() -> None:
    outer = _statement(20, 100, "Ann Lee", 15, "quote-speaker-cue", direct=True)
    inner = _statement(60, 90, "Tom Hale", 50, "speaker-cue-clause")
    assert drop_reported_claims(TEXT, [outer, inner]) == [outer, inner]


def test_statements_nested_one_of_a_pair_keeps_own_claim() -> None:
    """A claim by one of two speakers named together stands inside their statement as the claim of no
    other speaker: it is kept."""
    text = "Both Ann Lee and Tom Hale said the ferry was late, with Hale noting that “the boats are old.”"
    found = find_statements(text, DCT)
    assert [s.speaker for s in found] == ["Ann Lee and Tom Hale", "Tom Hale"]
