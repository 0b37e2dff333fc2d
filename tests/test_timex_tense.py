"""Which way a date without a year resolves: the tense cues around it (extract/timex/context.py)."""

from __future__ import annotations

from datetime import date

import pytest

from extract.timex import tag
from extract.timex.context import tense


@pytest.mark.parametrize(
    ("text", "dct", "span", "value"),
    [
        # A fronted date is governed by the main verb, however long the phrase in between.
        (
            "In March, two weeks after the vote in Springfield, Ill., and a long row with the mayor over "
            "the city budget, a fire destroyed the old town hall.",
            "2001-10-20",
            "March",
            "2001-03",
        ),
        (
            "In March, two weeks after the vote in Springfield, Ill., and a long row with the mayor over "
            "the city budget, the council will elect a new speaker.",
            "2001-06-20",
            "March",
            "2002-03",
        ),
        # The stop of an abbreviation or an initial ends no clause.
        ("Lawyers will argue the case of Smith vs. Jones in March.", "2001-06-20", "March", "2002-03"),
        ("Ms. Lee will take over from Tom R. Hart in March.", "2001-06-20", "March", "2002-03"),
        # A present-tense schedule ("meet Monday") and "effective" point forward; "became effective" back.
        ("He and the envoy meet separately Monday in London.", "1998-05-01", "Monday", "1998-05-04"),
        ("Costs rose under the new labor pact effective June 1.", "1989-10-26", "June 1", "1990-06-01"),
        ("The labor pact became effective June 1.", "1989-10-26", "June 1", "1989-06-01"),
        # So does the present tense of an ending or a start ("expires", "takes effect", "runs out").
        (
            "The ultimatum expires at midnight on Sunday.",
            "2023-10-09",
            "midnight on Sunday",
            "2023-10-15T24:00",
        ),
        ("The budget year, which ends Sept. 30, is short.", "2016-01-20", "Sept. 30", "2016-09-30"),
        ("The new tariff takes effect Friday.", "2019-03-05", "Friday", "2019-03-08"),
        ("Funding for the agency runs out on Friday.", "2019-03-05", "Friday", "2019-03-08"),
        # A word in -ed that is no past form is no past cue.
        ("Ms. Lee will succeed Tom Hart Feb. 1.", "1989-10-26", "Feb. 1", "1990-02-01"),
        # A past verb up to seven words back governs a later "would"; an infinitive ("to meet") is no cue.
        (
            "Ms. Ode stumbled over a plain question on Sunday about how she would pay.",
            "2010-03-03",
            "Sunday",
            "2010-02-28",
        ),
        (
            "Ms. Ode took a long break from her busy tour Tuesday to meet fans.",
            "2010-03-04",
            "Tuesday",
            "2010-03-02",
        ),
        (
            "The singer, who died Sunday aged 80, will be buried in Rome.",
            "2010-03-03",
            "Sunday",
            "2010-02-28",
        ),
        # A participle after a comma opens a new clause: its "would" does not govern the date.
        (
            "Ms. Ode went on the attack against her long-time rival Tom Hart on Monday, saying he would fail.",
            "2010-03-04",
            "Monday",
            "2010-03-01",
        ),
        # "likely to", "certain to" look forward.
        ("The new mayor is likely to take office in the spring.", "2010-04-20", "the spring", "2010-SP"),
        # Past before the date outweighs a future after it in another clause or quote.
        (
            "Ms. Ode said at a rally in Leeds on Monday, “we would lose.”",
            "2010-03-04",
            "Monday",
            "2010-03-01",
        ),
        # A participle after a noun ("a concert planned ... for Saturday") takes the tense of the verb after it.
        (
            "A concert planned at the old mill in Leeds for Saturday was called off after a storm.",
            "2010-03-08",
            "Saturday",
            "2010-03-06",
        ),
        (
            "A concert planned at the old mill for Saturday will raise funds.",
            "2010-03-08",
            "Saturday",
            "2010-03-13",
        ),
        # A sentence opened by a reporting participle takes the tense of its main clause.
        (
            "Asked on Monday whether she would stand again, Ms. Ode laughed.",
            "2010-03-10",
            "Monday",
            "2010-03-08",
        ),
        (
            "Speaking to students Monday about the new rules, Mr. Hart said they will work.",
            "2010-03-10",
            "Monday",
            "2010-03-08",
        ),
        # The date of an event no one schedules (a flood, a shooting) is past; a verb "to attack" is no such noun.
        ("Mr. Hart recalled the flood and the shooting in July.", "2010-03-10", "July", "2009-07"),
        ("The July 4 explosion shook the port.", "2010-03-10", "July 4", "2009-07-04"),
        ("The rebels plan to attack in July.", "2010-03-10", "July", "2010-07"),
        # "Until ... had" looks back, however far "until" stands before the date.
        ("Until that day in April, Mr. Clarke had never been in a mine.", "2016-10-02", "April", "2016-04"),
        # Contractions are read as their verbs, with straight or curly apostrophes.
        ("He'll vote for her in November, he said.", "2016-01-31", "November", "2016-11"),
        ("“We’ll be meeting on Friday in St. Louis,” she said.", "2016-06-22", "Friday", "2016-06-24"),
        ("The rally could come on Thursday, but it won’t last long.", "2015-12-16", "Thursday", "2015-12-17"),
        # A quotation after the date tells of itself: "you won't get" does not put July ahead.
        (
            "In a statement in July, the network is ''providing a view you won't get elsewhere.''",
            "2016-09-19",
            "July",
            "2016-07",
        ),
        # A modal points forward; with "have" it looks back.
        ("Not only can Cruz win in November, he is the best bet.", "2016-01-19", "November", "2016-11"),
        ("The change might lead to gains in November among voters.", "2016-03-18", "November", "2016-11"),
        (
            "He did not play the spoiler that he could have Tuesday, but he might in later primaries.",
            "2016-03-24",
            "Tuesday",
            "2016-03-22",
        ),
        # A past form after "to" is an infinitive ("to last"), no past cue.
        (
            "The campaign is braced for a fight it expects to last into the spring.",
            "2016-02-09",
            "the spring",
            "2016-SP",
        ),
        # A season about to begin, with no tense, is the coming one.
        ("His tactics could make it harder to unite in the summer.", "2016-05-24", "the summer", "2016-SU"),
        # After "that" and a tensed verb, the complement clause's own verb decides.
        (
            "He said: I have decided that on Election Day, I will vote for him.",
            "2016-09-26",
            "Election Day",
            "2016-11-08",
        ),
        (
            "Carson noted that Saturday would have been Reagan's 105th birthday.",
            "2016-02-07",
            "Saturday",
            "2016-02-06",
        ),
        # Voting in the present tense is a schedule.
        ("Voters go to the polls on Sunday.", "2023-10-12", "Sunday", "2023-10-15"),
        ("Polls close at 8 p.m. on Tuesday.", "2023-10-12", "8 p.m. on Tuesday", "2023-10-17T20:00"),
        ("Voters went to the polls on Sunday.", "2023-10-12", "Sunday", "2023-10-08"),
        # A modal with "have" looks back only before a participle.
        ("She would have won on Tuesday, aides said.", "2016-04-07", "Tuesday", "2016-04-05"),
        ("He worries she would have trouble winning on Tuesday.", "2016-04-07", "Tuesday", "2016-04-12"),
        ("He would have to leave on Friday, aides said.", "2016-04-07", "Friday", "2016-04-08"),
        # A date set ahead, or a bill's next stop, points forward; "dates back to" points back.
        ("The vote is slated for Friday.", "2023-10-12", "Friday", "2023-10-13"),
        ("The launch is pencilled in for Friday.", "2023-10-12", "Friday", "2023-10-13"),
        ("Rain is forecast for the weekend.", "2023-10-12", "the weekend", "2023-W41-WE"),
        ("Snow is forecast to fall on Saturday.", "2023-10-12", "Saturday", "2023-10-14"),
        ("The bill heads to the Senate on Tuesday.", "2023-10-12", "Tuesday", "2023-10-17"),
        ("The feud dates back to New Year's Day.", "2023-10-12", "New Year's Day", "2023-01-01"),
        ("The forecast on Monday called for rain.", "2023-10-12", "Monday", "2023-10-09"),
    ],
)
def test_timex_tense_resolves_month(text, dct, span, value):
    found = [t for t in tag(text, date.fromisoformat(dct)) if t.text == span]
    assert [t.value for t in found] == [value]


@pytest.mark.parametrize(
    ("text", "word", "cue"),
    [
        ("On Friday, they talked.", "Friday", "past"),
        ("In May, after a long and bitter row over the budget, the board will vote.", "May", "future"),
        ("Costs climbed two hundred dollars in May.", "May", "past"),
        ("Two hundred people in May.", "May", ""),
        # A semicolon ends a clause: the cues of the clause before it are no nearer than the sentence's.
        ("Hanukkah begins next week; Passover ended in April.", "April", "past"),
        ("Talks will resume next week; in April they ended in failure.", "April", "past"),
        # A conjunction before a fronted date leaves the main verb to decide.
        (
            "But throughout the summer and the fall, members of both large unions criticized the decision.",
            "the summer",
            "past",
        ),
        ("And in May, after a long row, the board will vote.", "May", "future"),
    ],
)
def test_timex_tense_cue(text, word, cue):
    start = text.index(word)
    assert tense(text, start, start + len(word)) == cue
