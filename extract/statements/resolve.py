"""Name speakers canonically within an article; give each statement its medium and date."""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, replace

import regex

from extract.records import Interval, Sentence, Statement, Timex
from extract.statements.lexicon import alternation, genders, media, pronouns, titles, word_set
from extract.statements.quotes import OPENING_MARK
from extract.statements.raw import Raw, Span
from extract.statements.spans import medium_tail
from extract.statements.speakers import (
    COORDINATORS,
    NAME_ARTICLE,
    OBJECT_PRONOUNS,
    PARTICLES,
    PERSON_HEADS,
    POSSESSIVE,
    clean_name,
    is_adverb,
    is_name_word,
    is_organisation,
    is_suffix,
    list_parts,
    mention_after,
    mention_before,
    org_words,
    tokens,
)

_WORD = r"\p{Lu}(?:[\p{L}’'\-]+|\.(?:\p{Lu}\.)*)"
_PARTICLE = rf"(?:{alternation('name_particles')}[ \t]+)?"  # "Bill de Blasio"
_NAME_RUN = regex.compile(
    rf"(?=\p{{Lu}})(?:{_WORD}[ \t]+{_PARTICLE}){{0,4}}(?:(?:of|for)[ \t]+(?:{_WORD}[ \t]+){{1,2}})?"
    rf"(?:{_WORD}[ \t]+{_PARTICLE})*(?:{NAME_ARTICLE}-)?\p{{Lu}}[\p{{L}}’'\-]+"
)  # the last word may be led by a hyphened article: "Bashar al-Assad"
# "Mitch McConnell, now the Senate majority leader, who …", "Sen. Ann Lee of Ohio, a Democrat, who …": a
# name (with the place it represents), then a description led by an article or a possessive between commas
_APPOSED_BEFORE_RELATIVE = regex.compile(
    rf"(?P<name>(?:(?:{_WORD}[ \t]+)+of[ \t]+)?{_NAME_RUN.pattern}),[ \t]+(?:(?:now|then|also|once)[ \t]+)?"
    + r"(?:an?|"
    + alternation("possessives")
    + r")[ \t](?:[^,;:“”\"()\s]+[ \t]){0,15}[^,;:“”\"()\s]+,[ \t]*$"
)
_DOCUMENTS = frozenset(
    ["letter", "statement", "report", "post", "tweet", "message", "text", "poster", "video"]
)


def _surname(parts: list[str]) -> str:
    """The surname of a name's words: the last, or the one before a suffix ("Joseph R. Biden Jr.")."""
    word = parts[-2] if len(parts) > 2 and is_suffix(parts[-1]) else parts[-1]
    return _ARTICLE.sub("", word) if "-" in word else word  # "al-Assad" and "Assad" are one surname


_ARTICLE = regex.compile(rf"^{NAME_ARTICLE}-(?=\p{{Lu}})", regex.IGNORECASE)


def _first(parts: list[str]) -> str:
    """The first name, with the suffix if any: "Donald Trump Jr." is not "Donald J. Trump"."""
    return f"{parts[0]} {parts[-1]}" if len(parts) > 2 and is_suffix(parts[-1]) else parts[0]


@dataclass
class _Person:
    """One person an article names: the longest variant of the name, the gender an honorific told, the
    offset of the first mention."""

    name: str
    gender: str | None
    first_at: int


