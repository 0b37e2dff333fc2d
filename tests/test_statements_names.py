"""Who a surname, a sentence-opening word or a headline stands for when a speaker is named canonically."""

from __future__ import annotations

import datetime

import pytest

from extract.statements import find_statements
from extract.statements.resolve import Names
from extract.statements.speakers import joint_parts

DCT = datetime.date(2020, 5, 20)


def _last_speaker(text: str) -> str:
    found = find_statements(text, DCT)
    assert found, text
    return found[-1].speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the person named first, not a relative named later with a longer full name
        (
            "Ted Lee opened the pier on Monday. His father, Rafael Lee, watched from the quay. "
            "Lee said the ferry would stop in May.",
            "Ted Lee",
        ),
        # a title-case headline names nobody: "Railing Against Lee" is no person
        (
            "Railing Against Lee, Hale Vows to Fight On.\n\nTom Lee opened the pier on Monday. "
            "Lee said the ferry would stop in May.",
            "Tom Lee",
        ),
        # "Neither" opens a sentence and is written in lower case elsewhere: no first name
        (
            "Neither Lee nor Hale came to the pier, and neither would comment. Tom Lee spoke later. "
            "Lee said the ferry would stop in May.",
            "Tom Lee",
        ),
        # variants of one person are shown by the longest
        ("Ann Marie Lee opened the pier. Ann Lee said the ferry would stop in May.", "Ann Marie Lee"),
        # a name particle stays even when the article writes it in lower case too
        (
            "De Blasio said the ferry would stop in May. It was a de facto closure.",
            "De Blasio",
        ),
        # a role still points to its holder when the title opening the sentence is dropped from the name
        (
            "President Ann Lee opened the pier. The president said the ferry would stop in May.",
            "Ann Lee",
        ),
        # a surname with a particle stands for the person named in full with it, and so does the role
        ("Mayor Tom de Vries opened the pier. Later, de Vries said the ferry would stop.", "Tom de Vries"),
        ("Mayor Tom de Vries opened the pier. The mayor said the ferry would stop in May.", "Tom de Vries"),
        ("Judge Ann Lee heard the case. The judge said the ferry would stop in May.", "Ann Lee"),
        # a suffix: the surname is the word before it, and a son is not his father
        ("Vice President Tom Hale Jr. spoke on Monday. Mr. Hale said the ferry would stop.", "Tom Hale Jr."),
        (
            "Tom Hale spoke first. His son, Tom Hale Jr., spoke later. Hale said the ferry would stop.",
            "Tom Hale",
        ),
        # a surname that is also a title ("King") stands for the person named with it
        ("Tom King spoke on Monday. King said the ferry would stop.", "Tom King"),
        # an honorific with a surname tells the gender of the person named in full before
        (
            "Ann Moss watched from the quay. Charlie Lee opened the pier. “It is done,” Mr. Lee said. "
            "She said the ferry would stop in May.",
            "Ann Moss",
        ),
        # an outlet named with an acronym: the acronym is no title before a name
        ("NBC News reported that the ferry would stop.", "NBC News"),
        ("USA Today reported that the ferry would stop.", "USA Today"),
        ("CIA Director Ann Lee said the ferry would stop.", "Ann Lee"),
        # a relative "who" after a name run and a plural of people stands for the people
        ("The plan drew fire from Danish officials, who called it reckless.", "Danish officials"),
        ("The plan drew fire from Ann Lee, who called it reckless.", "Ann Lee"),
        # ... or the person a name's possessive is of
        ("The plan drew fire from Dover's mayor, who called it reckless.", "Dover's mayor"),
        (
            "The plan drew fire from Ann Lee's chief of staff, who called it reckless.",
            "Ann Lee's chief of staff",
        ),
        # ... or the name a long description is of, when no name is near
        (
            "Editor's note: Tom Hale often incites violence and is a serial liar, a bully, a boor and a "
            "braggart who has repeatedly pledged to close the port.",
            "Tom Hale",
        ),
        # a surname led by a hyphened article: the person's name, shortened or capitalised or not
        ("Syrian President Bashar al-Assad said the war was over.", "Bashar al-Assad"),
        ("Bashar al-Assad spoke on Monday. Later, Assad said the army would stay.", "Bashar al-Assad"),
        (
            "A Hamas spokesman, Abdel-Latif al-Qanoua, said the attack was a response.",
            "Abdel-Latif al-Qanoua",
        ),
        # two particles inside a name
        ("Anna van der Berg said the ferry would stop.", "Anna van der Berg"),
        ("“The ferry will stop,” said Anna van der Berg, the harbour master.", "Anna van der Berg"),
        # a role before "to", "of" or "for" and a name is nobody of that name
        ("An adviser to Ann Lee said the ferry would stop.", "adviser to Ann Lee"),
        ("The head of the OECD said the ferry would stop.", "head of the OECD"),
        ("Dover's envoy to the UN said the ferry would stop.", "Dover's envoy to the UN"),
        ("The union's leader in Dover said the ferry would stop.", "union's leader in Dover"),
        # ... nor is a body's: a mission, an embassy, a campaign
        ("Dover's mission to the UN said the ferry would stop.", "Dover's mission to the UN"),
        ("The campaign of Ann Lee said the ferry would stop.", "campaign of Ann Lee"),
        ("The health ministry in Dover said the ferry would stop.", "health ministry in Dover"),
        # a name, an apposed description and an aside before the cue: the name speaks
        ("Ann Lee, the mayor of Dover, for example, said the ferry would stop.", "Ann Lee"),
        ("Ann Lee, a nurse, however, said the ferry would stop.", "Ann Lee"),
        # a document speaks for who issued it: "a statement from …", "a report by …", "the ministry's statement"
        ("According to a statement from the port authority, the ferry would stop.", "port authority"),
        (
            "The ferry would stop, according to a new report by the Dover Harbour Board.",
            "Dover Harbour Board",
        ),
        ("A statement by the harbour office said the ferry would stop.", "harbour office"),
        ("The ministry's statement said the ferry would stop.", "ministry"),
        ("The ferry would stop, according to a post by the mayor on Facebook.", "mayor"),
        (
            "The ferry would stop, according to a study by the Pew Research Center based on fares.",
            "Pew Research Center",
        ),
        # an organisation's name is whole with its "of", "on" and capitals; a description before it is not of it
        ("The Council on Foreign Relations said the ferry would stop.", "Council on Foreign Relations"),
        (
            "The International Committee of the Red Cross said the ferry would stop.",
            "International Committee of the Red Cross",
        ),
        ("The SITE Intelligence Group said the ferry would stop.", "SITE Intelligence Group"),
        ("The conservative-leaning Tax Foundation said the ferry would stop.", "Tax Foundation"),
        ("The Tax Policy Center at the Urban Institute said the ferry would stop.", "Tax Policy Center"),
        # a person named before "of" an organisation is the person; people of an organisation are not it
        ("Ann Lee of the Democratic National Committee said the ferry would stop.", "Ann Lee"),
        ("James Hale of the Economic Policy Institute said the ferry would stop.", "James Hale"),
        (
            "A spokesman for the Dover Port Authority said the ferry would stop.",
            "spokesman for the Dover Port Authority",
        ),
        ("Officials at the Port Authority said the ferry would stop.", "Officials at the Port Authority"),
        # a role with a name apposed, opening the sentence, is that name for a later verb of the sentence too
        (
            "The head of the port, Ann Lee, told the paper that fares would rise and said the ferry would stop.",
            "Ann Lee",
        ),
    ],
)
def test_statements_names_surname_and_openers(text: str, speaker: str) -> None:
    assert _last_speaker(text) == speaker


