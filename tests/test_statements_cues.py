"""Cue words that report nothing where they stand, and cues in title-case lines."""

from __future__ import annotations

import datetime

import pytest

from extract.lexicon import load_table
from extract.statements import find_statements
from extract.statements.checks import not_a_cue

DCT = datetime.date(2020, 5, 20)


@pytest.mark.parametrize("row", load_table("statement_not_cues.tsv"), ids=lambda r: r["id"])
def test_statements_cues_not_cue_examples(row) -> None:
    text = row["example"]
    start = text.index(row["form"])
    assert not_a_cue(text, start, start + len(row["form"]))


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("The senator sounded a cautious note about the budget.", "note"),
        ("Ann Lee made an impassioned call for calm on Monday.", "call for"),
        ("The firm made a formal claim for damages.", "claim"),
        # "called" naming a thing
        ("The story came from a website called Real News Right Now.", "called"),
        ("The campaign paid a consulting firm called Harbour Data.", "called"),
        ("They staged a popular play called “Sons of the Harbour” in May.", "called"),
    ],
)
def test_statements_cues_modified_noun_is_no_cue(text: str, form: str) -> None:
    start = text.index(form)
    assert not_a_cue(text, start, start + len(form))


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Ann Lee said the plan would fail.", "said"),
        ("The women say the plan would fail.", "say"),
        ("He added, to loud applause, that taxes would fall.", "added"),
        ("The mayor continued to say the plan would fail.", "continued"),
        ("A spokesman called Tom Hale a liar.", "called"),
        ("A senior official called the deal “historic.”", "called"),
    ],
)
def test_statements_cues_reporting_use_stays_a_cue(text: str, form: str) -> None:
    start = text.index(form)
    assert not not_a_cue(text, start, start + len(form))


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Mayor Ann Lee Says The New Bridge Will Open In May.", "Ann Lee", "The New Bridge Will Open In May"),
        (
            "Former Party Chief Slams Plan To Close The Harbor.",
            "Former Party Chief",
            "Plan To Close The Harbor",
        ),
    ],
)
def test_statements_cues_title_case_line_cue(text: str, speaker: str, content: str) -> None:
    found = find_statements(text, DCT)
    assert len(found) == 1
    assert speaker in found[0].speaker
    assert text[found[0].start : found[0].end] == content


def test_statements_cues_capitalised_word_in_running_text_is_no_cue() -> None:
    text = "Ann Lee spoke at the Planned Parenthood office, where staff gave a tour of the new wing."
    assert not [s for s in find_statements(text, DCT) if text[s.cue_start or 0 :].startswith("Planned")]
