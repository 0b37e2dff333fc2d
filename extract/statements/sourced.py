"""Statements whose source is named by a colon or by "according to" (methods shared by the finder)."""

from __future__ import annotations

import regex

from extract.records import Sentence
from extract.statements.lexicon import alternation, pronouns, verbs, word_set
from extract.statements.raw import Raw, Span, trim
from extract.statements.sources import source_phrase
from extract.statements.spans import CLOSERS, FINITE, THAT, Spans
from extract.statements.speakers import NAME_WORD, PERSON_HEADS, mention_after, tokens

_COLON = regex.compile(
    r"(?P<open>[“\"][ \t]*)?(?P<name>"
    + NAME_WORD
    + r"(?:[ \t]+(?:"
    + NAME_WORD
    + r"|of|the)){0,3})(?P<colon>:)[ \t]"
)
_LABELS = word_set("colon_labels")
_LABEL_END = regex.compile(r"[’']s$")
_SAYS_SOMETHING = regex.compile(
    r"(?!https?:|www\.)[^\n]*?\p{L}{2,}[^\n]*?\s\p{L}{2,}"
)  # words, not "1,769" or a link
_NAME_LIST = regex.compile(r"(?:" + NAME_WORD + r"(?:[ \t]+" + NAME_WORD + r"){0,3},[ \t]+){3}")
_CONJUNCTION = regex.compile(alternation("colon_conjunctions"), regex.IGNORECASE)
_APPOSED_ROLE = regex.compile(
    r"\s*(?:a|an|the)\s+(?:[\p{L}’'\-]+\s+){0,4}?(?P<head>\p{L}+)\b(?=\s+(?:who|at|of|for|with|from|in|and)\b|\s*[,.;]|\s*$)"
)
_SIDE_CLAUSE = regex.compile(r"\s*" + alternation("side_clause_words") + r"\b", regex.IGNORECASE)
# "In a CBS News poll released Monday, 50 percent of voters chose Clinton": the poll is the source
_IN_FINDING = regex.compile(
    r"(?P<cue>In)\s+(?P<source>(?:a|an|the|its|their|his|her)\s+"
    r"(?:(?!\b(?:of|as|when|while|after|before|that|which|who)\b|\b\p{Ll}+ed\b)[^,.;:\n“”\"]){0,60}?\b"
    + r"(?i:"
    + alternation("finding_nouns")
    + r"))\b[^,;:\n“”\"]{0,60}?,\s+"
)
# "according to a statement issued | by the army,": a participle's agent, up to the comma that ends the source
_AGENT = regex.compile(r"(?<=\p{Ll}(?:ed|en|wn))\s+by\s+[^,;:.“”\"()]{2,60}(?=,)")
_ASIDE = regex.compile(alternation("asides") + r",\s+", regex.IGNORECASE)
_PARTICIPLE = regex.compile(r"\p{Ll}+ed\b[^,;:\n]{0,60},\s+")  # "…, conducted in May, Clinton led …"
_OPENS_QUOTE = regex.compile(r"\s*(?:[“\"]|'')")
_ENDS_OPEN = regex.compile(r"\b(?:" + alternation("side_clause_words") + r"|that)$", regex.IGNORECASE)
_GERUND_SIDE = regex.compile(r"\s*(?!(?:any|every|no|some)thing\b)\p{Ll}{2,}ing\b")


