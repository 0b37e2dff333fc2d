"""Speaker mentions: find the noun phrase next to a cue and name it canonically.

Without a parser, a speaker is the run of words that ends right before the cue
(a pronoun, a capitalised name with its titles and roles, or a short noun phrase
led by a determiner) or, after an inverted cue ("…,” said X), the run that
starts right after it.
"""

from __future__ import annotations

import functools

import regex

from extract.segment import is_abbreviation
from extract.statements.lexicon import alternation, genders, pronouns, titles, verbs, word_set
from extract.timex.words import lookup as timex_words
from extract.timex.words import macros as timex_pieces

_TOKEN = regex.compile(  # "21,000", "4.5%" and "42%" are one word each
    r"[\p{L}\p{N}][\p{L}\p{N}.’'&\-]*(?:(?<=\d),\d{3}(?!\d))*(?:(?<=\d)%)?|[,;:“”\"()—–]"
)
POSSESSIVE = regex.compile(r"(?<=\p{L})[’']s$")  # "Ann Lee’s", "He’s"
# "State TV quoted him as saying …": an object pronoun standing for a speaker, and its subject form.
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
NAME_WORD = r"\p{Lu}[\p{L}.’'\-]*"  # a capitalised word of a name: "Ann", "O'Neill", "F.B.I."
NAME_RUN = rf"{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}"  # two to four of them: "Ann Lee", "Joseph F. Dunford"
_DETERMINERS = word_set("determiners")
_LINKS = word_set("name_links")
_BREAKS = word_set("phrase_breaks")
_OBJECTS = word_set("objects")
_DEMONSTRATIVES = word_set("demonstratives")
_QUANTITIES = word_set("quantities")
_GAP = word_set("gap_words")
_STARTERS = word_set("starters")
_WEEKDAYS = word_set("weekdays")
_WHEN_FIRST = word_set("days_before_speaker")  # "…, said today a spokesman"
# a document's noun and the participle after it ("a poll released Sunday"; checks.py reads them too)
DOC_NOUNS = word_set("document_nouns")
DOC_PARTICIPLES = word_set("document_participles")
_PEOPLE_ICS = word_set("people_ics")
_BARE_PLURALS = word_set("bare_plurals")  # plural without -s: "…, police said"
_PLURAL_SPEAKERS = word_set("plural_speakers") | _BARE_PLURALS  # "…, said U.S. officials."
_SOURCE_HEADS = word_set("source_heads") | _PLURAL_SPEAKERS
_PLACE_LINKS = ("in", "at", "from")
_FROM_WORDS = ("from", "across")
_OF_WORDS = ("of", *_FROM_WORDS)
_PLACE_NAMES = word_set("place_names")  # "a farmer from Sumter, | South Carolina"
PARTICLES = word_set("name_particles")  # "de", "van", "bin": lower-case words inside a name
_SUFFIXES = word_set("name_suffixes")  # "Jr.", "III": after a surname, still the name
# "the mayor of Dover", "a lawyer for Ann Lee", "an adviser to Ann Lee"
_ROLE_LINKS = ("of", "for", "at", "to")
# between capitalised words, a name for a purpose: "Campaign for Accountability", "Committee to Protect …"
_PURPOSE_LINKS = ("for", "to")
# words naming a person by role or trade ("a professor", "a spokesman"): before "of/for/at <Name>"
# the name is where the person works, not theirs
PERSON_HEADS = (
    word_set("person_heads")
    | word_set("agents_for")
    | word_set("source_heads")
    | {words[-1].lower() for words, kind in titles() if kind == "role"}
)
_AGENTS = word_set("agents_for")  # "a lawyer for the family said": the lawyer speaks
# "critics of the plan say", "friends of the senator said": the people of an "of" phrase speak
_PEOPLE_OF = word_set("people_of") | _PLURAL_SPEAKERS


