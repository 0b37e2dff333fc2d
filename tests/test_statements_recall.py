"""Cue recall: nominal cues, party labels, closed quotations before "X said.", hearers and counted speakers."""

from __future__ import annotations

import datetime

import pytest

from extract.lexicon import load_table
from extract.statements import find_statements
from tests.statement_triples import triples

DCT = datetime.date(2020, 5, 20)

ROWS = [
    (
        "Sen. Ann Lee (R-Ohio) said the bill would pass next week.",
        "Sen. Ann Lee (R-Ohio)",
        "said",
        "the bill would",
    ),
    ("Rep. Tom Hale (D) said voters had been misled.", "Rep. Tom Hale (D)", "said", "voters had"),
    (
        "Ann Lee said the council met her demands so that a vote could be held.",
        "Ann Lee",
        "said",
        "the council met",
    ),
    (
        "“Why is he attacking me?” Tom Hale said. “He has to beat ten others first.”",
        "Tom Hale",
        "said",
        "“Why is he",
    ),
    (
        "Tom Hale told the crowd, saying the mayor would “ruin the town.”",
        "Tom Hale",
        "saying",
        "the mayor would",
    ),
    ("Tom Hale told CNN he would stay in the race.", "Tom Hale", "told", "he would stay"),
    (
        "Turnout rose, with 30 percent of voters saying they liked the plan.",
        "30 percent of voters",
        "saying",
        "they liked",
    ),
    (
        "Ann Lee changed her mind – saying she now backed the plan after all.",
        "Ann Lee",
        "saying",
        "she now backed",
    ),
    (
        "It passed, even though a number of members said they opposed it.",
        "a number of members",
        "said",
        "they opposed",
    ),
    (
        "A young man, who said he had driven six hours, waited at the gate.",
        "A young man, who",
        "said",
        "he had driven",
    ),
    ("The vote, according to the clerk, was held after midnight.", "the clerk", "according to", "The vote"),
    (
        "But according to the clerk, the vote was held after midnight.",
        "the clerk",
        "according to",
        "the vote was",
    ),
    (
        "Ann Lee said she would not ask for a recount, conceding the race.",
        "Ann Lee",
        "said",
        "she would not ask for a recount",
    ),
    (
        "Sen. Tom Hale (R-Iowa), one of the bill's first backers, said he still remembers the vote.",
        "Sen. Tom Hale (R-Iowa)",
        "said",
        "he still remembers",
    ),
    (
        "A winner needs half of the vote, local analysts say; in 2012 the mayor got less.",
        "local analysts",
        "say",
        "A winner needs half",
    ),
    (
        "“Troops are not the answer,” Ann Lee, the mayor's deputy, said Sunday. “It is up to them.”",
        "Ann Lee",
        "said",
        "“Troops are not",
    ),
    (
        "The cost of the plan, said Ann Lee, a budget expert at the city, is the real problem.",
        "Ann Lee",
        "said",
        "The cost of the plan, said Ann Lee",
    ),
    ("The bridge will not last, critics say.", "critics", "say", "The bridge will not last"),
    # A clause opener ends the speaker phrase: the people after it speak.
    (
        "The disclosures came as the mayor's lawyers argued that the deposition was unnecessary.",
        "the mayor's lawyers",
        "argued",
        "that the deposition",
    ),
    (
        "The decision came three days after the council condemned the plan.",
        "the council",
        "condemned",
        "the plan",
    ),
    # "media" and "press" speak as a body.
    ("Iran denied any role in the attack, state media reported.", "state media", "reported", "Iran denied"),
    # A role, then its name in a dashed aside: the name speaks.
    (
        "A former candidate — Tom Hale, who lost the 2008 race — said the plan would fail.",
        "Tom Hale",
        "said",
        "the plan would fail",
    ),
    (
        "A former candidate -- Tom Hale, who lost the 2008 race -- said the plan would fail.",
        "Tom Hale",
        "said",
        "the plan would fail",
    ),
    ("Ann Lee — a nurse from Leeds — said the ward was full.", "Ann Lee", "said", "the ward was full"),
    # A hearer before a clause without "that" is not what was said.
    ("Ann Lee told reporters the vote was close.", "Ann Lee", "told", "the vote was close"),
    ("Ann Lee told Reuters the vote was close.", "Ann Lee", "told", "the vote was close"),
    ("Ann Lee told him a deal was near.", "Ann Lee", "told", "a deal was near"),
    ("The minister told parliament the budget was sound.", "The minister", "told", "the budget was sound"),
    # The object of a preposition is no speaker: the people before it are.
    (
        "Protesters marching through the streets chanted “Down with the mayor.”",
        "Protesters marching through the streets",
        "chanted",
        "“Down with the mayor.”",
    ),
    (
        "Officials from both parties say the bridge is safe.",
        "Officials from both parties",
        "say",
        "the bridge",
    ),
    ("Those over 60 say they feel safe.", "Those over 60", "say", "they feel safe"),
    # A role with the name apposed to it: the name is the speaker.
    ("The town's chief planner, Ann Lee, said the bridge would close.", "Ann Lee", "said", "the bridge"),
    ("A spokesman for the ministry, Ali Reza, said the talks would resume.", "Ali Reza", "said", "the talks"),
    (
        "The UN chief, Ann Lee, told reporters that the fighting must stop.",
        "Ann Lee",
        "told",
        "that the fighting",
    ),
    (
        "Last week, the director of the agency, Ann Lee, said it would close.",
        "Ann Lee",
        "said",
        "it would close",
    ),
    # A name with an age before it and an apposition after it is the speaker.
    (
        "76-year-old Ann Lee, founder of the Dover Institute and a former mayor, endorsed Tom Hale last week.",
        "76-year-old Ann Lee",
        "endorsed",
        "Tom Hale",
    ),
    # ... a person's "to" or "for" phrase ending in a name is a role too.
    ("Dover's envoy to the UN, Ann Lee, said the vote would be close.", "Ann Lee", "said", "the vote"),
    (
        "The mayor's adviser for the OECD, Tom Hale, said the talks had stalled.",
        "Tom Hale",
        "said",
        "the talks",
    ),
    # A verb that takes an object ("told", "praised") never comes before its speaker: the name after it is
    # the hearer or the thing taken a stand on, the speaker is before it.
    (
        "“We have no choice,” a nurse from Dover, who gave only her first name, Ann, told the paper.",
        "a nurse",
        "told",
        "“We have no choice,”",
    ),
    (
        "The mayor, in a speech broadcast on the radio, praised the new ferry.",
        "The mayor",
        "praised",
        "the new ferry",
    ),
    # ... in every form of the verb, the present too
    (
        "Ann Lee and Tom Hale, among others, reject the ferry plan.",
        "Ann Lee and Tom Hale",
        "reject",
        "the ferry plan",
    ),
    # ... not a place going on past the comma, nor a second apposition to the name opening the sentence
    (
        "Ann Lee, a farmer from Sumter, South Carolina, said the rain came late.",
        "Ann Lee",
        "said",
        "the rain",
    ),
    (
        "Ann Lee, the editor of the town's paper, The Courier, said the mill would close.",
        "Ann Lee",
        "said",
        "the mill",
    ),
    # After a quotation that opens the sentence, "X said, <adjunct>" keeps the quotation as its content,
    # even when a "that" follows later in the adjunct.
    (
        "“The ferry will stop,” Ann Lee said, just hours before the vote that closed the line.",
        "Ann Lee",
        "said",
        "“The ferry will stop,”",
    ),
    # … but "“…,” he said, that …" goes on with the reported clause.
    ("“It is our bad luck,” he said, that both men had ties to the club.", "he", "said", "that both men"),
    # A bare collective plural after a comma is the speaker ("…, police said").
    ("Two men were held overnight after a brawl, police said.", "police", "said", "Two men were held"),
    ("Two men were held overnight, state police said.", "state police", "said", "Two men were held"),
    # After an inverted cue, a capitalised modifier may lead a role before the name.
    (
        "The ferry lost money for years, said GOP strategist Ann Lee.",
        "GOP strategist Ann Lee",
        "said",
        "The ferry",
    ),
    (
        "The ferry lost money, said Harbour Board deputy chair Tom Hale, a former captain.",
        "Harbour Board deputy chair Tom Hale",
        "said",
        "The ferry lost money",
    ),
    # After an inverted cue, lower-case words ending in a plural that names people who speak.
    (
        "The ferry lost money for years, said senior harbour officials.",
        "senior harbour officials",
        "said",
        "The ferry lost",
    ),
    ("The ferry lost money for years, said U.S. officials.", "U.S. officials", "said", "The ferry lost"),
    (
        "The ferry lost money, said Harbour Board officials, pointing to the accounts.",
        "Harbour Board officials",
        "said",
        "The ferry lost",
    ),
    # A time word after the hearer ends the cue: the content is the clause before.
    (
        "The union will sit out the race, Phil Smith told WKRN earlier this week.",
        "Phil Smith",
        "told",
        "The union will sit",
    ),
    (
        "The union will sit out the race, Ann Lee told the Courier Monday.",
        "Ann Lee",
        "told",
        "The union will",
    ),
    # Words after the cue that only name the medium: the quotation of the next sentence is the content.
    (
        "Ann Lee, the party's director, said in a statement. “There are no ballots to recount. It is over.”",
        "Ann Lee",
        "said",
        "“There are no ballots to recount. It is over.”",
    ),
    ("Tom Hale said during a news conference Monday. “We are done.”", "Tom Hale", "said", "“We are done.”"),
    # Unnamed sources with a description: the description is part of the speaker, a relative clause not.
    (
        "The ferry will close in May, officials familiar with the plan said.",
        "officials familiar with the plan",
        "said",
        "The ferry will close",
    ),
    (
        "The ferry will close in May, people close to the mayor said.",
        "people close to the mayor",
        "said",
        "The ferry will close",
    ),
    (
        "A person briefed on the talks said the vote would be delayed.",
        "A person briefed on the talks",
        "said",
        "the vote",
    ),
    (
        "The ferry will close in May, said harbour officials familiar with the budget.",
        "harbour officials familiar with the budget",
        "said",
        "The ferry will close",
    ),
    (
        "The ferry will close in May, said a senior official with knowledge of the plan.",
        "a senior official with knowledge of the plan",
        "said",
        "The ferry will close",
    ),
    (
        "The ferry will close in May, said two council members who asked not to be named.",
        "two council members",
        "said",
        "The ferry will close",
    ),
    (
        "Council staff who reviewed the budget said the ferry lost money.",
        "Council staff",
        "said",
        "the ferry",
    ),
    (
        "“We are done here,” said a harbour pilot who has worked the route for years.",
        "a harbour pilot",
        "said",
        "“We are done here,”",
    ),
    # "A lawyer for X": the agent is part of the mention.
    ("A lawyer for the family said the police had lied.", "A lawyer for the family", "said", "the police"),
    (
        "“We will appeal,” a spokeswoman for the harbour board said.",
        "a spokeswoman for the harbour board",
        "said",
        "“We will appeal,”",
    ),
    # A role and an apposed name between a closed quotation and the cue: the name is the speaker and the
    # quotation the content.
    (
        "“We will not sell the ferry,” the council’s spokesman, Tom Hale, told a weekly news conference.",
        "Tom Hale",
        "told",
        "“We will not sell the ferry,”",
    ),
    # A named body after an opening conjunction is the subject of a later coordinated cue.
    (  # a hearer and two adjuncts before "that" (up to 70 characters) are not what was said
        "Khamenei told a gathering of clerics on Wednesday that Israel would not last.",
        "Khamenei",
        "told",
        "that Israel would",
    ),
    (
        "The ministry said in a statement released by its press office that the strike was a crime.",
        "The ministry",
        "said",
        "that the strike",
    ),
    (  # the "that" of a relative clause or of a second object does not open the content
        "She urged the council to sell the old ferry that loses money.",
        "She",
        "urged",
        "the council to sell",
    ),
    ("He said this was a mistake and that he had learned from it.", "He", "said", "this was a mistake"),
    (  # "X quoted Y as saying …": Y's words, X only reported them
        "State television quoted the harbour master as saying that the ferry would stop.",
        "the harbour master",
        "quoted",
        "that the ferry would stop",
    ),
    (  # an object pronoun there stands for the speaker too
        "State television quoted him as saying that the ferry would stop.",
        "him",
        "quoted",
        "that the ferry would stop",
    ),
    (
        "The paper quoted Ann Lee, the mayor of Dover, as saying the fares would rise.",
        "Ann Lee",
        "quoted",
        "the fares would rise",
    ),
    (  # "with" and "to" inside an adjunct ("in a meeting with …", "in a speech to …") keep "that" the opener
        "Khamenei said on Tuesday in a meeting with students in Tehran that the regime would not survive.",
        "Khamenei",
        "said",
        "that the regime would",
    ),
    (
        "The leader said in a speech to air force commanders on Wednesday that the plan was doomed.",
        "The leader",
        "said",
        "that the plan was",
    ),
    (  # an adjunct between subject and cue: the subject speaks, the words after the cue are what it said
        "The ministry, in a statement carried by state media, called the strike a crime.",
        "The ministry",
        "called",
        "the strike a crime",
    ),
    ("Prices rose, in the end, said the mayor.", "the mayor", "said", "Prices rose"),
    # a day between an inverted cue and its speaker is no part of the speaker
    ("The talks are over, said Tuesday officials in Tehran.", "officials", "said", "The talks"),
    (
        "The talks are over, said on Monday a spokesman for the ministry.",
        "a spokesman for the ministry",
        "said",
        "The talks",
    ),
    ("The ferry will stop, in the end, said Tom Hale.", "Tom Hale", "said", "The ferry will stop"),
    (  # a role and where the person works, ending the sentence after an inverted cue
        "The ferry will stop in May, said a professor at the university.",
        "a professor at the university",
        "said",
        "The ferry will stop",
    ),
    (  # "but also" before the second verb: the sentence's subject speaks
        "The mayor toured the harbour, but also warned that the ferry would stop in May.",
        "The mayor",
        "warned",
        "that the ferry would stop",
    ),
    (  # the words after "and then said" are the second verb's, not the first's
        "The aide agreed and then said that the ferry plan would fail in the spring.",
        "The aide",
        "said",
        "that the ferry plan",
    ),
    (  # a verb ending a clause before a comma does not take the next clause, which has a cue of its own
        "If he has fewer votes when the polls conclude, his campaign has argued that it could still win.",
        "his campaign",
        "argued",
        "that it could still win",
    ),
    (
        "But the State Department denied the report and said the talks would go on.",
        "the State Department",
        "said",
        "the talks would",
    ),
    (  # a role of several words, one of them capitalised, between the comma and the name
        "The couple were among the passengers, Algerian foreign affairs ministry spokesman Ben Ali said.",
        "Algerian foreign affairs ministry spokesman Ben Ali",
        "said",
        "The couple were among the passengers",
    ),
    (  # the hearer is a possessive phrase: the quotation is still the content
        "“We may not get along, who knows?” Trump told Britain’s ITV television station.",
        "Trump",
        "told",
        "“We may not get along, who knows?”",
    ),
    ("“The mill is open,” Ann Lee shot back.", "Ann Lee", "shot back", "“The mill is open,”"),
    # -ing forms and phrasal verbs of stance
    ("Ann Lee is considering a run for the Senate.", "Ann Lee", "considering", "a run for the Senate"),
    (
        "Ann Lee spoke at the mill, offering a plan to reopen it by spring.",
        "Ann Lee",
        "offering",
        "a plan to reopen it",
    ),
    ("The mayor walked back his remarks about the mill.", "The mayor", "walked back", "his remarks"),
    (  # a role led by a lower-case and a capitalised modifier after an inverted cue
        "The fund is short, said former Ohio governor Ed Hale, who chairs the committee.",
        "former Ohio governor Ed Hale",
        "said",
        "The fund is short",
    ),
    (  # a quotation closed by a misused opening mark
        "“It is unusual,“ said Tom Hale, a lawyer with the ferry board.",
        "Tom Hale",
        "said",
        "“It is unusual,“",
    ),
    (  # a word opening the clause, then a name with an apposition
        "Still, Tad Devine, a senior adviser to the mayor, said on Tuesday that the ferry would run.",
        "Tad Devine",
        "said",
        "that the ferry would run",
    ),
    (  # two opening words before the subject of a gerund's clause
        "And then Ann Lee went on the attack, saying the ferry board had failed.",
        "Ann Lee",
        "saying",
        "the ferry board had failed",
    ),
    (  # the subject of a verb that leads to "to say"
        "Mr. Hale was prompted to say that the ferry would run again.",
        "Mr. Hale",
        "say",
        "that the ferry would run again",
    ),
    ("Ann Lee was quick to note that the ferry had run late.", "Ann Lee", "note", "that the ferry had run"),
    # "That" pointing at a person is no clause opener
    ("That man said the bridge was unsafe.", "That man", "said", "the bridge was unsafe"),
    ("That official said the bridge was unsafe.", "That official", "said", "the bridge was unsafe"),
]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), ROWS)
def test_statements_recall_rows(text: str, speaker: str, cue: str, content: str) -> None:
    found = triples(text, DCT)
    assert any(f[0] == speaker and f[1] == cue and f[2].startswith(content) for f in found), found


