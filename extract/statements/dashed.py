"""Dash attributions: a quotation on a line of its own, signed by a dash and a name.

Collections of reactions, fact checks and pull quotes print a quotation and then its
speaker after a dash, on the same line or the next::

    “We will rebuild the bridge by spring.” ― Ann Lee
    "Taxes will not rise."

    - Tom Hale, mayor of Dover.

The name is one to six capitalised words (with the links of `name_links`: "of", "de", …), then
an optional description after a comma, and nothing else before the line ends. A dash
line that ends with a dash is a subheading, and a news agency after the dash is a
photo or copy credit, not a speaker.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from extract.records import Sentence
from extract.statements.lexicon import alternation, word_set
from extract.statements.raw import Raw
from extract.statements.speakers import NAME_WORD

_NAME_WORD = r"(?:" + NAME_WORD + r"|" + alternation("name_links") + r")"
_SPACE = r"[^\S\n]"  # a space within the line, the no-break space too
_SIGNED = regex.compile(
    rf"^{_SPACE}*(?P<quote>[“”\"][^\n]*[“”\"]){_SPACE}*(?:\n{_SPACE}*(?:\n{_SPACE}*)?)?"
    rf"(?P<dash>[―—–]|--?){_SPACE}*"
    rf"(?P<name>{NAME_WORD}(?:{_SPACE}+{_NAME_WORD}){{0,5}})"
    rf"(?:,{_SPACE}*(?P<about>[^\n“”\"]{{1,100}}?))?[.\s]*?$",
    regex.MULTILINE,
)
_ENDS_IN_DASH = regex.compile(r"[―—–-]\s*\.?\s*$")


def signed_quotes(text: str, sentences: Sequence[Sentence]) -> list[Raw]:
    """Every quotation signed by a dash and a name, with the name as its speaker."""
    credits = word_set("agency_credits")
    starts = [s.start for s in sentences]
    out: list[Raw] = []
    for found in _SIGNED.finditer(text):
        name = found.group("name")
        if name.lower().rstrip(".") in credits or _ENDS_IN_DASH.search(found.group()):
            continue
        start, end = found.span("quote")
        speaker = found.start("name"), found.start("name") + len(name.rstrip("."))
        index = max(0, bisect.bisect_right(starts, start) - 1)  # the sentence, as continuations find it
        out.append(Raw(start, end, speaker, found.span("dash"), True, "quote-dash-speaker", index))
    return out
