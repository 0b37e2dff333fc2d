"""Zones: which lines of an article are body text, photo captions or page furniture.

Rules live in ``data/zones.tsv``. Two more rules need the article itself and
stay in code: a line that only repeats the outlet's name is furniture, and a
short line that the next line repeats with a credit added is a caption.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from extract.lexicon import DataFileError, load_table
from extract.records import Zone

_SENTENCE_END = tuple('.!?…”"’:;')


@dataclass(frozen=True)
class ZoneRule:
    id: str
    kind: str
    scope: str
    pattern: re.Pattern[str]
    example: str


@functools.cache
def rules() -> tuple[ZoneRule, ...]:
    out = []
    for row in load_table("zones.tsv", ("id", "kind", "scope", "pattern", "example")):
        if row["kind"] not in {"furniture", "caption"} or row["scope"] not in {"line", "rest"}:
            raise DataFileError(row.file, row.line, "kind must be furniture|caption and scope line|rest")
        try:
            pattern = re.compile(row["pattern"], re.IGNORECASE)
        except re.error as exc:
            raise DataFileError(row.file, row.line, f"bad pattern: {exc}") from None
        out.append(ZoneRule(row["id"], row["kind"], row["scope"], pattern, row["example"]))
    return tuple(out)


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, stripped line) for every non-blank line, offsets of the stripped text."""
    out = []
    for match in re.finditer(r"[^\n]+", text):
        raw = match.group()
        stripped = raw.strip()
        if stripped:
            start = match.start() + raw.index(stripped)
            out.append((start, start + len(stripped), stripped))
    return out


def match_line(line: str) -> ZoneRule | None:
    """The first rule that matches a stripped line, if any."""
    for rule in rules():
        if rule.pattern.search(line):
            return rule
    return None


def find_zones(text: str, outlet: str | None = None, title: str | None = None) -> list[Zone]:
    """Caption, furniture and headline zones of a plain text; everything else is body."""
    lines = _lines(text)
    zones: list[Zone] = []
    seen_content = False
    for index, (start, end, line) in enumerate(lines):
        rule = match_line(line)
        if rule and rule.scope == "rest":
            zones.append(Zone(start, len(text.rstrip()), rule.kind, f"zones.{rule.id}"))
            break
        if rule:
            zones.append(Zone(start, end, rule.kind, f"zones.{rule.id}"))
        elif outlet and line.casefold() == outlet.strip().casefold():
            zones.append(Zone(start, end, "furniture", "zones.outlet-line"))
        elif index + 1 < len(lines) and _repeated_with_credit(line, lines[index + 1][2]):
            zones.append(Zone(start, end, "caption", "zones.repeated-caption"))
        elif title and line.casefold() == title.strip().casefold():
            zones.append(Zone(start, end, "headline", "zones.title-line"))
        elif not seen_content and len(line) < 200 and not line.endswith(_SENTENCE_END):
            zones.append(Zone(start, end, "headline", "zones.first-line"))
        seen_content = seen_content or not (rule and rule.kind == "furniture")
    return zones


def _repeated_with_credit(line: str, following: str) -> bool:
    return len(line) >= 20 and following.startswith(line) and len(following) > len(line)


def zone_at(zones: list[Zone] | tuple[Zone, ...], offset: int) -> str:
    for zone in zones:
        if zone.start <= offset < zone.end:
            return zone.kind
    return "body"
