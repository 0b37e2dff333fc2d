"""Content spans next to a cue: quotations, the clause before a cue and the clause after it."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from extract.records import Sentence
from extract.statements.bounds import clip
from extract.statements.lexicon import alternation, find_cues, media, word_set
from extract.statements.quotes import OPENING_MARK
from extract.statements.raw import Span, trim
from extract.statements.speakers import NAME_WORD, tokens

CLOSERS = "”\"'"
_GAP_BEFORE_QUOTE = regex.compile(
    r"[\s,:]*(?:(?:and\s+)?" + alternation("gap_cues") + r"[\s,:]*)?|[\s,:]*(?:\w+\s+){0,4}\w+\s*:\s*"
)
_LEAD_TO_THAT = regex.compile(
    r"\s*(?:(?:" + alternation("lead_to_that") + r"|\p{L}+day|\p{L}+ly)\b[^,]*)?$", regex.IGNORECASE
)
_HEARER = regex.compile(
    r"\s+(?:(?:" + alternation("clause_hearers") + r"|the\s+\p{L}+|a\s+\p{L}+(?:\s+\p{L}+)?)"
    r"|" + NAME_WORD + r"(?:\s+" + NAME_WORD + r"){0,3}(?:\s+of\s+" + NAME_WORD + r"(?:\s+\p{Lu}\p{L}*)?)?)"
    r"(?=[\s,]+(?:" + alternation("clause_starts") + r"|\p{Lu}\p{L}*)\b)"
)
_ADJUNCT = regex.compile(r"(?<=\S)\s+" + alternation("adjunct_starts") + r"\b")
# "… criticised the plan in a statement on Monday." / "… on Twitter" / "Wednesday on a radio show": how
# and when the words were said, closing the content; the words after the medium noun are few and verbless
_MEDIUM_TAIL = regex.compile(
    r"(?:\s+(?:on\s+)?(?:\p{L}+day|earlier|later)(?:\s+(?:morning|afternoon|evening|night))?)?"
    r"\s+(?:(?:in|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}’'\-]+\s+){0,2}?"
    + alternation("medium_nouns")
    + r"|on\s+(?:[\p{Lu}][\p{L}’'\-]*\s+){0,4}?(?:"
    + alternation("media_names")
    + r"|(?i:show))"
    + r")\b(?:\s+(?!that\b|"
    + alternation("finite_auxiliaries")
    + r"\b)[^\s“”\"]+){0,6}[\s.,]*",
    regex.IGNORECASE,
)
_MEDIUM_WORD = regex.compile(
    r"\b(?:" + alternation("medium_nouns") + "|" + alternation("media_names") + r")\b", regex.IGNORECASE
)
_TAIL_OPENER = regex.compile(r"\s+(?:on\s+)?(?:\p{L}+day|earlier|later|in|on|during)\s", regex.IGNORECASE)
# after a gerund cue, what leads into a quotation of its own: ", adding, “", "adding later: “", "noting that …"
_LEADS_IN = regex.compile(r"(?:\s+\p{L}+ly|\s+later)?[\s,:]*|\s+that\s[^“”\"]*", regex.IGNORECASE)
_SAID_THINGS = word_set("said_things")
# "…,” she said, adding a warning. “…”": the quotation after such a gerund may be what was added
_OWN_WORDS = word_set("own_words_gerunds")
_FIRST_WORD = regex.compile(r"\S+")
_PRESENT_CUE = regex.compile(r"\p{L}+[^s\W]s\s*$")  # "says", "suggests" (not "discuss")
_THAT_CLAUSE = regex.compile(r"\s+that\s")  # "X noted that roads were ignored:" is the content
_COLON_END = regex.compile(r"[^.;:“”\"\n]{0,60}:[ \t]*\r?\n")
# "X said about the draft of its platform:" and a quotation under it: a longer phrase led by a preposition
_LONG_COLON_END = regex.compile(
    r"\s+" + alternation("colon_phrase_openers") + r"\s[^.;:“”\"\n]{0,150}:[ \t]*\r?\n"
)
# "X said in a statement." / "X said during a news conference Monday.": the words after the cue only say how
_ADJUNCT_ONLY = regex.compile(
    r"\s+"
    + alternation("adjunct_only_starts")
    + r"\s+(?:an?|"
    + alternation("possessives")
    + r")"
    + r"\s(?:(?!that\b)[^\s“”\"‘’;:,.]+\s?){1,4}\.\s*",
    regex.IGNORECASE,
)
# "Though she praised him, …", or after an opening phrase "Since June, when he asked them to run, …":
# the cue opens a side clause that a comma ends
_SUBORDINATE = regex.compile(
    r"[\s“\"']*(?:"
    + alternation("opening_prepositions")
    + r"\b[^,;:“”\"]*,\s+)?"
    + alternation("subordinators")
    + r"\b[^,;:“”\"]*$",
    regex.IGNORECASE,
)
_OBJECT_END = regex.compile(r"\b" + alternation("object_ends") + r"\b|:|,(?=\s*$)")
_COMMA = regex.compile(r",(?=\s)")
_OBJECT_TO = regex.compile(  # "urged voters to back the plan": the object opens the content
    r"\s+(?!(?:that|to|about|of|for|on|in|at|with)\b)(?:[\p{L}’'.\-]+\s+){1,4}?to\s+\p{Ll}"
)
_SHORT_OBJECT = regex.compile(  # "explained its importance", never "replied in writing"
    r"(?!" + alternation("short_object_not_first", "either") + r"\b)[\p{L}’'.\-]+\s+\S+$"
)
_QUOTED_BY = r"\s*(?:by\s+[^,.]{1,40}?\s+)?"  # "… quoted by state media on Tuesday …"
_QUOTED_AS = regex.compile(_QUOTED_BY + r"as\s+saying\b")  # "… was quoted as saying"
QUOTED_SAYING = regex.compile(_QUOTED_BY + r"(?:as\s+)?saying\b")  # "… was quoted (as) saying"
THAT = regex.compile(r"\bthat\b")
FINITE = regex.compile(r"\b" + alternation("finite_auxiliaries") + r"\b")  # "would", "is", "has"
# words between a cue and "that" that end its hearer or adjunct: "… urged them to attack the oil
# that …", "… said this was a mistake and that …"
_NOT_TO_THAT = regex.compile(
    r"(?<!\b"
    + alternation("medium_nouns")
    + r"\s+)\bto\s+\p{Ll}|\s[—–-]\s|\b(?:is|are|was|were|meant|if|whether|and)\s"
)
# "… further actions that would worsen it": a "that" before a verb opens a relative clause
_RELATIVE_THAT = regex.compile(r"\bthat\s+" + alternation("finite_auxiliaries") + r"\b")


def medium_tail(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a phrase naming how words were said ("in a statement on Monday")."""
    return (
        _MEDIUM_WORD.search(text, start, end) is not None
        and _MEDIUM_TAIL.fullmatch(text, start, end) is not None
    )


