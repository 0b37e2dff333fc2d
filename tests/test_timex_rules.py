"""Every rule of timex_rules.tsv finds and normalises its own worked example."""

from __future__ import annotations

from datetime import date

import pytest

from extract.lexicon import load_table
from extract.timex import rules as rules_module
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


@pytest.mark.parametrize(
    "source, expected",
    [
        ("(?:spring|Fall)", (False, ("spring", "fall"))),
        ("(?:(?-i:Monday|FRIDAY))", (True, ("Monday", "FRIDAY"))),
        ("day", (False, ("day",))),
        (r"[ap]\.?\s?m", None),
        (r"now|these\s+days", None),
        ("(?:a|b)(?:c|d)", None),
    ],
)
def test_timex_plain_trigger_words(source, expected):
    assert rules_module.plain_words(source) == expected


def test_timex_plain_triggers_find_what_their_regex_finds():
    text = " ".join(row["example"] for row in ROWS)
    text += " MONDAY Monday monday SUNDAYS Yesterday's mid-AFTERNOON 1990s"
    plain = [
        rule.trigger for rule in rules() if rule.trigger and rules_module.plain_words(rule.trigger.pattern)
    ]
    assert len(plain) > 10
    for trigger in plain:
        fast = set(rules_module._hits(text, text.lower(), trigger))
        assert {hit.span() for hit in trigger.finditer(text)} <= fast, trigger.pattern


def test_timex_candidates_same_with_and_without_plain_triggers(monkeypatch):
    text = " ".join(row["example"] for row in ROWS)

    def spans(found):
        return [(c.start, c.end, c.rule.id) for c in found]

    fast = spans(rules_module.candidates(text))
    monkeypatch.setattr(rules_module, "plain_words", lambda source: None)
    assert spans(rules_module.candidates(text)) == fast
    assert len(fast) > len(ROWS) // 2