def test_statements_names_she_before_any_speaker_is_the_woman_named_before() -> None:
    """A pronoun with no earlier speaker goes back to the last person of its gender named in the text."""
    text = "Ann Lee met Tom Hale at the pier as she said the ferry would stop in May."
    assert _last_speaker(text) == "Ann Lee"


def test_statements_names_unknown_given_name_tells_nothing() -> None:
    """A given name no row knows keeps the old rule: "he" goes on with the last speaker."""
    text = "Kim Park said the ferry would stop. He said the vote was in May."
    assert [s.speaker for s in find_statements(text, DCT)] == ["Kim Park", "Kim Park"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # two speakers joined by "and" are both named, titles stripped from each
        (
            "Hamas and Islamic Jihad said in a joint statement that they would fight on.",
            "Hamas and Islamic Jihad",
        ),
        ("Sen. Ann Lee and Gov. Tom Hale said the ferry would stop in May.", "Ann Lee and Tom Hale"),
        # an acronym before "and" is a body of its own, not a title's affiliation
        ("The EU and Washington urged both sides to show restraint.", "EU and Washington"),
        ("NATO and Russia said the talks would resume in May.", "NATO and Russia"),
        # the second after "and the": both bodies, each without its article
        (
            "The European Union and the United States condemned the attack.",
            "European Union and United States",
        ),
        ("Both Britain and the United Nations said the vote was illegal.", "Britain and United Nations"),
        # an organisation named for its purpose keeps its "and"
        (
            "The Centers for Disease Control and Prevention said cases fell.",
            "Centers for Disease Control and Prevention",
        ),
        # a title before "and" belongs to the one person named after it
        (
            "Former Secretary of State and Democratic frontrunner Ann Lee said the ferry would stop.",
            "Ann Lee",
        ),
        # a list of names opening the sentence: every one named
        (
            "Egypt, Qatar and the United States said the talks would continue.",
            "Egypt, Qatar and United States",
        ),
        ("But Britain, France and Germany said the deal still stood.", "Britain, France and Germany"),
        (
            "Sen. Ann Lee, Gov. Tom Hale and Rep. Joe Doe said the bill was dead.",
            "Ann Lee, Tom Hale and Joe Doe",
        ),
        # a place or time before the comma is no speaker; nor a name that holds "&"
        ("In Cairo, Egypt and Qatar said the talks would continue.", "Egypt and Qatar"),
        ("Meanwhile, Egypt and Qatar said the talks would continue.", "Egypt and Qatar"),
        ("Besides Hamas, Islamic Jihad and Fatah said they rejected the plan.", "Islamic Jihad and Fatah"),
        ("Poland, Finland and Sweden said the deal was vital.", "Poland, Finland and Sweden"),
        # people or bodies joined by "and" opening the sentence are all named
        ("Human rights groups and the UN said the strikes were unlawful.", "Human rights groups and UN"),
        ("The army and the police said the area was sealed.", "army and police"),
        ("Doctors and nurses said the hospital was full.", "Doctors and nurses"),
        ("Ann Lee and her aides said the plan was fair.", "Ann Lee and her aides"),
        ("Current and former officials said the agency was weakened.", "Current and former officials"),
        ("But lawyers and legal experts said that is unlikely.", "lawyers and legal experts"),
        # ... not a clause before "and", nor two roles of one person
        ("Prices rose and analysts said the bank would act.", "analysts"),
        (
            "The senator and presidential candidate said the vote was rigged.",
            "senator and presidential candidate",
        ),
    ],
)
def test_statements_names_joined_speakers(text: str, speaker: str) -> None:
    assert _last_speaker(text) == speaker


