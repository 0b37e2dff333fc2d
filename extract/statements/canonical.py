"""One canonical name per speaker across articles.

Names are first mapped through ``data/speaker_aliases.tsv`` (spelling and
transliteration variants); then a name that is one word is joined to the fullest
name ending in that word when only one such name exists, and names that differ by
a few letters in the same surname are merged (rapidfuzz), comparing only names
whose surnames share their first or last three letters, so the work grows about
linearly with the number of names.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from rapidfuzz import fuzz

from extract.lexicon import load_table


@functools.cache
def _aliases() -> dict[str, str]:
    rows = load_table("speaker_aliases.tsv", ("id", "alias", "canonical", "example", "expected"))
    return {_key(r["alias"]): r["canonical"] for r in rows}


def _key(name: str) -> str:
    return " ".join(name.replace("'", "’").lower().split())


def _surname(name: str) -> str:
    return _key(name).split(" ")[-1] if name.strip() else ""


def canonical_speakers(names: Iterable[str]) -> dict[str, str]:
    """Map every given name to one canonical name shared by its variants."""
    given = list(dict.fromkeys(n for n in names if n))
    first = {n: _aliases().get(_key(n), n) for n in given}
    full = sorted({v for v in first.values() if len(v.split()) >= 2}, key=lambda v: (-len(v), v))
    merged: dict[str, str] = {}
    blocks: dict[str, list[str]] = {}
    for name in full:
        keys = _blocks(name)
        candidates = dict.fromkeys(t for k in keys for t in blocks.get(k, ()))
        target = next((m for m in candidates if _same_person(name, m)), name)
        merged[name] = target
        if target == name:
            for k in keys:
                blocks.setdefault(k, []).append(name)
    by_surname: dict[str, set[str]] = {}
    for f in full:
        by_surname.setdefault(_surname(f), set()).add(merged[f])
    out: dict[str, str] = {}
    for original, name in first.items():
        if name in merged:
            out[original] = merged[name]
            continue
        holders = by_surname.get(_key(name), set())
        out[original] = next(iter(holders)) if len(holders) == 1 else name
    return out


def _blocks(name: str) -> tuple[str, ...]:
    """Blocking keys: names that may be merged share the start or the end of their surname."""
    last = _surname(name)
    return (f"<{last[:3]}", f">{last[-3:]}")


def _same_person(a: str, b: str) -> bool:
    """Same surname (or nearly) and compatible given names."""
    if fuzz.ratio(_surname(a), _surname(b)) < 85:
        return False
    given_a, given_b = _key(a).split(" ")[:-1], _key(b).split(" ")[:-1]
    return fuzz.ratio(" ".join(given_a), " ".join(given_b)) >= 80 or set(given_a) <= set(given_b)