class Spans:
    """Quotations and reporting words of one text, and the content spans found from them."""

    def __init__(self, text: str, sentences: Sequence[Sentence], quotes: Sequence[Span]) -> None:
        self.text, self.sentences, self.quotes = text, sentences, list(quotes)
        self.least = 3
        self.prior: Span | None = None
        self.quote_ends = {q[1]: q for q in quotes}
        self.quote_starts = [q[0] for q in quotes]
        self.cues = [m for m in find_cues(text) if not self.in_quote(m.start())]
        self.cue_starts = [m.start() for m in self.cues]

    def cues_in(self, start: int, end: int) -> list[regex.Match[str]]:
        """Reporting words outside quotations between ``start`` and ``end`` (found once per text)."""
        i = bisect.bisect_left(self.cue_starts, start)
        j = bisect.bisect_left(self.cue_starts, end)
        return [m for m in self.cues[i:j] if m.end() <= end]

    def quote_at(self, at: int) -> Span | None:
        i = bisect.bisect_right(self.quote_starts, at) - 1
        if i >= 0 and self.quotes[i][0] <= at < self.quotes[i][1]:
            return self.quotes[i]
        return None

    def is_direct(self, start: int, end: int) -> bool:
        quote = self.quote_at(start)
        return quote is not None and quote[0] == start and quote[1] >= end - 1

    def before(self, sent: Sentence, until: int) -> Span | None:
        """Content before a cue: the quotation ending there, or the sentence up to it."""
        end = until
        while end > sent.start and (self.text[end - 1].isspace() or self.text[end - 1] == ","):
            end -= 1
        if end > sent.start and self.text[end - 1] in CLOSERS + "“" and end in self.quote_ends:
            return self.led_quote(sent, self.quote_ends[end])
        if end > sent.start and self.text[end - 2 : end] in (",”", ',"', "''") and end in self.quote_ends:
            return self.led_quote(sent, self.quote_ends[end])
        span = trim(self.text, sent.start, end)
        return span if len(tokens(self.text, *span)) >= self.least else None

    def led_quote(self, sent: Sentence, quote: Span) -> Span:
        """The quotation with the words that lead into it in its sentence ("The plan is “dead,” X said")."""
        lead = self.text[sent.start : quote[0]]
        if (
            quote[0] > sent.start
            and regex.search(r"\w", lead)
            and not regex.search(r"[“”\"(:;—]|''|\s-\s", lead)
            and not self.cues_in(sent.start, quote[0])
        ):
            return trim(self.text, sent.start, quote[1])
        return quote

    def quote_before(self, at: int) -> Span | None:
        """A quotation that ends right before ``at`` on the same line ("“Why me?” Trump said.")."""
        end = at
        while end > 0 and self.text[end - 1] in " \t":
            end -= 1
        inner = end - 2 if self.text[end - 2 : end - 1] not in ("’", "'") else end - 3  # "… help?’”"
        return self.quote_ends.get(end) if self.text[inner : inner + 1] in ("?", "!", ".") else None

    def after(self, sent: Sentence, at: int, skip_object: bool) -> Span | None:
        """Content after a cue: a quotation opening soon after it, or the rest of the sentence."""
        cue_end = at
        quoted_as = _QUOTED_AS.match(self.text, at, sent.end)
        if quoted_as:
            at = quoted_as.end()
        window = self.text[at : min(sent.end, at + 60)]
        opening = OPENING_MARK.search(window)
        if opening and _GAP_BEFORE_QUOTE.fullmatch(window[: opening.start()]):
            quote = self.quote_at(at + opening.start())
            if quote is not None and quote[0] == at + opening.start():
                return quote
        that = THAT.search(self.text, at, min(sent.end, at + 70))
        lead = self.text[at : that.start()] if that else ""
        found = None
        if (
            that
            and "," not in lead
            and not _RELATIVE_THAT.match(self.text, that.start())
            and not _NOT_TO_THAT.search(lead)
            and (skip_object or _LEAD_TO_THAT.match(lead))
        ):
            at = that.start()
            found = that  # "X told the paper that …": a clause of its own, whatever cuts it
        elif skip_object and _OBJECT_TO.match(window):
            found = _OBJECT_TO.match(window)
        elif skip_object:
            head = window[: opening.start()] if opening else window  # never inside a quotation
            found = _HEARER.match(head) or _OBJECT_END.search(head)
            if found:
                at += found.end()
        span = trim(self.text, at, sent.end)
        whole = span
        present = _PRESENT_CUE.search(self.text, max(0, cue_end - 30), cue_end) is not None
        span = clip(self.text, *span, self.in_quote, present)
        if _SUBORDINATE.match(self.text, sent.start, at):  # "Though she praised him, Ann Lee …"
            comma = next((m for m in _COMMA.finditer(self.text, *span) if not self.in_quote(m.start())), None)
            span = trim(self.text, span[0], comma.start()) if comma else span
        if skip_object and not found and span[1] < whole[1]:
            return None  # "X told a rally, saying …": only the hearer stands between the cue and the cut
        if self.least == 1 and not self.text.startswith("that", span[0]):
            span = self.object_only(span)
        span = self.without_medium(span)
        words = len(tokens(self.text, *span))
        if words == 2 and self.least == 3:
            return span if _SHORT_OBJECT.fullmatch(self.text, *span) else None
        return span if words >= self.least else None

    def next_paragraph(self, sent: Sentence, at: int) -> Span | None:
        """ "X said:" ending a paragraph: the quotation or the paragraph that follows."""
        short = _COLON_END.match(self.text, at, sent.end + 2)
        if not (short or _LONG_COLON_END.match(self.text, at, sent.end + 2)) or _THAT_CLAUSE.match(
            self.text, at
        ):
            return None
        start = self.next_start(sent)
        if quote := self.quote_opening(start):
            closed_by_comma = self.text[quote[0] : quote[1]].rstrip("”\"'’").endswith(",")
            # after a long phrase, "“They stole the country,” the man shouted" has its own speaker
            return None if closed_by_comma and not short else quote
        if not short:
            return None
        end = self.text.find("\n", start)
        span = trim(self.text, start, len(self.text) if end < 0 else end)
        return span if len(tokens(self.text, *span)) >= 3 else None

    def adjunct_only(self, sent: Sentence, at: int) -> Span | None:
        """ "X said in a statement. “…”": when the words after the cue only name the medium (a media cue)
        and the sentence ends there, the quotation opening the next sentence (an empty span when there
        is none)."""
        tail = _ADJUNCT_ONLY.fullmatch(self.text, at, sent.end)
        if tail is None or not any(pattern.search(tail.group()) for _, pattern, _ in media()):
            return None  # "X believes in the dream.": the phrase is what X believes in
        return self.quote_opening(self.next_start(sent)) or (at, at)

    def next_start(self, sent: Sentence) -> int:
        """Where the words after ``sent`` start."""
        start = sent.end
        while start < len(self.text) and self.text[start].isspace():
            start += 1
        return start

    def quote_opening(self, at: int) -> Span | None:
        """The quotation whose opening mark is at ``at``."""
        quote = self.quote_at(at)
        return quote if quote is not None and quote[0] == at else None

    def without_medium(self, span: Span) -> Span:
        """The content without a closing phrase that names how it was said ("… in a statement")."""
        first = _FIRST_WORD.search(self.text, span[0], span[1])
        start = first.end() if first else span[0]
        if _MEDIUM_WORD.search(self.text, start, span[1]) is None:
            return span  # no word naming a medium: nothing to cut (most contents)
        for opener in _TAIL_OPENER.finditer(self.text, start, span[1]):
            if self.in_quote(opener.start()):
                continue
            if FINITE.search(self.text, span[0], opener.start()):
                return span  # "… it was mentioned by X in an interview": the phrase may be the clause's own
            before = self.text[span[0] : opener.start()].split()[-1].lower()
            if before in _SAID_THINGS:
                return span  # "X condemned the remarks on Twitter": the phrase may say where the remarks were
            if medium_tail(self.text, opener.start(), span[1]):
                return trim(self.text, span[0], opener.start())
        return span

    def object_only(self, span: Span) -> Span:
        """A stance verb's object without the adjuncts after it ("endorsed Cruz | last week in Ohio")."""
        found = _ADJUNCT.search(self.text, span[0], span[1])
        return trim(self.text, span[0], found.start()) if found and found.start() > span[0] else span

    def extend(self, content: Span, after: int, sent: Sentence) -> Span:
        """Run a quotation on over the quotes that resume it after the attribution, same paragraph."""
        end = content[1]
        i = bisect.bisect_left(self.quote_starts, after)
        limit = sent.end
        while i < len(self.quotes):
            quote = self.quotes[i]
            gap = self.text[limit : quote[0]] if quote[0] >= limit else ""
            if quote[0] < after or "\n" in self.text[end : quote[0]] or (gap.strip() and quote[0] >= limit):
                break
            if any(
                m.group().lower().endswith("ing")
                and (
                    quote[0] < sent.end
                    or m.group().lower() in _OWN_WORDS
                    or _LEADS_IN.fullmatch(self.text, m.end(), quote[0])
                )
                for m in self.cues_in(after, quote[0])
            ):
                break  # "“…,” she said, adding: “…”": the resumed quotation has a gerund cue of its own
            titled = self.text[quote[1] - 2 : quote[1] - 1] not in ",.?!'"  # “Today”, not “… today.”
            resumed = (
                self.text[quote[0] - 2 : quote[0]] == ", "
                and self.text[quote[0] + 1 : quote[0] + 2].islower()
            )
            if (
                quote[0] < sent.end
                and not resumed
                and (titled or len(tokens(self.text, after, quote[0])) > 6)
            ):
                i += 1
                continue  # a quotation inside the attribution ("said X, who called it “…”")
            end, limit = quote[1], quote[1]
            i += 1
        return content[0], end

    def in_quote(self, at: int) -> bool:
        quote = self.quote_at(at)
        return quote is not None and quote[0] < at
