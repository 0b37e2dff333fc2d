"""The seed articles' statements: speaker, cue, medium and direct-ness of the ones that matter."""

from __future__ import annotations

import csv
import datetime
import functools

import pytest

from extract.records import Statement
from extract.statements import find_statements
from tests.paths import SEEDS


@functools.cache
def _statements(doc: str) -> tuple[str, tuple[Statement, ...]]:
    rows = {r["id"]: r for r in csv.DictReader((SEEDS / "articles.csv").open(encoding="utf-8"))}
    text = (SEEDS / f"{doc}.txt").read_text(encoding="utf-8")
    dct = datetime.date.fromisoformat(rows[doc]["published"][:10])
    return text, tuple(find_statements(text, dct))


SEED_ROWS = [
    ("000_2d0b04e701682b3c", "wrote", "Ali Khamenei", "Khamenei", "twitter", True),
    ("000_2d0b04e701682b3c", "added", "Ali Khamenei", "he", "twitter", True),
    ("000_2d0b04e701682b3c", "tweeted", "Aaron Klein", "Klein", "twitter", True),
    ("000_2d0b04e701682b3c", "noted", "Caroline Glick", "Caroline Glick", "column", False),
    (
        "001_ccf7364e616b40d5",
        "said",
        "Ali Khamenei",
        "Khamenei’s official website",
        "website",
        True,
    ),
    ("003_bd98e3fca050d0b2", "wrote", "Mike Pompeo", "Pompeo", "twitter", True),
    ("003_bd98e3fca050d0b2", "added", "Mike Pompeo", "He", "twitter", True),
    ("003_bd98e3fca050d0b2", "quoted", "Hassan Rouhani", "Iranian President Hassan Rouhani", "meeting", True),
    ("004_7bf636c70ad690dd", "stated", "Ali Khamenei", "Khamenei", "speech", True),
    ("004_7bf636c70ad690dd", "said", "Ali Fadavi", "Ali Fadavi", "media", True),
    (
        "004_7bf636c70ad690dd",
        "quoted",
        "Ali Fadavi",
        "a deputy commander of Iran’s elite Revolutionary Guards",
        "media",
        False,
    ),
    ("002_d8d55ee19910fe09", "According to", "Mike Pompeo", "Pompeo", "twitter", False),
    (
        "002_d8d55ee19910fe09",
        "condemned",
        "Mike Pompeo",
        "He",
        "unknown",
        False,
    ),  # "Pompeo jumped … He condemned"
]


@pytest.mark.parametrize(("doc", "cue", "speaker", "mention", "medium", "direct"), SEED_ROWS)
def test_statements_seeds_key_statements(doc, cue, speaker, mention, medium, direct) -> None:
    text, found = _statements(doc)
    hits = [
        s for s in found
        if s.cue_start is not None and text[s.cue_start : s.cue_end] == cue and s.speaker_mention == mention
    ]  # fmt: skip
    assert hits, f"no statement with cue {cue!r} by {mention!r}"
    assert (hits[0].speaker, hits[0].medium, hits[0].direct) == (speaker, medium, direct)


def test_statements_seeds_pm_office_statement() -> None:
    _text, found = _statements("003_bd98e3fca050d0b2")
    assert "Prime Minister’s Office" in {s.speaker for s in found}


def test_statements_seeds_letter_by_soleimani() -> None:
    text, found = _statements("003_bd98e3fca050d0b2")
    first = next(s for s in found if text[s.start : s.end].startswith("“Everyone should rest assured"))
    assert (first.speaker, first.medium) == ("Qassem Soleimani", "letter")


@pytest.mark.parametrize("scare", ["“cancerous tumor”", "“pogrom”", "“final solution”"])
def test_statements_seeds_scare_quotes_alone_are_not_statements(scare: str) -> None:
    for doc in ("000_2d0b04e701682b3c", "003_bd98e3fca050d0b2"):
        text, found = _statements(doc)
        assert not [s for s in found if text[s.start : s.end].strip(".") == scare]


def test_statements_seeds_headline_and_participle_are_no_statements() -> None:
    assert "Highlighting" not in {s.speaker for s in _statements("003_bd98e3fca050d0b2")[1]}
    text, found = _statements("001_ccf7364e616b40d5")
    assert not [s for s in found if s.start < text.index("\n")]


def test_statements_seeds_claims_reported_by_another_speaker_stay_with_the_reporter() -> None:
    text, found = _statements("003_bd98e3fca050d0b2")
    said = {(s.speaker, text[s.start : s.end]) for s in found}
    assert ("Mike Pompeo", "Iran’s leader was backing genocide of Jews") in said
    assert not [s for s in found if text[s.start : s.end] == "genocide of Jews"]  # not Khamenei's words
    account = next(s for s in found if text[s.start : s.end].startswith("Israelis of behaving like"))
    assert text[account.start : account.end].endswith("in the West Bank")  # not on into ", Pompeo said …"