class Sourced(Spans):
    """ "Name: what they said" lines and "according to X" statements."""

    def colon(self, index: int, sent: Sentence) -> Raw | None:
        """A headline or lead "Name: what they said" (a name of one or two words, then a colon)."""
        found = _COLON.match(self.text, sent.start, sent.end)
        words = found.group("name").split() if found else []
        if not found or words[0].lower() in pronouns():
            return None
        at_paragraph = sent.start == 0 or self.text[sent.start - 1] == "\n"
        if found.group("open") and not at_paragraph:
            return None  # a transcript's turn may open a paragraph with a quotation mark
        if any(w.lower() in verbs() for w in words[1:]):
            return None  # "Ann Lee Backs Plan: …" is a headline with a verb, not a name
        if _LABEL_END.sub("", words[-1].lower()) in _LABELS:
            return None  # "The Latest: …", "Delegate Update: …" label a story, nobody speaks
        end = sent.end
        if at_paragraph:  # a turn runs to the paragraph's end
            newline = self.text.find("\n", sent.end)
            end = len(self.text) if newline < 0 else newline
        content = trim(self.text, found.end(), end)
        if len(tokens(self.text, *content)) < 3 or not _SAYS_SOMETHING.match(self.text, *content):
            return None
        if _NAME_LIST.match(self.text, *content):
            return None  # "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, …" lists people
        speaker = found.span("name")
        return Raw(*content, speaker, found.span("colon"), self.is_direct(*content), "speaker-colon", index)

    def according(self, index: int, sent: Sentence, cue: Span) -> Raw | None:
        speaker = mention_after(self.text, cue[1], sent.end, inverted=True) or source_phrase(
            self.text, cue[1], sent.end
        )
        if speaker is None:
            return None
        if agent := _AGENT.match(self.text, speaker[1], sent.end):
            speaker = (speaker[0], agent.end())  # "a statement issued by the army": the army's words
        lead = self.text[sent.start : cue[0]].strip(" ,(—–-")
        comma = self.text.find(",", speaker[1], sent.end)
        if not lead or _CONJUNCTION.fullmatch(lead):
            content = trim(self.text, comma + 1, sent.end) if comma >= 0 else None
        elif self.text[: cue[0]].rstrip().endswith(",") and comma >= 0 and not self.in_quote(comma):
            # "Over the long term, according to the office, the rise is due to …": the whole sentence
            rest = tokens(self.text, comma + 1, sent.end)
            goes_on = (
                len(rest) >= 4
                and not _SIDE_CLAUSE.match(self.text, comma + 1)
                and not _GERUND_SIDE.match(self.text, comma + 1)
                and not self.apposed_role(comma + 1, sent.end)
                and not self.clause_then_aside(lead, comma + 1, sent.end)
            )
            content = trim(self.text, sent.start, sent.end) if goes_on else self.before(sent, cue[0])
            if content and self.quoted_then_cue(content):
                return None  # "“…,” he told aides, according to X, …": his words, which X reported
        else:
            content = self.before(sent, cue[0])
            quote_end = content is not None and self.text[content[1] - 1] in CLOSERS
            if content and quote_end and self.text[content[1] : cue[0]].strip(" ,"):
                return None
            if content and any(m.end() >= content[1] - 1 for m in self.cues_in(*content)):
                return None  # "…,” the letter said, according to the agency: the letter is the source
        opening = self.text.rfind("(", sent.start, cue[0])
        if content and content[0] <= opening and ")" not in self.text[opening : cue[0]]:
            content = trim(self.text, opening + 1, cue[0])  # "(93 percent, according to the poll)"
        if not content or content[1] - content[0] < 8:
            return None
        return Raw(*content, speaker, cue, self.is_direct(*content), "according-to", index)

    def in_finding(self, index: int, sent: Sentence) -> Raw | None:
        """ "In a new poll, most riders backed the ferry": the poll's finding, the poll as its source;
        not when a reporting verb in the clause has "that" after it ("In a study, three economists
        found that …": they are the source)."""
        found = _IN_FINDING.match(self.text, sent.start, sent.end)
        if found is None:
            return None
        start = found.end()
        if side := _PARTICIPLE.match(self.text, start, sent.end):
            start = side.end()
        if aside := _ASIDE.match(self.text, start, sent.end):
            start = aside.end()  # "In the poll, however, …"
        content = trim(self.text, start, sent.end)
        if len(tokens(self.text, *content)) < 4 or self.in_quote(content[0]):
            return None
        if any(THAT.match(self.text, m.end() + 1) for m in self.cues_in(*content)):
            return None
        return Raw(*content, found.span("source"), found.span("cue"), False, "in-finding", index)

    def clause_then_aside(self, lead: str, start: int, end: int) -> bool:
        """Whether a whole clause comes before "according to X," and words without a verb of their
        own after it ("Prices would rise 5 percent, according to the office, more than twice what …"):
        the clause is the content. A lead that stops at a conjunction ("… and, according to X,
        adopted …") or that has no verb ("Over the long term, according to X, …") is not one."""
        if not FINITE.search(lead) or _ENDS_OPEN.search(lead) or _OPENS_QUOTE.match(self.text, start):
            return False  # "… a man whose book, according to X, “draws …”": the quotation goes on
        comma = self.text.find(",", start, end)
        return FINITE.search(self.text, start, comma if comma >= 0 else end) is None

    def quoted_then_cue(self, content: Span) -> bool:
        """Whether ``content`` opens with a quotation that a reporting word after it introduces."""
        quote = self.quote_at(content[0])
        return (
            quote is not None
            and quote[0] == content[0]
            and quote[1] < content[1]
            and bool(self.cues_in(quote[1], content[1]))
        )

    def apposed_role(self, start: int, end: int) -> bool:
        """Whether the words at ``start`` describe the source rather than go on with the sentence:
        "…, according to Ann Lee, a pollster who ran the survey." (a role noun within a few words)."""
        found = _APPOSED_ROLE.match(self.text, start, end)
        return found is not None and found.group("head").lower() in PERSON_HEADS
