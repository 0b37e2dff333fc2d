"""Name speakers canonically within an article; give each statement its medium and date."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

import regex

from extract.records import Interval, Sentence, Statement, Timex
from extract.statements.lexicon import media, pronouns, titles, word_set
from extract.statements.quotes import OPENING_MARK
from extract.statements.raw import Raw
from extract.statements.spans import medium_tail
from extract.statements.speakers import clean_name, mention_before

_WORD = r"\p{Lu}(?:[\p{L}’'\-]+|\.(?:\p{Lu}\.)*)"
_NAME_RUN = regex.compile(
    rf"(?:{_WORD}[ \t]+){{0,4}}(?:(?:of|for)[ \t]+(?:{_WORD}[ \t]+){{1,2}})?(?:{_WORD}[ \t]+)*\p{{Lu}}[\p{{L}}’'\-]+"
)
_DOCUMENTS = frozenset(
    ["letter", "statement", "report", "post", "tweet", "message", "text", "poster", "video"]
)


class Names:
    """What an article says about who is who: full names by surname, holders of roles."""

    def __init__(self, text: str) -> None:
        self.full: dict[str, str] = {}
        self.roles: dict[str, str] = {}
        for run in _NAME_RUN.finditer(text):
            self.learn(run.group())

    def learn(self, mention: str) -> None:
        name, role = clean_name(mention)
        parts = name.split()
        if 2 <= len(parts) <= 4 and all(p[:1].isupper() for p in parts):
            last = parts[-1]
            if len(name) > len(self.full.get(last, "")):
                self.full[last] = name
            if role:
                for phrase, kind in titles():
                    if kind == "role" and " ".join(phrase) in role.lower():
                        self.roles.setdefault(" ".join(phrase), name)

    def canonical(self, mention: str) -> str:
        name, role = clean_name(mention)
        if not name or name.lower() == role.lower():
            words = f" {' '.join(mention.lower().split())} "
            for phrase, kind in titles():  # whole words: "leaders" are no "leader"
                role = " ".join(phrase)
                if kind == "role" and role in self.roles and f" {role} " in words:
                    return self.roles[role]
            return _strip_determiner(mention)
        parts = name.split()
        if len(parts) == 1 and parts[0] in self.full:
            return self.full[parts[0]]
        return name


def _strip_determiner(mention: str) -> str:
    return _DETERMINER.sub("", mention.strip())


_CHANNEL_OF = regex.compile(
    r"(?P<owner>\p{Lu}[\p{L}.\- ]*?)[’']s\s+(?:[\p{L}\-]+\s+){0,2}?(?:web ?site|site|account|blog|page|channel|feed)",
    regex.IGNORECASE,
)
_INDEFINITE = regex.compile(r"(?:a|an|one)\s+\p{Ll}", regex.IGNORECASE)
_DETERMINER = regex.compile(r"^(?:the|a|an)\s+", regex.IGNORECASE)
_LETTER_BY = regex.compile(
    r"\bletter\b[^.]{0,80}?\bby\s+(?P<name>(?:Gen\.\s+)?\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)*)"
)


def _letter_author(text: str, before: int) -> str | None:
    """The last person said to have written a letter before ``before``."""
    found = list(_LETTER_BY.finditer(text, 0, before))
    return found[-1].group("name") if found else None


_DETERMINERS = word_set("determiners")
_OPENING_NAME = regex.compile(r"(?P<name>\p{Lu}[\p{L}’'\-]+(?:[ \t]+\p{Lu}[\p{L}’'\-]+){0,3})[ \t]+\p{Ll}")


def _opening_person(
    text: str, names: Names, raws: Sequence[Raw], k: int, sentences: Sequence[Sentence]
) -> str | None:
    """ "Tom Hale left the hall. He said …": the person named at the start of the sentence just before
    a sentence that opens with "he" or "she", when that sentence holds no statement of its own."""
    raw = raws[k]
    if not sentences or raw.sentence == 0 or text[sentences[raw.sentence].start : raw.speaker[0]].strip():
        return None
    if k and raws[k - 1].sentence >= raw.sentence - 1:
        return None  # the sentence before has a speaker: the pronoun goes on with that one
    before = sentences[raw.sentence - 1]
    found = _OPENING_NAME.match(text, before.start, before.end)
    if not found or found.group("name").split()[0].lower() in _DETERMINERS:
        return None  # "The Harbour Board met …": no person
    name = names.canonical(found.group("name"))
    return name if name.split()[-1] in names.full and len(name.split()) >= 2 else None


def speaker_names(text: str, raws: Sequence[Raw], sentences: Sequence[Sentence] = ()) -> list[str]:
    """The canonical speaker of every raw statement, pronouns resolved to earlier speakers."""
    names = Names(text)
    for raw in raws:
        names.learn(text[raw.speaker[0] : raw.speaker[1]])
    out: list[str] = []
    for raw in raws:
        mention = text[raw.speaker[0] : raw.speaker[1]]
        kind = pronouns().get(mention.lower())
        if owner := _CHANNEL_OF.fullmatch(mention):
            mention = owner.group("owner")
        if kind == "relative":
            run = list(_NAME_RUN.finditer(text, max(0, raw.speaker[0] - 80), raw.speaker[0]))
            out.append(names.canonical(run[-1].group()) if run else mention)
        elif (
            kind == "person"
            and mention.lower() != "i"
            and (person := _opening_person(text, names, raws, len(out), sentences))
        ):
            out.append(person)
        elif kind in ("person", "group", "thing") and out and mention.lower() not in ("i", "we"):
            out.append(out[-1])
        elif _strip_determiner(mention).lower() in _DOCUMENTS:
            author = _letter_author(text, raw.speaker[0]) if "letter" in mention.lower() else None
            out.append(names.canonical(author) if author else _strip_determiner(mention))
        else:
            out.append(names.canonical(mention))
    return _name_descriptions(text, raws, out)


def _name_descriptions(text: str, raws: Sequence[Raw], names: list[str]) -> list[str]:
    """ "A deputy commander of X said …" then "“…,” said Ali Fadavi": the description is the named person."""
    out = list(names)
    for i, raw in enumerate(raws[:-1]):
        mention = text[raw.speaker[0] : raw.speaker[1]]
        nxt = raws[i + 1]
        named = text[nxt.speaker[0] : nxt.speaker[1]]
        if (
            _INDEFINITE.match(mention)
            and nxt.sentence - raw.sentence <= 2
            and named[:1].isupper()
            and named.lower() not in pronouns()
            and not _INDEFINITE.match(named)
            and len(out[i + 1].split()) >= 2
        ):
            out[i] = out[i + 1]
    return out


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
    ("economists who favor …", "Ann Lee, who has said …")."""
    start, end = raw.speaker
    if pronouns().get(text[start:end].lower()) != "relative":
        return start, end
    before = start
    while before > sent.start and text[before - 1] in " \t":
        before -= 1
    if before > sent.start and text[before - 1] == ",":
        before -= 1
    found = mention_before(text, sent.start, before)
    return (found[0], end) if found and before - found[1] <= 1 else (start, end)


def build(
    text: str,
    raws: Sequence[Raw],
    sentences: Sequence[Sentence],
    dct: datetime.date | None,
    timexes: Sequence[Timex],
) -> list[Statement]:
    """Frozen statements with canonical speakers, media and dates."""
    out: list[Statement] = []
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
