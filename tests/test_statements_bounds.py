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
            "The firm employs 7,600 people",
        ),
        (
            "The two are close to a deal, according to officials involved in the talks.",
            "officials involved in the talks",
            "The two are close to a deal",
        ),
        # a participle's agent belongs to the source
        (
            "According to a statement issued by the army, troops withdrew.",
            "a statement issued by the army",
            "troops withdrew",
        ),
        (
            "According to a letter signed by 40 senators, the talks failed.",
            "a letter signed by 40 senators",
            "the talks failed",
        ),
        (
            "Turnout fell by a third, according to a 2014 Labor Department study.",
            "a 2014 Labor Department study",
            "Turnout fell by a third",
        ),
        # a source described after a comma: the content still ends before "according to"
        (
            "Sales fell last year, according to Bill Hart, a pollster who ran the survey.",
            "Bill Hart",
            "Sales fell last year",
        ),
        (
            "Profit rose to $2 billion, according to Ann Lee, an analyst at a bank in Dover.",
            "Ann Lee",
            "Profit rose to $2 billion",
        ),
        (  # a whole clause, then words without a verb after the source: the clause is the content
            "Rents would rise 9 percent, according to the housing board, twice the rate of wages.",
            "the housing board",
            "Rents would rise 9 percent",
        ),
        (
            "The county has built 40 homes, according to the clerk, the most of any year.",
            "the clerk",
            "The county has built 40 homes",
        ),
        (  # a clause left open by "and": the sentence goes on after the source
            "The board has cut fares and, according to riders, added late trains on weekends.",
            "riders",
            "The board has cut fares and, according to riders, added late trains on weekends",
        ),
        (  # a quotation after the source goes on with the sentence
            "The mayor has read a report whose authors, according to the council, “found no fault at all.”",
            "the council",
            "The mayor has read a report whose authors, according to the council, “found no fault at all.”",
        ),
        (  # the sentence goes on after the source: the whole sentence is the content
            "Over the long term, according to the office, the rise is due to higher costs.",
            "the office",
            "Over the long term, according to the office, the rise is due to higher costs",
        ),
    ],
)
def test_statements_bounds_according_to_sources(text: str, source: str, content: str) -> None:
    found = find_statements(text, DCT)
    assert [text[s.speaker_start : s.speaker_end] for s in found] == [source]
    assert text[found[0].start : found[0].end] == content


def test_statements_bounds_according_to_a_quotation_with_its_own_speaker() -> None:
    # the quotation is Tom Hale's; "according to" names who reported it, not what was said
    text = "Tom Hale spoke late. “We can win this,” he told aides, according to Ann Lee, a former adviser, who was there."
    found = find_statements(text, DCT)
    assert [(text[s.start : s.end], s.speaker) for s in found] == [("“We can win this,”", "Tom Hale")]


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


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # a relative clause closed by a comma belongs to the noun before it
            "Activists asked that the old flag, which bears the crest of the kings, be taken down.",
            "that the old flag, which bears the crest of the kings, be taken down",
        ),
        (  # a second clause under the same verb
            "Mary Smith said the town needs a new school, but that she would not raise taxes.",
            "the town needs a new school, but that she would not raise taxes",
        ),
        (
            "Mary Smith said the law put more police on the streets, but also led to longer sentences.",
            "the law put more police on the streets, but also led to longer sentences",
        ),
        (
            "Mary Smith predicted gains not only in the cities, but in the farm towns as well.",
            "gains not only in the cities, but in the farm towns as well",
        ),
        (  # a name or a hyphenated word ending in "ed" after "and" is no second verb
            "Mary Smith said the race was now between Tom Hale and Ted Lowe.",
            "the race was now between Tom Hale and Ted Lowe",
        ),
        (
            "Mary Smith promised more money for schools and need-based grants for students.",
            "more money for schools and need-based grants for students",
        ),
        (  # after a present cue, "and <past verb>" goes on with the reported clause
            "Mary Smith says the council ignored the report and delayed the vote.",
            "the council ignored the report and delayed the vote",
        ),
        (  # a list "A, B, and C" is no new clause
            "Mary Smith said the talks included Chile, Peru, and Bolivia this year.",
            "the talks included Chile, Peru, and Bolivia this year",
        ),
        # and clauses that end the content
        (  # "which" opening a comment on the whole clause still ends the content
            "Mary Smith said the plan would fail, which angered her party.",
            "the plan would fail",
        ),
        (  # "but that" with a noun after it is a new clause
            "Mary Smith said the plan would fail, but that report came too late.",
            "the plan would fail",
        ),
        (
            "Mary Smith said the talks would go on, and Peru agreed.",
            "the talks would go on",
        ),
        (  # a new clause led by a count or a quantity
            "Mary Smith said most riders liked the ferry, and more than half wanted a later boat.",
            "most riders liked the ferry",
        ),
        (  # a relative clause on a person named at the end of the content
            "Mary Smith praised Tom Hale, who has run the ferry since 2010.",
            "Tom Hale",
        ),
        (  # a call for one thing, which may be a single word; a clause of time or cause after it is not in it
            "Mary Smith called for restraint.",
            "restraint",
        ),
        (
            "Mary Smith called for a boycott after the ferry company raised its fares.",
            "a boycott",
        ),
    ],
)
def test_statements_bounds_clauses_that_go_on_or_end(text: str, content: str) -> None:
    found = find_statements(text, DCT)
    assert text[found[0].start : found[0].end] == content


