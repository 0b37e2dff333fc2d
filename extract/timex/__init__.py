"""Temporal tagger: TimeML TIMEX3 expressions in English news, normalised against the DCT.

``tag(text, dct)`` finds expressions with the data rules of ``extract/data/timex_rules.tsv``,
keeps the longest non-overlapping matches, and normalises them in text order (so that
"the next day" can refer to the last date mentioned). ``tag_for_timeline`` additionally merges
ranges and anchors durations and anaphora to give day intervals.
"""

from __future__ import annotations

import re
from datetime import date

from extract.records import Timex
from extract.timex.calendar import value_to_interval
from extract.timex.context import Context
from extract.timex.resolve import normalise
from extract.timex.rules import Candidate, candidates, select

__all__ = ["tag", "tag_for_timeline", "value_to_interval"]

_JOIN_TIME_DATE = re.compile(r"^,?\s*(?:on\s+)?$")
_CLOCK = re.compile(r"^(?P<day>\d{4}-\d\d-\d\d|XXXX-XX-XX)T(?P<clock>\d\d:\d\d)$")
_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")


_DERIVED = ("ago", "quarter_ref")


def _type(rule_type: str, value: str) -> str:
    if value.endswith("_REF"):
        return "DATE"
    if (rule_type in ("DATE", "TIME") and _CLOCK.match(value)) or (value[:1].isdigit() and "T" in value):
        return "TIME"
    return "DATE" if rule_type == "TIME" else rule_type


def _make(text: str, cand: Candidate, value: str, ctx: Context) -> Timex:
    kind = _type(cand.rule.type, value)
    interval = value_to_interval(value) if kind in ("DATE", "TIME") else None
    relative_to_text = cand.groups.get("dir", "").lower() in ("earlier", "later", "before", "after")
    anaphoric = cand.rule.norm == "anaphor" or (cand.rule.norm == "ago" and relative_to_text and ctx.last_day)
    anchored = "previous" if anaphoric else ("dct" if ctx.dct else "none")
    return Timex(
        cand.start, cand.end, text[cand.start : cand.end], kind, value, cand.rule.id, interval, anchored
    )


def _merge_clock_with_day(text: str, found: list[Timex]) -> list[Timex]:
    """A clock time followed by a day ("10 p.m. Wednesday", "noon Thursday") time followed by a day becomes one TIME."""
    out: list[Timex] = []
    for timex in found:
        prev = out[-1] if out else None
        clock = _CLOCK.match(prev.value or "") if prev else None
        if (
            prev
            and clock
            and timex.value
            and _DAY.match(timex.value)
            and _JOIN_TIME_DATE.match(text[prev.end : timex.start])
        ):
            value = f"{timex.value}T{clock['clock']}"
            out[-1] = Timex(
                prev.start,
                timex.end,
                text[prev.start : timex.end],
                "TIME",
                value,
                prev.rule_id,
                value_to_interval(value),
                timex.anchored_to,
            )
            continue
        out.append(timex)
    return out


def tag(text: str, dct: date | None) -> list[Timex]:
    """TIMEX3 expressions of ``text``, sorted and non-overlapping, resolved against ``dct``."""
    ctx = Context(text, dct)
    found: list[Timex] = []
    for cand in select(candidates(text)):
        value = normalise(cand, ctx)
        if value is None:
            continue
        timex = _make(text, cand, value, ctx)
        derived = cand.rule.norm in _DERIVED or (cand.rule.norm == "deictic" and "-Q" in value)
        if timex.type in ("DATE", "TIME") and not derived:
            ctx.remember(value)
            ctx.last_end = cand.end
        found.append(timex)
    return _merge_clock_with_day(text, found)


def tag_for_timeline(text: str, dct: date | None) -> list[Timex]:
    """Expressions with day intervals for the timeline (ranges merged, durations anchored)."""
    from extract.timex.timeline import for_timeline

    return for_timeline(text, tag(text, dct), dct)
