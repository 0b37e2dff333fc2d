"""A clause's subject as a whole phrase, when no name or pronoun stands right before the cue.

"Several supporters of the plan said …", "Given the delay, party leaders see …": the words from the
start of the clause (the sentence, or the end of an opening phrase such as "Given the delay,") up
to the cue, past auxiliaries and adverbs, when they are few and look like a noun phrase.
"""

from __future__ import annotations

import regex

from extract.statements.lexicon import alternation, word_set

Span = tuple[int, int]

_TAIL = regex.compile(
    r"(?:\s+(?:" + alternation("subject_tail_words") + r"|\p{Ll}+ly|n[’']t))*\s*$",
    regex.IGNORECASE,
)
_OPENING = regex.compile(r"(?:" + alternation("clause_openings") + r"|\p{L}+ly)\b", regex.IGNORECASE)
_NOT_FIRST = word_set("not_first")
_NOT_LAST = word_set("not_last")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}.’'&\-]*")
_MARK = regex.compile(r"[,;:(—–“”\"]|\s-\s")


def bare_end(text: str, start: int, cue_at: int) -> int:
    """Where the words before a cue end once auxiliaries and adverbs are set aside ("X has also | said")."""
    return start + _TAIL.search(text[start:cue_at]).start()


def subject_phrase(text: str, start: int, cue_at: int, most: int = 10) -> Span | None:
    """The subject phrase of the clause that ends at ``cue_at`` (a sentence starting at ``start``)."""
    end = bare_end(text, start, cue_at)
    marks = list(_MARK.finditer(text, start, end))
    begin = start
    if marks:
        last = marks[-1]
        if text[last.start()] in '“”"(' or not _OPENING.match(text, start, last.start()):
            return None
        if any(text[m.start()] in '“”"' for m in marks):
            return None
        begin = last.end()
    words = list(_WORD.finditer(text, begin, end))
    if not words or len(words) > most:
        return None
    first, final = words[0].group().lower(), words[-1].group().lower()
    if first in _NOT_FIRST or final in _NOT_LAST or (_OPENING.fullmatch(first) and len(words) == 1):
        return None
    return words[0].start(), words[-1].end()
