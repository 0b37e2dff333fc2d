"""The statement extractor's data files, loaded once and compiled."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from extract.lexicon import load_table


@dataclass(frozen=True)
class Verb:
    id: str
    form: str
    takes_object: bool
    short: bool = False
    inverts: bool = True  # may come before its speaker ("“…,” said Ann Lee"); "told" may not


@functools.cache
def verbs() -> dict[str, Verb]:
    """Lower-cased surface form -> reporting verb."""
    out: dict[str, Verb] = {}
    for row in load_table("statement_verbs.tsv", ("id", "forms", "object", "example", "cue")):
        for form in row["forms"].split("|"):
            short = row.get("short", "no") == "yes"
            inverts = row.get("inverts", "yes") == "yes"
            out[form.strip().lower()] = Verb(
                row["id"], form.strip().lower(), row["object"] == "yes", short, inverts
            )
    return out


def cue_form(words: str) -> str:
    """Reporting words as the key of ``verbs()``: lower case, single spaces ("Told\nreporters" → "told reporters")."""
    return " ".join(words.lower().split())


@functools.cache
def base_forms() -> frozenset[str]:
    """Reporting forms that are a verb's bare form ("say", "call for"): another form adds -s or -es to it."""
    firsts = {form.split()[0] for form in verbs()}
    return frozenset(f for f in verbs() if f.split()[0] + "s" in firsts or f.split()[0] + "es" in firsts)


@functools.cache
def statement_nouns() -> tuple[str, ...]:
    """The nouns that lead a statement ("X's claim that …"), longest first (``statement_nouns.tsv``)."""
    rows = load_table("statement_nouns.tsv", ("id", "forms", "example", "cue", "content"))
    return tuple(sorted({f.strip() for r in rows for f in r["forms"].split("|")}, key=len, reverse=True))


@functools.cache
def not_cues() -> dict[str, tuple[tuple[str, str], ...]]:
    """Lower-cased form -> (word before, word after) pairs ("-" for any) where it is no cue."""
    out: dict[str, list[tuple[str, str]]] = {}
    for row in load_table("statement_not_cues.tsv", ("id", "forms", "before", "after", "example", "form")):
        pairs = [(b, a) for b in row["before"].lower().split("|") for a in row["after"].lower().split("|")]
        for form in row["forms"].split("|"):
            out.setdefault(form.strip().lower(), []).extend(pairs)
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def verb_pattern() -> regex.Pattern[str]:
    """Whole-word, case-insensitive alternation of every reporting form (longest first)."""
    forms = sorted(verbs(), key=len, reverse=True)
    body = "|".join(regex.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return regex.compile(rf"(?<![\p{{L}}\-])(?:{body})(?![\p{{L}}\-])", regex.IGNORECASE)


@functools.cache
def _by_first_word() -> dict[str, regex.Pattern[str]]:
    """First word of a reporting form -> a pattern of every form starting with it (longest first)."""
    groups: dict[str, list[str]] = {}
    for form in verbs():
        groups.setdefault(form.split()[0], []).append(form)
    out: dict[str, regex.Pattern[str]] = {}
    for first, forms in groups.items():
        body = "|".join(regex.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))
        out[first] = regex.compile(rf"(?:{body})(?![\p{{L}}\-])", regex.IGNORECASE)
    return out


@functools.cache
def message_cues() -> tuple[frozenset[str], regex.Pattern[str]]:
    """First words of the message phrases ("issued a statement saying") and their pattern."""
    rows = load_table("statement_message_cues.tsv", ("id", "verbs", "pattern", "example", "cue", "content"))
    firsts = {form.split()[0].lower() for r in rows for form in r["verbs"].split("|")}
    body = "|".join("(?:(?:" + r["verbs"] + ") " + r["pattern"] + ")" for r in rows)
    return frozenset(firsts), regex.compile(body.replace(" ", r"\s+"), regex.IGNORECASE)


