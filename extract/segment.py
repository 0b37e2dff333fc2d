"""Sentence segmentation with character offsets into the text as given.

Paragraphs are hard boundaries: a blank line always, and a single line break
unless it only wraps a running sentence (the line before ends without a
sentence-final mark and the next line starts in lower case, or the line before
ends on a word listed in ``data/segment_wrap_words.tsv``). Within a paragraph a sentence ends at ``.``, ``!``,
``?`` (plus any closing quotes or brackets) followed by white space and a
capitalised word, digit or opening quote, unless the full stop belongs to an
abbreviation listed in ``data/segment_abbreviations.tsv``.
"""

from __future__ import annotations

import functools

import regex

from extract.lexicon import load_table, load_words
from extract.records import Sentence

_BOUNDARY = regex.compile(r"(?P<stop>[.!?…]+)(?P<close>[”’\"')\]»]*)(?P<space>\s+)(?=[“‘\"'(\[«]*[\p{Lu}\d])")
_LINE = regex.compile(r"[^\n]*(?:\n|$)")
_NEXT_WORD = regex.compile(r"[“‘\"'(\[«]*(?P<w>[\p{L}\p{N}]+)")
_OPENERS = "“‘\"'([«"
_INITIALISM = regex.compile(r"(?:\p{L}\.)+\p{L}")
_FINAL = frozenset(".!?…:;”’\"')]»")


@functools.cache
def _abbreviations() -> dict[str, str]:
    """Lower-cased abbreviation (without final stop) -> "number", "can_end" or "never_ends"."""
    rows = load_table("segment_abbreviations.tsv", ("id", "abbreviation", "kind", "can_end", "example"))
    out: dict[str, str] = {}
    for row in rows:
        if row["kind"] == "number":
            out[row["abbreviation"].lower()] = "number"
        else:
            out[row["abbreviation"].lower()] = "can_end" if row["can_end"] == "yes" else "never_ends"
    return out


def is_abbreviation(word: str) -> bool:
    """Whether ``word`` (with or without its final stop) is a listed abbreviation ("Jr.", "Inc.")."""
    return word.removesuffix(".").lower() in _abbreviations()


@functools.cache
def _wrap_words() -> frozenset[str]:
    return load_words("segment_wrap_words.tsv")


@functools.cache
def _starters() -> frozenset[str]:
    return frozenset(r["word"] for r in load_table("segment_starters.tsv", ("id", "word", "example")))


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of paragraphs: runs of lines joined only where a line merely wraps."""
    spans: list[tuple[int, int]] = []
    start = prev_end = -1
    prev_line = ""
    for match in _LINE.finditer(text):
        line = match.group().rstrip("\r\n")
        if match.start() == len(text) and not match.group():
            break
        if not line.strip():
            if start >= 0:
                spans.append((start, prev_end))
            start, prev_line = -1, ""
            continue
        if start >= 0 and not _wraps(prev_line, line):
            spans.append((start, prev_end))
            start = -1
        if start < 0:
            start = match.start()
        prev_end, prev_line = match.start() + len(line), line
    if start >= 0:
        spans.append((start, prev_end))
    return spans


def _wraps(before: str, after: str) -> bool:
    """True when the break between two non-blank lines only wraps one sentence."""
    tail = before.rstrip()
    if not tail or tail[-1] in _FINAL:
        return False
    head = after.lstrip()
    if head[:1].islower():
        return True
    last = tail.rsplit(None, 1)[-1]
    return last.lower() in _wrap_words()


def _is_abbreviation(text: str, stop_at: int, next_at: int) -> bool:
    """Whether the full stop at ``stop_at`` belongs to an abbreviation, not a sentence end."""
    space = max(text.rfind(" ", 0, stop_at), text.rfind("\n", 0, stop_at))
    word = text[space + 1 : stop_at].lstrip(_OPENERS)
    if not word:
        return False
    kind = _abbreviations().get(word.lower())
    if kind is None and len(word) == 1:
        return word.isupper()  # a middle initial: "George W. Bush"
    if kind is None and not _INITIALISM.fullmatch(word):
        return False
    if kind == "number":
        return text[next_at : next_at + 1].isdigit()
    if kind in (None, "can_end"):
        if text[next_at : next_at + 1] in _OPENERS:
            return False
        following = _NEXT_WORD.match(text, next_at, next_at + 40)
        return following is None or following.group("w") not in _starters()
    return True


def _sentences_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _BOUNDARY.finditer(text, start, end):
        stop = match.start("stop")
        if match.group("stop") == "." and _is_abbreviation(text, stop, match.end()):
            continue
        spans.append((begin, match.end("close")))
        begin = match.end()
    spans.append((begin, end))
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences (offsets into ``text``, white space trimmed)."""
    out: list[Sentence] = []
    for para_start, para_end in _paragraphs(text):
        for start, end in _sentences_in(text, para_start, para_end):
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end:
                out.append(Sentence(start, end, text[start:end]))
    return out