class Names:
    """What an article says about who is who: the people each surname may stand for, holders of roles.

    A surname alone ("Cruz", "Mr. Trump") stands for the person with that surname whom the article
    named first by full name, so a relative named later ("his father, Rafael Cruz") does not take over
    the article's subject; an honorific ("Mrs. Clinton") first keeps only people who may be of its
    gender (speaker_gender.tsv). Variants of one person ("Hillary Clinton", "Hillary Rodham Clinton")
    share a first name and a surname and are shown by the longest. Names on a headline line in title
    case ("Railing Against Trump, Sanders Vows …") are not learned, and a sentence's first word that the
    article also writes in lower case ("Neither Cruz nor …", "Does Rubio …") is no first name."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.people: dict[str, dict[str, _Person]] = {}  # surname -> first name -> person
        self.roles: dict[str, str] = {}
        self.runs: list[tuple[int, str]] = []  # (offset, text) of every capitalised run outside headlines
        self._lower = frozenset(_LOWER_WORD.findall(text))
        headlines = _headline_lines(text)
        for run in _NAME_RUN.finditer(text):
            if not any(start <= run.start() < end for start, end in headlines):
                self.learn(run.group(), run.start())
                self.runs.append((run.start(), run.group()))

    def _no_opener(self, mention: str, at: int | None, anywhere: bool = False) -> str:
        """``mention`` without its leading words that the article also writes in lower case ("Neither
        Cruz", "Team Trump"), given names and name particles ("Bill", "De Blasio") kept. Unless
        ``anywhere``, only a mention that opens a sentence loses them."""
        if at is None:
            return mention
        before = self.text[max(0, at - 3) : at].rstrip(" \t\"“‘'")
        if not anywhere and before and before[-1] not in ".!?\n":
            return mention
        words = mention.split()
        k = 0
        while k < len(words) - 1 and words[k + 1][:1].isupper() and self._common(words[k]):
            k += 1
        return " ".join(words[k:]) if k else mention

    def _common(self, word: str) -> bool:
        low = word.lower()
        return (
            low in self._lower
            and not word.endswith(".")
            and low not in PARTICLES
            and ("given", low) not in genders()
        )

    def learn(self, mention: str, at: int = 0) -> None:
        if found := list_parts(mention):  # "Ann Lee and Tom Hale": each is named
            for item in found[0]:
                self.learn(item, at)
            return
        trimmed = self._no_opener(mention, at, anywhere=True)
        if trimmed != mention and (any(self._common(w) for w in trimmed.split()) or is_organisation(trimmed)):
            trimmed = mention  # "New York Times" keeps "New", whether or not the article writes "new"
        name, role = clean_name(trimmed)
        if trimmed != mention:
            role = clean_name(mention)[1] or role  # "President Ann Lee" holds a role without "President"
        parts = name.split()
        gender = _honorific_gender(role)
        if (
            len(parts) == 1
            and gender
            and len(known := list(self.people.get(_surname(parts), {}).values())) == 1
        ):
            known[0].gender = known[0].gender or gender  # "Charlie King … Mr. King": Charlie King is a man
        if 2 <= len(parts) <= 4 and all(
            is_name_word(p) or (0 < k < len(parts) - 1 and p in PARTICLES) for k, p in enumerate(parts)
        ):
            person = self.people.setdefault(_surname(parts), {}).setdefault(
                _first(parts), _Person(name, None, at)
            )
            person.gender = person.gender or gender
            person.first_at = min(person.first_at, at)
            if len(name) > len(person.name):
                person.name = name
            if role:
                for phrase, kind in titles():
                    if kind == "role" and " ".join(phrase) in role.lower():
                        self.roles.setdefault(" ".join(phrase), name)

    def last_named(self, before: int, gender: str, since: int = -1, outside: Span = (0, 0)) -> str | None:
        """The last person named before ``before`` (and after ``since``, never inside ``outside``; in full or
        by surname) known to be of ``gender``."""
        runs = [r for r in self.runs if since < r[0] < before and not outside[0] <= r[0] < outside[1]]
        for at, run in reversed(runs):
            name = self.canonical(run, at)
            if len(name.split()) >= 2 and self.gender(name) == gender:
                return name
        return None

    def _entry(self, parts: list[str]) -> _Person | None:
        """The person learned under a first name and surname (the first and last of ``parts``)."""
        return self.people.get(_surname(parts), {}).get(_first(parts)) if len(parts) >= 2 else None

    def _person(self, mention: str) -> bool:
        """Whether ``mention`` is a surname or a first name and surname the article gives a person."""
        parts = clean_name(mention)[0].split()
        return (
            _surname(parts) in self.people
            if len(parts) == 1
            else len(parts) == 2 and bool(self._entry(parts))
        )

    def is_person(self, name: str) -> bool:
        """Whether a canonical name may be a person: a first name and surname the article gives, or one
        capitalised word it never writes in lower case and no word for people ("McLenney", not "Delegates")."""
        parts = name.split()
        if len(parts) == 1:
            low = name.lower()
            return (
                name[:1].isupper()
                and not self._common(name)
                and not is_organisation(name)
                and not {low, low.removesuffix("s")} & _PEOPLE_WORDS
            )
        return self._entry(parts) is not None and not is_organisation(name)

    def knows(self, surname: str) -> bool:
        return _surname([surname]) in self.people

    def gender(self, name: str) -> str | None:
        """The gender of a person by canonical name: an honorific the article gave, else the given name."""
        parts = name.split()
        if len(parts) < 2 or parts[-1].lower() in org_words():
            return None  # "Virginia House" is no woman
        person = self._entry(parts)
        return (person and person.gender) or genders().get(("given", parts[0].lower()))

    def full_name(self, surname: str, gender: str | None = None) -> str | None:
        """The person a surname alone stands for: the first named, of the honorific's gender if any may be."""
        people = list(self.people.get(_surname([surname]), {}).values())
        fitting = [p for p in people if gender and self.gender(p.name) in (gender, None)]
        chosen = min(fitting or people, key=lambda person: person.first_at, default=None)
        return chosen.name if chosen else None

    def canonical(self, mention: str, at: int | None = None) -> str:
        trimmed = self._no_opener(mention, at)
        if trimmed != mention and not self._person(trimmed):
            trimmed = mention  # "New York Times", "State Department": no person's name left over
        name, role = clean_name(trimmed)
        if not name or name.lower() == role.lower():
            if name[:1].isupper() and (full := self.full_name(name)):
                return full  # "King" after "Martin Luther King Jr.": a surname, not the title
            words = f" {' '.join(mention.lower().split())} "
            for phrase, kind in titles():  # whole words: "leaders" are no "leader"
                role = " ".join(phrase)
                if kind == "role" and role in self.roles and f" {role} " in words:
                    return self.roles[role]
            return _strip_determiner(mention)
        parts = name.split()
        if len(parts) == 1 and (full := self.full_name(parts[0], _honorific_gender(role))):
            return full
        if len(parts) == 2 and (person := self._entry(parts)):
            # "Hillary Clinton" is shown as "Hillary Rodham Clinton" if the article says so
            return person.name
        return name


# words the article writes in lower case (ASCII suffices: it tests capitalised words, not names)
_LOWER_WORD = regex.compile(r"\b[a-z][a-z'’-]*")


def _honorific_gender(role: str) -> str | None:
    """ "male" for "Mr.", "female" for "Mrs."/"Ms." (the first word of a stripped title), else None."""
    first = role.split()[0].lower() if role.split() else ""
    return genders().get(("honorific", first))


_LINE = regex.compile(r"[^\n]+")
_LONG_WORD = regex.compile(r"[\p{L}’'\-]{4,}")


def _headline_lines(text: str) -> list[tuple[int, int]]:
    """The spans of short lines in title case (most words of four letters or more capitalised):
    headlines, whose capitals say nothing of names. A line that ends with a full stop is a sentence
    unless it is the text's first line (a title)."""
    spans = []
    for k, line in enumerate(_LINE.finditer(text)):
        if len(line.group()) > 250:
            continue  # a paragraph, not a headline
        words = _LONG_WORD.findall(line.group())
        capitalised = sum(w[:1].isupper() for w in words)
        if (
            4 <= len(words) <= 20
            and capitalised >= 0.7 * len(words)
            and (k == 0 or not line.group().rstrip().endswith("."))
        ):
            spans.append(line.span())
    return spans


def _strip_determiner(mention: str) -> str:
    return _DETERMINER.sub("", mention.strip())


_CHANNEL_OF = regex.compile(
    r"(?P<owner>\p{Lu}[\p{L}.\- ]*?)[’']s\s+(?:[\p{L}\-]+\s+){0,2}?(?:web ?site|site|account|blog|page|channel|feed|"
    + alternation("issued_nouns")
    + ")",
    regex.IGNORECASE,
)
# "a statement from the Israeli military", "a new report by Politico": the body that issued the words speaks
_ISSUED_BY = regex.compile(
    r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[\p{Ll}\-]+\s+){0,2}?"
    + alternation("issued_nouns", "either")
    + r"\s+(?:from|by)\s+(?P<owner>.+)",
    regex.DOTALL,
)
_ISSUED_END = regex.compile(r"\b" + alternation("issued_nouns", "either") + r"$")
_FROM_OR_BY = regex.compile(r"[ \t]+(?:from|by)[ \t]+")
_PARTICIPLE = regex.compile(r"\p{Ll}+(?:ed|ing)")
# "a post by the minister | on X", not "Council on Foreign Relations"
_ON_CHANNEL = regex.compile(r"(?<=\p{Ll})[ \t]+on[ \t]")
_DESCRIBED = regex.compile(r"\s*[,(—–]|\s+-\s")  # "Tom Hale, a lawyer", "Tom Hale (D)", "Tom Hale — …"
_HEAD_END = regex.compile(r"\s+(?:of|for|at|with|in|from|on|who|that|to|close)\b|,")
_INDEFINITE = regex.compile(r"(?:a|an|one)\s+\p{Ll}", regex.IGNORECASE)
_DETERMINER = regex.compile(r"^(?:the|a|an)\s+", regex.IGNORECASE)
_STAND_IN = regex.compile(r"(?<=\p{L})\s+that$")  # a relative word standing in for the phrase before it
_LETTER_BY = regex.compile(
    r"\bletter\b[^.]{0,80}?\bby\s+(?P<name>(?:Gen\.\s+)?\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)*)"
)


