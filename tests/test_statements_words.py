"""The word lists of statement_words.tsv: each row's example holds the word it names, and the lists are clean."""

from __future__ import annotations

import pytest
import regex

from extract.lexicon import load_table
from extract.statements.lexicon import alternation, word_set

ROWS = load_table("statement_words.tsv", ("id", "words", "example", "found"))


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["id"])
def test_statements_words_example_holds_found_word(row) -> None:
    pattern = regex.compile(rf"(?<![\p{{L}}\-]){alternation(row['id'])}(?![\p{{L}}\-])", regex.IGNORECASE)
    found = pattern.search(row["example"])
    assert found is not None and regex.sub(r"\s+", " ", found.group().lower()) == row["found"]


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["id"])
def test_statements_words_lists_are_lower_case_and_unique(row) -> None:
    items = [w.strip() for w in row["words"].split("|")]
    assert all(w and w == w.lower() for w in items)
    assert len(items) == len(set(items)) == len(word_set(row["id"]))


@pytest.mark.parametrize(
    ("name", "case", "text", "expected"),
    [
        ("opening_conjunctions", "title", "But then", "But"),
        ("opening_conjunctions", "title", "but then", None),
        ("possessives", "either", "Its vote", "Its"),
        ("possessives", "either", "its vote", "its"),
        ("adjunct_starts", "lower", "this  week", "this  week"),
    ],
)
def test_statements_words_alternation_case(name, case, text, expected) -> None:
    found = regex.match(alternation(name, case), text)
    assert (found.group() if found else None) == expected
