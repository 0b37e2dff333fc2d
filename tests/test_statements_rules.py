"""Statement rules: (text, speaker, cue, content start, medium) rows, negative rows and data examples."""

from __future__ import annotations

import datetime

import pytest

from extract.lexicon import load_table
from extract.records import Interval, Timex
from extract.statements import canonical_speakers, find_statements
from extract.statements.speakers import clean_name

DCT = datetime.date(2020, 5, 20)

ROWS = [
    ("“We will win this fight,” Mary Smith said.", "Mary Smith", "said", "“We will win", "unknown"),
    ("“We will win this fight,” said Ali Fadavi, the navy chief.", "Ali Fadavi", "said", "“We will win", "unknown"),
    ("Mike Pompeo said that sanctions would be placed on more people.", "Mike Pompeo", "said", "that sanctions", "unknown"),
    ("According to Pompeo, Fazli ordered the killing of protesters.", "Pompeo", "According to", "Fazli ordered", "unknown"),
    ("Fazli ordered the killing of protesters, according to Pompeo.", "Pompeo", "according to", "Fazli ordered", "unknown"),
    ("“Palestinians are awake and determined,” Khamenei wrote on Twitter.", "Khamenei", "wrote", "“Palestinians", "twitter"),
    ("“Twitter has not banned him yet, sadly,” Klein tweeted.", "Klein", "tweeted", "“Twitter", "twitter"),
    ("The minister told reporters that the talks had failed badly.", "minister", "told", "that the talks", "interview"),
    ("“Quds will not be forgotten by anyone,” Hassan Rouhani was quoted saying by Fars during a cabinet meeting.",
     "Hassan Rouhani", "quoted", "“Quds", "meeting"),
    ("Caroline Glick writing in Israel Hayom, noted that violence has been ongoing for weeks.",
     "Caroline Glick", "noted", "that violence", "column"),
    ("He said in a speech that Iran would support the armed groups.", "He", "said", "that Iran", "speech"),
    ("The ministry said in a statement that the talks had failed.", "ministry", "said", "that the talks", "statement"),
    ("''We will win this fight,'' Mary Smith said.", "Mary Smith", "said", "''We will win", "unknown"),
    ("Whatever progress the envoy has made, officials said, could be undone.", "officials", "said", "Whatever progress", "unknown"),
    ("Steve Lewis, a former expert at the centre, said, “They picked it up.”", "Steve Lewis", "said", "“They picked", "unknown"),
    ("“We will win,” Mary Smith told the crowd.", "Mary Smith", "told", "“We will win", "speech"),
    ("Most of them said they had loved working for the firm.", "Most of them", "said", "they had loved", "unknown"),
    ("Tom Hale was quoted as saying the dam would fail.", "Tom Hale", "quoted", "the dam", "unknown"),
    ("“It will fail,” Ann Lee, now 81, said by telephone this week.", "Ann Lee", "said", "“It will fail", "interview"),
    ("Stung by the vote, Tom Hale changed his plan, promising to build the dam.", "Tom Hale", "promising", "to build",
     "unknown"),
    ("The Hale campaign hit back on Friday, saying the dam was safe.", "Hale campaign", "saying", "the dam was safe",
     "unknown"),
]  # fmt: skip

NEGATIVE = [
    pytest.param(
        "Khamenei frequently refers to Israel as a “cancerous tumor.”",
        marks=pytest.mark.xfail(
            reason="'refers to' is a characterisation cue (as in PolNeAR), not a scare quote"
        ),
    ),
    "Israelis were said to behave like a “cancerous tumor” in the region.",
    "The attack, which is being called a “pogrom” by some, shocked the region.",
    "The term “final solution” usually refers to the Nazi policy.",
    "The poster read “Palestine Will Be Free” in large letters.",
    "The State Department building stood empty on Sunday.",
    "Highlighting a pair of tweets from his account, the page went dark.",
    "Khamenei vows support for Palestinian resistance groups",
    "Tom Hale replied on Monday.",
    "Hale Backs Farmers: Urges Quick Vote on the Dam\n\nThe council met.",  # a headline verb, not a name
    "The two towns are at odds, with the larger one said to be behind the new dam.",  # a passive report
    "Aid went to the farmers and other groups committed to saving the dam.",
    # a passive reporting verb: its subject is the one talked about, not a speaker
    "Tom Hale was accused of lying about the cost of the dam.",
    "The mayor has been harshly criticized for policies that farmers call unfair.",
    "It is considered a threat to the towns along the river.",
]


@pytest.mark.parametrize(("text", "speaker", "cue", "content", "medium"), ROWS)
def test_statements_rules_find_speaker_cue_content_medium(text, speaker, cue, content, medium) -> None:
    found = find_statements(text, DCT)
    assert len(found) == 1
    s = found[0]
    assert speaker in s.speaker
    assert text[s.cue_start : s.cue_end] == cue
    assert text[s.start : s.end].startswith(content)
    assert s.medium == medium


@pytest.mark.parametrize("text", NEGATIVE)
def test_statements_rules_negative_rows_yield_nothing(text: str) -> None:
    assert [text[s.start : s.end] for s in find_statements(text, DCT)] == []