def _letter_author(text: str, before: int) -> str | None:
    """The last person said to have written a letter before ``before``."""
    found = list(_LETTER_BY.finditer(text, 0, before))
    return found[-1].group("name") if found else None


_DETERMINERS = word_set("determiners")
_HONORIFIC = "|".join(regex.escape(word.capitalize()) for kind, word in genders() if kind == "honorific")
_OPENING_NAME = regex.compile(  # "Tom Hale left …", "Mr. Hale left …"
    r"(?P<name>(?:(?:"
    + _HONORIFIC
    + r")[ \t]+)?\p{Lu}[\p{L}’'\-]+(?:[ \t]+\p{Lu}[\p{L}’'\-]+){0,3})[ \t]+\p{Ll}"
)
# what may stand before a sentence's opening "he" or "she": "But", "Recently", "On Friday,"
_PRONOUN_LEAD = regex.compile(
    r"(?:"
    + alternation("opening_conjunctions", "title")
    + r"|\p{Lu}\p{Ll}+ly|On[ \t]+\p{Lu}\p{Ll}+day|Later)"
    r",?[ \t]*$"
)


def _opening_person(
    text: str, names: Names, raws: Sequence[Raw], k: int, sentences: Sequence[Sentence]
) -> str | None:
    """ "Tom Hale left the hall. He said …": the person named at the start of the sentence just before
    a sentence that opens with "he" or "she", when that sentence holds no statement of its own."""
    raw = raws[k]
    lead = text[sentences[raw.sentence].start : raw.speaker[0]].strip() if sentences else ""
    if not sentences or raw.sentence == 0 or (lead and not _PRONOUN_LEAD.fullmatch(lead)):
        return None
    if k and raws[k - 1].sentence >= raw.sentence - 1:
        return None  # the sentence before has a speaker: the pronoun goes on with that one
    before = sentences[raw.sentence - 1]
    return _person_opening(text, names, before.start, before.end)


