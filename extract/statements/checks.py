"""Checks on cue words and content, and quotations that continue a direct statement."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from extract.records import Sentence
from extract.statements.lexicon import (
    alternation,
    base_forms,
    cue_form,
    not_cues,
    statement_nouns,
    verb_pattern,
    word_set,
)
from extract.statements.raw import Raw, Span
from extract.statements.speakers import DOC_NOUNS, DOC_PARTICIPLES, PERSON_HEADS, tokens


def another_cue(text: str, content: Span) -> bool:
    """Whether the content opens with a phrase and then a cue of its own ("… in X, noted that")."""
    head = text[content[0] : min(content[1], content[0] + 60)]
    comma = head.find(",")
    return (
        comma >= 0
        and verb_pattern().match(head, comma + 1 + len(head[comma + 1 :]) - len(head[comma + 1 :].lstrip()))
        is not None
    )


_NOUN_BEFORE = regex.compile(r"(?:\b" + alternation("determiners_before") + r"|[’']s)\s+$", regex.IGNORECASE)
_PRONOUN_IS = regex.compile(  # "He's suggesting": a pronoun and "is", no possessive
    r"\b(?:he|she|it|that|there|who|what)[’']s\s+$", regex.IGNORECASE
)
_BY_AFTER = regex.compile(  # "reported (previously) by X", never "said by telephone"
    r"(?:\s+(?:\p{Ll}+ly|earlier|later|first|again|also))?\s+by\b(?!\s+" + alternation("by_media") + r"\b)"
)
# "a cautious note", "the swing vote": a determiner and a modifier before a bare form make it a noun
_MODIFIED_NOUN = regex.compile(
    r"\b(?:[Aa]n?\s+\p{Ll}+|"
    + alternation("possessives", "either")
    + r"\s+(?!"
    + alternation("group_nouns")
    + r"\b)\p{Ll}+(?<!s))\s+$"
)
# "aides to the mayor say", "people close to their leader say": a person after a preposition is
# the end of the speaker's phrase, not a modifier of a noun
_PERSON_AFTER_LINK = regex.compile(
    r"\b(?:to|of|for|with|from)\s+" + alternation("possessives", "either") + r"\s+(\p{Ll}+)\s+$"
)
_THAT_AFTER = regex.compile(r"\s+that\b", regex.IGNORECASE)
_THAT_NOUNS = frozenset(statement_nouns()) | word_set("claim_nouns") | word_set("document_nouns")
_CLAUSE_AFTER = regex.compile(r"\s+" + alternation("clause_starts") + r"\b", regex.IGNORECASE)
_QUESTION_OPENS = regex.compile(
    r"(?:^|[.!?”\"\n]\s*|\b(?:" + alternation("asked_leads") + r")\s+)$", regex.IGNORECASE
)
# "a website called Real News", "a short film called “Home”": "called" naming a thing, not a speaker's word
_THING_BEFORE = regex.compile(r"\b[Aa]n?\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+$")
_NAME_AFTER = regex.compile(r"\s+(?:\p{Lu}|[“\"'])")
_WORD_BEFORE = regex.compile(r"(\p{L}+)\s+$")
_PARTICIPLE_FOLLOWERS = word_set("participle_followers")
_WORDS_AFTER = regex.compile(r"(?:\s+\p{L}+){0,3}")


def not_a_cue(text: str, start: int, end: int) -> bool:
    """A cue word used as a noun ("a pair of tweets", "a cautious note"), a passive participle ("wrote by
    X"), "called" naming a thing ("a website called Real News") or in a phrase of ``statement_not_cues.tsv``
    ("continues to lead")."""
    form = cue_form(text[start:end])
    noun_before = _NOUN_BEFORE.search(text, max(0, start - 12), start)
    if noun_before and not _PRONOUN_IS.search(text, max(0, start - 12), start):
        return True
    if form in base_forms() and (noun := _MODIFIED_NOUN.search(text, max(0, start - 40), start)):
        person = _PERSON_AFTER_LINK.search(text, max(0, start - 40), start)
        # "residents near the plant say they …": a clause after the word makes it the subject's verb, and
        # so does "that" after a word that is no noun ("the plant say that", never "the debunked claim that")
        that = form not in _THAT_NOUNS and _THAT_AFTER.match(text, end)
        clause = noun.group()[:1] not in "Aa" and (_CLAUSE_AFTER.match(text, end) or that)
        if (person is None or person.group(1) not in PERSON_HEADS) and not clause:
            return True
    if form in not_cues() and _next_to(text, start, end, not_cues()[form]):
        return True
    if document_participle(text, start, end):
        return True
    if (
        text[start:end].lower() == "called"
        and (thing := _THING_BEFORE.search(text, max(0, start - 60), start))
        and thing.group(1) not in PERSON_HEADS
        and _NAME_AFTER.match(text, end)
    ):
        return True
    if form == "asked" and _QUESTION_OPENS.search(text, max(0, start - 12), start):
        return False  # "Asked by a reporter whether …, X said": the passive question of asked.py
    return form != "quoted" and bool(_BY_AFTER.match(text, end))


def document_participle(text: str, start: int, end: int) -> bool:
    """ "A statement posted on its website said …", "a poll released Tuesday found …": a participle after a
    document's noun, before a preposition or a time, tells of the document; the verb comes later."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    after = _WORDS_AFTER.match(text, end, min(len(text), end + 40)).group().split()
    return (
        cue_form(text[start:end]) in DOC_PARTICIPLES
        and before is not None
        and before.group(1).lower() in DOC_NOUNS
        and bool(after)
        and after[0].lower() in _PARTICIPLE_FOLLOWERS
    )


def _next_to(text: str, start: int, end: int, pairs: tuple[tuple[str, str], ...]) -> bool:
    """Whether the words around the cue match one (before, after) pair ("-" for any; the words
    after may be a phrase, "to be")."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    left = before.group(1).lower() if before else ""
    right = [w.lower() for w in _WORDS_AFTER.match(text, end, min(len(text), end + 40)).group().split()]
    return any(b in ("-", left) and (a == "-" or a.split() == right[: len(a.split())]) for b, a in pairs)


def headline_like(text: str, sent: Sentence) -> bool:
    """A line of its own without closing punctuation (a headline): no statement without a quotation."""
    line = text[sent.start : sent.end].rstrip()
    before = text[max(0, sent.start - 1) : sent.start]
    after = text[sent.start + len(line) : sent.start + len(line) + 1]
    return (
        before in ("", "\n")
        and after in ("", "\n", "\r")
        and line[-1:] not in ".!?”\"’:'"
        and "“" not in line
        and '"' not in line
        and "''" not in line
    )


def continuations(
    text: str, sentences: Sequence[Sentence], quotes: Sequence[Span], kept: list[Raw]
) -> list[Raw]:
    """Paragraph-opening quotations of 6+ words right after a direct statement (not after a quotation
    signed by a dash: in a list of signed quotations each one names its own speaker)."""
    out: list[Raw] = []
    starts = [s.start for s in sentences]
    for quote in quotes:
        if any(k.start <= quote[0] < k.end for k in kept) or len(tokens(text, *quote)) < 8:
            continue
        line_start = text.rfind("\n", 0, quote[0]) + 1
        if text[line_start : quote[0]].strip() or quote[0] == 0:
            continue
        prior = [k for k in kept + out if k.end <= quote[0] and quote[0] - k.end < 400]
        if prior and prior[-1].direct and prior[-1].rule_id != "quote-dash-speaker":
            index = max(0, bisect.bisect_right(starts, quote[0]) - 1)
            out.append(Raw(quote[0], quote[1], prior[-1].speaker, None, True, "quote-continuation", index))
    return out
