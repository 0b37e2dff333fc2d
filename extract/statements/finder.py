"""Find statements: a reporting cue, its speaker phrase and its content span.

Rules (their ids are written on every statement):

* ``quote-cue-speaker`` / ``clause-cue-speaker``: "“…,” said X" / "…, said X";
* ``quote-speaker-cue`` / ``clause-speaker-cue``: "“…,” X said" / "…, X said";
* ``speaker-cue-quote``: "X said: “…”" (the quotation may run on over sentences);
* ``speaker-cue-clause``: "X said (that) …", "X told reporters …", "X accused Y of …";
* ``according-to``: "According to X, …" / "…, according to X";
* ``quote-continuation``: a paragraph that is one quotation, after a direct statement.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from extract.records import Sentence
from extract.statements.bounds import clip
from extract.statements.lexicon import pronouns, verb_pattern, verbs
from extract.statements.sources import source_phrase
from extract.statements.speakers import mention_after, mention_before, tokens

_ACCORDING = regex.compile(r"\baccording\s+to\b", regex.IGNORECASE)
_CLOSERS = "”\"'"
_TAIL_OK = regex.compile(
    r"^[\s,]*(?:$|adding|and\s+added|in\s|on\s|at\s|during\s|via\s|to\s|told\s|after\s|before\s|when\s|while\s"
    r"|last\s|this\s|earlier|later|late|yesterday|today|tuesday|monday|wednesday|thursday|friday|saturday|sunday"
    r"|according|as\s|of\s|recently|previously|afterward|saying|by\s|\w+ing\b|\.|[“\"]|'')",
    regex.IGNORECASE,
)
_GAP_BEFORE_QUOTE = regex.compile(
    r"[\s,:]*(?:(?:and\s+)?(?:added|continued|said|wrote|went\s+on)[\s,:]*)?|[\s,:]*(?:\w+\s+){0,4}\w+\s*:\s*"
)
_COLON = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}.’'\-]*(?:[ \t]+(?:\p{Lu}[\p{L}.’'\-]*|of|the)){0,1})(?P<colon>:)[ \t]"
)
_COLON_QUOTE = regex.compile(r":\s*(?:[“\"]|'')")
_GOES_ON = regex.compile(
    r"\s*,\s*(?:would|could|will|is|are|was|were|has|have|had|can|may|might|should|must|did|does|do|also|not)\b"
)
_INVERTED_TAIL = regex.compile(r"\s*(?:[.,;:!?”\"]|$)")
_QUOTED_AS = regex.compile(r"\s*(?:by\s+[^,.]{1,40}?\s+)?as\s+saying\b")
_LED_IN = regex.compile(r"(?P<q>,?(?:[”\"]|''),?)\s+(?:a|an|the)\s[^“”\".]{0,70}\s(?:of|from|on|by)$")
_PASSIVE = regex.compile(r"\b(?:is|are|was|were|been|being)\s+$", regex.IGNORECASE)
Span = tuple[int, int]


@dataclass(frozen=True)
class Raw:
    """A statement before its speaker is named canonically."""

    start: int
    end: int
    speaker: Span
    cue: Span | None
    direct: bool
    rule_id: str
    sentence: int


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and (text[start].isspace() or text[start] in ",:;—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:—–-"):
        end -= 1
    return start, end


class Finder:
    """Rules applied sentence by sentence over one text."""

    def __init__(self, text: str, sentences: Sequence[Sentence], quotes: Sequence[Span]) -> None:
        self.text, self.sentences, self.quotes = text, sentences, list(quotes)
        self.quote_ends = {q[1]: q for q in quotes}
        self.quote_starts = [q[0] for q in quotes]
        self.cues = [m for m in verb_pattern().finditer(text) if not self.in_quote(m.start())]
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
        if end > sent.start and self.text[end - 1] in _CLOSERS and end in self.quote_ends:
            return self.quote_ends[end]
        if end > sent.start and self.text[end - 2 : end] in (",”", ',"', "''") and end in self.quote_ends:
            return self.quote_ends[end]
        span = _trim(self.text, sent.start, end)
        return span if len(tokens(self.text, *span)) >= 3 else None

    def after(self, sent: Sentence, at: int, skip_object: bool) -> Span | None:
        """Content after a cue: a quotation opening soon after it, or the rest of the sentence."""
        quoted_as = _QUOTED_AS.match(self.text, at, sent.end)
        if quoted_as:
            at = quoted_as.end()
        window = self.text[at : min(sent.end, at + 60)]
        opening = regex.search(r"[“\"]|''", window)
        if opening and _GAP_BEFORE_QUOTE.fullmatch(window[: opening.start()]):
            quote = self.quote_at(at + opening.start())
            if quote is not None and quote[0] == at + opening.start():
                return quote
        that = regex.search(r"\bthat\b", window[:40])
        if that and "," not in window[: that.start()]:
            at += that.start()
        elif skip_object:
            found = regex.search(r"\b(?:to|of|about|whether|if|for)\b|:", window)
            if found:
                at += found.end()
        span = _trim(self.text, at, sent.end)
        span = clip(self.text, *span, self.in_quote)
        return span if len(tokens(self.text, *span)) >= 3 else None

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
            end, limit = quote[1], quote[1]
            i += 1
        return content[0], end

    def in_quote(self, at: int) -> bool:
        quote = self.quote_at(at)
        return quote is not None and quote[0] < at

    def cue_rules(self, index: int, sent: Sentence, cue: Span, skip_object: bool) -> Raw | None:
        text = self.text
        lead = text[sent.start : cue[0]].rstrip()
        gerund = regex.match(r"\w+ing\b", text[cue[0] : cue[1]].lower()) is not None
        inverted = lead.endswith((",", "”", '"', "''")) and not gerund
        speaker = mention_after(text, cue[1], sent.end) if inverted else None
        if (
            speaker
            and lead.endswith(",")
            and not _INVERTED_TAIL.match(text, speaker[1], sent.end)
            and not _GOES_ON.match(text, speaker[1])
        ):
            speaker = None  # "X, an expert, says Libya is …": the name after the cue opens the content
        if speaker:
            if _GOES_ON.match(text, speaker[1]) and not self.in_quote(sent.start):
                whole = _trim(text, sent.start, sent.end)
                return Raw(*whole, speaker, cue, False, "clause-parenthetical", index)
            content = self.before(sent, cue[0])
            if content:
                kind = "quote" if self.is_direct(*content) else "clause"
                content = self.extend(content, speaker[1], sent) if kind == "quote" else content
                return Raw(*content, speaker, cue, kind == "quote", f"{kind}-cue-speaker", index)
        if _PASSIVE.search(lead + " ") and text[cue[1] : cue[1] + 4].strip().startswith("to"):
            return None
        speaker = None if gerund else mention_before(text, sent.start, cue[0])
        coordinated = regex.search(r"(?:\band|\bbut|,)\s*(?:\w+ly\s+|then\s+|also\s+)?$", lead) is not None
        if speaker is None and coordinated:
            speaker = self.sentence_subject(sent, cue[0], loose=lead.endswith("and") or gerund)
        if speaker is None and lead.endswith(",") and not gerund:
            speaker = self.apposed(sent, cue[0])
        if speaker is None:
            return None
        pre = text[sent.start : speaker[0]].rstrip()
        led_in = _LED_IN.search(pre)
        if (
            pre.endswith(",")
            and _GOES_ON.match(text, cue[1])
            and len(tokens(text, sent.start, speaker[0])) > 3
        ):
            whole = _trim(text, sent.start, sent.end)
            return Raw(*whole, speaker, cue, False, "clause-parenthetical", index)
        quoted = pre.rstrip(",").endswith(("”", '"', "''")) or led_in
        tail_ok = _TAIL_OK.match(text[cue[1] : sent.end]) or (
            quoted
            and (
                len(tokens(text, cue[1], sent.end)) <= 5
                or not regex.search(r"\bthat\b", text[cue[1] : sent.end])
            )
        )
        if (pre.endswith((",", "”", '"', "''")) or led_in) and tail_ok:
            content = self.before(sent, sent.start + led_in.end("q") if led_in else speaker[0])
            if content and not self.is_direct(*content) and len(tokens(text, cue[1], sent.end)) > 10:
                content = None
            if content:
                kind = "quote" if self.is_direct(*content) else "clause"
                content = self.extend(content, cue[1], sent) if kind == "quote" else content
                return Raw(*content, speaker, cue, kind == "quote", f"{kind}-speaker-cue", index)
        content = self.after(sent, cue[1], skip_object)
        if content is None or _another_cue(text, content):
            return None
        direct = self.is_direct(*content)
        rule = "speaker-cue-quote" if direct else "speaker-cue-clause"
        return Raw(*content, speaker, cue, direct, rule, index)

    def split_colon(self, raw: Raw) -> list[Raw]:
        """A clause that ends in ': “…”' gives the clause and the quotation as two statements."""
        if raw.rule_id != "speaker-cue-clause":
            return [raw]
        found = _COLON_QUOTE.search(self.text, raw.start, raw.end)
        quote = self.quote_at(found.end() - 1) if found else None
        if quote is None or quote[0] != found.end() - 1 or quote[1] < raw.end - 1:
            return [raw]
        clause = _trim(self.text, raw.start, found.start() + 1)
        head = (
            [Raw(*clause, raw.speaker, raw.cue, False, raw.rule_id, raw.sentence)]
            if clause[1] > clause[0]
            else []
        )
        quoted = self.extend(quote, quote[1], self.sentences[raw.sentence])
        return [*head, Raw(*quoted, raw.speaker, raw.cue, True, "speaker-cue-quote", raw.sentence)]

    def apposed(self, sent: Sentence, before: int) -> Span | None:
        """ "X, a former official at Y, said": the name before the apposition's opening comma."""
        comma = self.text.rfind(",", sent.start, before - 1)
        while comma > sent.start and before - comma < 160:
            if not self.in_quote(comma) and (found := mention_before(self.text, sent.start, comma)):
                name = self.text[found[0] : found[1]]
                words = name.split()
                if (
                    all(w[:1].isupper() or w in ("of", "the", "for", "and") for w in words)
                    and words[0].lower() not in pronouns()
                ):
                    return found
            comma = self.text.rfind(",", sent.start, comma)
        return None

    def sentence_subject(self, sent: Sentence, before: int, loose: bool = False) -> Span | None:
        """The name or pronoun opening the sentence (after a leading quotation), when it is a subject."""
        start = sent.start
        for quote in self.quotes:
            if sent.start <= quote[0] and quote[1] <= before and quote[0] - start < 3:
                start = quote[1]
        while start < before and not self.text[start].isalnum():
            start += 1
        speaker = mention_after(self.text, start, before)
        if speaker is None or self.in_quote(speaker[0]):
            return None
        word = self.text[speaker[0] : speaker[1]]
        if word.lower() in pronouns():
            return speaker
        if regex.fullmatch(r"\p{Lu}\p{Ll}+ing", word):
            return None
        if not word[:1].isupper():
            return None
        rest = self.text[speaker[1] : speaker[1] + 12]
        return speaker if loose or regex.match(r"\s*(?:,|\w+ing\b)", rest) else None

    def colon(self, index: int, sent: Sentence) -> Raw | None:
        """A headline or lead "Name: what they said" (a name of one or two words, then a colon)."""
        found = _COLON.match(self.text, sent.start, sent.end)
        if not found or found.group("name").split()[0].lower() in pronouns():
            return None
        content = _trim(self.text, found.end(), sent.end)
        if len(tokens(self.text, *content)) < 3:
            return None
        speaker = found.span("name")
        return Raw(*content, speaker, found.span("colon"), self.is_direct(*content), "speaker-colon", index)

    def according(self, index: int, sent: Sentence, cue: Span) -> Raw | None:
        speaker = mention_after(self.text, cue[1], sent.end) or source_phrase(self.text, cue[1], sent.end)
        if speaker is None:
            return None
        if not self.text[sent.start : cue[0]].strip(" ,"):
            comma = self.text.find(",", speaker[1], sent.end)
            content = _trim(self.text, comma + 1, sent.end) if comma >= 0 else None
        else:
            content = self.before(sent, cue[0])
            quote_end = content is not None and self.text[content[1] - 1] in _CLOSERS
            if content and not quote_end and self.cues_in(*content):
                return None
            if content and quote_end and self.text[content[1] : cue[0]].strip(" ,"):
                return None
        if not content or content[1] - content[0] < 8:
            return None
        return Raw(*content, speaker, cue, self.is_direct(*content), "according-to", index)

    def sentence(self, index: int, sent: Sentence) -> list[Raw]:
        out: list[Raw] = []
        table = verbs()
        if _headline_like(self.text, sent):
            return out
        for found in self.cues_in(sent.start, sent.end):
            if found.group()[:1].isupper() and found.start() != sent.start:
                continue
            if _not_a_cue(self.text, found.start(), found.end()):
                continue
            verb = table[regex.sub(r"\s+", " ", found.group().lower())]
            raw = self.cue_rules(index, sent, found.span(), verb.takes_object)
            if raw:
                out.extend(self.split_colon(raw))
        if raw := self.colon(index, sent):
            out.append(raw)
        for found in _ACCORDING.finditer(self.text, sent.start, sent.end):
            if not self.in_quote(found.start()) and (raw := self.according(index, sent, found.span())):
                out.append(raw)
        return out