def _person_opening(text: str, names: Names, start: int, end: int, owner: bool = True) -> str | None:
    """The known person (first name and surname) whose name opens the words from ``start``; not a phrase
    led by a determiner ("The Harbour Board met …"), nor with ``owner`` false a possessive ("Holt’s
    colleague Matt Lauer …": the owner is not the subject)."""
    found = _OPENING_NAME.match(text, start, end)
    if not found or found.group("name").split()[0].lower() in _DETERMINERS:
        return None
    if not owner and found.group("name").endswith(("’s", "'s")):
        return None
    name = names.canonical(found.group("name"))
    return name if names.knows(_surname(name.split())) and len(name.split()) >= 2 else None


_CLAUSE_BEFORE_PRONOUN = regex.compile(  # "Tom Hale left early | when he …"
    r"[ \t,]" + alternation("clause_openers") + r"[ \t]*$", regex.IGNORECASE
)


def _sentence_subject(
    text: str, names: Names, raws: Sequence[Raw], k: int, sentences: Sequence[Sentence]
) -> str | None:
    """ "Tom Hale changed his plan on Saturday when he announced …": the person opening the sentence, for
    "he" or "she" after a clause opener in it, when no statement comes before in the sentence."""
    raw = raws[k]
    if not sentences or (k and raws[k - 1].sentence == raw.sentence):
        return None
    sent = sentences[raw.sentence]
    if not _CLAUSE_BEFORE_PRONOUN.search(text, sent.start, raw.speaker[0]):
        return None
    return _person_opening(text, names, sent.start, raw.speaker[0], owner=False)


def _named_subject(
    text: str, names: Names, raws: Sequence[Raw], k: int, sentences: Sequence[Sentence], pronoun: str
) -> str | None:
    """The person "he" or "she" stands for by the sentence around it, not by the last speaker."""
    for find in (_opening_person, _sentence_subject):
        person = find(text, names, raws, k, sentences)
        if person and _may_be(names, person, pronoun):
            return person
    return None


def speaker_names(text: str, raws: Sequence[Raw], sentences: Sequence[Sentence] = ()) -> list[str]:
    """The canonical speaker of every raw statement, pronouns resolved to earlier speakers."""
    names = Names(text)
    for raw in raws:
        names.learn(text[raw.speaker[0] : raw.speaker[1]], raw.speaker[0])
    out: list[str] = []
    for k, raw in enumerate(raws):
        mention = text[raw.speaker[0] : raw.speaker[1]]
        mention = OBJECT_PRONOUNS.get(mention.lower(), mention)  # "quoted him as saying": he
        mention = _STAND_IN.sub("", mention)  # "a group that | said": the group
        kind = pronouns().get(mention.lower())
        if owner := _CHANNEL_OF.fullmatch(mention) or _ISSUED_BY.fullmatch(mention):
            mention = owner.group("owner")
        if kind == "relative":
            floor = sentences[raw.sentence].start if sentences else raw.speaker[0]
            out.append(_antecedent(text, names, raw.speaker[0], floor) or mention)
        elif (
            kind == "person"
            and mention.lower() != "i"
            and (person := _named_subject(text, names, raws, k, sentences, mention))
        ):
            out.append(person)
        elif kind in ("person", "group", "thing") and out and mention.lower() not in ("i", "we"):
            last_at = raws[k - 1].speaker[1]  # where the speaker it may go on with is named
            out.append(_goes_on_with(names, out, mention, raw.speaker[0], last_at, (raw.start, raw.end)))
        elif kind == "person" and (gender := _pronoun_gender(mention)):
            out.append(names.last_named(raw.speaker[0], gender) or mention)  # "she" before any speaker
        elif _strip_determiner(mention).lower() in _DOCUMENTS:
            author = _letter_author(text, raw.speaker[0]) if "letter" in mention.lower() else None
            out.append(names.canonical(author) if author else _strip_determiner(mention))
        else:
            out.append(names.canonical(mention, raw.speaker[0]))
    return _name_descriptions(text, names, raws, out)


