"""The tagger's word lists (``timex_words.tsv``, ``timex_holidays.tsv``) as lookups and regex pieces."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from fractions import Fraction

from extract.lexicon import DataFileError, load_table

_KINDS = (
    "month",
    "weekday",
    "season",
    "part_of_day",
    "number",
    "ordinal",
    "day_ordinal",
    "unit",
    "set",
    "decade",
    "fraction",
)
_IRREGULAR_PLURALS = {"century": "centuries"}


@functools.cache
def lookup(kind: str) -> dict[str, str]:
    """Lower-case word -> value for one kind of ``timex_words.tsv`` (plural units included)."""
    if kind not in _KINDS:
        raise KeyError(kind)
    table = {
        r["word"]: r["value"]
        for r in load_table("timex_words.tsv", ("kind", "word", "value"))
        if r["kind"] == kind
    }
    if kind == "unit":
        for word, value in list(table.items()):
            table[_IRREGULAR_PLURALS.get(word, word + "s")] = value
    return table


def counted(unit: str, n: int | float | None) -> tuple[str, int | float | None]:
    """A unit and a count as TIMEX3 writes them: a fortnight ("FN") is two weeks."""
    if unit == "FN":
        return "W", None if n is None else n * 2
    return unit, n


# The next smaller unit and how many of it make one: a part of a unit is told in it ("half a year": P6M).
_SMALLER = {
    "CE": ("Y", 100),
    "DE": ("Y", 10),
    "Y": ("M", 12),
    "Q": ("M", 3),
    "M": ("D", 30),
    "W": ("D", 7),
    "D": ("TH", 24),
    "TH": ("TM", 60),
    "TM": ("TS", 60),
}
# Units TIMEX3 does not combine with another: a part of one is told wholly in the smaller unit
# ("two and a half decades": P25Y, not P2DE).
_UNCOMBINED = ("CE", "DE", "Q", "W")


def fraction(text: str) -> Fraction | None:
    """The part of a unit a fraction names: "half a" 1/2, "a quarter of an" 1/4, "three-quarters of a" 3/4."""
    words = " ".join(w for w in key(text).split() if w not in ("a", "an", "one", "of", "and"))
    found = lookup("fraction").get(words)
    return Fraction(found) if found else None


def parts(amount: Fraction, unit: str) -> dict[str, int] | None:
    """A fractional amount of a unit as whole amounts of it and smaller units: 2.5 years {"Y": 2, "M": 6},
    half a century {"Y": 50}, 2.5 weeks {"D": 17, "TH": 12}; ``None`` when no smaller unit is whole."""
    found: dict[str, int] = {}
    while amount:
        if (unit in _UNCOMBINED and amount.denominator != 1) or int(amount) == 0:
            if unit not in _SMALLER:
                return None
            unit, times = _SMALLER[unit]
            amount *= times
            continue
        found[unit] = int(amount)
        amount -= int(amount)
    return found


def whole(amount: Fraction, unit: str) -> tuple[str, int] | None:
    """A fractional amount as a whole number of the largest unit that holds it: a year and a half ("M", 18)."""
    while amount.denominator != 1:
        if unit not in _SMALLER:
            return None
        unit, times = _SMALLER[unit]
        amount *= times
    return unit, int(amount)


def key(word: str) -> str:
    """The lookup key of a matched word: lower case, single spaces, no trailing dot."""
    return " ".join(word.lower().replace("-", " ").split()).rstrip(".")


def value(kind: str, word: str) -> str | None:
    table = lookup(kind)
    found = table.get(key(word))
    if found is None:
        found = table.get(key(word).replace(" ", "-"))
    return found


def _alternation(words: list[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in ordered)


def _capitalised(words: list[str]) -> str:
    """Case-sensitive alternation: Capitalised or UPPER forms, abbreviations with an optional dot."""
    forms = []
    for w in sorted(words, key=len, reverse=True):
        dot = r"\.?" if len(w) <= 4 and w not in ("may", "june", "july") else ""
        forms.append(f"{re.escape(w.capitalize())}{dot}|{re.escape(w.upper())}{dot}")
    return "(?-i:" + "|".join(forms) + ")"


@functools.cache
def macros() -> dict[str, str]:
    """Regex pieces named by kind, for ``{name}`` references in ``timex_rules.tsv``."""
    pieces = {
        "month": _capitalised(list(lookup("month"))),
        "weekday": _capitalised(list(lookup("weekday"))),
        "season": _alternation(list(lookup("season"))),
        "pod": _alternation(list(lookup("part_of_day"))),
        "ordinal": _alternation(list(lookup("ordinal"))) + r"|\d{1,2}(?:st|nd|rd|th)",
        "day_word": _alternation([*lookup("ordinal"), *lookup("day_ordinal")]),
        "unit": _alternation(list(lookup("unit"))),
        "decade_word": _alternation(list(lookup("decade"))),
    }
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    numbers = _alternation(list(lookup("number")))
    pieces["number"] = (
        rf"(?:(?:{tens})[\s-]+(?:one|two|three|four|five|six|seven|eight|nine)|{numbers}|\d{{1,3}}(?:,\d{{3}})+(?!,?\d)|\d+(?:\.\d+)?)"
    )
    for row in load_table("timex_patterns.tsv", ("name", "pattern")):
        pieces[row["name"]] = expand(row["pattern"], pieces)
    return pieces


_REF = re.compile(r"\{(?P<name>[a-z_]+)\}")


def expand(pattern: str, pieces: dict[str, str]) -> str:
    """Replace ``{name}`` references by their (non-capturing) regex piece."""
    return _REF.sub(lambda m: f"(?:{pieces[m['name']]})", pattern)


def number(text: str) -> int | None:
    """The value of a number written in digits or words; ``None`` for an unspecified quantity."""
    words = key(text).replace(",", "")  # "2,000"
    if words.replace(".", "", 1).isdigit():
        return int(float(words))
    found = value("number", words)
    if found is not None:
        return None if found == "X" else int(found)
    parts = words.split()
    if len(parts) == 2:
        tens, ones = value("number", parts[0]), value("number", parts[1])
        if tens and ones and tens != "X" and ones != "X":
            return int(tens) + int(ones)
    return None


def ordinal(text: str) -> int | None:
    words = key(text)
    if words[:-2].isdigit():
        return int(words[:-2])
    found = value("ordinal", words) or value("day_ordinal", words)
    return int(found) if found else None


def day_number(text: str) -> int:
    """The day of the month a matched day gives: "21", "3rd", "the twenty-first"'s "twenty-first"."""
    return ordinal(text) or int(key(text))


