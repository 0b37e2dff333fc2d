"""Claims reported inside another speaker's indirect speech are not statements of their own.

In "Ann Lee said the mayor was backing the plan", the mayor's "backing" is Ann Lee's claim: shown
as a statement by the mayor it would put words in the mayor's mouth. A clause statement
(``speaker-cue-clause``) whose cue stands inside the content of an indirect statement by another
speaker is dropped; the outer statement keeps the whole claim. Quoted words are not touched: in
“Tom Hale says he is honored,” the quoted speaker reports Tom Hale's words verbatim.

A speaker and cue after a comma inside the outer content start a new clause ("… accusing the
council of lying, Ann Lee said the mayor …"): there the outer content ran over its end, so it is
cut before the comma and both statements stay.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from extract.records import Statement
from extract.statements.speakers import list_parts, role_apposed

NESTED_RULES = frozenset({"speaker-cue-clause"})


def _among(inner: str, outer: str) -> bool:
    """Whether ``inner`` is the outer speaker or one of a pair named together ("Bolton and Gorka" holds
    Sebastian Gorka): by the last word of the name."""
    if inner == outer:
        return True
    found = list_parts(outer)
    return bool(found and inner.split()) and inner.split()[-1] in [
        word for item in found[0] for word in item.split()[-1:]
    ]


def _inside(inner: Statement, outer: Statement) -> bool:
    return (
        inner.rule_id in NESTED_RULES
        and not outer.direct
        and outer is not inner
        and inner.cue_start is not None
        and inner.cue_end is not None
        and outer.start <= inner.cue_start
        and inner.cue_end <= outer.end
        and not _among(inner.speaker, outer.speaker)
    )


def _new_clause(text: str, inner: Statement, outer: Statement) -> int | None:
    """Where ``outer`` should end when ``inner``'s speaker starts a clause after a comma in it."""
    start, cue = inner.speaker_start, inner.cue_start
    if start is None or cue is None or inner.speaker_end is None or not outer.start < start <= cue:
        return None
    apposed = text[inner.speaker_end : cue].strip() == ","  # "… her rival, Tom Hale, wants …"
    role = role_apposed(text, outer.start, (start, inner.speaker_end)) if apposed else None
    before = text[outer.start : start if role is None else role].rstrip()
    return outer.start + len(before) - 1 if len(before) > 1 and before.endswith(",") else None


def drop_reported_claims(text: str, found: Sequence[Statement]) -> list[Statement]:
    """``found`` without the clause statements that another speaker's indirect speech reports."""
    ends: dict[int, int] = {}
    dropped: set[int] = set()
    for i, inner in enumerate(found):
        for j, outer in enumerate(found):
            if not _inside(inner, outer):
                continue
            cut = _new_clause(text, inner, outer)
            if cut is None:
                dropped.add(i)
            else:
                ends[j] = min(ends.get(j, outer.end), cut)
    return [replace(s, end=ends[i]) if i in ends else s for i, s in enumerate(found) if i not in dropped]
