"""Sentence segmentation: example tables, data-file examples and a speed check."""

from __future__ import annotations

import pytest

from extract.lexicon import load_table
from extract.segment import split_sentences

CASES = [
    ("One sentence. Another one.", ["One sentence.", "Another one."]),
    ("The U.S. State Department said so. It did.", ["The U.S. State Department said so.", "It did."]),
    (
        "Gen. Qassem Soleimani was killed. Iran vowed revenge.",
        ["Gen. Qassem Soleimani was killed.", "Iran vowed revenge."],
    ),
    (
        "It began on Sept. 11 in the city. Mr. Smith left.",
        ["It began on Sept. 11 in the city.", "Mr. Smith left."],
    ),
    ("“We know this is tolerance.” He left.", ["“We know this is tolerance.”", "He left."]),
    ("He said: “No. We will not.” Then he left.", ["He said: “No.", "We will not.”", "Then he left."]),
    ("Is it true? “Yes,” he said.", ["Is it true?", "“Yes,” he said."]),
    ("“Is it true?” he asked.", ["“Is it true?” he asked."]),
    ("Headline Without Stop\n\nBody text here.", ["Headline Without Stop", "Body text here."]),
    ("Headline Without Stop\nBody text here.", ["Headline Without Stop", "Body text here."]),
    ("A wrapped line goes on\nthe next line. Yes.", ["A wrapped line goes on\nthe next line.", "Yes."]),
    (
        "A wrapped line ends with a name like Iran\nand goes on.",
        ["A wrapped line ends with a name like Iran\nand goes on."],
    ),
    ("George W. Bush spoke.", ["George W. Bush spoke."]),
    ("He moved to the U.S. The rest followed.", ["He moved to the U.S.", "The rest followed."]),
    ("  Leading and trailing space.  \n", ["Leading and trailing space."]),
    ("", []),
    ("It cost $5.5 million. Then it fell.", ["It cost $5.5 million.", "Then it fell."]),
    ("He said (in 2019.) Then it ended.", ["He said (in 2019.)", "Then it ended."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_segment_splits_examples(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_segment_offsets_point_into_text(text: str, expected: list[str]) -> None:
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()


@pytest.mark.parametrize("row", load_table("segment_abbreviations.tsv"), ids=lambda r: r["id"])
def test_segment_abbreviation_examples_stay_one_sentence(row) -> None:
    assert len(split_sentences(row["example"])) == 1


@pytest.mark.parametrize("row", load_table("segment_starters.tsv"), ids=lambda r: r["id"])
def test_segment_starter_examples_split_in_two(row) -> None:
    assert len(split_sentences(row["example"])) == 2


@pytest.mark.parametrize("row", load_table("segment_wrap_words.tsv"), ids=lambda r: r["id"])
def test_segment_wrap_word_examples_stay_one_sentence(row) -> None:
    text = row["example"].replace("\\n", "\n")
    assert "\n" in text
    assert len(split_sentences(text)) == 1


def test_segment_keeps_crlf_offsets() -> None:
    text = "First line.\r\n\r\nSecond one. Third.\r\n"
    got = split_sentences(text)
    assert [text[s.start : s.end] for s in got] == ["First line.", "Second one.", "Third."]


def test_segment_long_article_splits_at_every_sentence_and_nowhere_else() -> None:
    """Seventy repeats of two sentences full of abbreviations give 140 sentences, none split inside.
    (Speed is measured by the benchmarks in bench/, not here.)"""
    text = "Mr. Smith said on Sept. 3 that the U.S. would act. “We will,” he said. " * 70
    got = {text[s.start : s.end] for s in split_sentences(text)}
    assert len(split_sentences(text)) == 140
    assert got == {"Mr. Smith said on Sept. 3 that the U.S. would act.", "“We will,” he said."}