def test_statements_rules_pronoun_resolves_to_named_speaker() -> None:
    text = "“Palestinians are awake,” Ali Khamenei wrote on Twitter.\n\n“They must stand strong,” he added."
    found = find_statements(text, DCT)
    assert [s.speaker for s in found] == ["Ali Khamenei", "Ali Khamenei"]
    assert found[1].speaker_mention == "he"
    assert found[1].medium == "twitter"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # the sentence before names the person and holds no statement: "He" is that person
            "Ann Lee said the plan was dead. Tom Hale walked up to the stage. He condemned Lee’s remarks.",
            ["Ann Lee", "Tom Hale"],
        ),
        (  # the sentence before holds a statement: "He" goes on with its speaker
            "Tom Hale left the hall. Ann Lee said the plan was dead. She added that talks were over.",
            ["Ann Lee", "Ann Lee"],
        ),
        (  # an opening word may stand before the pronoun
            "Tom Hale said the dam was safe. Jon Reed said the plan was dead. Tom Hale walked up to the stage. "
            "But he condemned Reed’s remarks.",
            ["Tom Hale", "Jon Reed", "Tom Hale"],
        ),
        (  # an honorific may stand before the name
            "Tom Hale said the dam was safe. Jon Reed said the plan was dead. Mr. Hale walked up to the stage. "
            "He condemned Reed’s remarks.",
            ["Tom Hale", "Jon Reed", "Tom Hale"],
        ),
        (  # the sentence before opens with something that is no person of the article
            "Tom Hale said the plan was dead. The Harbour Board met on Monday. He added that talks were over.",
            ["Tom Hale", "Tom Hale"],
        ),
    ],
)
def test_statements_rules_pronoun_after_a_sentence_about_a_person(text: str, speakers: list[str]) -> None:
    assert [s.speaker for s in find_statements(text, DCT)] == speakers


@pytest.mark.parametrize(
    ("mention", "name"),
    [("Republican Tom Hale", "Tom Hale"), ("Rival Ann Lee", "Ann Lee"), ("Republican National Committee",
      "Republican National Committee"), ("Democratic Party", "Democratic Party")],
)  # fmt: skip
def test_statements_rules_party_and_descriptions_are_no_first_names(mention: str, name: str) -> None:
    assert clean_name(mention)[0] == name


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("Sen. Ann Lee of Ohio", "Ann Lee"),  # a state or workplace after "of" is not the name
        ("Mr. Tom Hale of the Harbour Board", "Tom Hale"),
        ("Ann Lee, of Dover", "Ann Lee"),
        ("Rep. Ann Lee (R-Ohio)", "Ann Lee"),  # a party and state label in brackets
        ("Rep. Ann B. Lee (D-Md.)", "Ann B. Lee"),  # an initial is part of the name, not a title
        ("the Bank of England", "Bank of England"),  # one word before "of": an organisation, whole
        ("the Secretary of the Navy", "Secretary of the Navy"),
        ("Secretary of State Ann Lee", "Ann Lee"),
        # a role, "of" and an office before the name: the name is the last words
        ("Director of Harbour Safety Tom Hale", "Tom Hale"),
        ("Minister of Foreign Affairs Ann B. Lee", "Ann B. Lee"),
        ("Dover County Supervisor of Elections Ann Lee", "Ann Lee"),
        ("Chief of Staff Tom Hale", "Tom Hale"),
        ("Minister of Foreign Affairs", "Minister of Foreign Affairs"),  # no name: the office, whole
        # a role word ending an organisation's name after "of" or "for" is no role
        ("the Department of Justice", "Department of Justice"),
        ("the Dover Center for Justice", "Dover Center for Justice"),
        # a name for a purpose after "for" or "to" is whole, unless a title or a person's name leads it
        (
            "The Office of the High Commissioner for Harbour Safety",
            "Office of the High Commissioner for Harbour Safety",
        ),
        ("Sailors for Safe Harbours", "Sailors for Safe Harbours"),
        ("the Committee to Protect Ferries", "Committee to Protect Ferries"),
        ("UN High Commissioner for Refugees Tom Hale", "Tom Hale"),
        ("Ann Lee of the Dover Center for Harbour Studies", "Ann Lee"),
        ("Ann Lee for The Dover Times", "Ann Lee"),
        ("But for Ann Lee", "Ann Lee"),
        # a particle inside a name
        ("Mayor Bill de Blasio", "Bill de Blasio"),
        ("Judge Ann van Dyke of Dover County", "Ann van Dyke"),
        # a suffix keeps its full stop at the end of a sentence; an honorific inside a name is a name
        ("Martin Luther King Jr", "Martin Luther King Jr."),
        ("Tom King", "Tom King"),
        ("King Tom", "Tom"),
        # an organisation whose name ends in s, with an apostrophe, before a person's name
        ("Dover News’ Ann Lee", "Ann Lee"),
        ("Neither Ann Lee", "Ann Lee"),  # "Neither Ann Lee nor the mayor …"
        # a body or a business in a place is not the place
        ("the regime in Dover", "regime in Dover"),
        ("some industries in Dover County", "industries in Dover County"),
        ("Officials in Dover", "Officials in Dover"),
        ("Ann Lee in Dover", "Ann Lee"),
    ],
)
def test_statements_rules_names_with_of_brackets_and_initials(mention: str, name: str) -> None:
    assert clean_name(mention)[0] == name