def test_statements_names_no_pair_runs_on_to_another_name() -> None:
    """After "and the" the second body is a name up to the cue, never a clause running on to another name."""
    text = (
        "The court will look into whether Ann Lee and the City Council deliberately thwarted the government "
        "watchdog’s Freedom of Information Act (FOIA) requests over a six-year time period."
    )
    assert find_statements(text, DCT) == []


def test_statements_names_he_is_not_a_pair() -> None:
    """ "He" after a statement of two people goes back to the man named before, not to the pair; each of
    the two is known by surname later."""
    text = (
        "Tom Hale opened the pier. Ann Lee and Kim Park said the ferry would stop. "
        "He said the vote was in May. Park said the vote was late."
    )
    assert [s.speaker for s in find_statements(text, DCT)] == ["Ann Lee and Kim Park", "Tom Hale", "Kim Park"]


def test_statements_names_he_is_not_an_organisation() -> None:
    """ "He" after a statement of a ministry or a newspaper goes back to the man named before."""
    text = (
        "Tom Hale opened the pier. The Harbour Ministry said the ferry would stop. "
        "The Dover Times reported the vote was close. He said the vote was in May."
    )
    assert [s.speaker for s in find_statements(text, DCT)][-1] == "Tom Hale"


def test_statements_names_outlet_not_learned_without_its_first_word() -> None:
    """ "The Times" after "The New York Times" is that paper, even when the article never writes "new"."""
    text = "The New York Times reported the ferry would stop. A review by The Times shows the fares rose."
    assert [s.speaker for s in find_statements(text, DCT)] == ["New York Times", "New York Times"]


def test_statements_names_he_in_a_clause_is_the_sentence_subject() -> None:
    """ "he" after a clause opener stands for the person opening the sentence, not the last speaker."""
    text = (
        "Tom Hale said the vote was late. "
        "Jim Park changed his plan on Saturday when he announced that the ferry would stop."
    )
    assert [s.speaker for s in find_statements(text, DCT)] == ["Tom Hale", "Jim Park"]


def test_statements_names_who_after_a_plural_is_not_the_name_before() -> None:
    """ "legal experts, who worry …": the experts, never the person named earlier in the sentence."""
    text = (
        "Tom Hale's plan set off a wave of alarm among the port's legal experts and harbour staff, "
        "who worry that the ferry will stop."
    )
    assert "Tom Hale" not in [s.speaker for s in find_statements(text, DCT)]


def test_statements_names_pronoun_after_a_group_is_the_person_named_since() -> None:
    """ "she" after a statement of a group goes to the woman named between them, not to the group."""
    text = (
        "Delegates said the vote was close. Ann Lee left the hall early. "
        "Hours later, she said the ferry would stop."
    )
    assert [s.speaker for s in find_statements(text, DCT)] == ["Delegates", "Ann Lee"]


def test_statements_names_who_may_be_a_person() -> None:
    """A first name and surname the article gives, or a lone capitalised word it never writes in lower case
    and no word for people, may be a person whose gender is unknown; a group or a plural is not."""
    names = Names("Kim Park spoke. McLenney spoke. Delegates spoke. The board met. The Harbour Ministry met.")
    assert names.is_person("Kim Park") and names.is_person("McLenney")
    assert not names.is_person("Delegates") and not names.is_person("Harbour Ministry")
    assert not Names("Voters spoke, and the voters left.").is_person("Voters")


def test_statements_names_pronoun_never_goes_to_a_name_inside_its_own_words() -> None:
    """A person named inside the statement the pronoun makes is no one the pronoun stands for."""
    text = (
        'Delegates said the vote was close. "My adviser, Tom Hale, will send a chart to the board," he said.'
    )
    assert [s.speaker for s in find_statements(text, DCT)][-1] != "Tom Hale"


def test_statements_names_no_pair_with_a_bare_article() -> None:
    """ "CNN and The": a second name cut short to its article is no second speaker."""
    assert joint_parts("CNN and The") is None
    assert joint_parts("CNN and The Times") == ("CNN", "and", "The Times")