CALENDARS = ("gregorian", "hijri", "hebrew")


@dataclass(frozen=True)
class Holiday:
    """A row of ``timex_holidays.tsv``: month and day in its own calendar; with a weekday, ``day`` counts that
    weekday (-1: the last one); ``days`` it lasts (0: the whole month)."""

    month: int
    day: int
    weekday: int
    days_after: int
    every_years: int
    calendar: str
    days: int


@functools.cache
def holidays() -> dict[str, Holiday]:
    """Holiday name (lower case) -> its row."""
    table = {}
    columns = ("name", "month", "day", "nth_weekday", "days_after", "every_years", "calendar", "days")
    for row in load_table("timex_holidays.tsv", columns):
        if (row["calendar"] or "gregorian") not in CALENDARS:
            raise DataFileError(row.file, row.line, f"unknown calendar {row['calendar']!r}")
        table[key(row["name"])] = Holiday(
            int(row["month"]),
            int(row["day"]),
            int(row["nth_weekday"] or 0),
            int(row["days_after"] or 0),
            int(row["every_years"] or 1),
            row["calendar"] or "gregorian",
            int(row["days"] or 1),
        )
    return table


def year_number(text: str) -> int:
    """A year written in digits ('1998', '98') or words ('nineteen ninety-eight')."""
    if not text.isdigit():
        century, _, rest = key(text).partition(" ")
        return 100 * (number(century) or 19) + (number(rest) or 0)
    digits = int(text)
    if len(text) == 2:
        return 1900 + digits if digits >= 30 else 2000 + digits
    return digits
