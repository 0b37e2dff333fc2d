"""Words that are temporal only in some uses: discourse particles, idioms and names are left untagged."""

from __future__ import annotations

from datetime import date

import pytest

from extract.timex import tag


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Now, the council says, the plan is dead.", "Now"),
        ("Currently, the ferry runs twice a day.", "Currently"),
        ("For the party it was high noon.", "noon"),
        ("The senator told USA Today that he would run.", "Today"),
        ("A year to the day after the attack, families gathered.", "the day"),
        # "that" as a conjunction or a relative pronoun before a month or a verb
        ("In 2016 he said that March Rubio was a failure.", "that March"),
        ("In 2016 she said that October sales fell.", "that October"),
        ("In 2016, that May be the end of it.", "that May"),
        ("In 2016 the stocks that fall the most were banks.", "that fall"),
        ("He fought the fall of the government.", "the fall"),
        ("Prices held until the fall in demand.", "the fall"),
        ("After the fall, he was taken to hospital.", "the fall"),
    ],
)
def test_timex_discourse_particle_not_tagged(text, span):
    assert span not in [t.text for t in tag(text, date(2020, 5, 20))]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Now the council is weighing a new plan.", "Now", "PRESENT_REF"),
        ("The ferry currently runs twice a day.", "currently", "PRESENT_REF"),
        ("Prices are high right now, traders said.", "now", "PRESENT_REF"),
        ("Markets fell. Today, traders sold again.", "Today", "2020-05-20"),
    ],
)
def test_timex_discourse_temporal_use_tagged(text, span, value):
    assert [(t.text, t.value) for t in tag(text, date(2020, 5, 20)) if t.text == span] == [(span, value)]
