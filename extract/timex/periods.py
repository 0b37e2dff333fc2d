"""Normalisers of quarters and halves: "the third quarter", "the quarter", "the first half of 1989"."""

from __future__ import annotations

import functools
import re

from extract.timex import relative, words
from extract.timex.calendar import quarter_of
from extract.timex.context import Context, sentence_before, tense

Groups = dict[str, str]


@functools.cache
def _year_ago_lead() -> re.Pattern[str]:
    return re.compile(f"(?:{words.macros()['year_ago_lead']})$", re.I)


def _quarter_number(word: str) -> int:
    found = words.ordinal(word)
    return found if found and 1 <= found <= 4 else 4


def quarter(g: Groups, ctx: Context, start: int, end: int) -> str | None:
    q = _quarter_number(g["quarter"]) if not g["quarter"].isdigit() else int(g["quarter"])
    # "next year's first quarter", "the first quarter of next year"
    rel = words.key(g.get("rel") or (g["ofrel"] + " year" if g.get("ofrel") else ""))
    if g.get("year"):
        return f"{words.year_number(g['year']):04d}-Q{q}"
    if ctx.dct is None:
        return f"XXXX-Q{q}"
    year = ctx.dct.year
    if rel.startswith("last year") or rel in ("last", "previous", "past"):
        year -= 1
    elif rel.startswith("next year"):
        year += 1
    elif rel.startswith("this year") or rel in ("this", "current", "coming", "next"):
        pass
    elif q > quarter_of(ctx.dct.month) and tense(ctx.text, start, end) != "future":
        year -= 1
    if g.get("lead") or _year_ago_lead().search(ctx.text, max(0, start - 30), start):
        year -= 1
    return f"{year:04d}-Q{q}"


def quarter_ref(g: Groups, ctx: Context, start: int, end: int) -> str | None:
    """ "the quarter", "this/that quarter": the quarter of the report (the last mentioned); "the latest
    quarter" one that has ended by the DCT; else the DCT's previous (or, for "the current quarter" and
    "this quarter", its own) quarter. "the quarter a year ago" is that quarter a year back."""
    rel = words.key(g.get("rel", ""))
    if g.get("year"):  # "the 1988 period": the quarter reported on, or the year after "nine months"
        longer = relative.longer_period().search(sentence_before(ctx.text, start))
        return f"{g['year']}{ctx.quarter[4:]}" if ctx.quarter and not longer else g["year"]
    told = (ctx.last_quarter() or ctx.quarter) if rel != "current" else None
    if told and ctx.dct and rel not in ("", "same", "this", "that"):
        told = told if (int(told[:4]), int(told[-1])) < (ctx.dct.year, quarter_of(ctx.dct.month)) else None
    if g.get("ago"):  # "the quarter a year ago": the same quarter of the year before
        base = told or (relative.shift(ctx.dct, "Q", -1) if ctx.dct else None)
        return f"{int(base[:4]) - 1:04d}{base[4:]}" if base else None
    if told or ctx.dct is None:
        return told
    return relative.shift(ctx.dct, "Q", 0 if rel in ("current", "this") else -1)


def month_span(g: Groups, ctx: Context, start: int, end: int) -> str | None:
    """ "the April-June quarter", "the July-December period" (the rule holds only such pairs): the quarter or
    half those months make up, of the year told, else as "the second quarter" would be."""
    first, last = int(words.value("month", g["m1"]) or 1), int(words.value("month", g["m2"]) or 3)
    if last - first == 2:
        return quarter({"quarter": str(quarter_of(first)), "year": g.get("year", "")}, ctx, start, end)
    h = 1 if first <= 6 else 2
    if g.get("year"):
        return f"{words.year_number(g['year']):04d}-H{h}"
    if ctx.dct is None:
        return None
    year = ctx.dct.year - (first > ctx.dct.month and tense(ctx.text, start, end) != "future")
    return f"{year:04d}-H{h}"


_DECADE = re.compile(r"\d+(?=0s)")


def half(g: Groups, ctx: Context, start: int, end: int) -> str | None:
    h = 1 if words.key(g["half"]) == "first" else 2
    if g.get("decade"):  # "the last half of the '80s": TIMEX3 has no halves of decades
        digits = _DECADE.search(g["decade"])
        return ("19" + digits[0] if len(digits[0]) == 1 else digits[0]) if digits else None
    if g.get("year"):
        return f"{g['year']}-H{h}"
    if ctx.dct is None:
        return None
    step = relative._direction(g.get("rel"))
    return f"{ctx.dct.year + step:04d}-H{h}"
