"""Which of two statements with overlapping content spans to keep.

Statements are taken in text order (longest first at one start). A statement whose content overlaps
a kept one by more than half of the longer span is dropped, unless the kept content swallowed it: the
later statement's speaker and cue stand inside the kept content after a comma ("In a note to staff,
Ann Lee said …" read as the content of "note"), in which case the later statement replaces it; never
an "according to" statement, whose content is a whole clause ("According to X, in 1990, Y …"). Two
agents of one passive subject are both kept ("welcomed by X and condemned by Y").
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.statements.raw import Raw, overlap


def _clash(a: Raw, b: Raw) -> bool:
    return overlap(a, b) * 2 > max(a.end - a.start, b.end - b.start)


def swallowed(text: str, kept: Raw, raw: Raw) -> bool:
    """Whether ``raw`` (speaker, cue, then content) stands inside ``kept``'s content after a comma."""
    if (
        raw.cue is None
        or kept.rule_id == "according-to"
        or not (kept.start < raw.speaker[0] and raw.cue[1] <= raw.start <= kept.end)
    ):
        return False
    return text[kept.start : raw.speaker[0]].rstrip().endswith((",", "”", '"', "''"))


def _both_agents(a: Raw, b: Raw) -> bool:
    """Two agents of one subject ("The plan was welcomed by Israel and condemned by the Palestinians"):
    both are kept, so that neither side is reported alone."""
    return (
        a.rule_id == b.rule_id == "passive-by-agent"
        and (a.start, a.end) == (b.start, b.end)
        and a.speaker != b.speaker
    )


def keep_one(text: str, found: Sequence[Raw]) -> list[Raw]:
    """One statement per content span (see the module notes), in text order."""
    kept: list[Raw] = []
    for raw in sorted(found, key=lambda r: (r.start, -(r.end - r.start))):
        clash = [k for k in kept if k.end > raw.start and _clash(raw, k) and not _both_agents(k, raw)]
        if clash and all(swallowed(text, k, raw) for k in clash):
            kept = [k for k in kept if k not in clash]
            clash = []
        if not clash:
            kept.append(raw)
    return sorted(kept, key=lambda r: (r.start, -(r.end - r.start)))
