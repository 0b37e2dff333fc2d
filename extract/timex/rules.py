"""Finding: the rules of ``timex_rules.tsv`` compiled once and run over a text.

Each rule names a trigger (a word class or literal that occurs in all of its matches). The
triggers are searched first, and a rule runs only in windows of text around its trigger's
occurrences: most rules never look at most of a document.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from extract.lexicon import DataFileError, load_table
from extract.timex.words import expand, holidays, macros

COLUMNS = ("id", "type", "norm", "pattern", "trigger", "example", "dct", "span", "value")
TYPES = ("DATE", "TIME", "DURATION", "SET")
# How far a match may begin before its trigger and end after it (characters).
_BEFORE, _AFTER = 60, 80
# A match ending this close to its window's end is redone on the whole text (lookaheads).
_EDGE = 20
# A trigger that is only a choice of plain words ("day", "(?:spring|summer)", "(?-i:Monday|Friday)")
# is looked for with str.find, much faster than a regex scan.
_PLAIN = regex.compile(r"[\w' /:-]+")


@dataclass(frozen=True)
class Rule:
    id: str
    type: str
    norm: str
    pattern: regex.Pattern
    order: int
    trigger: regex.Pattern | None = None


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: Rule
    groups: dict[str, str]


def _pieces() -> dict[str, str]:
    pieces = dict(macros())
    names = sorted(holidays(), key=len, reverse=True)
    pieces["holiday"] = "|".join(
        regex.escape(n).replace(r"\ ", r"[\s-]+").replace("'", "['’]?") for n in names
    )
    return pieces


@functools.cache
def _compile(source: str) -> regex.Pattern:
    return regex.compile(source, regex.IGNORECASE | regex.VERSION0)


@functools.cache
def rules() -> tuple[Rule, ...]:
    """Every rule, compiled; a malformed row raises :class:`DataFileError`."""
    pieces = _pieces()
    out = []
    for order, row in enumerate(load_table("timex_rules.tsv", COLUMNS)):
        if row["type"] not in TYPES:
            raise DataFileError(row.file, row.line, f"unknown type {row['type']!r}")
        source = rf"(?<![\w’]|(?<!')'|[^\W\d]-|\d,)(?:{expand(row['pattern'], pieces)})(?!\w|['’](?!s\b|['’]|(?<=s['’])\s)|-[^\W\d])"
        try:
            compiled = _compile(source)
            trigger = _compile(expand(row["trigger"], pieces)) if row["trigger"] else None
        except (regex.error, KeyError) as exc:
            raise DataFileError(row.file, row.line, f"bad pattern: {exc}") from None
        out.append(Rule(row["id"], row["type"], row["norm"], compiled, order, trigger))
    return tuple(out)


def _unwrapped(source: str) -> tuple[str, str] | None:
    """("(?:" or "(?-i:", inside) when one group spans the whole of ``source``."""
    for opener in ("(?:", "(?-i:"):
        if source.startswith(opener) and source.endswith(")"):
            depth = 0
            for i, char in enumerate(source):
                depth += (char == "(") - (char == ")")
                if depth == 0 and i < len(source) - 1:
                    return None
            return opener, source[len(opener) : -1]
    return None


@functools.cache
def plain_words(source: str) -> tuple[bool, tuple[str, ...]] | None:
    """(case matters, words) when a trigger is nothing but a choice of plain words; else None.

    "(?:spring|Fall)" gives (False, ("spring", "fall")), "(?-i:Monday|Friday)" (True, ("Monday",
    "Friday")) and "[ap]\\.?m" None.
    """
    exact = False
    while (inner := _unwrapped(source)) is not None:
        opener, source = inner
        exact = exact or opener == "(?-i:"
    words = tuple(source.split("|"))
    if not all(_PLAIN.fullmatch(word) for word in words):
        return None
    return exact, words if exact else tuple(word.lower() for word in words)


def _hits(text: str, lowered: str, trigger: regex.Pattern) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of the trigger, in order (plain words may overlap)."""
    plain = plain_words(trigger.pattern) if len(lowered) == len(text) else None
    if plain is None:
        return [hit.span() for hit in trigger.finditer(text)]
    exact, words = plain
    haystack = text if exact else lowered
    found = []
    for word in words:
        at = haystack.find(word)
        while at >= 0:
            found.append((at, at + len(word)))
            at = haystack.find(word, at + 1)
    return sorted(found)


def _windows(text: str, lowered: str, trigger: regex.Pattern | None) -> list[tuple[int, int]]:
    """Merged (start, end) spans around the trigger's occurrences; the whole text without trigger."""
    if trigger is None:
        return [(0, len(text))]
    spans: list[tuple[int, int]] = []
    for hit_start, hit_end in _hits(text, lowered, trigger):
        start, end = max(0, hit_start - _BEFORE), min(len(text), hit_end + _AFTER)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def _matches(rule: Rule, text: str, spans: list[tuple[int, int]]):
    for start, end in spans:
        for match in rule.pattern.finditer(text, start, end):
            if match.end() > end - _EDGE and end < len(text):
                match = rule.pattern.match(text, match.start())
                if match is None:
                    continue
            yield match


def candidates(text: str) -> list[Candidate]:
    """All matches of all rules, overlapping ones included."""
    found = []
    windows: dict[regex.Pattern | None, list[tuple[int, int]]] = {}
    lowered = text.lower()
    for rule in rules():
        if rule.trigger not in windows:
            windows[rule.trigger] = _windows(text, lowered, rule.trigger)
        for match in _matches(rule, text, windows[rule.trigger]):
            if match.end() > match.start():
                groups = {k: v for k, v in match.groupdict().items() if v is not None}
                found.append(Candidate(match.start(), match.end(), rule, groups))
    return found


def select(found: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, the earlier rule on a tie; sorted by offset."""
    ranked = sorted(found, key=lambda c: (-(c.end - c.start), c.rule.order, c.start))
    kept: list[Candidate] = []
    for cand in ranked:
        if all(cand.end <= k.start or cand.start >= k.end for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: c.start)
