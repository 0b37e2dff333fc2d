"""Passive statements with their agent: "The plan was rejected by the council", "The move has been
condemned by rights groups".

The speaker is the agent after "by"; the content is the subject the clause opens with (the thing
rejected, condemned, praised); the cue runs from the first auxiliary to the participle ("has been
championed"). Only a clause that ends with the agent (perhaps after a time or place) is read so, and
only for verbs whose object is what is said: "was told by police that …" has the hearer for its
subject and is left to the other rules.
"""

from __future__ import annotations

import regex

from extract.records import Sentence
from extract.statements.lexicon import alternation, verb_of, word_set
from extract.statements.raw import Raw, Span, trim
from extract.statements.spans import FINITE
from extract.statements.speakers import mention_after

_AUX = regex.compile(
    r"\b(?P<aux>" + alternation("passive_auxiliaries") + r")(?:\s+\p{Ll}+ly)?\s+$", regex.IGNORECASE
)
# auxiliaries before the passive one ("has been", "will be", "could not be"), and adverbs among them
_CHAIN = regex.compile(
    r"\s+(?P<first>"
    + alternation("finite_auxiliaries")
    + r"|may)(?:\s+(?:not|also|already|\p{Ll}+ly|be))*\s*$",
    regex.IGNORECASE,
)
_BY = regex.compile(r"\s+by\s+")
_TIME_OR_PLACE = r"(?:on|in|at|last|this|earlier|later|during|after|before|over)"
# what may follow the agent in a clause read as passive: its end, or a time or place before it
_CLAUSE_END = regex.compile(r"\s*(?:" + _TIME_OR_PLACE + r"\s+[^,;:.!?“”\"]{1,40}?)?\s*(?:[.,;:!?”\"]|$)")
_ADJUNCT = regex.compile(r"\s+" + _TIME_OR_PLACE + r"\s")  # "by the governor | on Friday"
# a second participle with its own agent: "welcomed by Israel | and condemned by the Palestinians"
_NEXT_PASSIVE = regex.compile(r",?\s+and\s+(?:\p{Ll}+ly\s+)?\p{Ll}+\s+by\s")
_SECOND = regex.compile(
    r"\b(?P<aux>"
    + alternation("passive_auxiliaries")
    + r")(?:\s+\p{Ll}+ly)?\s+\p{Ll}+\s+by\s+[^,;:.!?“”\"]{1,60}?,?\s+and\s+(?:\p{Ll}+ly\s+)?$",
    regex.IGNORECASE,
)
_PLURAL = regex.compile(r"(?:\p{Ll}+\s+){0,3}\p{Ll}+[^s\W]s\b")  # "by economists", "by rights groups"
_HEAD_AFTER = regex.compile(r"(?:\s+\p{Ll}+){0,2}\s+\p{Ll}+[^s\W]s\b")
# where the clause opens: after the last comma or semicolon before the auxiliary
_OPENER = regex.compile(r"[,;](?!.*[,;])", regex.DOTALL)
# the subject: one noun phrase (a capital, a number or a determiner first) ...
_SUBJECT = regex.compile(
    r"(?:(?-i:\p{Lu})|\d|(?:" + alternation("determiners") + r"|his|her|its|their)\b)", regex.IGNORECASE
)
# ... not a pronoun alone ("It was backed by …" says nothing the reader can see) ...
_PRONOUNS = frozenset(("it", "they", "he", "she", "we", "i", "you", "this", "that", "these", "those"))
# ... nor a conjunction or relative word ("where the plan was …", "which is backed by")
_NOT_SUBJECTS = word_set("opening_conjunctions") | word_set("subordinators") | {"which", "who", "where"}


def passive_by(text: str, index: int, sent: Sentence, cue: Span) -> Raw | None:
    """The statement of a passive cue with its agent ("X was condemned by Y"), or None."""
    verb = verb_of(text[cue[0] : cue[1]])
    if verb is None or verb.takes_object or text[cue[0] : cue[1]].lower().endswith("ing"):
        return None
    by = _BY.match(text, cue[1], sent.end)
    if by is None:
        return None
    aux = _AUX.search(text, sent.start, cue[0])
    second = _SECOND.search(text, sent.start, cue[0]) if aux is None else None
    aux = aux or second  # "was welcomed by Israel and | condemned by the Palestinians": the same subject
    if aux is None:
        return None
    agent = mention_after(text, by.end(), sent.end) or _plural_agent(text, by.end(), sent.end)
    if agent is None or agent[0] != by.end():
        return None
    if (nxt := _NEXT_PASSIVE.search(text, agent[0], sent.end)) and nxt.start() < agent[1]:
        agent = (agent[0], nxt.start())  # "by the EU | and strongly opposed by Hungary"
    if adjunct := _ADJUNCT.search(text, agent[0], agent[1]):
        agent = (agent[0], adjunct.start())
    elif (tail := _HEAD_AFTER.match(text, agent[1], sent.end)) and _CLAUSE_END.match(
        text, tail.end(), sent.end
    ):
        agent = (agent[0], tail.end())  # "by North Dakota | party officials"
    if not _CLAUSE_END.match(text, agent[1], sent.end) and not _NEXT_PASSIVE.match(text, agent[1], sent.end):
        return None
    opener = _OPENER.search(text, sent.start, aux.start())
    chain = _CHAIN.search(text, opener.end() if opener else sent.start, aux.start())
    start, end = trim(text, opener.end() if opener else sent.start, chain.start() if chain else aux.start())
    words = text[start:end].lower().split()
    # a clause after "that" is what another speaker says ("polls showed that Trump was backed by …")
    if not words or len(words) > 10 or words[0] in _NOT_SUBJECTS or "that" in words[1:]:
        return None
    if len(words) == 1 and words[0] in _PRONOUNS:
        return None
    if not _SUBJECT.match(text, start) or FINITE.search(text, start, end):
        return None
    cue_start = cue[0] if second else chain.start("first") if chain else aux.start("aux")
    return Raw(start, end, agent, (cue_start, cue[1]), False, "passive-by-agent", index)


def _plural_agent(text: str, at: int, end: int) -> Span | None:
    found = _PLURAL.match(text, at, end)
    return found.span() if found else None
