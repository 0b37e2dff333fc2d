"""Where a statement's speaker is named in its sentence (speaker_start/speaker_end)."""

from __future__ import annotations

import datetime

import pytest

from extract.statements import find_statements

DCT = datetime.date(2020, 5, 20)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The plan drew fire from Ann Lee, who said it would fail in a year.", "Ann Lee, who"),
        ("Even economists who say the tax is fair expect it to fall.", "economists"),
        ("Ann Lee said the plan would fail within a year.", "Ann Lee"),
        ("“It will fail,” he said after the vote on Monday.", "he"),
        ("Local officials, however, said the plan would fail within a year.", "Local officials"),
        ("Jason Lee — a teacher from Dover — says he voted for the plan in May.", "Jason Lee"),
        ("Ann Lee, for her part, said the plan would fail within a year.", "Ann Lee"),
        ("But Ann Lee stood with the mayor and said the plan would fail.", "Ann Lee"),
        ("The ferry company sold two boats in June and warned that fares would rise.", "The ferry company"),
        ("“The ferry will stop,” said Tom Hale.", "Tom Hale"),  # a short surname ends the sentence
        ("The ferry will stop, said Ted Cruz. The town was told.", "Ted Cruz"),
        ("“The ferry will stop,” said Tom Hale Jr.", "Tom Hale Jr."),  # an abbreviation keeps its stop
        ("Tom Hale appeared to be referring to the new timetable.", "Tom Hale"),  # no verb words
        ("Sen. Ann Lee (D-Md.) on Monday said the plan would fail.", "Sen. Ann Lee (D-Md.)"),  # label, time
        ("Sen. Ann Lee (D-Md.), said on Tuesday that the plan would fail.", "Sen. Ann Lee (D-Md.)"),
        ("Tom Hale (who has 25 votes to date) said the count would be close.", "Tom Hale"),  # an aside
        (
            "Since the vote, the council has mostly put aside its doubts, showing that it fears the mayor.",
            "the council",
        ),
        # a relative word opens a clause: the speaker starts after it
        ("The board held a hearing in which Ann Lee said the plan was flawed.", "Ann Lee"),
        ("It was a day when Tom Hale said the plan was flawed.", "Tom Hale"),
        ("The board held a vote after which the mayor said the plan was dead.", "the mayor"),
        ("It was a port where the pilots said the tides were too strong.", "the pilots"),
        # a dated phrase between the speaker and the cue is no part of the speaker
        ("Federal prosecutors in April charged two ferry pilots with fraud.", "Federal prosecutors"),
        ("Ann Lee on Feb. 9 said the plan would fail within a year.", "Ann Lee"),
        ("Donald Trump on Thursday said the plan was dead.", "Donald Trump"),
        ("The Sanders campaign on Monday accused her of lying.", "The Sanders campaign"),
        ("“We will win,” said Ann Lee on Monday.", "Ann Lee"),
        ("“We will act,” said the Committee on Finance.", "the Committee on Finance"),
        ("A review panel in early 2001 found the dam was unsafe.", "A review panel"),
        ("The plan drew fire from Ann Lee, who in 2010 said it would fail.", "Ann Lee, who"),
        # a relative pronoun after an apposed description stands for the name before it
        (
            "The plan drew fire from Ann Lee, a Democrat from Ohio, who said it would fail.",
            "Ann Lee, a Democrat from Ohio, who",
        ),
        # the object of a preposition is no subject, so the noun after it is no cue
        ("In one tweet on Friday, Ann Lee said: “The ferry will stop in May.”", "Ann Lee"),
        ("With many worried that the dam would fail, the board met.", "many"),
        # a number with thousands, a percentage and a share are whole
        ("At least 21,000 said they would vote for the plan.", "21,000"),
        ("In Dover, 42% say the ferry should stop.", "42%"),
        ("More than 4 in 10 said the ferry should stop.", "More than 4 in 10"),
        ("Nearly eight out of 10 voters say the ferry should stop.", "Nearly eight out of 10 voters"),
    ],
)
def test_statements_mentions_speaker_span(text: str, mention: str) -> None:
    found = find_statements(text, DCT)
    assert found
    assert text[found[0].speaker_start : found[0].speaker_end] == mention


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Voters criticised Governor Tom Hale’s plan on Monday. The governor said the ferry would stop.",
         "Tom Hale"),
        ("Sharing a post from Tom Hale’s campaign account accusing the council of lying, the paper added a note.",
         "Tom Hale"),  # a preposition ends the phrase; the account's owner speaks
        ("Readers sent letters about a column from Ann Lee’s personal blog calling the dam a disaster.", "Ann Lee"),
    ],
)  # fmt: skip
def test_statements_mentions_possessive_names_the_person(text: str, speaker: str) -> None:
    assert speaker in [s.speaker for s in find_statements(text, DCT)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The board met Tom Hale, now the Senate majority leader, who said the dam was unsafe.", "Tom Hale"),
        ("It was backed by Sen. Ann Lee of Ohio, the ranking Democrat on the Senate Budget Committee, who said "
         "the dam was unsafe.", "Ann Lee"),
        # a demonstrative opens no description: the name nearest the pronoun
        ("The board was shaken on Friday, this time by a letter from Tom Hale, who said the dam was unsafe.",
         "Tom Hale"),
    ],
)  # fmt: skip
def test_statements_mentions_relative_after_description(text: str, speaker: str) -> None:
    assert [s.speaker for s in find_statements(text, DCT)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tom Hale arrived in Dover on Monday. State radio quoted him as saying the ferry would stop.", "Tom Hale"),
        ("Ann Lee spoke to the council. The paper quoted her as saying that the fares would rise.", "Ann Lee"),
        ("Tom Hale met the mayor. The ferry stopped, according to him.", "Tom Hale"),
    ],
)  # fmt: skip
def test_statements_mentions_object_pronoun_stands_for_the_person(text: str, speaker: str) -> None:
    """ "quoted him as saying", "according to him": the person the pronoun stands for, not the outlet."""
    assert [s.speaker for s in find_statements(text, DCT)] == [speaker]