def test_statements_rules_a_plural_role_is_no_holder_of_the_role() -> None:
    text = (
        "The port’s director Ann Lee said the plan was a plot. Harbour directors have rejected the plan as biased. "
        "The director said talks were over."
    )
    assert [s.speaker for s in find_statements(text, DCT)] == ["Ann Lee", "Harbour directors", "Ann Lee"]


def test_statements_rules_roles_are_stripped_and_short_forms_resolved() -> None:
    text = (
        "U.S. Secretary of State Mike Pompeo said that the regime lies to its people.\n\n"
        "Pompeo said that sanctions were placed on more officials."
    )
    assert [s.speaker for s in find_statements(text, DCT)] == ["Mike Pompeo", "Mike Pompeo"]


def test_statements_rules_multi_paragraph_quote_continues() -> None:
    text = "Khamenei said: “We will fight on. They will lose\n\n“Nobody can stop the resistance now.”\n\nIt rained."
    found = find_statements(text, DCT)
    assert len(found) == 1
    assert text[found[0].start : found[0].end].endswith("now.”")


def test_statements_rules_date_from_governing_timex() -> None:
    text = "Khamenei said on Wednesday that Iran would support the armed groups."
    at = text.index("Wednesday")
    day = datetime.date(2020, 2, 5)
    timex = Timex(at, at + 9, "Wednesday", "DATE", "2020-02-05", "test", Interval(day, day, "day"))
    found = find_statements(text, datetime.date(2020, 2, 6), timexes=[timex])
    assert found[0].date == Interval(day, day, "day")
    assert (found[0].date_source, found[0].timex) == ("text", "2020-02-05")


def test_statements_rules_publication_date_otherwise() -> None:
    found = find_statements("Mike Pompeo said that sanctions were placed on more people.", DCT)
    assert found[0].date == Interval(DCT, DCT, "day")
    assert found[0].date_source == "publication"


@pytest.mark.parametrize("row", load_table("statement_verbs.tsv"), ids=lambda r: r["id"])
def test_statements_rules_verb_examples(row) -> None:
    found = find_statements(row["example"], DCT)
    text = row["example"]
    assert row["cue"] in [text[s.cue_start : s.cue_end].lower() for s in found if s.cue_start is not None]


@pytest.mark.parametrize("row", load_table("statement_message_cues.tsv"), ids=lambda r: r["id"])
def test_statements_rules_message_cue_examples(row) -> None:
    text = row["example"]
    found = [(text[s.cue_start : s.cue_end], text[s.start : s.end]) for s in find_statements(text, DCT)]
    assert found == [(row["cue"], row["content"])]


@pytest.mark.parametrize("row", load_table("statement_media.tsv"), ids=lambda r: r["id"])
def test_statements_rules_media_examples(row) -> None:
    found = find_statements(row["example"], DCT)
    assert [s.medium for s in found][:1] == [row["medium_expected"]]


@pytest.mark.parametrize("row", load_table("speaker_aliases.tsv"), ids=lambda r: r["id"])
def test_statements_rules_alias_examples(row) -> None:
    names = [n.strip() for n in row["example"].split(";")]
    assert set(canonical_speakers(names).values()) == {row["expected"]}


@pytest.mark.parametrize(
    "row",
    load_table("statement_titles.tsv", ("id", "words", "kind", "example", "name")),
    ids=lambda r: r["id"],
)
def test_statements_rules_title_examples(row) -> None:
    """Each title, role or organisation row's example mention gives the row's name."""
    assert clean_name(row["example"])[0] == row["name"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # a description, then a person named bare for the first time: the same person
            "A deputy mayor of Dover was quoted as saying the bridge would open. “It is safe,” said Tom Hale.",
            ["Tom Hale", "Tom Hale"],
        ),
        (  # named before the description: someone else
            "Tom Hale spoke first. A deputy mayor of Dover said the bridge would open. “It is safe,” said Tom Hale.",
            ["deputy mayor of Dover", "Tom Hale"],
        ),
        (  # described when named: someone new
            "A city spokesman said the bridge would open. “It is safe,” said Tom Hale, a lawyer for the port.",
            ["city spokesman", "Tom Hale"],
        ),
        (  # a poll is no person
            "A new poll said most voters backed the bridge. “It is close,” said Tom Hale.",
            ["new poll", "Tom Hale"],
        ),
    ],
)
def test_statements_rules_description_then_a_name(text: str, speakers: list[str]) -> None:
    assert [s.speaker for s in find_statements(text, DCT)] == speakers


@pytest.mark.parametrize("row", load_table("speaker_gender.tsv"), ids=lambda r: r["id"])
def test_statements_rules_gender_examples(row) -> None:
    """Each gender row's worked example: its last statement is by the person the row picks out."""
    found = find_statements(row["example"], DCT)
    assert found and found[-1].speaker == row["speaker"]