MESSAGE_VERB = Verb("message", "", takes_object=False, short=False, inverts=False)


def verb_of(words: str) -> Verb | None:
    """The reporting verb of a cue's words: a listed form, or a message phrase ("issued a statement saying")."""
    form = cue_form(words)
    found = verbs().get(form)
    if found is None and message_cues()[1].fullmatch(form):
        return MESSAGE_VERB
    return found


_LETTERS = regex.compile(r"\p{L}+")


def find_cues(text: str) -> list[regex.Match[str]]:
    """Every reporting form in ``text`` (as :func:`verb_pattern` finds them, word by word: faster)."""
    table = _by_first_word()
    message_firsts, message = message_cues()
    out: list[regex.Match[str]] = []
    after = 0
    for word in _LETTERS.finditer(text):
        start = word.start()
        if start < after or (start and text[start - 1] == "-"):
            continue
        lower = word.group().lower()
        found = message.match(text, start) if lower in message_firsts else None  # "issued a statement saying"
        if found is None and (pattern := table.get(lower)):
            found = pattern.match(text, start)
        if found:
            out.append(found)
            after = found.end()
    return out


@functools.cache
def media() -> tuple[tuple[str, regex.Pattern[str], str], ...]:
    """(id, compiled pattern, medium) in file order."""
    rows = load_table("statement_media.tsv", ("id", "pattern", "medium", "example", "medium_expected"))
    return tuple(
        (r["id"], regex.compile(r["pattern"].replace(" ", r"\s"), regex.IGNORECASE), r["medium"])
        for r in rows
    )


@functools.cache
def pronouns() -> dict[str, str]:
    """Lower-cased pronoun -> kind (person | group | thing | relative)."""
    rows = load_table("statement_pronouns.tsv", ("id", "pronoun", "kind", "example", "speaker"))
    return {r["pronoun"].lower(): r["kind"] for r in rows}


@functools.cache
def genders() -> dict[tuple[str, str], str]:
    """(kind, lower-case word) -> "male" | "female": honorifics and given names (speaker_gender.tsv)."""
    rows = load_table("speaker_gender.tsv", ("id", "kind", "words", "gender", "example", "speaker"))
    return {(r["kind"], w.strip()): r["gender"] for r in rows for w in r["words"].split("|")}


@functools.cache
def titles() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(lower-cased words, kind) for titles, roles and organisation words, longest first."""
    rows = load_table("statement_titles.tsv", ("id", "words", "kind", "example", "name"))
    items = [(tuple(r["words"].lower().split()), r["kind"]) for r in rows]
    return tuple(sorted(items, key=lambda item: -len(item[0])))


@functools.cache
def _word_lists() -> dict[str, tuple[str, ...]]:
    """List name -> its lower-case words and phrases, in file order (statement_words.tsv)."""
    rows = load_table("statement_words.tsv", ("id", "words", "example", "found"))
    return {r["id"]: tuple(w.strip().lower() for w in r["words"].split("|")) for r in rows}


def word_set(name: str) -> frozenset[str]:
    """The lower-case words of one list of statement_words.tsv."""
    return frozenset(_word_lists()[name])


def _cased(word: str, case: str) -> str:
    body = regex.escape(word).replace(r"\ ", r"\s+")
    if case == "title":
        return regex.escape(word[:1].upper()) + body[len(regex.escape(word[:1])) :]
    if case == "either":
        return f"[{word[:1].upper()}{word[:1]}]" + body[len(regex.escape(word[:1])) :]
    return body


@functools.cache
def alternation(name: str, case: str = "lower") -> str:
    """One list of statement_words.tsv as a regex alternation ``(?:a|b|…)``, in file order.

    ``case`` is ``lower`` (as written; for patterns that ignore case too), ``title`` ("But") or
    ``either`` ("[Bb]ut"); a space in a phrase matches any run of whitespace.
    """
    return "(?:" + "|".join(_cased(w, case) for w in _word_lists()[name]) + ")"
