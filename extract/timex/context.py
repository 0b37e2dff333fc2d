"""What a normaliser may know besides its match: the DCT, the tense around it, earlier dates."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from extract.lexicon import load_table
from extract.timex.calendar import value_to_interval

# Words, with contractions split as treebanks do: "won't" -> "wo", "n't"; "he'll" -> "he", "'ll".
_WORD = re.compile(r"[A-Za-z]+(?=n't\b)|n't\b|'[A-Za-z]+|[A-Za-z]+")
_CLAUSE_END = re.compile(r"[.!?;:\n\"“”]|''|``")
# After the date, a participle after a comma opens a new clause ("went to Ohio Monday, saying he would").
_CLAUSE_END_AFTER = re.compile(rf"{_CLAUSE_END.pattern}|,\s+[a-z]+ing\b")
# "a.m." ends no sentence: read as "a m " (same length) before looking for the clause start.
_CLOCK_ABBREVIATION = re.compile(r"\b(?P<letter>[ap])\.m\.", re.I)
_WINDOW_BEFORE, _WINDOW_AFTER, _FAR_WINDOW = 7, 6, 20
_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "his", "her", "our", "this", "that"))
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_QUOTE_OPENS = re.compile(r"[\"“]|''|``")
_PREPOSITIONS = frozenset(("for", "on", "at", "in", "by", "until", "to"))
_MODALS = frozenset(
    ("will", "would", "could", "can", "might", "may", "should", "must", "shall", "'ll", "’ll")
)
_CONJUNCTIONS = frozenset(("and", "but", "yet", "so", "then"))
_PRONOUNS = frozenset(("i", "we", "you", "he", "she", "it", "they", "who", "which", "that"))


@functools.cache
def _never_ends() -> frozenset[str]:
    """Abbreviations whose stop never ends a sentence ("Mr.", "vs."), lower case, from the segmenter's table."""
    rows = load_table("segment_abbreviations.tsv", ("abbreviation", "can_end"))
    return frozenset(row["abbreviation"].lower() for row in rows if row["can_end"] == "no")


_ABBREVIATION = re.compile(r"(?<![\w.])(?P<word>[A-Za-z]+)\.(?=\s)")


def _unstop(text: str) -> str:
    """``text`` with the stops of "a.m.", "Mr.", "vs." and initials ("P. Davison") read as spaces, and curly
    apostrophes as straight ones (same length)."""
    text = _CLOCK_ABBREVIATION.sub(r"\g<letter> m ", text).replace("’", "'")
    never = _never_ends()

    def repl(m: re.Match[str]) -> str:
        word = m["word"]
        keep = word.lower() in never or (len(word) == 1 and word.isupper())
        return f"{word} " if keep else m.group(0)

    return _ABBREVIATION.sub(repl, text)


@functools.cache
def _cues() -> dict[tuple[str, ...], str]:
    """Tense cues by their words ("will" -> ("will",), "as soon as" -> ("as", "soon", "as"))."""
    rows = load_table("timex_tense.tsv", ("word", "cue"))
    return {tuple(row["word"].split()): row["cue"] for row in rows}


def _marks(tokens: list[str], after: bool = False) -> list[str | None]:
    """The cue of each token, in text order. A phrase's cue sits on its last word; a participle after
    "be" ("will be allowed") and a word after a determiner ("the plan") are no cues; "had" just before
    a future cue makes it past ("had been due"), "was"/"were" there are no cues ("was due to"). ``after``: the
    words follow the date, where an infinitive ("left Tuesday to meet him") tells nothing of its tense, nor a
    present perfect with "since" ("Quds Day, which Iran has marked since 1979")."""
    cues, low = _cues(), [t.lower() for t in tokens]
    marks: list[str | None] = []
    for i, word in enumerate(low):
        cue = cues.get((word,))
        # "he asked on Monday" is past; "Speaking on Monday, ..." is told by its main clause
        if cue == "fronted":
            cue = "past" if word.endswith("ed") else None
        if cue is None and word.endswith("ed") and len(word) > 4 and tokens[i].islower():
            cue = "past"
        if (
            cue == "past" and i and low[i - 1] in _MODALS and tokens[i - 1].islower()
        ):  # "will last through Friday"
            cue = None
        if cue == "past" and i and cues.get((low[i - 1],)) == "passive":
            cue = None
        if cue == "future" and i and low[i - 1] == "to" and after:  # "left Tuesday to meet him"
            cue = None
        # after "to" a past form is an infinitive: "a fight it expects to last into the spring"
        if cue == "past" and i and low[i - 1] == "to":
            cue = None
        modifier = i > 1 and low[i - 1].endswith("ly") and low[i - 2] in _DETERMINERS  # "the hastily planned"
        if cue == "future" and _reduced_relative(low, i, cues):
            cue = "relative"
        marks.append(None if (i and low[i - 1] in _DETERMINERS) or modifier else cue)
    for phrase, cue in cues.items():
        for i in range(len(low) - len(phrase) + 1) if len(phrase) > 1 else ():
            if tuple(low[i : i + len(phrase)]) == phrase and _perfect(phrase, low, i + len(phrase), cues):
                marks[i : i + len(phrase)] = [None] * (len(phrase) - 1) + [cue]
    for i, cue in enumerate(marks):
        if cue != "future":
            continue
        if "had" in low[max(0, i - 2) : i]:
            marks[i] = "past"
        for j in range(max(0, i - 2), i):  # "was expected to", "were planning to": the plan, not its telling
            marks[j] = None if low[j] in ("was", "were") else marks[j]
    for i, word in enumerate(low if after else ()):
        # after the date, "which Iran has marked since 1979" tells of a habit up to now, not of the date
        if word == "since" and any(w in ("has", "have") for w in low[max(0, i - 4) : i]):
            for j in range(max(0, i - 4), i + 1):
                marks[j] = None if marks[j] == "past" else marks[j]
    return marks


