"""Nominal cues: "X's claim that …", "the assertion by X that …" (nouns from ``statement_nouns.tsv``)."""

from __future__ import annotations

import functools

import regex

from extract.records import Sentence
from extract.statements.bounds import clip
from extract.statements.lexicon import statement_nouns
from extract.statements.raw import Raw, trim
from extract.statements.speakers import mention_after, mention_before

Span = tuple[int, int]


@functools.cache
def noun_pattern() -> regex.Pattern[str]:
    """ "<owner>'s [adjective] NOUN that" or "the NOUN by <agent> that" (named groups)."""
    nouns = "|".join(regex.escape(f) for f in statement_nouns())
    return regex.compile(
        rf"(?P<owner>[’']s?\s+(?:\p{{Ll}}+\s+)?)(?P<cue>{nouns})(?P<that>\s+that\b)"
        rf"|\b(?:the|a|an)\s+(?P<cue2>{nouns})\s+by\s+(?P<agent>[^,;:.]{{2,60}}?)(?P<that2>\s+that\b)",
        regex.IGNORECASE,
    )


def nominal(text: str, index: int, sent: Sentence, in_quote) -> list[Raw]:
    """Statements led by a nominal cue in one sentence."""
    out: list[Raw] = []
    for found in noun_pattern().finditer(text, sent.start, sent.end):
        if in_quote(found.start()):
            continue
        if found.group("cue"):
            speaker = mention_before(text, sent.start, found.start("owner"))
            cue, that = found.span("cue"), found.start("that")
            if speaker:
                speaker = (speaker[0], found.start("owner"))
        else:
            speaker = mention_after(text, found.start("agent"), found.end("agent"))
            cue, that = found.span("cue2"), found.start("that2")
        if speaker is None or speaker[1] <= speaker[0]:
            continue
        content = clip(text, *trim(text, that, sent.end), in_quote)
        if content[1] - content[0] >= 12:
            out.append(Raw(*content, speaker, cue, False, "nominal-cue", index))
    return out