def find_raw(text: str, sentences: Sequence[Sentence], quotes: Sequence[Span]) -> list[Raw]:
    """Statements found by the cue rules, one per content span, in text order."""
    finder = Finder(text, sentences, quotes)
    found: list[Raw] = []
    for index, sent in enumerate(sentences):
        found.extend(finder.sentence(index, sent))
    found.sort(key=lambda r: (r.start, -(r.end - r.start)))
    kept: list[Raw] = []
    for raw in found:
        if any(_overlap(raw, k) * 2 > max(raw.end - raw.start, k.end - k.start) for k in kept):
            continue
        kept.append(raw)
    return kept + _continuations(text, sentences, quotes, kept)


def _another_cue(text: str, content: Span) -> bool:
    """Whether the content opens with a phrase and then a cue of its own ("… in X, noted that")."""
    head = text[content[0] : min(content[1], content[0] + 60)]
    comma = head.find(",")
    return (
        comma >= 0
        and verb_pattern().match(head, comma + 1 + len(head[comma + 1 :]) - len(head[comma + 1 :].lstrip()))
        is not None
    )


_NOUN_BEFORE = regex.compile(
    r"(?:\b(?:a|an|the|of|his|her|their|its|our|my|your|these|those|this|whose)|[’']s)\s+$", regex.IGNORECASE
)
_BY_AFTER = regex.compile(r"\s+by\b")