# Past participles that end in none of -ed, -en, -wn, -ne, -un, -ght and are not listed as past forms.
_PARTICIPLES = frozenset(("been", "had", "come", "become", "run", "put", "set", "cut", "hit", "let", "read"))
_PARTICIPLE_END = re.compile(r"(?:ed|en|wn|ne|un|ght)$")


def _perfect(phrase: tuple[str, ...], low: list[str], after: int, cues: dict[tuple[str, ...], str]) -> bool:
    """A modal with "have" looks back only before a participle ("would have won" but not "would have trouble",
    "would have to leave"); at the end of the words it is taken as one."""
    if phrase[-1] != "have" or after >= len(low):
        return True
    word = low[after]
    return word in _PARTICIPLES or bool(_PARTICIPLE_END.search(word)) or cues.get((word,)) == "past"


def _reduced_relative(low: list[str], i: int, cues: dict[tuple[str, ...], str]) -> bool:
    """ "a service planned for Saturday": a participle in -ed right after a noun (no auxiliary, no pronoun
    before it) and before a preposition modifies the noun; the clause's own verb says its tense."""
    if not (0 < i < len(low) - 1 and low[i].endswith("ed") and low[i + 1] in _PREPOSITIONS):
        return False
    before = low[i - 1]
    return before not in _PRONOUNS and (before,) not in cues and not before.endswith("ly")


def _cue(marks: list[str | None]) -> str | None:
    """The first future or past cue (a reduced relative's participle counts as future)."""
    found = _first(marks)
    return "future" if found == "relative" else found


@dataclass
class Context:
    """Per-document state, filled in text order while tagging (never shared between calls)."""

    text: str
    dct: date | None
    last_day: date | None = None
    last_value: str | None = None
    quarter: str | None = None
    last_end: int | None = None

    def remember(self, value: str | None) -> None:
        interval = value_to_interval(value)
        if interval is None:
            return
        self.last_value = value
        if interval.granularity == "quarter":
            self.quarter = value
        if interval.granularity == "day":
            self.last_day = interval.start

    def last_start(self) -> date | None:
        """The first day of the last date mentioned, whatever its granularity ("in 1988 ... that year")."""
        interval = value_to_interval(self.last_value)
        return interval.start if interval else None

    def last_quarter(self) -> str | None:
        if self.last_value and len(self.last_value) == 7 and self.last_value[5] == "Q":
            return self.last_value
        return None


def sentence_before(text: str, start: int) -> str:
    """The text of the sentence before ``start`` (at most 250 characters)."""
    before = _CLOCK_ABBREVIATION.sub(r"\g<letter> m ", text[max(0, start - 250) : start])
    return before[max(before.rfind(". "), before.rfind("\n"), before.rfind("? "), before.rfind("! ")) + 1 :]


def _words_before(text: str, start: int) -> tuple[list[str], list[str]]:
    """The words of the clause (after its last comma or semicolon) and of the sentence before ``start``."""
    before = _unstop(text[max(0, start - 160) : start])
    sentence = max(before.rfind(". "), before.rfind("\n"), before.rfind("? "), before.rfind("! "))
    quote = max((m.end() - 1 for m in _CLAUSE_END.finditer(before) if m.group(0)[0] in "\"“”'`"), default=-1)
    clause = max(sentence, before.rfind(", "), before.rfind("; "), quote)
    return _WORD.findall(before[clause + 1 :]), _WORD.findall(before[sentence + 1 :])