# a plural of people after a name run, before a relative "who": "Israeli officials, who", "Republican
# Jewish leaders, who", "African American women who"
_PEOPLE_AFTER = regex.compile(r"[ \t]+(?P<people>\p{Ll}+(?<=s)|men|women|people|police)[ \t]*,?[ \t]*")


# a lower-case noun owned by the name run before a relative "who": "Israel's envoy, who", "the party's new chair who"
_OWNED_AFTER = regex.compile(
    r"[ \t]+(?P<owned>\p{Ll}[\p{Ll}\-]*(?:[ \t]+\p{Ll}[\p{Ll}\-]*){0,2})[ \t]*,?[ \t]*"
)
_PREDICATE = regex.compile(r"\b(?:is|was|remains|has\s+been)\s+(?:a|an)\s")


# words that join two phrases into one before a relative: "members of the board, who", "the envoy to the U.N., who"
_PHRASE_LINKS = frozenset(("of", "for", "to"))
# a verb before the phrase makes it a predicate ("he's a counterpuncher who"): the subject is meant
_COPULAS = frozenset(("is", "was", "are", "were", "’s", "'s", "remains", "been", "be", "become", "became"))
_PHRASE_WORDS = 5
_ROLE_HEADS = frozenset(words[-1] for words, kind in titles() if kind == "role")
# words no noun phrase before a relative runs back over ("Santilli on | camera, who", "Cruz and | Rubio, who")
_PHRASE_STOPS = word_set("relative_phrase_stops")
_CLAUSE_WORDS = word_set("finite_auxiliaries") | word_set("light_adverbs")
_TIME_WORDS = word_set("time_words") - {"on"}
_NOT_NAMES = _DETERMINERS | _PHRASE_STOPS | word_set("opening_words")
_PHRASE_ENDS = _PHRASE_LINKS | _PHRASE_STOPS


def _phrase_start(toks: list[tuple[int, int, str]], end: int) -> int | None:
    """Index of the first token of the smallest noun phrase ending at ``toks[end - 1]``: a run of
    capitalised words (with a determiner or possessive just before it), or a lower-case head with the words
    back to its determiner or possessive ("the multicultural professional class"), else the head alone
    with the capitalised words before it ("black voters": "voters"; "Republican partisans")."""
    last = end - 1
    word = toks[last][2].lower() if last >= 0 else ""
    if not word[:1].isalpha() or word in pronouns() or word in _PHRASE_STOPS or word in _CLAUSE_WORDS:
        return None
    k = last
    if is_name_word(toks[last][2]):
        k = _names_before(toks, k)
        if k > 0 and toks[k - 1][2].lower() in _DETERMINERS:
            k -= 1
        return k
    for j in range(last - 1, max(-1, last - _PHRASE_WORDS), -1):
        word = toks[j][2]
        if POSSESSIVE.search(word):
            return _phrase_start(toks, j + 1)  # "Israel's envoy": the owner's phrase leads
        if word.lower() in _DETERMINERS or word[:1].isdigit():
            return j
        if word.lower() in _CLAUSE_WORDS or is_adverb(word):
            return None  # "Once the video was released, which": a clause, not a phrase
        if not word[:1].isalpha() or word.lower() in _PHRASE_ENDS or word.lower() in pronouns():
            break
    for j in range(last - 1, max(-1, last - 3), -1):  # "Renaissance Technologies hedge fund who"
        if not toks[j][2][:1].isalpha() or toks[j][2].lower() in _PHRASE_ENDS:
            break
        if is_name_word(toks[j][2]) and _names_before(toks, j + 1) <= j:
            return _names_before(toks, j + 1)
    return _names_before(toks, k)


def _names_before(toks: list[tuple[int, int, str]], k: int) -> int:
    """Index of the first of the capitalised words running back from ``toks[k]`` (``k`` when there are none);
    a word opening a sentence or a phrase ("Among those who") is none of them."""
    while k > 0 and is_name_word(toks[k - 1][2]) and toks[k - 1][2].lower() not in _NOT_NAMES:
        k -= 1
    return k


