"""Values of expressions whose resolution depends on their context (tense, earlier dates, wording)."""

from __future__ import annotations

from datetime import date

import pytest

from extract.timex import tag


@pytest.mark.parametrize(
    ("text", "dct", "span", "type_", "value"),
    [
        (
            "Imports reached $1.5 billion in 1988, a record that year.",
            "1989-11-02",
            "that year",
            "DATE",
            "1988",
        ),
        (
            "He fled in June 1998 and returned later that year.",
            "2000-01-28",
            "later that year",
            "DATE",
            "1998",
        ),
        ("Demand stayed weak through the summer.", "1989-10-26", "the summer", "DATE", "1989-SU"),
        ("Sales were lower in the spring.", "1989-02-10", "the spring", "DATE", "1988-SP"),
        ("Sales will be lower in the spring.", "1989-02-10", "the spring", "DATE", "1989-SP"),
        ("Prices were higher in the nineties.", "1998-03-03", "the nineties", "DATE", "199"),
        ("The work ends by the year two thousand.", "1998-02-05", "the year two thousand", "DATE", "2000"),
        ("In January nineteen ninety-seven a bomb went off.", "1998-02-27", None, "DATE", "1997-01"),
        ("For the week, the index dropped 3.8%.", "1989-10-30", "the week", "DATE", "1989-WXX"),
        ("The stock pays $1.76 a year.", "1989-11-02", "a year", "SET", "P1Y"),
        ("They have until 9 a.m. Tuesday to sign.", "2000-04-03", None, "TIME", "2000-04-04T09:00"),
        ("The dividend is payable Jan. 2 to holders.", "1989-11-02", "Jan. 2", "DATE", "1990-01-02"),
        ("He left on 3 January. Three days later he died.", "2020-02-05", "Three days", "DURATION", "P3D"),
        ("Profit was $5 million, against $4 million a year earlier.", "1989-11-02", None, "DATE", "1988"),
        ("The talks broke down in June last year.", "1998-02-19", "June last year", "DATE", "1997-06"),
        ("Two helicopters crashed last February.", "1998-03-01", "last February", "DATE", "1997-02"),
        (
            "Until Thursday, the police had not named a suspect.",
            "1999-05-07",
            "Thursday",
            "DATE",
            "1999-05-06",
        ),
        ("Until Thursday, the talks will go on.", "1999-05-07", "Thursday", "DATE", "1999-05-13"),
        ("On Friday, she cut short the hastily planned trip.", "1998-08-17", "Friday", "DATE", "1998-08-14"),
        (
            "Two helicopters crashed this past February.",
            "1998-03-01",
            "this past February",
            "DATE",
            "1998-02",
        ),
        ("Two helicopters crashed last January.", "1998-03-01", "last January", "DATE", "1998-01"),
        (
            "The board will choose a new chairman from among the three partners of the Boston firm for a term "
            "starting in January.",
            "1999-05-10",
            "January",
            "DATE",
            "2000-01",
        ),
        (
            "The shares will be issued on a still unspecified date in January.",
            "1999-05-10",
            "January",
            "DATE",
            "2000-01",
        ),
        ("The year-ago results included a gain.", "1989-10-26", "year-ago", "DATE", "1988"),
        (
            "Profit fell in the third quarter. In the first nine months, net was $306 million,"
            " against a loss in the 1988 period.",
            "1989-11-02",
            "the 1988 period",
            "DATE",
            "1988",
        ),
        (
            "The bank lost money in the third quarter. For the quarter a year ago, it earned $3 million.",
            "1989-10-26",
            "the quarter a year ago",
            "DATE",
            "1988-Q3",
        ),
        ("The fund lost money in only six months.", "1989-10-26", "six months", "DURATION", "P6M"),
        ("More troops will arrive within weeks.", "1990-08-15", "weeks", "DURATION", "PXW"),
        ("The accord ended the eight-year war.", "1989-10-26", "eight-year", "DURATION", "P8Y"),
        ("Earnings in the third-quarter report rose.", "1989-10-26", "third-quarter", "DATE", "1989-Q3"),
        (
            "Net rose for the fiscal-first quarter ended Sept. 30.",
            "1989-10-26",
            "the fiscal-first quarter",
            "DATE",
            "1989-Q1",
        ),
        ("Earlier Friday, the talks broke down.", "2000-01-28", "Friday", "DATE", "2000-01-28"),
        ("The plant opens on May 5 next year.", "1998-02-19", "May 5 next year", "DATE", "1999-05-05"),
        ("He was shot dead last Oct. 23 at home.", "1999-04-19", "Oct. 23", "DATE", "1998-10-23"),
        ("The talk ran a minute and a half.", "1998-01-14", "a minute and a half", "DURATION", "PT1M30S"),
        ("He served two and a half years.", "1998-01-14", "two and a half years", "DURATION", "P2Y6M"),
        ("Shares rose in London at mid-afternoon yesterday.", "1989-11-02", None, "TIME", "1989-11-01TAF"),
        (
            "In the third quarter, profit was $5 million, up from $4 million last year.",
            "1989-11-02",
            "last year",
            "DATE",
            "1988-Q3",
        ),
        (
            "Third-quarter sales rose 9% from last year's $2.1 billion.",
            "1989-11-02",
            "last year",
            "DATE",
            "1988-Q3",
        ),
        (
            "In the third quarter, the company hired 40 people last year.",
            "1989-11-02",
            "last year",
            "DATE",
            "1988",
        ),
        (
            "For the year ended Aug. 31, net fell to $2 million from $9 million last year.",
            "1989-11-02",
            "last year",
            "DATE",
            "1988",
        ),
        (
            "Farmers planned a march through the capital on Saturday.",
            "2001-03-14",
            None,
            "DATE",
            "2001-03-17",
        ),
        ("Miners were planning to block the main road on Monday.", "2001-03-14", None, "DATE", "2001-03-19"),
        ("The envoy could land in Lagos as early as Tuesday.", "2001-03-14", None, "DATE", "2001-03-20"),
        (
            "The offer had been due to lapse on Friday evening.",
            "2001-03-14",
            "Friday evening",
            "TIME",
            "2001-03-09TEV",
        ),
        ("The board approved the plan Aug. 21.", "2001-10-02", "Aug. 21", "DATE", "2001-08-21"),
        ("The airline is to resume flights to Lima Tuesday.", "2001-03-14", None, "DATE", "2001-03-20"),
        (
            "The minister is scheduled to spend two days in Accra, his first stop Thursday, and then fly home.",
            "2001-03-13",
            "Thursday",
            "DATE",
            "2001-03-15",
        ),
        ('"We will sail at dawn on Friday," the captain said.', "2001-03-14", None, "DATE", "2001-03-16"),
        ("The fair tours the United States in June.", "2001-03-14", None, "DATE", "2001-06"),
        ("In January, the firm brought in a new chief.", "1989-10-27", None, "DATE", "1989-01"),
        ("The minister resigned six weeks ago.", "2000-01-06", "six weeks ago", "DATE", "1999-W47"),
        (
            "Shares closed at $5 Friday, down from $6 the previous Friday.",
            "1989-10-30",
            None,
            "DATE",
            "1989-10-20",
        ),
        ("He arrived on May 2 and left the following Friday.", "2000-05-10", None, "DATE", "2000-05-05"),
        (
            "Losses may last through the third quarter of 1990. In the year-ago period, it earned $9 million.",
            "1989-10-26",
            "the year-ago period",
            "DATE",
            "1988-Q3",
        ),
        ("The dividend will be paid Dec. 14 to holders.", "1989-10-26", "Dec. 14", "DATE", "1989-12-14"),
        ("The appeal is heard in May in Atlanta.", "2000-03-29", None, "DATE", "2000-05"),
        (
            "On Friday, when the mayor cut short his vacation plans, the council met.",
            "2001-03-12",
            None,
            "DATE",
            "2001-03-09",
        ),
        ("In the year-earlier third quarter, it earned $5 million.", "1989-10-27", None, "DATE", "1988-Q3"),
        (
            "Acme earned $5 million in the fiscal first quarter. Its shares fell on Oct. 2. Sales rose in the quarter.",
            "1989-10-26",
            "the quarter",
            "DATE",
            "1989-Q1",
        ),
        (
            "Acme expects a fourth-quarter charge. Profit fell in the latest quarter.",
            "1989-11-02",
            "the latest quarter",
            "DATE",
            "1989-Q3",
        ),
        (
            "Third-quarter sales rose. For the nine months, profit was $9 million, up from $7 million a year earlier.",
            "1989-11-02",
            "a year earlier",
            "DATE",
            "1988",
        ),
        (
            "Third-quarter sales rose. Profit was $3 million, up from $2 million a year earlier.",
            "1989-11-02",
            "a year earlier",
            "DATE",
            "1988-Q3",
        ),
        (
            "The doctor was shot last October. His name was crossed out that same day.",
            "1999-02-06",
            "that same day",
            "DATE",
            "1998-10-XX",
        ),
        (
            "Prices fell after Oct. 12, the day before the crash, and again later.",
            "1989-10-30",
            "the day",
            "DATE",
            "1989-10-12",
        ),
        (
            "He was shot on Oct. 23. Two men came to his house the day after his death.",
            "1998-11-21",
            "the day",
            "DATE",
            "1998-10-24",
        ),
        (
            "The ship sank centuries ago, and has lain there for centuries.",
            "1998-02-05",
            "centuries",
            "DURATION",
            "PXC",
        ),
        # The two ends of a range run forward: a year the text leaves out is chosen to make them.
        (
            "Police counted “3,210 victims” between January 1 and September 26 alone.",
            "2016-09-29",
            "January 1",
            "DATE",
            "2016-01-01",
        ),
        (
            "Once the cold winds blow from October to February, it won't last.",
            "2016-07-15",
            "February",
            "DATE",
            "2017-02",
        ),
        ("Estimates ran from September to December 2014.", "2016-02-08", "September", "DATE", "2014-09"),
        # A clock time heading an entry of a live report is a time of the day of publication.
        (
            "Trump spoke about the debate on Monday.\n\n4:30 p.m.\n\nClinton says she will win.",
            "2016-09-30",
            "4:30 p.m.",
            "TIME",
            "2016-09-30T16:30",
        ),
        # "twice a year", "once a month": how often, not how long.
        ("The board meets twice a year.", "2013-03-20", "a year", "SET", "P1Y"),
        ("Files are released once a month.", "2016-01-31", "a month", "SET", "P1M"),
        # "is set for" points forward, as "is scheduled for" does.
        ("The trial is set for November.", "2016-05-29", "November", "DATE", "2016-11"),
        ("The vote is set for Friday.", "2013-03-20", "Friday", "DATE", "2013-03-22"),
        # "ago" stays a date before "this month", "that", "the".
        ("Clinton was revived eight years ago this month.", "2016-03-10", "eight years ago", "DATE", "2008"),
        ("He argued a few days ago that the path was closed.", "2016-02-25", None, "DATE", "PAST_REF"),
        ("Two years ago the company had five staff.", "2013-03-20", "Two years ago", "DATE", "2011"),
        # Parts of a decade or century: the current one.
        ("Output will double by the end of the decade.", "2013-03-20", None, "DATE", "201"),
        ("Rents will fall by the end of the century.", "2013-03-20", None, "DATE", "20"),
        # The turn of the century: the tense picks the last or the next one, else the nearest.
        ("By the turn of the century, rents will double.", "1949-09-20", None, "DATE", "2000"),
        ("Rents have risen since the turn of the century.", "1998-01-01", None, "DATE", "1900"),
        ("Rents at the turn of the century were low.", "2016-09-20", None, "DATE", "2000"),
        (
            "The forest there has burned twice since the turn of the millennium.",
            "2020-05-20",
            None,
            "DATE",
            "2000",
        ),
        ("Results for FY2011 and FY 2012 were mixed.", "2013-03-20", "FY 2012", "DATE", "2012"),
        ("The decree of 31.12.2012 was revised.", "2013-03-20", None, "DATE", "2012-12-31"),
        # "in" and a number of units in the future tense: counted forward from the DCT
        ("The trial begins in two weeks.", "2023-10-12", "two weeks", "DATE", "2023-W43"),
        ("The trial begins in two weeks' time.", "2023-10-12", "two weeks", "DATE", "2023-W43"),
        ("The stock would be redeemed in five years.", "1989-11-02", "five years", "DATE", "1994"),
        ("He will return in 10 days.", "2023-10-12", "10 days", "DATE", "2023-10-22"),
        (
            "The plant will reopen in about three months.",
            "2023-10-12",
            "about three months",
            "DATE",
            "2024-01",
        ),
        # "Hours later" is on the day of the last date; "months later", "years later" in no known year.
        ("He landed on 3 May 2013. Hours later, he left.", "2016-10-12", "Hours later", "DATE", "2013-05-03"),
        ("He landed on 3 May 2013. Days later, he left.", "2016-10-12", "Days later", "DATE", "2013-05"),
        ("He landed on 3 May 2013. Months later, he left.", "2016-10-12", "Months later", "DATE", "XXXX"),
        ("He landed on 3 May 2013. Years later, he left.", "2016-10-12", "Years later", "DATE", "XXXX"),
        # A part of "the week" is of the current one; "for the week" stays some week of the year.
        ("I think by the middle of the week she'll be out there.", "2016-09-12", None, "DATE", "2016-W37"),
        ("Earlier in the week, Trump called for a prosecutor.", "2016-08-24", None, "DATE", "2016-W34"),
        (
            "Planting was delayed earlier in the year by rain.",
            "1989-10-26",
            "earlier in the year",
            "DATE",
            "1989",
        ),
        # A week of a month: the ISO week that holds most of its seven days.
        ("Fighting eased in the last week of October.", "2023-11-02", None, "DATE", "2023-W43"),
        ("In the third week of February 2022, troops massed.", "2023-10-12", None, "DATE", "2022-W07"),
        # ... and where it stays a duration
        ("It was his second letter in two weeks.", "2000-02-16", "two weeks", "DURATION", "P2W"),
        ("The rate will be the lowest in 33 years.", "2016-05-06", "33 years", "DURATION", "P33Y"),
        ("It would be the first law in the state in 20 years.", "2016-06-16", "20 years", "DURATION", "P20Y"),
        (
            "She'll wear the dress she hasn't worn in six months.",
            "2016-10-01",
            "six months",
            "DURATION",
            "P6M",
        ),
        ("A violation can result in five years in prison.", "2016-08-17", "five years", "DURATION", "P5Y"),
        ("Prices will rise in more than 20 years.", "2016-06-16", "more than 20 years", "DURATION", "P20Y"),
        ("He was sentenced to two years' probation.", "2016-04-21", "two years", "DURATION", "P2Y"),
        # US zones without the season letter ("ET") belong to the clock time.
        ("Voting closes at 8 p.m. ET.", "2023-06-14", "8 p.m. ET", "TIME", "2023-06-14T20:00"),
        # A set counted in several units.
        ("The committee meets every two weeks.", "2023-06-14", "every two weeks", "SET", "P2W"),
        ("A veteran dies every 72 minutes.", "2016-09-16", "every 72 minutes", "SET", "PT72M"),
        ("Rockets are fired every few days.", "2023-06-14", "every few days", "SET", "PXD"),
        # Two units back or ahead of the publication date.
        ("He arrived the week before last.", "2023-06-14", "the week before last", "DATE", "2023-W22"),
        ("The vote is the week after next.", "2023-06-14", "the week after next", "DATE", "2023-W26"),
        ("It peaked the year before last.", "2023-06-14", "the year before last", "DATE", "2021"),
        ("They meet the day after tomorrow.", "2023-06-14", "the day after tomorrow", "DATE", "2023-06-16"),
        # A clock time set apart from the day that follows it is a time of that day.
        (
            "The strike hit at 7 a.m. local time (0400 GMT) on Friday, officials said.",
            "2023-06-14",
            "7 a.m.",
            "TIME",
            "2023-06-09T07:00",
        ),
        (
            "Sirens sounded at 6:30 a.m. (0330 GMT) Sunday.",
            "2023-06-14",
            "6:30 a.m.",
            "TIME",
            "2023-06-11T06:30",
        ),
        ("He left at 9 p.m., and on Friday he returned.", "2023-06-14", "9 p.m.", "TIME", "2023-06-14T21:00"),
        # A day before its month and "last/this/next year" is that day of that year.
        (
            "The war began on 24 February last year.",
            "2023-06-14",
            "24 February last year",
            "DATE",
            "2022-02-24",
        ),
        ("The vote is on 5 May next year.", "2023-06-14", "5 May next year", "DATE", "2024-05-05"),
        # A weekday of the week before, this week or the week after.
        ("On Monday last week, the talks stalled.", "2023-10-12", "Monday last week", "DATE", "2023-10-02"),
        (
            "The deal was signed on Tuesday of last week.",
            "2023-10-12",
            "Tuesday of last week",
            "DATE",
            "2023-10-03",
        ),
        ("The vote is on Friday next week.", "2023-10-12", "Friday next week", "DATE", "2023-10-20"),
        (
            "They spoke on Monday, last week's talks having failed.",
            "2023-10-12",
            "Monday",
            "DATE",
            "2023-10-09",
        ),
        # "last" after a modal is a verb, no past cue.
        ("The talks will last through Friday.", "2023-10-12", "Friday", "DATE", "2023-10-13"),
        # A day of the month alone: of the month just mentioned, else the DCT's (the month before when past).
        ("Talks began on Oct. 3 and broke down on the 5th.", "2023-11-20", "the 5th", "DATE", "2023-10-05"),
        ("The payment was made on the 28th.", "2023-10-12", "the 28th", "DATE", "2023-09-28"),
        ("The payment will be made on the 3rd.", "2023-10-12", "the 3rd", "DATE", "2023-11-03"),
        ("Troops will leave by the 20th at 6 a.m.", "2023-10-12", "the 20th", "DATE", "2023-10-20"),
        (
            "Agreed on Nov. 22, the truce began at 7 a.m. on the 24th.",
            "2023-10-12",
            None,
            "TIME",
            "2023-11-24T07:00",
        ),
        # A season of the year before, this year or the next.
        (
            "In the spring of last year, protests erupted.",
            "2023-10-12",
            "the spring of last year",
            "DATE",
            "2022-SP",
        ),
        (
            "Talks held in the summer of this year failed.",
            "2023-10-12",
            "the summer of this year",
            "DATE",
            "2023-SU",
        ),
    ],
)
def test_timex_values_in_context(text, dct, span, type_, value):
    found = tag(text, date.fromisoformat(dct))
    hits = [t for t in found if span is None or t.text == span]
    assert hits, f"nothing tagged as {span!r} in {text!r}: {[t.text for t in found]}"
    timex = hits[-1]
    assert (timex.type, timex.value) == (type_, value)