def _words_after(text: str, end: int) -> tuple[list[str], list[str]]:
    """The words after ``end`` up to the end of the clause, and up to the end of the sentence or the first
    quotation mark in it."""
    after = _unstop(text[end : end + 250])
    stop = _CLAUSE_END_AFTER.search(after)
    clause = after[: stop.start()] if stop else after[:60]
    stop = _SENTENCE_END.search(after)
    sentence = after[: stop.start()] if stop else after
    quote = _QUOTE_OPENS.search(sentence)  # a quotation's verbs tell of the quotation, not of the date
    return _WORD.findall(clause), _WORD.findall(sentence[: quote.start()] if quote else sentence)


def tense(text: str, start: int, end: int) -> str:
    """``future``, ``past`` or ``""``: the nearest tense cue in the clause, before the expression first;
    failing that, the nearest cue earlier in the sentence, or a future cue after it (the governing verb)."""
    if text.startswith(("'s", "’s"), end):
        return "past"
    clause_before, sentence_before = _words_before(text, start)
    clause_after, sentence_after = _words_after(text, end)
    before_marks = _marks(clause_before)
    near_before = before_marks[::-1][:_WINDOW_BEFORE]
    near_after = _marks(clause_after, after=True)[:_WINDOW_AFTER]
    far_before = _marks(sentence_before)[::-1][:_FAR_WINDOW]
    far_after = _marks(sentence_after, after=True)[:_FAR_WINDOW]
    if _of_event(clause_before, clause_after):
        return "past"
    if len(clause_before) == len(sentence_before) and _fronted(sentence_before):
        return _main_clause_cue(text, end) or "past"
    # "a service planned for Saturday was canceled": the main verb decides
    if _first(near_before) == "relative":
        return "past" if _cue(near_after) == "past" else "future"
    if (inner := _complement(clause_before, before_marks)) is not None and (
        near := _cue(inner) or _cue(near_after)
    ):
        return near  # "decided that on Election Day I will vote": the complement's own verb
    if near := _cue(near_before) or _cue(near_after):
        return "past" if near == "future" and _until_had(clause_before, clause_after) else near
    opening = (
        sentence_before[1:]
        if sentence_before[:1] and sentence_before[0].lower() in _CONJUNCTIONS
        else sentence_before
    )
    if len(opening) <= 1 and (fronted := _cue(_marks(sentence_after))):  # "(But) in May, ... he left"
        return fronted
    return "future" if (_cue(far_before) or _cue(far_after)) == "future" else ""


def _complement(before: list[str], marks: list[str | None]) -> list[str | None] | None:
    """The marks of the words after "that" when a tensed verb comes just before it ("he said that on Friday
    ..."), nearest first; ``None`` when the date is in no such complement clause."""
    for i in range(len(before) - 1, 0, -1):
        if before[i].lower() == "that" and marks[i - 1] in ("past", "future"):
            return marks[i + 1 :][::-1]
    return None


def _of_event(before: list[str], after: list[str]) -> bool:
    """ "the massacre in June", "the June 17 shooting": the date of an event no one schedules is past."""
    cues = _cues()
    named = (
        len(before) > 1 and before[-1].lower() in _PREPOSITIONS and cues.get((before[-2].lower(),)) == "event"
    )
    if (
        named
        and len(before) > 2
        and (before[-3].lower() == "to" or cues.get((before[-3].lower(),)) == "future")
    ):
        named = False  # a verb: "plans to attack on Friday", "will attack in May"
    return named or (bool(after) and cues.get((after[0].lower(),)) == "event")


def _fronted(sentence: list[str]) -> bool:
    """ "Asked on Monday whether ..., he said": the sentence opens with a reporting participle."""
    return bool(sentence) and sentence[0][:1].isupper() and _cues().get((sentence[0].lower(),)) == "fronted"


def _main_clause_cue(text: str, end: int) -> str | None:
    """The cue of the main clause after a fronted participle's clause: after the next comma, in the sentence."""
    after = _unstop(text[end : end + 250])
    stop = _SENTENCE_END.search(after)
    sentence = after[: stop.start()] if stop else after
    comma = sentence.find(", ")
    return _cue(_marks(_WORD.findall(sentence[comma + 1 :]), after=True)) if comma >= 0 else None


def _first(marks: list[str | None]) -> str | None:
    """The first future, past or reduced-relative mark."""
    return next((m for m in marks if m in ("future", "past", "relative")), None)


def _until_had(before: list[str], after: list[str]) -> bool:
    """ "Until Thursday, they had not called him a suspect", "Until that day in April, he had never": "until"
    with a past perfect looks back."""
    return any(w.lower() in ("until", "till") for w in before[-_WINDOW_BEFORE:]) and "had" in (
        w.lower() for w in after[:_WINDOW_AFTER]
    )