@pytest.mark.parametrize(
    ("text", "mention", "speaker"),
    [
        # a relative pronoun stands for the noun phrase it follows, lower-case or named
        ("The union sent a letter to the ministry, which said it would reply.", "the ministry, which", "ministry"),
        ("The case went to the Supreme Court, which said it would hear it.", "the Supreme Court, which",
         "Supreme Court"),
        ("He met the ambassador to the United Nations, who said talks would resume.",
         "the ambassador to the United Nations, who", "ambassador to the United Nations"),
        ("The bill was sent to Sen. Ann Lee of Ohio, who said the dam was unsafe.",
         "Sen. Ann Lee of Ohio, who", "Ann Lee"),
        ("The ferry pact was a gift to members of the Dover council, which said it was fair.",
         "members of the Dover council, which", "members of the Dover council"),
        ("The board heard from a tech staffer at the Port Authority who said the crane was unsafe.",
         "a tech staffer at the Port Authority who", "tech staffer at the Port Authority"),
        ("Voters re-elected Sen. Tom Hale this year, who said the ferry would stay.",
         "Sen. Tom Hale this year, who", "Tom Hale"),
        # after a verb of being, a list or a preposition with a bare noun: the subject, as before
        ("Tom Hale is a lawyer and builder who said the dam was unsafe.", "who", "Tom Hale"),
        # "that" after a noun stands for the phrase it ends, back to its determiner, never past a verb
        ("Ann Lee leads a group that says the rule will cost jobs.", "a group that", "group"),
        ("Many firms have joined a coalition that says the rule is unfair.", "a coalition that", "coalition"),
        ("The rule is opposed by the think tank that says it will cost jobs.", "the think tank that",
         "think tank"),
    ],
)  # fmt: skip
def test_statements_mentions_relative_stands_for_the_phrase_before(
    text: str, mention: str, speaker: str
) -> None:
    found = find_statements(text, DCT)
    assert [(text[s.speaker_start : s.speaker_end], s.speaker) for s in found] == [(mention, speaker)]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Talks on the deal, which officials say is close, went on.", "officials",
         "which officials say is close"),
        ("The plan, which critics say is unfair, passed.", "critics", "which critics say is unfair"),
        ("The group, which Washington says is backed by Iran, fired rockets.", "Washington",
         "which Washington says is backed by Iran"),
        ("The gunman, who police say acted alone, was killed.", "police", "who police say acted alone"),
        ("The job, which friends described as miserable, ended.", "friends", "which friends described as miserable"),
        ("The law, whose critics say it is unfair, passed.", "critics", "it is unfair"),
        ("The decision, which the US says is final, angered Iran.", "US", "which the US says is final"),
        # a clause with no comma on the sentence's subject ends before the sentence's own verb
        ("The man who police say fired the shots was arrested.", "police", "who police say fired the shots"),
        ("The drug which doctors say is safe was recalled.", "doctors", "which doctors say is safe"),
        ("The suspect who police say had been drinking was held.", "police", "who police say had been drinking"),
        # ... unless the clause has a subject of its own after the cue, or the sentence's verb is a cue
        ("The group which officials say is armed has denied the charge.", "officials",
         "which officials say is armed has denied the charge"),
        ("Officers held a man who witnesses say the police had sought for weeks.", "witnesses",
         "who witnesses say the police had sought for weeks"),
        ("Lee left the party - which he once backed - and has joined another.", "he",
         "which he once backed - and has joined another"),
    ],
)  # fmt: skip
def test_statements_mentions_speaker_inside_a_relative_clause(text: str, speaker: str, content: str) -> None:
    # the relative word is no part of the speaker; a clause set off by commas ends at its comma
    found = find_statements(text, DCT)
    assert [(s.speaker, text[s.start : s.end]) for s in found] == [(speaker, content)]