def _not_a_cue(text: str, start: int, end: int) -> bool:
    """A cue word used as a noun ("a pair of tweets") or a passive participle ("wrote by X")."""
    if _NOUN_BEFORE.search(text, max(0, start - 12), start):
        return True
    return text[start:end].lower() != "quoted" and bool(_BY_AFTER.match(text, end))


def _headline_like(text: str, sent: Sentence) -> bool:
    """A line of its own without closing punctuation (a headline): no statement without a quotation."""
    line = text[sent.start : sent.end].rstrip()
    before = text[max(0, sent.start - 1) : sent.start]
    after = text[sent.start + len(line) : sent.start + len(line) + 1]
    return (
        before in ("", "\n")
        and after in ("", "\n", "\r")
        and line[-1:] not in '.!?”"’:'
        and "“" not in line
        and '"' not in line
    )


def _overlap(a: Raw, b: Raw) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _continuations(
    text: str, sentences: Sequence[Sentence], quotes: Sequence[Span], kept: list[Raw]
) -> list[Raw]:
    """Paragraph-opening quotations of 6+ words right after a direct statement."""
    out: list[Raw] = []
    starts = [s.start for s in sentences]
    for quote in quotes:
        if any(k.start <= quote[0] < k.end for k in kept) or len(tokens(text, *quote)) < 8:
            continue
        line_start = text.rfind("\n", 0, quote[0]) + 1
        if text[line_start : quote[0]].strip() or quote[0] == 0:
            continue
        prior = [k for k in kept + out if k.end <= quote[0] and quote[0] - k.end < 400]
        if prior and prior[-1].direct:
            index = max(0, bisect.bisect_right(starts, quote[0]) - 1)
            out.append(Raw(quote[0], quote[1], prior[-1].speaker, None, True, "quote-continuation", index))
    return out
