"""Passive questions: "Asked about the plan, X said …" and "…, X said when asked whether …".

The question put to the speaker is a statement of its own (its content is the question's topic,
from "about", "whether", "if", "how", … to the next comma outside a quotation); the one answering is
the name after the comma that closes the question, or the speaker of the statement just before it.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from extract.records import Sentence
from extract.statements.lexicon import alternation, verb_pattern
from extract.statements.raw import Raw, Span, trim
from extract.statements.speakers import mention_after, mention_before

_LEAD = regex.compile(
    r"(?:^|\b"
    + alternation("asked_leads")
    + r"\s+|(?P<aux>\b"
    + alternation("passive_auxiliaries")
    + r"\s+))$",
    regex.IGNORECASE,
)
_LEAD_WORD = regex.compile(r"\b" + alternation("asked_leads") + r"\s+$", regex.IGNORECASE)
_ARTICLE = regex.compile(r"\s*(?:the|a|an)\s", regex.IGNORECASE)
_TOPIC = regex.compile(
    r"[^,;:.“”\"]{0,50}?\b(?P<topic>" + alternation("question_words") + r")\b", regex.IGNORECASE
)


def asked(
    text: str, index: int, sent: Sentence, cue: Span, prior: Span | None, quoted: Callable[[int], bool]
) -> Raw | None:
    """The question after a passive "asked" that opens a clause, or None."""
    lead = _LEAD.search(text[sent.start : cue[0]].lstrip())
    if text[cue[0] : cue[1]].lower() != "asked" or lead is None:
        return None
    # "Ann Lee was asked about …": the one asked is the subject; not so after a lead ("His comments came after
    # being asked to defend …": the speaker of the statement before)
    if lead.group("aux"):
        aux = text.rfind(lead.group("aux").split()[0], sent.start, cue[0])
        if not _LEAD_WORD.search(text, sent.start, aux):
            prior = mention_before(text, sent.start, aux)
    topic = _TOPIC.match(text, cue[1], sent.end)
    if topic is None:
        return None
    start = topic.start("topic")
    comma = next((i for i in range(start, sent.end) if text[i] == "," and not quoted(i)), sent.end)
    content = trim(text, start, comma)
    speaker = prior
    if comma < sent.end and regex.match(
        r"\s*(?:\p{Lu}|(?:he|she|they|we|i|the|a|an)\b)", text[comma + 1 : sent.end]
    ):
        speaker = mention_after(text, comma + 1, sent.end) or prior
        if _ARTICLE.match(text, comma + 1, sent.end):  # "…, the candidate said no": up to the verb
            verb = verb_pattern().search(text, comma + 1, sent.end)
            speaker = (verb and mention_before(text, comma + 1, verb.start())) or prior
    if speaker is None or content[1] - content[0] < 5:
        return None
    return Raw(*content, speaker, cue, False, "asked-passive", index)