def test_statements_mentions_relative_clause_beside_the_main_cue() -> None:
    text = "The group, which Washington says is backed by Iran, rejected the charge."
    found = find_statements(text, DCT)
    assert [(s.speaker, text[s.start : s.end]) for s in found] == [
        ("Washington", "which Washington says is backed by Iran"),
        ("group", "the charge"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It is the fifth year in which activists have pushed through a large number of laws.",
        "The fund, which helps explain the vote, was set up in May.",
    ],
)
def test_statements_mentions_no_speaker_after_a_relative_word(text: str) -> None:
    assert find_statements(text, DCT) == []


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a relative word with no comma before it: the speaker starts after it
        ("The man who police say fired the shots was arrested.", "police"),
        ("The drug that doctors say saves lives is scarce.", "doctors"),
        (
            "It is the limit that economists generally consider sustainable in a growing economy.",
            "economists",
        ),
        ("He joined a group of hackers who U.S. officials say is tied to Moscow.", "U.S. officials"),
        ("It was the message that party officials expect to hear.", "party officials"),
        ("The suspect who Lee says fled was caught.", "Lee"),
        ("The group which the US says is armed was banned.", "the US"),
        # a verb and its object after the relative word are the clause, not a speaker
        ("Even those who back her opponents say the coverage hurt her.", "those who back her opponents"),
    ],
)
def test_statements_mentions_speaker_after_a_restrictive_relative(text: str, mention: str) -> None:
    found = find_statements(text, DCT)
    assert mention in [text[s.speaker_start : s.speaker_end] for s in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stand taken in a restrictive clause on the speaker ends at the sentence's own reporting verb,
        # which has its statement too, by the same speaker
        (
            "Voters who backed Ann Lee say the economy is their main concern.",
            [("Voters", "backed", "Ann Lee"), ("Voters", "say", "the economy is their main concern")],
        ),
        (
            "Lawmakers who oppose the bill said the vote would be close.",
            [("Lawmakers", "oppose", "the bill"), ("Lawmakers", "said", "the vote would be close")],
        ),
        (
            "Residents who criticised the plan, however, say they were never consulted.",
            [
                ("Residents", "criticised", "the plan, however"),
                ("Residents", "say", "they were never consulted"),
            ],
        ),
        # the auxiliaries before that verb are no part of the stand, nor the clause of the sentence's speaker
        (
            "Many of the firms that oppose the new rule have vowed to block it.",
            [
                ("Many of the firms", "oppose", "the new rule"),
                ("Many of the firms", "vowed", "to block it"),
            ],
        ),
        # a cue after a preposition, or after a new clause opens, is no such verb
        (
            "Aides who applauded him for being back in charge said the campaign was stable.",
            [
                ("Aides", "applauded", "him for being back in charge"),
                ("Aides", "said", "the campaign was stable"),
            ],
        ),
        (
            "Voters who backed Ann Lee in May, and you can see why, now doubt her.",
            [("Voters", "backed", "Ann Lee in May, and you can see why, now doubt her")],
        ),
        # a relative clause with no cue in it: the head speaks
        (
            "Voters who like Ann Lee say the fares are too high.",
            [("Voters", "say", "the fares are too high")],
        ),
        (
            "Officials who live near the plant say they were never consulted.",
            [("Officials", "say", "they were never consulted")],
        ),
        # after a noun and a preposition phrase, "say" before a clause is the subject's verb ...
        (
            "Residents near the plant say they were never consulted.",
            [("Residents near the plant", "say", "they were never consulted")],
        ),
        (
            "Residents near the plant say that they were never consulted.",
            [("Residents near the plant", "say", "that they were never consulted")],
        ),
        # the speaker of the sentence's own verb is the whole phrase before its clause ...
        (
            "Those who have studied the plan say it will fail.",
            [("Those who have studied the plan", "say", "it will fail")],
        ),
    ],
)
def test_statements_mentions_stand_in_a_relative_clause(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = find_statements(text, DCT)
    assert [(s.speaker if s.speaker[:1].isupper() else text[s.speaker_start : s.speaker_end],
             text[s.cue_start : s.cue_end], text[s.start : s.end]) for s in found] == expected  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # ... but a noun that takes "that" stays a noun, and so does a word after "a"
        "The debunked claim that the mayor opposed the plan spread fast.",
        "The vain hope that the ferry returns keeps the town going.",
        "He walked them through a slide show that predicted a win.",
    ],
)
def test_statements_mentions_noun_before_that_is_no_cue(text: str) -> None:
    cues = [text[s.cue_start : s.cue_end] for s in find_statements(text, DCT)]
    assert not {"claim", "hope", "show"} & set(cues)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised modifier and a plural of people, then a clause set off by commas
        (
            "Palestinian officials, who spoke on condition of anonymity, said talks had stalled.",
            [("Palestinian officials", "talks had stalled")],
        ),
        (
            "Israeli military officials, who were not authorised to speak, said the strike was planned.",
            [("Israeli military officials", "the strike was planned")],
        ),
        (
            "Democratic economists, like their rivals, say the tax helps growth.",
            [("Democratic economists", "the tax helps growth")],
        ),
        # ... not a participle set off by commas
        ("National Guard members, called to service by the governor, are scattered across the city.", []),
    ],
)
def test_statements_mentions_modified_plural_before_a_set_off_clause(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = find_statements(text, DCT)
    assert [(text[s.speaker_start : s.speaker_end], text[s.start : s.end]) for s in found] == expected