@pytest.mark.parametrize("row", load_table("statement_nouns.tsv"), ids=lambda r: r["id"])
def test_statements_recall_noun_examples(row) -> None:
    text = row["example"]
    found = [
        (text[s.cue_start : s.cue_end].lower(), text[s.start : s.end])
        for s in find_statements(text, DCT)
        if s.cue_start is not None
    ]
    assert any(cue == row["cue"] and content.startswith(row["content"]) for cue, content in found), found


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        ("The last question at the event was about the budget.", "The"),
        ("Tom Hale told a rally, saying the plan would fail.", "a rally"),
        ("Tom Hale said yes.", "yes"),
        # a name after a preposition before an apposition's comma is no speaker
        ("The ministry of health in Dover, which is run by the county, said 500 people were sick.", "Dover"),
        (
            "In a post online, the mayor wrote that the council would respond.",
            "the mayor wrote that the council",
        ),
        ("There is no sign that the ferry board endorsed the plan.", "no sign that the ferry board"),
        ("Tom Hale said in an interview. Ann Lee disagreed.", "in an interview"),
        ("“The ferry will stop,” Ann Lee said, just hours before the vote that closed it.", "just hours"),
        (
            "But the overall sense of a lull has downsides, suggesting less interest in the race.",
            "the overall",
        ),
        # a label before a colon is nobody; a count, a link or a list of names is not a statement
        ("The Latest: Ferry service to resume on Monday", "The Latest"),
        ("Delegate Update: The latest count in the race", "Delegate Update"),
        ("Hillary Clinton: 1,769 delegates", "Hillary Clinton"),
        ("Kahn: http://example.org/ferry-plan", "Kahn"),
        ("Iowa: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink, Bonnie Campbell", "Iowa"),
        # forms that are plain verbs or modifiers far more often than cues ("backing", "knew", "vote for")
        ("A super PAC backing Ann Lee spent $2 million on ads.", "Ann Lee spent $2 million on ads"),
        ("Ann Lee knew the ferry would be late.", "the ferry would be late"),
        ("Tom Hale will vote for the ferry plan.", "the ferry plan"),
        ("The town feels the ferry will never come.", "the ferry will never come"),
        ("Ann Lee preferred the old ferry.", "the old ferry"),
        # a cue followed by "and", "or", "from" or "during" has no object: the words are not its content
        ("Tom Hale yelled and held up a banner.", "and held up a banner"),
        ("Ann Lee complained or left early.", "or left early"),
        ("Ann Lee reported from Dover on Monday.", "from Dover on Monday"),
        ("She was released from house arrest.", "from house arrest"),
        # a time expression alone says when, not what
        ("Ann Lee posted on Jan. 27.", "on Jan. 27"),
        ("Tom Hale apologized two days later.", "two days later"),
        # a passive participle with an adverb before "by" is no cue
        (
            "The mayor signed the deal, according to letters reported earlier by the local paper, in May.",
            "earlier by the local paper, in May",
        ),
    ],
)
def test_statements_recall_negative_rows(text: str, forbidden: str) -> None:
    spans = [(s.speaker_start, s.speaker_end) for s in find_statements(text, DCT)]
    spans += [(s.start, s.end) for s in find_statements(text, DCT)]
    assert forbidden not in [text[a:b] for a, b in spans if a is not None]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry lost money for years, said senior harbour officials.",
        "The ferry lost money for years, said U.S. officials.",
        "The ferry lost money for years, said officials familiar with the accounts.",
        "The ferry lost money for years, said port officials who asked not to be named.",
        "The ferry lost money for years, said officials in Dover on Tuesday.",
        "The ferry lost money for years, said U.S. officials at the Ferry Institute.",
    ],
)
def test_statements_recall_inverted_plural_is_no_content(text: str) -> None:
    """The people named after an inverted cue are the speaker, never words the clause before said."""
    found = find_statements(text, DCT)
    assert found and all(text[s.start : s.end].startswith("The ferry") for s in found), found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The ferry will close, people close to Ann Lee said.", "people close to Ann Lee"),
        (
            "A source familiar with Tom Hale's plans said the ferry would close.",
            "source familiar with Tom Hale's plans",
        ),
        ("Officials in Dover denied that the ferry would close.", "Officials in Dover"),
        ("Ann Lee in Dover said the ferry would close.", "Ann Lee"),
        ("Tom Hale at the Ferry Institute said the ferry would close.", "Tom Hale"),
        ("Six in 10 voters said the ferry should close.", "Six in 10 voters"),
    ],
)
def test_statements_recall_described_source_is_not_the_person_named(text: str, speaker: str) -> None:
    """ "People close to Ann Lee" are not Ann Lee, "officials in Dover" not Dover: the speaker's name
    keeps the whole description; a place after a name ("Ann Lee in Dover") is left out of it."""
    assert [s.speaker for s in find_statements(text, DCT)] == [speaker]


