"""Every rule of timex_rules.tsv finds and normalises its own worked example."""

from __future__ import annotations

from datetime import date

import pytest

from extract.lexicon import load_table
from extract.timex import tag
from extract.timex.rules import COLUMNS, rules

ROWS = load_table("timex_rules.tsv", COLUMNS)


def test_timex_rules_all_compile():
    assert len(rules()) == len(ROWS)


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_timex_rules_worked_example(row):
    found = tag(row["example"], date.fromisoformat(row["dct"]))
    if row["value"] == "none":  # a name holding a time word: nothing overlaps it
        start = row["example"].index(row["span"])
        assert [t.text for t in found if t.start < start + len(row["span"]) and t.end > start] == []
        return
    hits = [(t.text, t.value, t.rule_id) for t in found if t.text == row["span"]]
    assert hits, f"{row['span']!r} not found in {[t.text for t in found]}"
    assert hits[0] == (row["span"], row["value"], row["id"])
