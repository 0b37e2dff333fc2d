"""Finding: the rules of ``timex_rules.tsv`` compiled once and run over a text."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from extract.lexicon import DataFileError, load_table
from extract.timex.words import expand, holidays, macros

COLUMNS = ("id", "type", "norm", "pattern", "example", "dct", "span", "value")
TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True)
class Rule:
    id: str
    type: str
    norm: str
    pattern: regex.Pattern
    order: int


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: Rule
    groups: dict[str, str]


def _pieces() -> dict[str, str]:
    pieces = dict(macros())
    names = sorted(holidays(), key=len, reverse=True)
    pieces["holiday"] = "|".join(regex.escape(n).replace(r"\ ", r"\s+").replace("'", "['’]?") for n in names)
    return pieces


@functools.cache
def rules() -> tuple[Rule, ...]:
    """Every rule, compiled; a malformed row raises :class:`DataFileError`."""
    pieces = _pieces()
    out = []
    for order, row in enumerate(load_table("timex_rules.tsv", COLUMNS)):
        if row["type"] not in TYPES:
            raise DataFileError(row.file, row.line, f"unknown type {row['type']!r}")
        source = rf"(?<![\w'’]|[^\W\d]-)(?:{expand(row['pattern'], pieces)})(?!\w|['’](?!s\b)|-[^\W\d])"
        try:
            compiled = regex.compile(source, regex.IGNORECASE | regex.VERSION0)
        except (regex.error, KeyError) as exc:
            raise DataFileError(row.file, row.line, f"bad pattern: {exc}") from None
        out.append(Rule(row["id"], row["type"], row["norm"], compiled, order))
    return tuple(out)


def candidates(text: str) -> list[Candidate]:
    """All matches of all rules, overlapping ones included."""
    found = []
    for rule in rules():
        for match in rule.pattern.finditer(text):
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
