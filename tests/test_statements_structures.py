"""Sentence structures: gerunds after a statement, passive questions, content boundaries."""

from __future__ import annotations

import datetime

import pytest

from extract.statements import find_statements
from tests.statement_triples import triples

DCT = datetime.date(2020, 5, 20)

ROWS = [
    (
        "In May, Ann Lee endorsed Tom Hale, saying he had the grit to win the county.",
        "Ann Lee",
        "saying",
        "he had the grit to win the county",
    ),
    (
        "“The budget is late,” Ann Lee said, explaining why the council had met twice.",
        "Ann Lee",
        "explaining",
        "why the council had met twice",
    ),
    (
        "Asked about the new bridge, Ann Lee said the county could not pay for it.",
        "Ann Lee",
        "Asked",
        "about the new bridge",
    ),
    (
        "“The road is done,” Ann Lee said, adding a word of thanks. “It took four years.”",
        "Ann Lee",
        "said",
        "“The road is done,”",
    ),
    (
        "Ann Lee endorsed Tom Hale last week after a long meeting.",
        "Ann Lee",
        "endorsed",
        "Tom Hale",
    ),
    (
        "If the bridge is closed, Ann Lee said, the town will be cut off.",
        "Ann Lee",
        "said",
        "If the bridge is closed, Ann Lee said, the town will be cut off",
    ),
    (
        "The new plan is “a waste of money,” Tom Hale said.",
        "Tom Hale",
        "said",
        "The new plan is “a waste of money,”",
    ),
    (
        "The plan, he says, is doomed.",
        "he",
        "says",
        "The plan, he says, is doomed",
    ),
    (
        "Turnout fell (most voters were young, according to the county clerk) in every ward.",
        "the county clerk",
        "according to",
        "most voters were young",
    ),
    (
        "The bridge will open in May, according to the county, which owns the land.",
        "the county",
        "according to",
        "The bridge will open in May",
    ),
    (
        "Ann Lee called Tom Hale “a danger to the town.”",
        "Ann Lee",
        "called",
        "Tom Hale “a danger to the town.”",
    ),
    ("Ann Lee criticized the mayor for the delay.", "Ann Lee", "criticized", "the mayor for the delay"),
    (
        "Ann Lee told reporters, “We need to go back to the plan.”",
        "Ann Lee",
        "told",
        "“We need to go back to the plan.”",
    ),
    (
        "“The vote was close,” Ann Lee told NBC’s “Today” on Monday. “We will try again.”",
        "Ann Lee",
        "told",
        "“The vote was close,” Ann Lee told NBC’s “Today” on Monday. “We will try again.”",
    ),
    (
        "The mayor is wrong, Ann Lee said. “He always was.”",
        "Ann Lee",
        "said",
        "The mayor is wrong, Ann Lee said. “He always was.”",
    ),
    (
        "Ann Lee was asked about the bus line at the hearing.",
        "Ann Lee",
        "asked",
        "about the bus line at the hearing",
    ),
    (
        "“We will see,” Tom Hale said when asked whether he would run again.",
        "Tom Hale",
        "asked",
        "whether he would run again",
    ),
    (  # a hearer named before a weekday and "when asked …"
        "“That is a fair worry,” Ann Lee told MSNBC Monday when asked about fears that the ferry would close.",
        "Ann Lee",
        "told",
        "“That is a fair worry,”",
    ),
    (  # the one answering named by a role after the comma
        "Asked if he would run again, the former mayor said he had not decided.",
        "the former mayor",
        "Asked",
        "if he would run again",
    ),
    (  # "asked by" opening the sentence is the question put, not a passive of writing
        "When asked by a reporter whether the ferry would run, Ann Lee said it would.",
        "Ann Lee",
        "asked",
        "whether the ferry would run",
    ),
    (
        "Asked to name one success of the council, Ann Lee pointed to the new ferry.",
        "Ann Lee",
        "Asked",
        "to name one success of the council",
    ),
    (
        "On Tuesday, Ann Lee visited the plant and promised that the jobs would stay.",
        "Ann Lee",
        "promised",
        "that the jobs would stay",
    ),
    (
        "Moreover, Tom Hale, a county lawyer, noted that the plan had failed twice.",
        "Tom Hale",
        "noted",
        "that the plan had failed twice",
    ),
    (
        "Though she praised the mayor, Ann Lee warned that the budget would not last the year.",
        "she",
        "praised",
        "the mayor",
    ),
    (  # a side clause after an opening phrase ends at its comma too
        "From the first days, when Ann Lee insisted on paying the bill herself, the board has understood the problem.",
        "Ann Lee",
        "insisted",
        "on paying the bill herself",
    ),
    (  # a side clause closing the sentence runs to its end
        "Ann Lee stretched the facts at the debate, when she claimed that the board, or its chair, had lied.",
        "she",
        "claimed",
        "that the board, or its chair, had lied",
    ),
    (
        "In a short note to the staff, Ann Lee said the office would close early on Friday.",
        "Ann Lee",
        "said",
        "the office would close early on Friday",
    ),
    (
        "According to Ann Lee, in 1990, Tom Hale ordered the closure of the old mill.",
        "Ann Lee",
        "According to",
        "in 1990, Tom Hale ordered the closure of the old mill",
    ),
    (
        "“The fund is empty, and the donors know it,” spokesman Tom Hale said.",
        "spokesman Tom Hale",
        "said",
        "“The fund is empty, and the donors know it,”",
    ),
    (
        "County delegate Ann Lee, wearing a yellow hat with the town's crest, said the vote could fail.",
        "County delegate Ann Lee",
        "said",
        "the vote could fail",
    ),
    (
        "The new bridge is late, Ann Lee said in an interview, because the steel never arrived.",
        "Ann Lee",
        "said",
        "The new bridge is late, Ann Lee said in an interview, because the steel never arrived",
    ),
    (
        "The harbor board urged boat owners to leave the bay before dark.",
        "The harbor board",
        "urged",
        "boat owners to leave the bay before dark",
    ),
    (
        "Ann Lee told the staff to expect a late budget.",
        "Ann Lee",
        "told",
        "the staff to expect a late budget",
    ),
    (
        "The mayor is seeking to delay the vote on the harbor bridge.",
        "The mayor",
        "seeking",
        "to delay the vote on the harbor bridge",
    ),
    (
        "She's suggesting that the council should meet twice a month.",
        "She",
        "suggesting",
        "that the council should meet twice a month",
    ),
    (
        "Ann Lee won the county by promising to rebuild the old harbor.",
        "Ann Lee",
        "promising",
        "to rebuild the old harbor",
    ),
    (
        "Ann Lee's lawyer, Tom Hale, said the permit was never signed.",
        "Tom Hale",
        "said",
        "the permit was never signed",
    ),
    (
        "The toll is a scandal, Ann Lee said Monday in Leeds, noting that drivers pay twice.",
        "Ann Lee",
        "said",
        "The toll is a scandal",
    ),
    (
        "Ann Lee noted that the harbor had been left out of the plan:\n“We waited ten years.”",
        "Ann Lee",
        "noted",
        "that the harbor had been left out of the plan",
    ),
    (
        "With the vote close, Ann Lee backed the plan to sell the old depot.",
        "Ann Lee",
        "backed",
        "the plan to sell the old depot",
    ),
    (
        "After a long night of talks, Tom Hale proposed closing the river road for a year.",
        "Tom Hale",
        "proposed",
        "closing the river road for a year",
    ),
    (
        "Ann Lee, a nurse from Leeds, criticized the county's lax road rules.",
        "Ann Lee",
        "criticized",
        "the county's lax road rules",
    ),
    (
        "Ann Lee discussed the county budget and explained its purpose.",
        "Ann Lee",
        "explained",
        "its purpose",
    ),
    (  # a question quoted before "X asked, <verb>ing …": the question is the content
        "The hall went quiet. “Who pays for the bridge?” Ann Lee asked, turning to the council.",
        "Ann Lee",
        "asked",
        "“Who pays for the bridge?”",
    ),
    (
        "The vote was close. “We did it!” Tom Hale said to reporters.",
        "Tom Hale",
        "said",
        "“We did it!”",
    ),
    (  # a quotation that ends in a quoted question (‘…?’”) before "X said."
        "The call ended.\n\n“She asked us, ‘Can we help?’” Ann Lee said.",
        "Ann Lee",
        "said",
        "“She asked us, ‘Can we help?’”",
    ),
    (  # the one asked ("the mayor") is no content either
        "The room waited. “Is the bridge safe?” Ann Lee asked the mayor.",
        "Ann Lee",
        "asked",
        "“Is the bridge safe?”",
    ),
    (  # a name after "said" that opens a quotation is the content's subject, not an inverted speaker
        'In a letter, Ann Lee, a former mayor, said Tom Hale "knew about the cracks."',
        "Ann Lee",
        "said",
        'Tom Hale "knew about the cracks."',
    ),
    (  # a lower-case role between the comma and the name belongs to the speaker
        "The bridge will close for a month, county spokesman Tom Hale said.",
        "county spokesman Tom Hale",
        "said",
        "The bridge will close for a month",
    ),
    (  # a that-clause after the hearer stands even when a gerund cue cuts it
        "On Friday, Ann Lee told the paper that the bridge would close, conceding the vote.",
        "Ann Lee",
        "told",
        "that the bridge would close",
    ),
    (  # a phrase quoted inside the sentence before is not the next sentence's content
        "The review called the bridge “unsafe.” Ann Lee said the council would meet on Friday.",
        "Ann Lee",
        "said",
        "the council would meet on Friday",
    ),
    (  # a place after an inverted speaker still ends the speaker's clause
        "The ferry will stop in May, says county engineer Ann Lee in Dover.",
        "county engineer Ann Lee",
        "says",
        "The ferry will stop in May",
    ),
    (  # a side clause after the cue's adjuncts does not count against the content before
        "The plan is a mistake, Ann Lee said on Friday, as she left the hall after a long meeting of the council in Dover.",
        "Ann Lee",
        "said",
        "The plan is a mistake",
    ),
    (  # ", <gerund> <particle>" of a two-word cue ends the content before it
        "Ann Lee wants to build two new ferries, focusing on the routes that have no service.",
        "Ann Lee",
        "wants",
        "to build two new ferries",
    ),
    (  # a fronted adjunct is no content: the infinitive after the cue is
        "Through a spokesman, Tom Hale declined to comment.",
        "Tom Hale",
        "declined",
        "to comment",
    ),
    (  # "while" after a closed quotation opens a new clause: it is no role of the next speaker
        "The plan was “good enough to work,” while Tom Hale said it would fail.",
        "Tom Hale",
        "said",
        "it would fail",
    ),
    (  # where a group of speakers is
        "The deal is off, observers across the country said.",
        "observers across the country",
        "said",
        "The deal is off",
    ),
    (  # a share of a modified plural
        "Only 52 percent of registered voters said the plan was good.",
        "Only 52 percent of registered voters",
        "said",
        "the plan was good",
    ),
    (  # numbers before the role words of an inverted speaker
        "“The plan is wrong,” said 9/11 widow Ann Lee.",
        "9/11 widow Ann Lee",
        "said",
        "“The plan is wrong,”",
    ),
    (  # a counted source and where the source was
        "The talks broke down after an hour, said one source in the room.",
        "one source in the room",
        "said",
        "The talks broke down after an hour",
    ),
    (  # a name, then "of the" and where the person works, before the cue
        "“It was the least bad outcome,” Tom Hale of the Harbour Board said.",
        "Tom Hale of the Harbour Board",
        "said",
        "“It was the least bad outcome,”",
    ),
    (  # two lower-case modifiers before a plural head
        "The plan is bad, top black lawmakers said.",
        "top black lawmakers",
        "said",
        "The plan is bad",
    ),
    (
        "The plan is bad, senior Republican aides said.",
        "senior Republican aides",
        "said",
        "The plan is bad",
    ),
    (  # a parenthetical cue with a hearer and a time: the sentence around it is the content
        "The solution, Ann Lee told me on Friday, was a second ferry.",
        "Ann Lee",
        "told",
        "The solution, Ann Lee told me on Friday, was a second ferry",
    ),
    (
        "Fares will rise again, said Tom Hale at the Harbour Board.",
        "Tom Hale",
        "said",
        "Fares will rise again",
    ),
    (  # a gerund after "according to X," is a side clause: the content ends before the source
        "The ferry company reached a deal with the union, according to the county, ending a long strike.",
        "the county",
        "according to",
        "The ferry company reached a deal with the union",
    ),
    (  # a long phrase led by a preposition before a colon ends the paragraph: the quotation below is said
        "The harbour board said about the place of the ferry in the latest draft of its ten-year plan:\n\n"
        "“The ferry will run every hour from May.”",
        "The harbour board",
        "said",
        "“The ferry will run every hour from May.”",
    ),
    (  # … unless the quotation closes with a comma and names its own speaker
        "One man at the back, responding to the description of the ferry in the latest draft of the plan, "
        "interrupted the mayor:\n\n“They sold the harbour,” the man shouted.",
        "the man",
        "shouted",
        "“They sold the harbour,”",
    ),
    (  # a relative pronoun before the speaker is what the clause is about: the content starts there
        "The council approved the ferry plan, which Ann Lee said would cost the town too much.",
        "Ann Lee",
        "said",
        "which Ann Lee said would cost the town too much",
    ),
    (  # "In a poll, …": the poll is the source of the finding after the comma
        "In a new poll released on Monday, 52 percent of riders backed the ferry plan.",
        "a new poll",
        "In",
        "52 percent of riders backed the ferry plan",
    ),
    (  # a participle phrase and an aside after the poll are no part of the finding
        "In the harbour board survey, conducted in May, however, most riders wanted a later boat.",
        "the harbour board survey",
        "In",
        "most riders wanted a later boat",
    ),
    (  # … but a finding with its own "found that" keeps its own speaker
        "In a study of the harbour, Ann Lee found that the ferry lost money.",
        "Ann Lee",
        "found",
        "that the ferry lost money",
    ),
    (  # … and a clause before the noun ("a memo sent as polls closed") names no poll
        "In a memo sent as polls closed, the mayor conceded the ferry vote was lost.",
        "the mayor",
        "conceded",
        "the ferry vote was lost",
    ),
    (  # … but not after a preposition ("during which"), where the pronoun is no part of what was said
        "The ferry plan came up at the hearing, during which Ann Lee cited the cost of the new boats.",
        "Ann Lee",
        "cited",
        "the cost of the new boats",
    ),
    (  # a subject with a place and a relative clause before the cue: no "…, said X" (the words after are content)
        "Officials in Dover, who spoke on condition of anonymity, said the storm killed 12.",
        "Officials in Dover",
        "said",
        "the storm killed 12",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), ROWS)
def test_statements_structures_rows(text: str, speaker: str, cue: str, content: str) -> None:
    found = triples(text, DCT)
    assert (speaker, cue, content) in found, found


def test_statements_structures_asked_after_a_lead_has_no_subject_before() -> None:
    """ "came after being asked": the words before the lead are no one asked."""
    text = "“We love the city,” Ann Lee said. Her remarks came after being asked again to defend her plan."
    speakers = [speaker for speaker, _, _ in triples(text, DCT)]
    assert "Ann Lee" in speakers
    assert not any("came after" in speaker for speaker in speakers), speakers


def test_statements_structures_clause_opener_is_no_subject() -> None:
    """ "While she says …": "While" opens a clause and is no one, so "she" goes on with the woman named."""
    text = (
        "Ann Lee, 52, works at a plant. While she says she will not vote for Tom Hale and considers him rude, "
        "she applauds his message on trade."
    )
    speakers = {text[s.start : s.end]: s.speaker for s in find_statements(text, DCT)}
    assert speakers.get("his message on trade") == "Ann Lee", speakers