SIGNED = (
    "Readers answered.\n\n"
    "“We will rebuild the bridge by spring.” ― Ann Lee\n"
    "\u201dTaxes will not rise next year.\u201d\u2015 Tom Hale\u00a0\n\n"
    '"The port stays open."\n\n- Jo de la Cruz, harbour pilot, writing after the storm.\n\n'
    '"The port is closed."\n\n- Reuters.\n\n'
    "“There is a new mood here.”\n\n– A town in change –.\n"
)


def test_statements_recall_dash_signed_quotes() -> None:
    """A quotation on its own line signed "― Name" (same line or next) is that person's; a credit
    to a news agency and a subheading between dashes sign nothing, and a cue in the signature
    ("writing after the storm") is no statement of its own."""
    found = [(s.speaker_mention, SIGNED[s.start : s.end], s.rule_id) for s in find_statements(SIGNED, DCT)]
    assert found == [
        ("Ann Lee", "“We will rebuild the bridge by spring.”", "quote-dash-speaker"),
        ("Tom Hale", "\u201dTaxes will not rise next year.\u201d", "quote-dash-speaker"),
        ("Jo de la Cruz", '"The port stays open."', "quote-dash-speaker"),
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ann Lee said the ferry crews “do a fine job. And they work in all weathers.” The vote is today.",
            "the ferry crews “do a fine job. And they work in all weathers.”",
        ),
        (  # a quotation left open ends with its paragraph
            "Ann Lee said the ferry crews “do a fine job.\n\nThe vote is today, “in all weathers.”",
            "the ferry crews “do a fine job",
        ),
    ],
)
def test_statements_recall_content_runs_to_the_closing_mark(text: str, content: str) -> None:
    """A quotation opened in indirect speech runs on over its sentence to its closing mark."""
    found = [text[s.start : s.end] for s in find_statements(text, DCT) if s.speaker == "Ann Lee"]
    assert found == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ann Lee criticised the ferry plan in a statement on Monday.",
            "the ferry plan",
        ),
        (
            "Ann Lee called the toll a disgrace Wednesday on the Morning Hour Show.",
            "the toll a disgrace",
        ),
        (
            "Ann Lee attacked the harbour board on Twitter after the vote.",
            "the harbour board",
        ),
        (  # a clause keeps the phrase: it may say where the reported thing happened
            "Ann Lee said the toll was raised by the mayor in a statement.",
            "the toll was raised by the mayor in a statement",
        ),
        (  # "on" before a common noun is part of the object
            "Ann Lee criticised spending on television ads about the ferry.",
            "spending on television ads about the ferry",
        ),
    ],
)
def test_statements_recall_medium_phrase_closes_an_object(text: str, content: str) -> None:
    """How and when the words were said ("in a statement on Monday") is not part of an object content."""
    found = [text[s.start : s.end] for s in find_statements(text, DCT) if s.speaker == "Ann Lee"]
    assert found == [content]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        (  # a gerund that only describes the moment: the quotation resumes after it
            "“The ferry is late,” Ann Lee said, invoking the morning crossing. “It always is.”",
            ["“The ferry is late,” Ann Lee said, invoking the morning crossing. “It always is.”"],
        ),
        (  # the quotation resumes in the same sentence after a long attribution, lower case after a comma
            "“The ferry is late,” said Ann Lee, who chairs the harbour board of the town, “and it always is.”",
            [
                "“The ferry is late,” said Ann Lee, who chairs the harbour board of the town, “and it always is.”"
            ],
        ),
        (  # a gerund with words of its own: the next quotation is not run on
            "“The ferry is late,” Ann Lee said, adding a warning to the board. “Fix it now.”",
            ["“The ferry is late,”", "a warning to the board"],
        ),
        (  # the gerund leads straight into the quotation
            "“The ferry is late,” Ann Lee said, adding: “Fix it now.”",
            ["“The ferry is late,”", "“Fix it now.”"],
        ),
    ],
)
def test_statements_recall_quotation_resumes_after_a_gerund(text: str, contents: list[str]) -> None:
    """ "“…,” X said, referring to Y. “…”" is one statement; after "adding …" the next quotation is not run on."""
    found = [text[s.start : s.end] for s in find_statements(text, DCT) if s.speaker == "Ann Lee"]
    assert found[: len(contents)] == contents, found