def _relative_phrase(text: str, floor: int, at: int) -> str | None:
    """The noun phrase a relative pronoun at ``at`` follows ("the ministry, which", "Sen. Ann Lee of Ohio,
    who", "members of the Saudi government, which"), joined over "of"/"for"/"to" to a phrase before whose
    head is a name or a word for people, and for "who" over a place the people are at ("a staffer at the
    State Department who"). None after a verb of being ("he is a lawyer who": the subject), a coordinator,
    a source description ("familiar with"), or a preposition before a bare noun ("on camera, who")."""
    toks = tokens(text, floor, at)
    if toks and toks[-1][2] == ",":
        toks.pop()
    while toks and toks[-1][2].lower() in _TIME_WORDS:  # "Sen. Rob Portman this year, who"
        toks.pop()
    start = _phrase_start(toks, len(toks))
    if start is None:
        return None
    who = text[at : at + 3].lower() == "who"
    for _ in range(2):
        link = start - 1
        head = toks[link - 1][2].lower() if link > 0 else ""
        people = _of_people(head) or head in org_words()
        named = is_name_word(toks[link - 1][2]) and toks[link][2].lower() != "to" if link > 0 else False
        joined = toks[link][2].lower() in _PHRASE_LINKS and (named or people) if link > 0 else False
        if not (joined or (who and link > 0 and _place_of_person(toks, link, start))):
            break
        before = _phrase_start(toks, link)
        if before is None:
            break
        start = before
    previous = toks[start - 1][2].lower() if start > 0 else ""
    bare = all(t[2][:1].islower() and t[2].lower() not in _DETERMINERS for t in toks[start:])
    if previous in _COPULAS or previous in COORDINATORS or (bare and previous in _PHRASE_STOPS):
        return None  # "he is a lawyer who", "a racist and bully who", "Santilli on camera, who": as before
    if _DESCRIBED_BY.search(text, toks[max(0, start - 4)][0], toks[start][0]):
        return None  # "one Democrat familiar with the discussion, who": the Democrat
    return text[toks[start][0] : toks[-1][1]]


def _of_people(word: str) -> bool:
    """A word for people or a role, singular or plural ("aide", "members", "senator")."""
    return any(w in PERSON_HEADS or w in _ROLE_HEADS for w in (word, word[:-1] if word.endswith("s") else ""))


def _place_of_person(toks: list[tuple[int, int, str]], link: int, start: int) -> bool:
    """Whether the phrase ``toks[start:]`` after the preposition ``toks[link]`` is a place or body where the
    people named before it are ("a staffer at the State Department who", "Democrats in Congress who"), so
    that "who" stands for those people; not when it is a person's name ("a friend of Ann Lee, who")."""
    words, head = [t[2] for t in toks[start:]], toks[link - 1][2]
    people = _of_people(head.lower()) or (is_name_word(head) and head.endswith("s"))
    if toks[link][2].lower() not in _PLACE_LINKS or not people:
        return False
    person = (
        len(words) > 1
        and all(is_name_word(w) for w in words)
        and not org_words() & {w.lower() for w in words}
    )
    return not person and (words[0].lower() in _DETERMINERS or all(is_name_word(w) for w in words))


_PLACE_LINKS = frozenset(("of", "at", "in", "on", "from", "for"))
_DESCRIBED_BY = regex.compile(r"\b(?:" + alternation("source_descriptions") + r")\s+$", regex.IGNORECASE)


def _antecedent(text: str, names: Names, at: int, floor: int) -> str | None:
    """Who a relative "who" at ``at`` stands for: the name before an apposed description ("McConnell, now
    the Senate majority leader, who …"), else the noun phrase it follows ("the ministry, which"), else the
    last name run before it, in the last 80 characters or else the sentence's name a description is of (from
    ``floor``): "Tom Hale is a liar, a bully and a boor who has pledged …"."""
    if apposed := _APPOSED_BEFORE_RELATIVE.search(text, max(0, at - 160), at):
        return names.canonical(apposed.group("name"))
    if phrase := _relative_phrase(text, floor, at):
        return names.canonical(phrase)
    run = list(_NAME_RUN.finditer(text, max(0, at - 80), at))
    if not run:  # "Tom Hale is a liar, a bully and a boor who …": the subject the description is of
        run = [r for r in _NAME_RUN.finditer(text, floor, at) if _PREDICATE.search(text, r.end(), at)][-1:]
    if run and (people := _PEOPLE_AFTER.fullmatch(text, run[-1].end(), at)):
        return names.canonical(f"{run[-1].group()} {people.group('people')}")  # "Israeli officials, who"
    owner = run and run[-1].group().endswith(("’s", "'s"))
    if owner and (owned := _OWNED_AFTER.fullmatch(text, run[-1].end(), at)):
        return text[run[-1].start() : owned.end("owned")]  # "Israel's envoy, who": the envoy, not Israel
    return names.canonical(run[-1].group()) if run else None