def _by_first(phrases: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases split into words, indexed by their first word, longest first."""
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        words = tuple(phrase.split())
        out[words[0]] = (*out.get(words[0], ()), words)
    return out


_DESCRIPTIONS = _by_first(word_set("source_descriptions"))  # "familiar with", "close to", "who"
_NOT_ROLE = _STARTERS | _DETERMINERS | _LINKS | _GAP  # words that never stand in a role ("said the …")
_AFFILIATION = regex.compile(
    r"\s*\((?:[\p{L}.\-]{1,6}|[\p{L}.]{1,4}\s*[-–]\s*[\p{L}.\s]{2,14})(?P<close>\))\s*,?\s*$"
)
_COUNTED = regex.compile(r"\d[\d/]*(?:-[\p{Ll}\d]+)*")
_INITIALS = regex.compile(r"(?:\p{Lu}\.)+")
# words in brackets at the end: an aside before a cue ("Ann Lee (who has 25 votes) said") or a party
# label after a name ("Rep. Ann Lee (R-Ohio)", "Gov. Tom Hale (D)")
_BRACKETED = regex.compile(r"\s*\([^()]*\)$")
_ASIDE = regex.compile(  # "Officials, however, said": an aside between the speaker and the cue
    r",\s*" + alternation("asides") + r"\s*,\s*$", regex.IGNORECASE
)
# "Ann Lee — a nurse — said"
_DASHED = regex.compile(r"\s*(?:[—–]|\s--?)[^—–\n“”\"]{2,90}?(?:[—–]|\s--?)\s*$")
_NAME_THEN_COMMA = regex.compile(NAME_WORD + r",[ \t]*$")  # "Ann Lee, | a nurse, however, said"
# a name opening a dashed aside after a role: "A former candidate — John McCain, who lost in 2008 — said"
_NAMED_ASIDE = regex.compile(
    r"\s*(?:[—–]|\s--?)\s*(?:the\s+)?(?P<name>" + NAME_RUN + r")\s*(?:,\s*(?:who|a|an|the)\b|(?:[—–]|\s--?))"
)
_NOT_ADVERBS = word_set("not_adverbs")
_MONTH = f"(?:{timex_pieces()['month']})"  # "April", "Feb.", "SEPT."
# a weekday, a time word or a month after "on" ends a name ("Ann Lee | on Monday", "on Jan. 5"; not "the
# Committee on Finance"); "May" is left out, a name too
_WHEN_AFTER = regex.compile(
    r"(?i:" + alternation("weekdays") + "|" + alternation("time_words") + r")$|(?!May$)" + _MONTH + "$"
)
# a dated phrase between the speaker and the cue: "prosecutors in April charged", "who in 2010 said",
# "Ann Lee on Feb. 9 said", "the panel in early 2001 found"
_TIME_PHRASE = regex.compile(
    r"\s+"
    + alternation("time_prepositions")
    + r"\s+(?:(?:early|late|mid)[\s-]+)?(?:"
    + _MONTH
    + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|\d{1,2}\s+"
    + _MONTH
    + r"(?:\s+\d{4})?|(?:the\s+)?(?:1[6-9]|20)\d\d(?:s|[’']s)?)\s*$"
)
_NUMBER_WORDS = frozenset(timex_words("number"))
# a word after these is their object ("In one tweet, …"), except after "with", which may lead a
# clause of its own ("with many worried that …")
_PREPOSITIONS = word_set("opening_prepositions") - {"with"}
_TIME_WORDS = word_set("time_words") | _WEEKDAYS
_OUTLET_HEADS = word_set("outlet_heads")
_CLAUSE_OPENERS = word_set("clause_openers")
_DESCRIPTORS = word_set("name_descriptors")


def tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def is_adverb(word: str) -> bool:
    """A lower-case adverb between a speaker and a cue ("now", "overwhelmingly", "quietly")."""
    return word == "now" or (
        word.endswith("ly") and word.islower() and len(word) > 4 and word not in _NOT_ADVERBS
    )


_AUXILIARIES = word_set("finite_auxiliaries") | word_set("progressive_auxiliaries")
_CLAUSE_HEADS = word_set("clause_heads")  # "those who back her": the clause is all the mention says
_VERB_TAILS = _AUXILIARIES | word_set("light_adverbs") | word_set("speaker_verb_tails")
# "When Trump said", "but Ann Lee said": a word opening a clause is no part of the name after it
NAME_OPENERS = (
    word_set("subordinators") | word_set("opening_words") | _STARTERS | {"even", "maybe", "perhaps"}
) - {
    "first",
    "last",
    "today",
    "this",
}  # "First Lady Ann Lee", "Today" (a show)
_INITIALS = regex.compile(r"(?:\p{L}\.)+")  # "F.B.I.", "J.K."
# a participle opening the sentence with its agent ("Stung by the analyses, Trump …"): no speaker
PARTICIPLE_BY = r"(?-i:\p{Lu}\p{Ll}+(?:ed|en|wn|ung|ught)(?=\s+by\b))"


def tidy_mention(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A speaker phrase without the verb words it ran into ("Tom Hale appeared to be" → "Tom Hale";
    "the regime has mostly put" → "the regime": a lower-case auxiliary ends it) and without a
    possessive or contracted ’s ("Ann Lee’s" → "Ann Lee", "He’s" → "He")."""
    toks = tokens(text, *span)
    who = next((k for k in range(1, len(toks)) if _opens_relative(toks, k)), 0)
    if who and toks[who - 1][2][:1].isalpha() and toks[who - 1][2].lower() not in _CLAUSE_HEADS:
        toks = toks[:who]  # "officials who asked not to be named", "voters who like Ann" (not "those who …")
    # "the council has mostly put …": the phrase ends before its verb (not one of "those who have …")
    verb = next(
        (k for k in range(1, len(toks)) if toks[k][2] in _AUXILIARIES and not (who and k == who + 1)),
        len(toks),
    )
    toks = toks[:verb]
    while len(toks) > 1 and (toks[-1][2].lower() in _VERB_TAILS or is_adverb(toks[-1][2])):
        toks.pop()
    toks = toks[_openers([t[2] for t in toks]) :]
    if not toks:
        return span
    start, end = toks[0][0], toks[-1][1]
    if POSSESSIVE.search(text, start, end):
        end -= 2
    return start, end


# words before "that" that make it no relative: a time ("said Friday that"), a preposition ("close to that
# range"), a clause opener ("when that") or a noun taking a content clause ("the moment that voters learned")
_NOT_ANTECEDENTS = (
    _TIME_WORDS | frozenset(timex_words("month")) | _OBJECTS | _STARTERS | word_set("content_clause_nouns")
)
_NOT_AFTER_RELATIVE = _DETERMINERS | _OBJECTS  # "close to that | the", not a verb after a relative
_SHARES = _CLAUSE_HEADS | _QUANTITIES  # "many of", "two of" before a determined phrase


def _antecedent_word(word: str) -> bool:
    """Whether a word before "that" may end the phrase a relative clause is on (not "said Friday that",
    "close to that", "investigating that", "the fact that", "when that")."""
    lower = word.lower()
    return word.isalpha() and lower not in _NOT_ANTECEDENTS and not lower.endswith("ing")


def _opens_relative(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether token ``k`` of a speaker phrase opens a restrictive clause on the words before it: "who"
    or "which", or "that" after a noun and before a verb ("the industries that oppose it"); not "that"
    pointing ("prosecutors investigating that attack", "close to that range") or opening a clause after
    a verb or a time ("said Friday that she")."""
    word = toks[k][2].lower()
    if word in ("who", "which"):
        return True
    if word != "that":
        return False
    if not _antecedent_word(toks[k - 1][2]):
        return False
    if k + 1 == len(toks):
        return False  # "a group that | said": the relative word stands in for the group, and stays
    after = toks[k + 1][2]
    return (
        after.isalpha() and after.islower() and after not in _NOT_AFTER_RELATIVE and after not in pronouns()
    )


def _openers(words: list[str]) -> int:
    """How many words opening a clause lead a name ("When Trump", "But Even Ann Lee"): 0 when none."""
    k = 0
    while k < len(words) - 1 and words[k].lower() in NAME_OPENERS and is_name_word(words[k + 1]):
        k += 1
    return k


def is_name_word(word: str) -> bool:
    """A word that may stand in a name: capitalised, or a surname led by a hyphened article ("al-Assad")."""
    return word[:1].isupper() or ("-" in word and _ARTICLED.match(word) is not None)


NAME_ARTICLE = alternation("name_articles")  # "al-", "el-": an article hyphened to a surname
_ARTICLED = regex.compile(NAME_ARTICLE + r"-\p{Lu}")


def mention_before(text: str, start: int, cue_at: int, relative: bool = False) -> tuple[int, int] | None:
    """The speaker phrase ending right before ``cue_at`` (searching back to ``start``); ``relative``: the
    cue is at ``cue_at`` and a phrase running back over a relative word starts after it ("The man who
    police say …")."""
    if aside := _ASIDE.search(text, max(start, cue_at - 40), cue_at) or _DASHED.search(text, start, cue_at):
        role = mention_before(text, start, aside.start())
        if role and text[role[0]].islower() and _NAME_THEN_COMMA.search(text, start, role[0]):
            return None  # an apposed description: the name before it speaks (found by the subject rules)
        named = _NAMED_ASIDE.match(text, aside.start(), cue_at) if role else None
        if named and text[role[1] - 1].islower() and text[role[0] : role[1]].split()[-1][:1].islower():
            return named.span("name")  # the role's name, given in the aside
        return role
    if when := _TIME_PHRASE.search(text, max(start, cue_at - 60), cue_at):
        return mention_before(text, start, when.start())
    toks = tokens(text, start, cue_at)
    i = len(toks) - 1
    while i >= 0 and (
        toks[i][2].lower() in _GAP or toks[i][2].lower() in _TIME_WORDS or is_adverb(toks[i][2])
    ):
        if (
            toks[i][2][:1].isupper()
            and toks[i][2].lower() in _OUTLET_HEADS
            and i > 0
            and toks[i - 1][2].isupper()
        ):
            break  # "USA Today said": a time word ending an outlet's name
        i -= 1
    if i > 0 and toks[i][2].lower() in DOC_PARTICIPLES and toks[i - 1][2].lower() in DOC_NOUNS:
        i -= 1  # "New polls released Sunday showed": the polls
    if i < 0:
        return None
    if toks[i][2] in (")", ","):  # a label or aside in brackets, perhaps before "on Monday"
        return _before_brackets(text, start, toks[i][1])
    if described := _described_before(text, start, toks, i):
        return described
    word = toks[i][2]
    if relative and word.lower() == "that" and (head := _stand_in_phrase(toks, i)) is not None:
        return toks[head][0], toks[i][1]  # "Ann Lee leads a group that says": the group
    if word.lower() in pronouns():
        return toks[i][0], toks[i][1]
    if word.lower() in ("them", "us") and i > 0 and toks[i - 1][2].lower() == "of":
        pass
    elif not word[:1].isalnum() or (word.lower() in _OBJECTS and not word.isupper()):  # "US" is no "us"
        return None
    end, j = toks[i][1], i
    while j - 1 >= 0 and _continues_back(toks, j - 1):
        j -= 1
    while j < i and (toks[j][2].lower() in _STARTERS or toks[j][2].lower() in _LINKS):
        if _demonstrative([t[2] for t in toks[j : i + 1]]):
            break
        j += 1
    if relative and (after := _after_relative(toks, j, i)) is not None:
        return toks[after][0], end  # "The man who police say fired": the police speak
    first = _modified_plural(toks, j, i) if toks[i][2][:1].islower() else j
    modified, j = first < j, first
    words = [t[2] for t in toks[j : i + 1]]
    if j == i and j > 0 and words[0].lower() in _QUANTITIES and toks[j - 1][2].lower() in _PREPOSITIONS:
        return None  # "In one tweet, Trump said": "one" is no subject, and "tweet" a noun
    if not any(w[:1].isupper() for w in words):
        if not modified and not _lower_np_ok(toks, j, i):
            return None
    elif (words[0].lower() in _STARTERS and not _demonstrative(words)) or (
        j == i and words[0].lower() in _DETERMINERS
    ):
        return None
    if any(w.lower() in COORDINATORS for w in words):
        j = _listed_before(text, toks, j)
    elif (joined := _coordinated_before(text, toks, j, i)) is not None:
        j = joined
    return toks[j][0], end


def _stand_in_phrase(toks: list[tuple[int, int, str]], that: int) -> int | None:
    """Where the noun phrase that a relative "that" (token ``that``) stands in for starts: back to its
    determiner ("leads | a group that", "| the think tank that"), else its head and the capitalised name
    before it ("joined | regulators that", "| Surety companies that"); None when the word before "that"
    heads no phrase ("close to that", "said Friday that") or a possessive leads it."""
    if that == 0 or not _antecedent_word(toks[that - 1][2]):
        return None
    for j in range(that - 1, max(0, that - 5), -1):
        word = toks[j - 1][2]
        if word in ("’s", "'s"):
            return None
        if word.lower() in _DETERMINERS:
            j -= 1  # and a share before it: "| many of the firms that"
            while j > 1 and toks[j - 1][2] == "of" and toks[j - 2][2].lower() in _SHARES:
                j -= 2
            return j
        if not word.isalpha() or word.lower() in _OBJECTS or word.lower() in _STARTERS:
            break
    j = that - 1
    while j > 0 and toks[j - 1][2][:1].isupper() and toks[j - 1][2].lower() not in _STARTERS:
        j -= 1
    return j


def _speaking_head(word: str) -> bool:
    """A name, or a word for people or a body that speaks ("nurses", "the army", "rights groups")."""
    lower = word.lower()
    return (
        word[:1].isupper()
        or lower in _SPEAKING_HEADS
        or (lower.endswith("s") and lower[:-1] in _SPEAKING_HEADS)
    )


def _coordinated_before(text: str, toks: list[tuple[int, int, str]], j: int, i: int) -> int | None:
    """Where a phrase for people or a body joined to the mention ``toks[j..i]`` by "and" starts, when it
    opens the sentence ("The army and the police said", "Rights groups and the UN said"); None otherwise
    ("Prices rose and analysts said": "rose" names no one)."""
    if j < 2 or toks[j - 1][2].lower() != "and" or not _speaking_head(toks[i][2]):
        return None
    h = j - 2
    if not _speaking_head(toks[h][2]) or toks[h][2].lower() in _STARTERS | _OBJECTS:
        return None
    head = toks[i][2]
    if head.islower() and not head.endswith("s") and toks[j][2].lower() not in _DETERMINERS:
        return None  # "the senator and presidential candidate said": one person with two roles
    k = h
    while k > 0 and h - k < 3 and (toks[k - 1][2][:1].isalpha() or toks[k - 1][2] in ("'s", "’s")):
        word = toks[k - 1][2].lower()
        if word in _STARTERS:
            break  # "But attorneys and legal experts said"
        if word in _OBJECTS or word in COORDINATORS or word in _PREPOSITIONS or word in _RELATIVES:
            return None
        k -= 1
    lead = toks[0][0] if all(t[2].lower() in _STARTERS for t in toks[:k]) else toks[k][0]
    opens = not text[:lead].rstrip() or text[:lead].rstrip()[-1] in _SENTENCE_ENDS
    return k if opens else None


def _list_item(toks: list[tuple[int, int, str]], end: int) -> int | None:
    """Where a name ending at token ``end`` (inclusive) starts: capitalised words, perhaps after "the" and
    with "of" inside ("the Republic of Korea"); ``None`` when a word there opens a clause or tells a time."""
    k = end
    while k - 1 >= 0 and (
        (is_name_word(toks[k - 1][2]) and toks[k - 1][2].lower() not in _STARTERS)
        or toks[k - 1][2].lower() in ("of", "the")
    ):
        k -= 1
    while toks[k][2].lower() == "of":
        k += 1
    words = [t[2].lower() for t in toks[k : end + 1]]
    if not is_name_word(toks[end][2]) or any(
        w in _STARTERS or w in _TIME_WORDS or w in _PREPOSITIONS or is_adverb(w) for w in words
    ):
        return None
    return k


def _listed_before(text: str, toks: list[tuple[int, int, str]], j: int) -> int:
    """Where a list of names opening the sentence starts, when the mention found at token ``j`` is its last
    pair ("Egypt, | Qatar and the United States said"); ``j`` when no such list comes before it."""
    k = j
    while k >= 2 and toks[k - 1][2] == "," and (item := _list_item(toks, k - 2)) is not None:
        k = item
    lead = 1 if toks[0][2].lower() in ("and", "but", "so", "yet") else 0  # "But Britain, France and ..."
    opens = k == lead and text[: toks[0][0]].rstrip()[-1:] in _SENTENCE_ENDS
    if k == j or not opens or "&" in text[toks[k][0] : toks[j][0]]:
        return j  # "Fox & Friends, The Kelly File and Morning Joe": "&" (no token) joins a name's words
    return k


_SENTENCE_ENDS = ("", ".", "!", "?", '"', "“", "”", ":")


# relative words that may stand between a noun and the speaker of a clause about it, no comma before
# them: "the man who police say fired", "the drug that doctors say saves lives"
_RESTRICTIVE = frozenset(("who", "whom", "that", "which"))


def _after_relative(toks: list[tuple[int, int, str]], j: int, i: int) -> int | None:
    """Where the speaker starts when a phrase ``toks[j..i]`` runs back over a relative word: the words
    after it are a name ("who Trump says", "which the US says") or up to three words ending in a plural of
    people ("that doctors say", "who U.S. officials say"); never a verb and its object ("voters who backed
    Trump")."""
    rel = next((k for k in range(i - 1, j - 1, -1) if toks[k][2].lower() in _RESTRICTIVE), None)
    if rel is None:
        return None
    after = [t[2] for t in toks[rel + 1 : i + 1]]
    if all(w[:1].isupper() for w in after[after[0] in _DETERMINERS and len(after) > 1 :]):
        return rel + 1  # "who Trump says", "which the US says"
    modifiers = after[1:-1] if after[0] in _DETERMINERS else after[:-1]  # "who the police say"
    lower = [w.lower() for w in modifiers if w[:1].islower()]
    plain = not any(w.endswith(("ed", "ing")) or w in _OBJECTS or w in _DETERMINERS for w in lower)
    return rel + 1 if len(after) <= 3 and after[-1].lower() in _PLURAL_SPEAKERS and plain else None


def role_apposed(text: str, start: int, name: tuple[int, int]) -> int | None:
    """Where the role phrase apposed before ``name`` starts ("The mayor's aide, | Ann Lee"), searching
    back to ``start``; None when there is none. The role ends in a lower-case word ("the party
    chairman"), an "of" phrase ("the director of the FBI") or a person's "to"/"for" phrase ("the envoy
    to the UN"); it is no place going on past the comma ("a farmer from Sumter, | South Carolina"), no
    work ("a study by a sociologist, | Ann Lee") and no apposition to the name opening the clause ("Ann
    Lee, the editor of the paper, | The Post")."""
    comma = text.rfind(",", start, name[0])
    if comma <= start or text[comma + 1 : name[0]].strip():
        return None
    role = mention_before(text, start, comma)
    if role is None:
        return None
    words = text[role[0] : role[1]].split()
    linked = any(
        w == "of" or (w in ("to", "for") and words[k].lower() in PERSON_HEADS)
        for k, w in enumerate(words[1:])
    )
    if (not words[-1][:1].islower() and not linked) or "by" in words:
        return None  # "the party chairman", "the director of the FBI", "Israel's ambassador to the UN"
    links = [k for k, w in enumerate(words) if w in _PLACE_LINKS]
    place = " ".join(text[name[0] : name[1]].lower().split())
    if links and all(w[:1].isupper() for w in words[links[-1] + 1 :]) and place in _PLACE_NAMES:
        return None
    lead = text[start : role[0]].rstrip()
    before = mention_before(text, start, start + len(lead) - 1) if lead.endswith(",") else None
    opening = before is not None and not text[start : before[0]].strip()  # the name opens the clause
    return None if before and opening and text[before[0]].isupper() else role[0]


_NOT_MODIFIERS = word_set("not_modifiers")
_RELATIVES = word_set("relative_words")  # a relative word opens a clause: ", which critics say"
_DEMONSTRATED = PERSON_HEADS | word_set("demonstrative_heads")
_SPEAKING_HEADS = PERSON_HEADS | _PLURAL_SPEAKERS | word_set("group_nouns") | word_set("speaking_bodies")


def _demonstrative(words: list[str]) -> bool:
    """ "That man", "That official": "that" pointing at a person, not opening a clause."""
    return len(words) == 2 and words[0].lower() == "that" and words[1].lower() in _DEMONSTRATED


def _description_at(toks: list[tuple[int, int, str]], d: int) -> tuple[str, ...] | None:
    """The source description ("familiar with", "close to", "who") that starts at token ``d``."""
    for phrase in _DESCRIPTIONS.get(toks[d][2].lower(), ()):
        if tuple(t[2].lower() for t in toks[d : d + len(phrase)]) == phrase:
            return phrase
    return None


def _described_before(
    text: str, start: int, toks: list[tuple[int, int, str]], i: int
) -> tuple[int, int] | None:
    """ "people familiar with the talks said", "a source close to him said": a word for people who
    speak, then a description of them (a data list) running up to the cue. The mention holds the
    description, except a relative clause ("officials who spoke to the paper said": the officials)."""
    for d in range(i, max(-1, i - 10), -1):
        if not toks[d][2][:1].isalnum():
            return None
        phrase = _description_at(toks, d)
        if phrase is None or d + len(phrase) - 1 > i or d == 0:
            continue
        if toks[d - 1][2].lower() not in _SOURCE_HEADS:
            return None
        if not text[toks[d - 1][1] : toks[d][0]].isspace():
            return None
        head = mention_before(text, start, toks[d][0])
        if head is None or head[1] != toks[d - 1][1]:
            head = toks[d - 1][:2]  # "people close to her say"
        return head if phrase == ("who",) else (head[0], toks[i][1])
    return None


def _before_brackets(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name before a bracketed label ("Rep. Ann Lee (D-Md.)", kept in the phrase) or a bracketed
    aside ("Ann Lee (who has 25 votes)", left out of it)."""
    if affiliation := _AFFILIATION.search(text, start, end):
        found = mention_before(text, start, affiliation.start())
        return (found[0], affiliation.end("close")) if found and text[found[0]].isupper() else None
    if aside := _BRACKETED.search(text, start, end):
        found = mention_before(text, start, aside.start())
        return found if found and text[found[0]].isupper() else None
    return None


def _continues_back(toks: list[tuple[int, int, str], ...], k: int) -> bool:
    """Whether token ``k`` still belongs to the phrase that follows it."""
    word = toks[k][2]
    nxt = toks[k + 1][2]
    if word.lower() in _FROM_WORDS and k > 0 and _people_of_at(toks, k - 1):
        return True  # "officials from both parties say", "Republicans across the country say"
    if not word[:1].isalnum() or word in _BREAKS:  # "the genocide of Jews over | a graphic endorsing"
        return False
    if _in_share(toks, k):
        return True  # "4 in 10 said", "nearly eight out of 10 voters say"
    if word == "that" and (nxt.lower() in _DETERMINERS or nxt[:1].isupper()):
        return False  # "the minister wrote that the country …": a clause opens, not a phrase
    if word.lower() in _DETERMINERS or word[:1].isdigit() or word.lower() in _QUANTITIES:
        return True
    if word[:1].isupper():
        return word.lower() not in _STARTERS or (k == 0 and False)
    if (
        word.lower() == "of"
        and k > 0
        and (
            toks[k - 1][2].lower() in _QUANTITIES | _DETERMINERS | _PEOPLE_OF
            or toks[k - 1][2][:1].isdigit()
            or _determined(toks, k - 1)  # "several members of the board"
        )
    ):
        return True
    if _people_of_at(toks, k):
        return True  # "but critics of the plan say"
    if word.lower() == "for" and k > 0 and toks[k - 1][2].lower() in _AGENTS:
        return True  # "a spokesman for the ministry said"
    if word in PARTICLES and k > 0 and nxt in PARTICLES:  # "Ursula von der Leyen"
        return k + 2 < len(toks) and toks[k + 2][2][:1].isupper() and toks[k - 1][2][:1].isupper()
    if word in PARTICLES and k > 1 and toks[k - 1][2] in PARTICLES:
        return nxt[:1].isupper() and toks[k - 2][2][:1].isupper()
    if word.lower() in _LINKS:
        if word.lower() == "and" and nxt.lower() == "the" and k > 0:
            # "The European Union and the United States said": two bodies, the second a name up to the cue
            return toks[k - 1][2][:1].isupper() and _name_then_verb(toks[k + 2 :])
        if word.lower() == "of" and nxt.lower() == "the" and k + 2 < len(toks) and k > 0:
            # "Ann Lee of the Sierra Club said": a capitalised name, then where the person works
            return toks[k + 2][2][:1].isupper() and toks[k - 1][2][:1].isupper()
        return k > 0 and nxt[:1].isupper() and (toks[k - 1][2][:1].isupper() or _determined(toks, k - 1))
    # a lower-case modifier inside a determiner phrase: "a senior adviser", "longtime pollster"
    back = k
    # before "members of" a modifier needs its determiner near ("the senior members of"), not a clause
    # ("the bill has included members of")
    near = 4 if _people_of_at(toks, k + 1) else k + 1
    while back >= 0 and k - back < near and toks[back][2][:1].isalpha() and toks[back][2][:1].islower():
        if toks[back][2].lower() in _DETERMINERS:
            return True
        if toks[back][2].lower() in _CLAUSE_OPENERS:
            return False  # "Pressure mounted as | the media focused on": a clause opens
        back -= 1
    share = (
        back >= 0 and toks[back][2][:1].isdigit() and _words(toks[back + 1 : back + 3]) == ("percent", "of")
    )
    if share:
        return k - back < 5  # "52 percent of registered voters"
    return (
        back >= 0 and toks[back][2][:1].isupper() and toks[back][2].lower() not in _STARTERS and k - back < 4
    )


_SHARE_LINKS = ("in", "of", "out")


def _name_then_verb(toks: list[tuple[int, int, str]]) -> bool:
    """Whether ``toks`` are a capitalised name and then only lower-case words ("United States has"), never
    a clause running on to another name ("State Department deliberately thwarted the Freedom …")."""
    words = [t[2] for t in toks]
    n = next((m for m, w in enumerate(words) if not (w[:1].isupper() or w.lower() in _LINKS)), len(words))
    return n > 0 and words[0][:1].isupper() and not any(w[:1].isupper() for w in words[n:])


def _number(word: str) -> bool:
    return word[:1].isdigit() or word.lower() in _NUMBER_WORDS


def _in_share(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether token ``k`` is the first number or a link word of a share ("4 in 10", "nine out of 10")."""
    if toks[k][2].lower() not in _SHARE_LINKS and not _number(toks[k][2]):
        return False
    words = [t[2].lower() for t in toks[max(0, k - 2) : k + 4]]
    at = k - max(0, k - 2)
    for lead in range(max(0, at - 2), at + 1):  # where the share's first number may be
        link = words[lead + 1 : lead + 3]
        size = 2 if link[:2] == ["out", "of"] else 1 if link[:1] in (["in"], ["of"]) else 0
        if (
            size
            and _number(words[lead])
            and lead + 1 + size < len(words)
            and words[lead + 1 + size][:1].isdigit()
        ):
            return lead <= at <= lead + size
    return False


def _words(toks: list[tuple[int, int, str]]) -> tuple[str, ...]:
    return tuple(t[2].lower() for t in toks)


def _people_of_at(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether token ``k`` names people of a group and "of" follows ("critics of", "members of"), or
    "from" or "across" ("officials from both parties")."""
    return k + 1 < len(toks) and toks[k][2].lower() in _PEOPLE_OF and toks[k + 1][2].lower() in _OF_WORDS


def _determined(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether lower-case token ``k`` ends a short phrase led by a determiner ("a deputy commander")."""
    for back in range(k, max(-1, k - 4), -1):
        word = toks[back][2]
        if word.lower() in _DETERMINERS:
            return True
        if not (word[:1].islower() and word.isalpha()):
            return False
    return False


def _lower_np_ok(toks: list[tuple[int, int, str]], j: int, i: int) -> bool:
    """A lower-case phrase is a speaker only when led by a determiner or a bare plural head, and never
    as the object of a preposition ("Protesters marching through | the streets chanted")."""
    before = toks[j - 1][2].lower() if j > 0 else ""
    head = toks[i][2].lower()
    lead = toks[j][2].lower()
    counted = head in _QUANTITIES or head[:1].isdigit() or lead in _QUANTITIES or lead[:1].isdigit()
    if before in _BREAKS and not before.startswith("wh") and not (before == "about" and counted):
        return False  # "about half of voters say": "about" is no preposition there
    if toks[j][2].lower() in _DETERMINERS and i > j:
        return True
    if counted:
        return True
    # a phrase opens a clause after a mark or a starter word; after a relative word when it names people
    # who speak (", which critics say", never ", which helps explain")
    opens = (
        not before[:1].isalnum() or before in _STARTERS or (before in _RELATIVES and head in _PLURAL_SPEAKERS)
    )
    if i > j + 1 and _people_of_at(toks, j):  # "…, critics of the plan say"
        return opens
    if head in _BARE_PLURALS:  # "…, police said", never "what people think"
        return i - j <= 1 and (not before[:1].isalnum() or before in _RELATIVES)
    return (
        i - j <= 1
        and head.endswith("s")
        and (not head.endswith(("ss", "ics", "ness")) or head in _PEOPLE_ICS)
        and opens
    )


def _modified_plural(toks: list[tuple[int, int, str]], j: int, i: int) -> int:
    """ "…, political analysts say", "…, top black lawmakers said", "…, senior Republican aides said":
    up to two lower-case modifiers before a plural head (capitalised words between them and the head
    already joined) join it when a comma or the sentence start is before them."""
    if j < 1 or any(t[2][:1].islower() for t in toks[j:i]):
        return j
    k = j
    while k > 0 and j - k < 2 and toks[k - 1][2].isalpha() and toks[k - 1][2].islower():
        modifier = toks[k - 1][2].lower()
        if modifier in _STARTERS | _GAP | _OBJECTS | _DETERMINERS | _RELATIVES:
            break
        if (j - k == 1 or j < i) and (
            modifier.endswith(("ing", "ly")) or modifier.startswith("wh") or modifier in _NOT_MODIFIERS
        ):
            break  # a second word back must be an adjective: never "which", "including", "given"
        k -= 1
    before = toks[k - 1][2].lower() if k > 0 else ""
    if k == j or (before[:1].isalnum() and before not in _STARTERS):
        return j
    if j - k == 1 and j == i:
        return k if _lower_np_ok(toks, k, i) else j
    head = toks[i][2].lower()
    plural = head.endswith("s") and not head.endswith(("ss", "ics", "ness"))
    return k if (plural or head in _BARE_PLURALS) and not head.startswith("wh") else j


def mention_after(text: str, at: int, end: int, inverted: bool = False) -> tuple[int, int] | None:
    """The speaker phrase starting at ``at`` (an inverted cue: "…,” said Ali Fadavi, …). Right after an
    inverted cue (``inverted``) a capitalised modifier may lead a role ("said GOP strategist Ann Lee")."""
    toks = tokens(text, at, end)
    if not toks:
        return None
    first = toks[0][2]
    when = 2 if first.lower() == "on" and len(toks) > 2 and toks[1][2].lower() in _WEEKDAYS else 1
    if inverted and len(toks) > when and (when == 2 or first.lower() in _WHEN_FIRST | _WEEKDAYS):
        return mention_after(text, toks[when][0], end, inverted)  # "…, said Tuesday officials in Tehran"
    if first.lower() in pronouns():
        return toks[0][0], toks[0][1]
    past_numbers = next((t[2] for t in toks if not _COUNTED.fullmatch(t[2])), "")
    counted = first[:1].isdigit() and past_numbers[:1].islower()  # "9/11 widow Ann Lee"
    if (first[:1].islower() or counted) and first.lower() not in _DETERMINERS | _STARTERS:
        named = (
            None if _people_of_at(toks, 0) else _role_then_name(text, toks, end, inverted)
        )  # not "friends of | Ann Lee"
        if named is None and inverted and (k := _plural_role(toks, 0)):
            return toks[0][0], _mention_end(toks[k - 1])  # "…, said senior officials."
        return named
    k = 0
    while k < len(toks) and toks[k][2][:1].isalnum():
        word = toks[k][2]
        if k and word.lower() == "who":
            break  # "said a diplomat who was there": the relative clause is no part of the mention
        if (
            k
            and word.lower() == "on"
            and k + 1 < len(toks)
            and _WHEN_AFTER.match(toks[k + 1][2].rstrip(".,;:"))
        ):
            break  # "said Ann Lee on Monday": a time, not "the Committee on Finance"
        if k > 1 and not inverted and _reporting_verb_at(toks, k):
            break  # "The campaign hit back on Friday, saying …": the subject ends at its verb
        if k and toks[k - 1][2].lower() in _SOURCE_HEADS and (described := _description_end(toks, k)):
            k = described  # "…, said a senior official familiar with the talks."
            break
        if k and not (word[:1].isupper() or word.lower() in _LINKS | _DETERMINERS or _lowerish(toks, k)):
            if inverted and (plural := _plural_role(toks, k)):
                k = plural  # "…, said U.S. officials."
                break
            if not (inverted and (role := _role_before_name(toks, k))):
                break
            k = role
        k += 1
    if k and toks[k - 1][2].endswith(("’s", "'s")):
        k = _after_possessive(toks, k)
    while k > 0 and toks[k - 1][2].lower() in _LINKS | _DETERMINERS:
        k -= 1
    if k == 0 or not (first[:1].isupper() or first.lower() in _DETERMINERS - _DEMONSTRATIVES):
        return None
    return toks[0][0], _mention_end(toks[k - 1])


def _mention_end(last: tuple[int, int, str]) -> int:
    """Where a mention ending in token ``last`` ends: "said Tom Hale." ends the sentence, so the stop
    is left out; "said Tom Hale Jr." and "said F.B.I." keep theirs."""
    word = last[2]
    stop = word.endswith(".") and not (_INITIALS.fullmatch(word) or is_abbreviation(word))
    return last[1] - stop


def _role_word(word: str) -> bool:
    """A lower-case word that may stand in a role before a name or a plural ("deputy", "senior")."""
    return word.isalpha() and word.islower() and word not in _NOT_ROLE


def _role_before_name(toks: list[tuple[int, int, str]], k: int) -> int:
    """ "said GOP strategist Ann Lee": after a capitalised modifier, one to three lower-case role words
    and then a name; the name's first index, or 0 when the words at ``k`` are no such role."""
    if toks[k - 1][2].lower() in _TIME_WORDS:  # "said Tuesday night Ann Lee …" is no role
        return 0
    for j in range(k, min(k + 3, len(toks))):
        if not _role_word(toks[j][2]):
            return 0
        after = toks[j + 1][2] if j + 1 < len(toks) else ""
        if after[:1].isupper() and after[:1].isalpha():
            return j + 1
    return 0


def _plural_role(toks: list[tuple[int, int, str]], k: int) -> int:
    """ "said (U.S.) senior administration officials.": up to four lower-case words from ``k`` that end
    in a plural head that names people who speak (a word list) and end the clause; the index after the
    head, or 0 when there is no such phrase."""
    for j in range(k, min(k + 4, len(toks))):
        word = toks[j][2]
        stop = word.endswith(".")  # "officials." ends the sentence
        word = word.removesuffix(".")
        if not _role_word(word):
            return 0
        after = toks[j + 1][2] if j + 1 < len(toks) else ""
        if stop or not after[:1].isalnum():
            return j + 1 if word in _PLURAL_SPEAKERS else 0
        if word in _PLURAL_SPEAKERS and (described := _description_end(toks, j + 1)):
            return described  # "…, said officials familiar with the talks."
        if _people_of_at(toks, j) and (whose := _clause_end(toks, j + 2)):
            return whose  # "…, said critics of the plan."
        place = " ".join(t[2] for t in toks[j + 2 : j + 4]).removeprefix("the ")
        if word in _PLURAL_SPEAKERS and (after == "who" or (after in _PLACE_LINKS and place[:1].isupper())):
            return j + 1  # "…, said officials who asked not to be named." / "… officials in Rome."
    return 0


def _clause_end(toks: list[tuple[int, int, str]], k: int, most: int = 6) -> int:
    """The index after a run of at most ``most`` words from ``k`` that ends the clause (a mark, a
    full stop other than in initials, or the end of the text follows), or 0."""
    for j in range(k, min(k + most, len(toks))):
        if not toks[j][2][:1].isalnum():
            return j if j > k else 0
        if toks[j][2].endswith(".") and not _INITIALS.fullmatch(toks[j][2]):
            return j + 1
    return len(toks) if len(toks) - k <= most else 0


def _description_end(toks: list[tuple[int, int, str]], k: int) -> int:
    """The index after a source description that starts at ``k`` and ends the clause within ten
    words ("familiar with the matter."), or 0 when there is none."""
    if _description_at(toks, k) in (None, ("who",)):  # a relative clause is no part of the mention
        return 0
    return _clause_end(toks, k, 10)


def _role_then_name(
    text: str, toks: list[tuple[int, int, str]], end: int, inverted: bool = False
) -> tuple[int, int] | None:
    """ "said lobbyist and strategist Charlie Black": up to four lower-case role words, then a name
    (after an inverted cue, perhaps led by a capitalised modifier: "said former Ohio governor Ann Lee")."""
    for j, (start, _, word) in enumerate(toks[:5]):
        if word[:1].isupper():
            name = mention_after(text, start, end, inverted)
            return (toks[0][0], name[1]) if j and name else None
        # "9/11 widow", "76-year-old retiree": numbers before the role words
        counted = all(_COUNTED.fullmatch(t[2]) for t in toks[: j + 1])
        if not ((word.isalpha() and word.islower()) or counted) or word in _STARTERS - {"and"}:
            return None
    return None


def _after_possessive(toks: list[tuple[int, int, str]], k: int) -> int:
    """ "Iran’s ruler Ali Khamenei": past a possessive and up to three role words to the name after them."""
    j = k
    while j < len(toks) and j - k < 3 and toks[j][2][:1].islower() and toks[j][2].isalpha():
        j += 1
    if j == k or j >= len(toks) or not toks[j][2][:1].isupper():
        return k
    while j < len(toks) and toks[j][2][:1].isupper():
        j += 1
    return j


def _reporting_verb_at(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether a reporting verb ("responded", "hit back") starts at token ``k``."""
    word = toks[k][2].lower()
    pair = f"{word} {toks[k + 1][2].lower()}" if k + 1 < len(toks) else ""
    return word in verbs() or pair in verbs()


def _lowerish(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Lower-case words inside a determiner phrase after a cue ("said a senior official")."""
    return toks[0][2].lower() in _DETERMINERS and k < 5 and toks[k][2].lower() not in _STARTERS


COORDINATORS = ("and", "or", "nor", "&")


def _mention_words(mention: str) -> list[str]:
    """The words of a mention without possessive endings and bracketed asides."""
    return [w for w in POSSESSIVE.sub("", _BRACKETED.sub("", mention.strip())).split() if w]


def _joins_at(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` joins two speakers: a name on both sides ("Hamas and Islamic Jihad", "the
    European Union and the United States"), or a word for people or a body before it and a name or such a
    word after ("rights groups and the UN", "the army and the police")."""
    if words[k] not in COORDINATORS:
        return False
    before, after = words[k - 1], words[k + 1 :]
    named_after = after[0][:1].isupper() or (
        after[0] == "the" and len(after) > 1 and _speaking_head(after[1])
    )
    if before[:1].isupper():
        return named_after
    one_phrase = len(after) == 1 or after[0] == "the"
    return _speaking_head(before) and one_phrase and (named_after or _speaking_head(after[-1]))


def joint_parts(mention: str) -> tuple[str, str, str] | None:
    """(first mention, coordinator, second mention) when a mention names two speakers joined by "and"
    ("Hamas and Islamic Jihad", "Sen. Ann Lee and Gov. Tom Hale"); ``None`` for one speaker, an organisation
    named for its purpose ("Centers for Disease Control and Prevention") or a title shared by the name after
    it ("Former Secretary of State and Democratic frontrunner Ann Lee")."""
    words = _mention_words(mention)
    joined = [k for k in range(1, len(words) - 1) if _joins_at(words, k)]
    # a title before "and" is shared by the name after it; an acronym there is a body of its own ("the EU
    # and Washington"), not the affiliation of a title
    if len(joined) != 1 or _named_for(words[: joined[0]]) or _shared_title(words, joined[0]):
        return None
    k = joined[0]
    if all(w.lower() in _DETERMINERS for w in words[k + 1 :]):
        return None  # "CNN and The": a name cut short
    return " ".join(words[:k]), words[k], " ".join(words[k + 1 :])


def list_parts(mention: str) -> tuple[list[str], str] | None:
    """(mentions, coordinator) when a mention names speakers together: two joined by "and" ("Hamas and
    Islamic Jihad") or a list of names ("Egypt, Qatar and the United States"); ``None`` for one speaker."""
    parts = joint_parts(mention)
    if parts is None:
        return None
    first, joiner, last = parts
    items = [item.strip() for item in first.split(",")]
    named = all(
        (words := [w for w in item.split() if w.lower() != "the"]) and all(is_name_word(w) for w in words)
        for item in items
    )
    return (items if named else [first]) + [last], joiner


@functools.lru_cache(maxsize=8192)
def clean_name(mention: str) -> tuple[str, str]:
    """(name, role) from a mention: titles and roles stripped, organisations kept whole; two named speakers
    joined by "and" are both named."""
    if found := list_parts(mention):
        items, joiner = found
        names = [_clean_one(item)[0] for item in items]
        return f"{', '.join(names[:-1])} {joiner} {names[-1]}", ""
    words = mention.split()
    if _named_for([w for w in words if "(" not in w]) and any(w.lower() in COORDINATORS for w in words):
        return " ".join(words[1:] if words[0].lower() in _DETERMINERS else words), ""
    return _clean_one(mention)


_ORG_LINKS = frozenset(("of", "the", "on", "for", "and", "to"))
_MEMBER_LINKS = frozenset(("of", "for", "at", "to", "with", "on", "in"))  # after a holder: "spokesman for"


def _org_start(words: list[str]) -> int:
    """Where the capitalised name of an organisation ending ``words`` starts, with the small words inside it
    ("International Committee of the Red Cross"); a description before it is no part of it ("the
    conservative-leaning | Tax Foundation", "a study by the | Pew Research Center")."""
    k = len(words) - 1
    while k > 0:
        links = 0  # up to two small words ("of the") between capitalised ones
        while links < 2 and k - 2 - links >= 0 and words[k - 1 - links].lower() in _ORG_LINKS:
            links += 1
        if not is_name_word(words[k - 1 - links]):
            break
        k -= links + 1
    return k


def _members_of(words: list[str]) -> bool:
    """ "a spokesman for the Defense Ministry", "members of the board": people of an organisation, not it."""
    return any(
        w in _MEMBER_LINKS and (_holder(words[k - 1].lower()) or words[k - 1].lower() in _PEOPLE_OF)
        for k, w in enumerate(words[1:], 1)
    )


def _person_of(words: list[str]) -> bool:
    """Whether a person is named before "of" ("Mr. Burman of the Tax Policy Center", "Ann Lee of the
    Democratic National Committee"), not an organisation ("Department of State")."""
    for at, word in enumerate(words):
        if word != "of" or at < 1 or not words[at - 1][:1].isupper() or words[at - 1].lower() in org_words():
            continue
        if _named_before(words, _name_run_start(words, at), at):
            return True
    return False


def _named_for(words: list[str]) -> bool:
    """ "Centers for Disease Control", "Organization for Economic Cooperation": an organisation named for
    its purpose, whose "and" is part of its name."""
    return any(w == "for" and k > 0 and words[k - 1][:1].isupper() for k, w in enumerate(words))


def _clean_one(mention: str) -> tuple[str, str]:
    words = _mention_words(mention)
    comma = next((k for k, w in enumerate(words[:-1]) if w.endswith(",")), None)
    if comma is not None and words[comma][:1].isupper():
        words = words[: comma + 1]  # "Ann Lee, of Ohio" is Ann Lee
    words[-1:] = [words[-1].rstrip(",")] if words else []
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    words = words[_openers(words) :]
    if not words:
        return mention.strip(), ""
    if _unnamed(words):
        return " ".join(words), ""  # "people close to Ann Lee" is nobody named Ann Lee
    words = words[: _place_at(words) or len(words)]  # "Ann Lee in Dover" is Ann Lee
    if words[-1].lower() in org_words() and not _person_of(words):
        if _members_of(words):  # named by the whole mention, as people with no name are
            return " ".join(words), " ".join(words).lower()
        return " ".join(words[_org_start(words) if words[-1][:1].isupper() else 0 :]), ""
    if _office_of_role(words):
        return " ".join(words), ""
    role: list[str] = []
    i = len(words)
    while i > 0 and _in_name(words, i - 1) and (not _title_ends_at(words, i) or _surname_like(words, i)):
        i -= 1
    if (
        1 < i < len(words)
        and (words[i - 1] in _PURPOSE_LINKS or (words[i - 1] == "on" and words[i - 2].lower() in org_words()))
        and words[i - 2][:1].isupper()
        and words[i - 2].lower() not in _STARTERS  # "But for Ann Lee, …"
    ):
        if _title_ends_at(words, i - 1) and len(words) - i >= 3:
            i = len(words) - _name_length(words[i:])  # "High Commissioner for Refugees | Filippo Grandi"
        else:  # "Physicians for Human Rights", "Committee to Protect Journalists": one name, for a purpose
            run = i - 1
            while run > 0 and _in_name(words, run - 1):
                run -= 1
            person = i - 1 - run == 2 and ("given", words[run].lower()) in genders()
            if person and (run == 0 or _title_ends_at(words, run)):
                return " ".join(words[run : i - 1]), " ".join(words[:run])  # "Ann Lee for The Dover Times"
            i = run
    if (of := _of_before(words, i)) is not None:
        run, at = of
        if run == at and _title_ends_at(words, at) and len(words) - i >= 3:
            i = len(words) - _name_length(words[i:])  # "Director of National Intelligence Ann Lee"
        elif run == at or not _named_before(words, run, at) or words[at - 1].lower() in org_words():
            return " ".join(words), ""  # "Bank of England", "Department of State": one name, whole
        else:
            words, i = words[:at], run  # "Sen. Ann Lee of Ohio" is Ann Lee
    while len(words) - i > 2 and words[i].lower() in _DESCRIPTORS:
        i += 1  # "Republican Tom Hale", "Rival Ann Lee": a party or a description, not a first name
    link = i - 1 - (i > 2 and words[i - 1].lower() in _DETERMINERS)  # "the head of | the IAEA"
    owned = bool(POSSESSIVE.search(mention.split()[0])) and len(mention.split()) > 1
    if (
        0 < link < len(words) - 1
        and words[link] in _ROLE_LINKS
        and (_holder(words[link - 1].lower()) or words[link - 1].lower() in _PEOPLE_OF)
        and all(
            w[:1].islower() or (k == 0 and (w.lower() in _PEOPLE_OF or owned))
            for k, w in enumerate(words[:link])
        )
    ):
        if owned:  # "Israel's ambassador to the UN": the owner's name keeps its "'s"
            return " ".join(mention.split()), ""
        return " ".join(words), ""  # "the mayor of Dover", "friends of Ann Lee": nobody named so
    if i < len(words) and is_suffix(words[-1]) and is_abbreviation(words[-1]) and not words[-1].endswith("."):
        words[-1] += "."  # "Joseph R. Biden Jr" ending a sentence lost its stop to the sentence's
    name = " ".join(words[i:])
    role = words[:i]
    if not name:
        return " ".join(words), " ".join(words).lower()
    return name, " ".join(role)


def _holder(head: str) -> bool:
    """Whether a lower-case head word names who holds a post or speaks for a body, or the body ("adviser",
    "officials", "ministry"): before "to" or "in" and a name, that name is not theirs."""
    return head in PERSON_HEADS or head in _SOURCE_HEADS or head in org_words()


def _in_name(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` may be part of a name: capitalised, or a particle between capitalised
    words ("Bill de Blasio"), two particles too ("Ursula von der Leyen")."""
    if is_name_word(words[k]):
        return True
    if not (0 < k < len(words) - 1 and words[k] in PARTICLES):
        return False
    lead = k - 1 if words[k - 1][:1].isupper() or k < 2 or words[k - 1] not in PARTICLES else k - 2
    return words[lead][:1].isupper() and (lead == k - 1 or words[k + 1][:1].isupper())


def _surname_like(words: list[str], i: int) -> bool:
    """Whether an honorific ending words[:i] is a surname: after a capitalised word and with nothing
    but a suffix after it ("Martin Luther King Jr.", "Tom King"), unlike "King Abdullah"."""
    return (
        i >= 2
        and words[i - 1].lower() in _HONORIFIC_WORDS
        and words[i - 2][:1].isupper()
        and all(is_suffix(w) for w in words[i:])
    )


def is_suffix(word: str) -> bool:
    """Whether ``word`` is a suffix after a surname ("Jr.", "Sr", "III")."""
    return word.removesuffix(".").lower() in _SUFFIXES


def _name_length(words: list[str]) -> int:
    """How many of the capitalised ``words`` after "<role> of <Office>" are the person's name: the
    last two, or three after a known given name, or with an initial or a particle in the middle
    ("Director of National Intelligence James R. Clapper")."""
    if len(words) >= 4 and (
        ("given", words[-3].lower()) in genders() or _INITIALS.fullmatch(words[-2]) or words[-2] in PARTICLES
    ):
        return 3
    return 2


def _of_before(words: list[str], i: int) -> tuple[int, int] | None:
    """Where the capitalised words before "of (the)" start and where "of" is, when the name found
    from the end (``words[i:]``) follows "of" or "of the" and a capitalised word is before it."""
    if not 0 < i < len(words) or _title_ends_at(words, i):
        return None
    at = i - 2 if i >= 2 and words[i - 1] == "the" and words[i - 2] == "of" else i - 1
    if words[at] != "of" or at < 1 or not words[at - 1][:1].isupper():
        return None
    return _name_run_start(words, at), at


def _name_run_start(words: list[str], at: int) -> int:
    """Where the run of name words ending before ``words[at]`` starts (after any title before it)."""
    run = at
    while run > 0 and _in_name(words, run - 1) and not _title_ends_at(words, run):
        run -= 1
    return run


def _named_before(words: list[str], run: int, at: int) -> bool:
    """Whether the capitalised words ``words[run:at]`` name a person: two or more words, or one after a
    title ("Mr. Morgan of the Sierra Club"); one bare word is an organisation's ("Bank of England")."""
    return at - run >= 2 or (run > 0 and _title_ends_at(words, run))


def _place_at(words: list[str]) -> int:
    """Where "in/at/from <Place>" follows a capitalised name in a mention's words ("Ann Lee in Dover"),
    or 0; never a count ("Six in 10") or a phrase ("Governors in most states")."""
    for k in range(1, len(words) - 1):
        place = words[k + 2] if words[k + 1] == "the" and k + 2 < len(words) else words[k + 1]
        if words[k] in _PLACE_LINKS and words[k - 1][:1].isupper() and place[:1].isupper():
            return k
    return 0


def _unnamed(words: list[str]) -> bool:
    """Whether a mention's words describe unnamed people ("a source familiar with the talks",
    "officials in Tehran")."""
    toks = [(0, 0, w) for w in words]
    return any(
        (_description_at(toks, k) and words[k - 1].lower() in _SOURCE_HEADS)
        or (
            words[k] in _PLACE_LINKS
            and (k == 1 or words[k - 1][:1].islower())
            and (_holder(words[k - 1].lower()) or _speaking_head(words[k - 1].lower()))
        )
        for k in range(1, len(toks))
    )  # "officials in Tehran", "the group's leader in Gaza", "industries in Ohio" are no one called Tehran


_HONORIFIC_WORDS = frozenset(w[0] for w, kind in titles() if kind == "title" and len(w) == 1)


def is_organisation(name: str) -> bool:
    """Whether a canonical name ends in an organisation's or an outlet's word ("Foreign Ministry",
    "The New York Times"): no "he" or "she" stands for it."""
    words = name.lower().split()
    return bool(words) and (words[-1] in org_words() or words[-1] in _OUTLET_HEADS)


@functools.cache
def org_words() -> frozenset[str]:
    return frozenset(" ".join(w) for w, k in titles() if k == "org" and len(w) == 1)


@functools.cache
def _by_last_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Title and role phrases (not organisation words) indexed by their last word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase, kind in titles():
        if kind != "org":
            out.setdefault(phrase[-1], []).append(phrase)
    return {k: tuple(v) for k, v in out.items()}


def _title_length(words: list[str], i: int) -> int:
    """How many words of the longest listed title or role end words[:i] (0 when none does)."""
    found = [
        len(phrase)
        for phrase in _by_last_word().get(words[i - 1].lower().rstrip(","), ())
        if len(phrase) <= i and tuple(w.lower().rstrip(",") for w in words[i - len(phrase) : i]) == phrase
    ]
    return max(found, default=0)


def _office_of_role(words: list[str]) -> bool:
    """Whether a mention ends with a role word inside "of (the)" or "for" after an organisation
    ("Department of Justice", "Center for Justice"): the organisation's name, not a role."""
    n = _title_length(words, len(words))
    link = [w.lower() for w in words[max(0, len(words) - n - 2) : len(words) - n]]
    return 0 < n < len(words) - 1 and (link[-1:] in (["of"], ["for"]) or link == ["of", "the"])


def _shared_title(words: list[str], i: int) -> bool:
    """Whether words[:i] ends with a title or role or a possessive (not a bare acronym)."""
    return bool(_title_length(words, i)) or words[i - 1].endswith(("’s", "'s"))


def _title_ends_at(words: list[str], i: int) -> bool:
    """Whether words[:i] ends with a title or role (so words[i:] is the name)."""
    if _title_length(words, i):
        return True
    word = words[i - 1]
    initials = _INITIALS.fullmatch(word) is not None  # "Elijah E. Cummings", "G.K. Butterfield"
    plural_owner = word.endswith(("s’", "s'")) and len(words) - i >= 2  # "Fox News’ Bret Baier"
    outlet = len(words) - i == 1 and words[i].lower() in _OUTLET_HEADS  # "NBC News", "USA Today"
    return (
        word.endswith(("’s", "'s"))
        or plural_owner
        or (word.isupper() and len(word) <= 5 and i < len(words) and not initials and not outlet)
    )