def test_statements_recall_medium_phrase_after_words_said_stays() -> None:
    """ "criticised the minister's remarks on Twitter": the phrase may say where the remarks were made."""
    text = "Ann Lee criticised the minister’s remarks on Twitter."
    found = [text[s.start : s.end] for s in find_statements(text, DCT) if s.speaker == "Ann Lee"]
    assert found == ["the minister’s remarks on Twitter"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The ferry will stop in May, said the mayor of Dover.", "mayor of Dover"),
        ("A lawyer for Ann Lee said the ferry would stop in May.", "lawyer for Ann Lee"),
        ("Secretary of State Ann Lee said the ferry would stop in May.", "Ann Lee"),
    ],
)
def test_statements_recall_role_of_a_place_is_no_name(text: str, name: str) -> None:
    """ "the mayor of Dover" is the speaker's name as written, not "Dover"; a title still gives the name."""
    assert [s.speaker for s in find_statements(text, DCT)] == [name]


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Aides to the mayor say the ferry will stop in May.", "Aides to the mayor", "Aides to the mayor"),
        (
            "People close to the mayor say the ferry will stop in May.",
            "People close to the mayor",
            "People close to the mayor",
        ),
        (
            "Critics of the plan said the ferry would stop in May.",
            "Critics of the plan",
            "Critics of the plan",
        ),
        (
            "But critics of the plan said the ferry would stop in May.",
            "critics of the plan",
            "critics of the plan",
        ),
        (
            "The ferry will stop in May, said critics of the plan.",
            "critics of the plan",
            "critics of the plan",
        ),
        ("Friends of Ann Lee said the ferry would stop in May.", "Friends of Ann Lee", "Friends of Ann Lee"),
        (
            "The ferry will stop in May, said friends of Ann Lee.",
            "friends of Ann Lee",
            "friends of Ann Lee",
        ),
        (
            "Several members of the board said the ferry would stop in May.",
            "Several members of the board",
            "Several members of the board",
        ),
    ],
)
def test_statements_recall_people_of_a_group_speak(text: str, mention: str, name: str) -> None:
    """ "critics of the plan", "aides to the mayor": the people speak, not the plan or the mayor."""
    found = find_statements(text, DCT)
    assert [(text[s.speaker_start : s.speaker_end], s.speaker) for s in found] == [(mention, name)]