def _goes_on_with(
    names: Names, earlier: list[str], pronoun: str, at: int, last_at: int, content: Span
) -> str:
    """The speaker a pronoun goes on with: the last one (its mention ending at ``last_at``). When that
    speaker is no person, a person of the pronoun's gender named since (outside the statement's own
    ``content``) is meant. When "he"/"she" cannot stand for it: the last person of the pronoun's gender
    named before, else the last earlier speaker known to be of that gender, else the last speaker still."""
    gender = _pronoun_gender(pronoun)
    if gender is None:
        return earlier[-1]
    if not names.is_person(earlier[-1]) and (since := names.last_named(at, gender, last_at, content)):
        return since  # "… delegates said. Ted Cruz … He said": Cruz
    if _may_be(names, earlier[-1], pronoun):
        return earlier[-1]
    spoken = next((name for name in reversed(earlier) if names.gender(name) == gender), None)
    return names.last_named(at, gender) or spoken or earlier[-1]


def _may_be(names: Names, name: str, pronoun: str) -> bool:
    """Whether "he" or "she" may stand for ``name``: yes unless both genders are known and differ."""
    gender = _pronoun_gender(pronoun)
    if gender is not None and (_JOINT.search(name) or is_organisation(name)):
        return False  # "Ann Lee and Tom Hale", "The New York Times" are no "he" or "she"
    return gender is None or names.gender(name) in (gender, None)


# words for people or groups, singular or plural: a speaker named so is no person a pronoun must go on with
_PEOPLE_WORDS = PERSON_HEADS | word_set("plural_speakers") | word_set("group_nouns")
_JOINT = regex.compile(rf"\S\s+(?:{'|'.join(map(regex.escape, COORDINATORS))})\s+[A-Z]")


def _pronoun_gender(pronoun: str) -> str | None:
    return genders().get(("pronoun", pronoun.lower()))


def _name_descriptions(text: str, names: Names, raws: Sequence[Raw], out: list[str]) -> list[str]:
    """ "A deputy commander of X said …" then "“…,” said Ali Fadavi": the description is the named person,
    when it describes a person ("commander", "spokesman"; not "a poll", "a memo") and the article names
    that person (even by surname) for the first time after it, bare: with no title, role or words
    describing them, as a writer does who has just described them. Someone named before would have
    been called by name; someone described again ("Tom Hale, a lawyer") is someone new."""
    out = list(out)
    for i, raw in enumerate(raws[:-1]):
        mention = text[raw.speaker[0] : raw.speaker[1]]
        nxt = raws[i + 1]
        named = text[nxt.speaker[0] : nxt.speaker[1]]
        if (
            _INDEFINITE.match(mention)
            and _describes_person(mention)
            and nxt.sentence - raw.sentence <= 2
            and named == out[i + 1]  # named bare, in full: a person the article has learned
            and names._entry(named.split()) is not None
            and not _DESCRIBED.match(text, nxt.speaker[1])
            and not regex.search(rf"\b{regex.escape(_surname(named.split()))}\b", text[: raw.speaker[0]])
        ):
            out[i] = out[i + 1]
    return out


def _describes_person(mention: str) -> bool:
    """Whether an indefinite mention's head noun names a person ("a deputy commander of X", "one aide")."""
    words = _HEAD_END.split(mention, maxsplit=1)[0].split()
    return len(words) >= 2 and words[-1].lower() in PERSON_HEADS


def medium_of(text: str, sent: Sentence, raw: Raw) -> str:
    """The first media cue in the words of the attribution: from the speaker or cue to the next quotation."""
    begin = min(raw.speaker[0], raw.cue[0] if raw.cue else raw.speaker[0])
    if raw.end <= begin and begin - raw.end < 100:
        begin = raw.end
    stop = raw.start if raw.start > begin else sent.end
    if raw.direct or raw.start <= begin:
        opening = OPENING_MARK.search(text, begin, max(begin, sent.end))
        stop = min(stop, opening.start()) if opening else stop
    else:
        stop = min(max(sent.end, begin), (raw.cue[1] if raw.cue else raw.speaker[1]) + 45)
    window = text[min(begin, sent.start) if not raw.direct and raw.start > begin else begin : stop]
    if raw.start > begin and medium_tail(text, raw.end, sent.end):
        window += " " + text[raw.end : sent.end]  # "X criticised the plan | in a statement on Monday."
    for _id, pattern, medium in media():
        if pattern.search(window):
            return medium
    return "unknown"


def date_of(sent: Sentence, raw: Raw, timexes: Sequence[Timex]) -> Timex | None:
    """The dated expression of the cue's sentence outside the content, nearest to the cue."""
    anchor = raw.cue[0] if raw.cue else raw.speaker[0]
    best: Timex | None = None
    for timex in timexes:
        inside = raw.start <= timex.start < raw.end or (anchor < raw.start and timex.start > anchor + 50)
        if timex.interval is None or inside or not (sent.start <= timex.start < sent.end):
            continue
        if best is None or abs(timex.start - anchor) < abs(best.start - anchor):
            best = timex
    return best


