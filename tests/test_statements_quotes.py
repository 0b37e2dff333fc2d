"""Quotation spans: which straight and curly marks open and close a quotation."""

from __future__ import annotations

import pytest

from extract.statements.quotes import find_quotes

ROWS = [
    ('Ann Lee said "the bridge is safe" on Friday.', ['"the bridge is safe"']),
    ("“We are ready,” Tom Hale said.", ["“We are ready,”"]),
    ("''We are ready,'' Tom Hale said.", ["''We are ready,''"]),
    (  # a quotation ending in a quoted phrase: the mark after the space closes it
        '"It cannot be \'we won, now move on,\' " Ann Lee said. "Not yet."',
        ["\"It cannot be 'we won, now move on,' \"", '"Not yet."'],
    ),
    ('"First part," she said, "second part."', ['"First part,"', '"second part."']),
    (  # an opening mark typed for a closing one, after a word: it closes
        "He called them “thieves” and “liars“ while calling for a wall.",
        ["“thieves”", "“liars“"],
    ),
    ("A site called “Ferry If Lee Wins“ drew visitors.", ["“Ferry If Lee Wins“"]),
]


@pytest.mark.parametrize(("text", "quotes"), ROWS)
def test_statements_quotes_rows(text: str, quotes: list[str]) -> None:
    assert [text[a:b] for a, b in find_quotes(text)] == quotes