def test_statements_recall_the_noun_before_a_bare_form_still_is_no_cue() -> None:
    """ "the swing vote" stays a noun: only a person after "to/of/for …" ends a speaker's phrase."""
    assert find_statements("It came down to the swing vote on Monday.", DCT) == []
    assert find_statements("The deal went to the party vote in May.", DCT) == []


@pytest.mark.parametrize(
    "text",
    [
        "When Hale said the ferry would stop in May, the crowd cheered.",
        "Although Hale said the ferry would stop in May, it ran all summer.",
        "Even Hale said the ferry would stop in May.",
        "If Hale says the ferry will stop in May, it will.",
    ],
)
def test_statements_recall_clause_opener_is_no_part_of_a_name(text: str) -> None:
    """ "When Hale said …": the speaker is Hale, not "When Hale"."""
    assert [s.speaker for s in find_statements(text, DCT)] == ["Hale"]


def test_statements_recall_clause_opener_is_no_part_of_a_full_name() -> None:
    """A surname is resolved to the full name the article gives, without the word before it."""
    text = "When Tom Hale arrived, the pier was empty. Hale said the ferry would stop in May."
    assert [s.speaker for s in find_statements(text, DCT)] == ["Tom Hale"]


def test_statements_recall_declined_to_be_named_is_no_statement() -> None:
    """ "who declined to be named" describes the speaker; only what the speaker said is a statement."""
    text = "The spokeswoman for the ministry, who declined to be named, said the decision was final."
    assert [(s.speaker, text[s.start : s.end]) for s in find_statements(text, DCT)] == [
        ("spokeswoman for the ministry", "the decision was final")
    ]