def _date_before(
    text: str, sentences: Sequence[Sentence], raw: Raw, speaker: str, medium: str, timexes: Sequence[Timex]
) -> Timex | None:
    """The date of the sentence before the statement when it names the same speaker and medium."""
    first = min(raw.start, raw.speaker[0])
    index = raw.sentence
    while index > 0 and sentences[index].start > first:
        index -= 1
    if index == 0 or medium == "unknown" or not speaker.split():
        return None
    sent = sentences[index - 1]
    words = text[sent.start : sent.end]
    if speaker.split()[-1] not in words or not any(m == medium and p.search(words) for _i, p, m in media()):
        return None
    dated = [t for t in timexes if sent.start <= t.start < sent.end and t.interval is not None]
    return dated[0] if dated else None


def mention_span(text: str, raw: Raw, sent: Sentence) -> tuple[int, int]:
    """The speaker's words in the sentence: a relative pronoun's span runs back over the phrase it follows
    ("economists who favor …", "Ann Lee, who has said …", "Ann Lee, a Democrat from Ohio, who …")."""
    start, end = raw.speaker
    if pronouns().get(text[start:end].lower()) != "relative":
        return start, end
    if apposed := _APPOSED_BEFORE_RELATIVE.search(text, max(sent.start, start - 160), start):
        return apposed.start("name"), end  # "Ann Lee, a Democrat from Ohio, who"
    if phrase := _relative_phrase(text, sent.start, start):
        return text.rindex(phrase, sent.start, start), end  # "… sent a letter to | the ministry, which"
    before = start
    while before > sent.start and text[before - 1] in " \t":
        before -= 1
    if before > sent.start and text[before - 1] == ",":
        before -= 1
    found = mention_before(text, sent.start, before)
    return (found[0], end) if found and before - found[1] <= 1 else (start, end)


def _with_issuer(text: str, raw: Raw, sent: Sentence) -> Raw:
    """A speaker phrase ending in a document runs on over who issued it: "according to a statement | from
    the Israeli military", "…, according to an analysis | by Ann Lee, a lawyer"."""
    start, end = raw.speaker
    if not _ISSUED_END.search(text, start, end) or not (link := _FROM_OR_BY.match(text, end, sent.end)):
        return raw
    owner = mention_after(text, link.end(), sent.end)
    if owner is None or not text[owner[0]].isalpha():
        return raw
    channel = _ON_CHANNEL.search(text, *owner)
    words = tokens(text, owner[0], channel.start() if channel else owner[1])
    last = words[0]
    for before, word in itertools.pairwise(words):
        if _PARTICIPLE.fullmatch(word[2]) and before[2][:1].isupper():
            break  # "… by the Pew Research Center | based on …": a participle opens a phrase of its own
        last = word
    return replace(raw, speaker=(start, last[1]))


def build(
    text: str,
    raws: Sequence[Raw],
    sentences: Sequence[Sentence],
    dct: datetime.date | None,
    timexes: Sequence[Timex],
) -> list[Statement]:
    """Frozen statements with canonical speakers, media and dates."""
    out: list[Statement] = []
    raws = [_with_issuer(text, raw, sentences[raw.sentence]) for raw in raws]
    names = speaker_names(text, raws, sentences)
    for raw, speaker in zip(raws, names, strict=True):
        sent = sentences[raw.sentence]
        medium = medium_of(text, sent, raw)
        timex = date_of(sent, raw, timexes)
        date: Interval | None = timex.interval if timex else None
        source, value = ("text", timex.value) if timex else ("unknown", None)
        if timex is None:
            timex = _date_before(text, sentences, raw, speaker, medium, timexes)
            date, source, value = (timex.interval, "text", timex.value) if timex else (None, "unknown", None)
        previous = next((p for p in reversed(out) if p.speaker == speaker and raw.start - p.end < 1500), None)
        if previous:
            if timex is None and previous.date_source == "text" and raw.start - previous.end < 600:
                date, source, value = previous.date, "text", previous.timex
            if medium == "unknown":
                medium = previous.medium
        if date is None and dct is not None:
            date, source = Interval(dct, dct, "day"), "publication"
        cue = raw.cue or (None, None)
        mention = mention_span(text, raw, sent)
        out.append(
            Statement(
                raw.start, raw.end, speaker, *mention, cue[0], cue[1], medium, raw.direct,
                raw.rule_id, date, value, source, text[mention[0] : mention[1]],
            )
        )  # fmt: skip
    return sorted(out, key=lambda s: (s.start, s.end))
