"""Extents of expressions: which neighbouring words belong to a TIMEX3, and which uses are not temporal."""

from __future__ import annotations

from datetime import date

import pytest

from extract.timex import tag

DCT = date(1989, 11, 2)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Earnings will be weak for the last half of 1989.", "the last half of 1989", "1989-H2"),
        ("Sales were flat through the latter half of the '80s.", "the latter half of the '80s", "198"),
        (
            "The slump lasts through the first two quarters of 1990.",
            "the first two quarters of 1990",
            "1990-H1",
        ),
        ("The delay reflects current market conditions.", "current", "PRESENT_REF"),
        ("In the year-ago third quarter it earned $5 million.", "the year-ago third quarter", "1988-Q3"),
        ("Shipments resume within two to three weeks.", "two to three weeks", "P2W"),
        ("The plant will close over the next year or so.", "the next year or so", "1990"),
        ("Prices may rise over the next two years or so.", "the next two years or so", "P2Y"),
        ("It won't turn a profit until 1994 or later.", "1994 or later", "1994"),
        ("The union is confident about 1990 and beyond.", "1990 and beyond", "1990"),
        ("Traders sold ahead of the weekend.", "the weekend", "1989-W44-WE"),
        ("The third quarter was weak. This quarter's loss includes a charge.", "This quarter", "1989-Q3"),
        ("Sales will improve this quarter, the chairman said.", "this quarter", "1989-Q4"),
        ("The company will set a price at a later date.", "a later date", "FUTURE_REF"),
        ("The strike could last two more weeks.", "two more weeks", "P2W"),
        # A bare plural unit after a verb of lasting or spending is a vague duration.
        ("The war could last months, officials said.", "months", "PXM"),
        ("Union leaders spent weeks touring the state.", "weeks", "PXW"),
        ("Rebuilding the port will take years.", "years", "PXY"),
        ("Funds are frozen for an additional year.", "an additional year", "P1Y"),
        ("Bankers expect losses in the weeks ahead.", "the weeks ahead", "FUTURE_REF"),
        ("Eight trading days after the crash, prices recovered.", "Eight trading days", "P8D"),
        ("Margins will widen over the next couple of years.", "the next couple of years", "P2Y"),
        ("The ministers meet on April 24 and 25.", "25", "1990-04-25"),
        ("The March accession will enlarge the alliance.", "March", "1990-03"),
        ("The post-1959 exiles split many families.", "post-1959", "1959"),
        ("The campaign runs until Election Day.", "Election Day", "1989-11-07"),
        ("Stocks hit a five year low.", "five year", "P5Y"),
        ("He fled in June 1988 and returned later that year.", "later that year", "1988"),
        ("The father will leave at 4 in the morning.", "4 in the morning", "1989-11-02T04:00"),
        ("New flights leave Bombay on Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI"),
        ("``We need two weeks'' to finish, she said.", "two weeks", "P2W"),
        ("The offer is advertised in today's editions.", "today", "1989-11-02"),
        ("The strike became a week-long standoff.", "week-long", "P1W"),
        ("It was a three-day-long siege.", "three-day-long", "P3D"),
        ("The two towns share 1,500 years of trade.", "1,500 years", "P1500Y"),
        # "March" and "May" take a joined modifier like any month.
        ("The state will vote in mid-March.", "mid-March", "1990-03"),
        ("Talks broke off in late-May.", "late-May", "1989-05"),
        # A month and day "of last year" and "the year 2000" are one expression each.
        ("Profits peaked on June 16th of last year.", "June 16th of last year", "1988-06-16"),
        ("The plan is due by March of next year.", "March of next year", "1990-03"),
        ("They promised that in the year 2000 the border would open.", "the year 2000", "2000"),
        ("The 1999-00 season was the best.", "00", "2000"),
        ("Sales in 2010/11 rose.", "11", "2011"),
        (
            "Joblessness hit 7.8 percent in January 2009 and peaked in October of that year.",
            "October of that year",
            "2009-10",
        ),
        # A quotation opened with two apostrophes: the expression right after it is found.
        ("''Six months ago we were at 6 percent,'' he said.", "Six months ago", "1989-05"),
        ("''Today, you proved it,'' she said.", "Today", "1989-11-02"),
        ("He called on the senator months ago to quit the race.", "months ago", "PAST_REF"),
    ],
)
def test_timex_spans_whole_expression(text, span, value):
    found = [(t.text, t.value) for t in tag(text, DCT)]
    assert (span, value) in found, found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The current account deficit widened.", "current"),
        ("Donations went to the March of Dimes.", "March"),
        ("The May report may be late.", "may"),
        ("The case is for today's youth what the embargo was for their parents.", "today"),
        ("Paternity is easy to prove in today's world.", "today"),
        # A capitalised frequency word inside a name is no set; nor is a show or paper named for a day.
        ("The claim first ran in the Hometown Daily Ledger.", "Daily"),
        ("She spoke about it on “Fox News Sunday,” the show said.", "Sunday"),
        ("He told NBC's Today show that he would run.", "Today"),
        ("She told ABC's This Week that the plan was dead.", "Week"),
        # "the second half of" a century or a month is no half of the current year.
        ("Mills closed in the second half of the 19th century.", "half"),
        ("Support is as high as three-quarters in the north.", "quarters"),
        # A chapter and verse after a book's name, or a point in a video, is no clock time.
        ("The card quotes Psalms 4:12 in full.", "4:12"),
        ("His remarks start around the 3:40 mark.", "3:40"),
        # A weekday before a capitalised name is a first name; a holiday before a plain noun is a modifier.
        ("The novelist Tuesday Weld signed copies.", "Tuesday"),
        ("Stores stocked Halloween masks and Christmas lights.", "Christmas"),
        ("Stores stocked Halloween masks and Christmas lights.", "Halloween"),
        # ... and before a capitalised name it is part of the name.
        ("Statues stand on Easter Island in the Pacific.", "Easter"),
        ("A letter came from Easter Seals and others.", "Easter"),
        ("Ratings competed with the start of the Summer Olympics.", "Summer"),
        # Two digits after a year are a second year only after a dash or slash, never a quantity.
        ("Emissions must fall by 2030 to 32 percent below 2005 levels.", "32"),
        ("The price rose from 400 in 2008 to 60 this year.", "60"),
        # Programmes named in quotation marks, the newspaper style of two apostrophes included.
        ("He said so on ABC's ''This Week.'' Later he left.", "Week"),
        ("Bush is joining the ''Today'' show as an anchor.", "Today"),
        ("He told ''60 Minutes'' that he would run.", "Minutes"),
        # A day-first date has a day: "0.5.2012" is a version number.
        ("Version 0.5.2012 of the code was released.", "0.5"),
        ("He called in to ''Monday Night Baseball,'' then left.", "Monday"),
        # The part of day before "of" and a date is left out, as TimeML spans "the night of Oct. 23".
        ("On the morning of Jan. 3, 2020, the drone struck.", "morning"),
        ("The rally is planned for the weekend of June 10-11.", "weekend"),
        ("He was arrested in the early morning hours of Jan. 4.", "morning"),
        # A part of day naming a kind of programme or paper, plural too, is no time.
        ("Trump called into the morning shows to answer Romney.", "morning"),
        ("He still writes his morning tip sheet every day.", "morning"),
        ("The story led the evening newspapers.", "evening"),
        # An ordinal before a noun is no day of the month.
        ("The fire broke out on the 5th floor.", "5th"),
        ("He finished on the 3rd and final day.", "3rd"),
        ("Troops from the 3rd and armed police arrived.", "3rd"),
        ("He was on the 3rd and limited by injury.", "3rd"),
        # "last" after a modal is a verb, not a part of the duration.
        ("The tentative deal would last four years.", "last"),
        # A fraction of something other than a unit, or an adjective made of a unit, is no duration.
        ("About a quarter of the staff left.", "quarter"),
        ("He paid a quarter of a million dollars.", "quarter"),
        ("The quarter-century-old brigade was disbanded.", "century"),
        ("The half-hourly bulletin was cancelled.", "half"),
        ("Workers received time and a half after the shift.", "half"),
        # "fall of" a government or "fall from" power is no season.
        ("The next fall of the government would trigger elections.", "fall"),
        ("His last fall from power came in 1999.", "fall"),
        # Another calendar's new year, or the new year as an occasion, is no year.
        ("Families gathered for the Lunar New Year.", "Year"),
        ("The New Year holiday passed quietly.", "Year"),
        # A fifth weekday that a month does not hold is no date.
        ("The fifth Monday in February 2023 never came.", "Monday"),
        # A century before the common era is no century the calendar values can name.
        ("The temple was built in the 5th century BC.", "century"),
        ("Bronze tools spread in the third century B.C.E. across the region.", "century"),
        # "the year to March" is twelve months to that March, not the calendar year.
        ("Growth will slow in the year to March, the bank forecast.", "year"),
        # A war named for its length is a name, not a duration.
        ("The Hundred Years' War lasted 116 years.", "Hundred"),
        ("The Thirty Years War devastated Germany.", "Thirty"),
        # A clock time in brackets after another restates it in another zone: TimeML leaves it out.
        ("The blast came at 10:35 a.m. (0735 GMT).", "0735"),
        # a count before a noun of people or things is no year ("93 percent of 2012 voters" is)
        ("About 1500 people attended the rally.", "1500"),
        ("The army deployed 1800 troops to the border.", "1800"),
        ("Some 1200 rockets were fired at the city.", "1200"),
        # a number from 1000 to 1499 elsewhere is no year
        ("The index rose to 1400 on Monday.", "1400"),
        ("Police counted 1200 at the march.", "1200"),
    ],
)
def test_timex_spans_not_temporal(text, word):
    assert all(word not in t.text for t in tag(text, DCT)), tag(text, DCT)