def test_statements_no_break_spaces_read_as_spaces() -> None:
    plain = "Sales at the ferry fell sharply last year, port officials said."
    text = plain.replace(" ", "\u00a0")
    found = find_statements(text, DCT)
    assert [(s.start, s.end, s.speaker) for s in found] == [
        (s.start, s.end, s.speaker) for s in find_statements(plain, DCT)
    ]
    assert found and found[0].speaker == "port officials"


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        # A message put out and the word that gives its words: the subject speaks, the words follow.
        (
            "Hamas issued a statement Saturday saying it had captured soldiers.",
            "Hamas",
            "issued a statement Saturday saying",
            "it had captured soldiers",
        ),
        (
            "The ministry put out a statement saying the talks had failed.",
            "The ministry",
            "put out a statement saying",
            "the talks had failed",
        ),
        (
            "The company sent an email to staff saying the office would close.",
            "The company",
            "sent an email to staff saying",
            "the office would close",
        ),
        (
            "The town released a statement Wednesday evening, saying the claim was false.",
            "The town",
            "released a statement Wednesday evening, saying",
            "the claim was false",
        ),
        (
            "The embassy posted a message on its website urging citizens to leave the country.",
            "The embassy",
            "posted a message on its website urging",
            "citizens to leave the country",
        ),
        (
            "The ministry released a statement that said the talks had failed.",
            "The ministry",
            "released a statement that said",
            "the talks had failed",
        ),
    ],
)
def test_statements_bounds_message_phrases(text: str, speaker: str, cue: str, content: str) -> None:
    found = find_statements(text, DCT)
    assert [
        (text[s.speaker_start : s.speaker_end], text[s.cue_start : s.cue_end], text[s.start : s.end])
        for s in found
    ] == [(speaker, cue, content)]


def test_statements_bounds_message_phrase_needs_its_adjunct_to_be_a_time_or_place() -> None:
    # "a statement of concern about …": no words of the statement follow, so no message phrase
    text = "The museum issued a statement of concern about resistance to welcoming refugees."
    assert all("issued" not in text[s.cue_start : s.cue_end] for s in find_statements(text, DCT))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "…, a claim X rejects": the first statement ends at the comma; X takes a stand on the claim
        (
            "Critics say the law restricts free speech, a claim the government rejects.",
            [("Critics", "the law restricts free speech"), ("the government", "a claim")],
        ),
        (
            "He said the army had shelled the town, an accusation Moscow denies.",
            [("He", "the army had shelled the town"), ("Moscow", "an accusation")],
        ),
        # "that" after the noun, an adverb before the verb, and a participle clause after it
        (
            "Lee complained that the vote was rigged, a charge that party leaders strongly denied, "
            "noting that the rules were old.",
            [
                ("Lee", "that the vote was rigged"),
                ("party leaders", "a charge"),
                ("party leaders", "that the rules were old"),
            ],
        ),
    ],
)
def test_statements_bounds_apposed_claim_and_its_denial(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_statements(text, DCT)
    assert [(text[s.speaker_start : s.speaker_end], text[s.start : s.end]) for s in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted word inside a clause, with no closing punctuation, is no quotation before its speaker
        ('He told CNN that he "absolutely" supported the decision.', [("He", "told")]),
        ('Those who chose someone who "cares about people like me" voted for Clinton.', []),
        # a quotation that opens the sentence still may
        ('"We will win" said Ann Lee.', [("Ann Lee", "said")]),
    ],
)
def test_statements_bounds_quoted_words_inside_a_clause(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_statements(text, DCT)
    assert [(text[s.speaker_start : s.speaker_end], text[s.cue_start : s.cue_end]) for s in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after a document's noun, before a preposition or a time, tells of the document
        (
            "A statement posted on the agency website said the ferry would stop.",
            [("the agency website", "said", "the ferry would stop")],
        ),
        (
            "A poll released on Monday found that most voters back the ferry.",
            [("A poll", "found", "that most voters back the ferry")],
        ),
        (
            "New polls released Sunday showed Ann Lee taking a lead.",
            [("New polls", "showed", "Ann Lee taking a lead")],
        ),
        # ... not before its object
        (
            "The report cited officials who said the ferry would stop.",
            [("The report", "cited", "officials who said the ferry would stop")],
        ),
        # "In a … Poll released Sunday, …": the poll's finding, whatever the case of its noun
        (
            "In a Dover Gazette Poll released Sunday, most riders backed the ferry.",
            [("a Dover Gazette Poll", "In", "most riders backed the ferry")],
        ),
    ],
)
def test_statements_bounds_document_participles(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = find_statements(text, DCT)
    spans = [
        (text[s.speaker_start : s.speaker_end], text[s.cue_start : s.cue_end], text[s.start : s.end])
        for s in found
    ]
    assert spans == expected
