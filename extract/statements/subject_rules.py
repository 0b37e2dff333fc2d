"""Speakers found away from the cue: an apposed name, or the subject opening the sentence (finder methods)."""

from __future__ import annotations

import regex

from extract.records import Sentence
from extract.statements.lexicon import alternation, pronouns, verbs, word_set
from extract.statements.raw import Span
from extract.statements.sourced import Sourced
from extract.statements.speakers import (
    NAME_OPENERS,
    NAME_RUN,
    NAME_WORD,
    PARTICIPLE_BY,
    is_name_word,
    mention_after,
    mention_before,
    role_apposed,
)

_OPENER = regex.compile(  # "WASHINGTON", "Speaking …", "Moreover", "Stung by …"
    r"(?:(?-i:\p{Lu}{2,}\b)|\p{Lu}\p{Ll}+ing\b|"
    + PARTICIPLE_BY
    + r"|(?:"
    + alternation("opening_words")
    + r"|\p{L}+ly|\p{L}+day)\b)",
    regex.IGNORECASE,
)
_CONJUNCTION = regex.compile(  # "But he …", "And then Trump …"
    alternation("opening_conjunctions", "title")
    + r"(?:\s+"
    + alternation("opening_conjunctions")
    + r")?\s+(?=\p{L})"
)
# a clause-opening word and its comma before the subject ("Still, …", "However, …")
_OPENER_WORD = regex.compile(
    r"(?:" + "|".join(regex.escape(w) for w in sorted(NAME_OPENERS, key=len, reverse=True)) + r")\b\s*,\s*",
    regex.IGNORECASE,
)
# prepositions that open no clause ("since", "after", "when" may: "when Ann Lee, a nurse, said")
_PREPOSITIONS = (word_set("opening_prepositions") | word_set("phrase_breaks") | {"of", "to"}) - (
    word_set("subordinators") | word_set("asked_leads") | {"which", "whom", "whose", "where", "when", "until"}
)
_LABEL_END = regex.compile(r"\s*\([^()]*\)$")
_APPOSED_NAME = regex.compile(r",\s*(?P<name>" + NAME_RUN + "),")
_GERUND_AT = regex.compile(r"\p{Lu}\p{Ll}+ing\b")
_OPENING_END = regex.compile(r"[^,—–“”\"]{0,120}?(?:,|\s[—–-]\s?|—|–)\s*")
_CARRIED = regex.compile(r"(?:,|\band|\bbut|\bor)(?:\s*(?:\w+ly|then|also|later))?\s*$")
_LOWER_WORD = regex.compile(r"(?<![\p{L}’'\-])\p{Ll}[\p{L}’'\-]*")
_PLAIN_VERBS = word_set("plain_verbs")
_GROUP_NOUN = regex.compile(r"\s+" + alternation("group_nouns") + r"\b")
# "Palestinian officials, who …,": a capitalised modifier, then lower-case words up to a plural of people
# and a clause set off by commas
_PLURAL_AFTER = regex.compile(
    r"(?:\s+\p{Ll}+){0,2}?\s+(?:"
    + alternation("plural_speakers")
    + "|"
    + alternation("group_nouns")
    + r")(?=,\s+(?:who|which|like)\b)"
)
_NAMED_BODY = regex.compile(r"the(?:\s+(?:of\s+)?" + NAME_WORD + r")+")  # "the U.S. Court of Appeals"


class Subjects(Sourced):
    """The speaker of a cue with no name right before it."""

    def apposed(self, sent: Sentence, before: int) -> Span | None:
        """ "X, a former official at Y, said": the name before the apposition's opening comma."""
        comma = self.text.rfind(",", sent.start, before - 1)
        if comma > sent.start and (name := self.named_role(sent, comma, before - 1)):
            return name
        while comma > sent.start and before - comma < 160:
            if not self.in_quote(comma) and (found := mention_before(self.text, sent.start, comma)):
                name = _LABEL_END.sub("", self.text[found[0] : found[1]])  # "Ann Lee (D-Md.)"
                words = name.split()
                lead = self.text[sent.start : found[0]].split()
                if (
                    words[-1][:1].isupper()  # "Ann Lee", "state delegate Ann Lee"
                    and all(w[:1].isupper() or w.replace("-", "").isalnum() for w in words)  # "76-year-old"
                    and words[0].lower() not in pronouns()
                    and not (lead and lead[-1].lower() in _PREPOSITIONS)  # "The ministry of health in | Gaza"
                ):
                    return found
            comma = self.text.rfind(",", sent.start, comma)
        return None

    def named_role(self, sent: Sentence, comma: int, end: int) -> Span | None:
        """ "The mayor's aide, Ann Lee, said": the capitalised name apposed to a role phrase."""
        found = mention_before(self.text, comma + 1, end)
        if found is None or self.text[comma + 1 : end].strip() != self.text[found[0] : found[1]]:
            return None
        words = self.text[found[0] : found[1]].split()
        if not 2 <= len(words) <= 4 or not all(is_name_word(w) for w in words):
            return None
        return found if self.role_before(sent, found) is not None else None

    def role_before(self, sent: Sentence, name: Span) -> int | None:
        """Where the role phrase apposed before ``name`` starts ("The mayor's aide, | Ann Lee"), if one is."""
        comma = self.text.rfind(",", sent.start, name[0])
        return None if self.in_quote(comma) else role_apposed(self.text, sent.start, name)

    def past_opening(self, start: int, before: int) -> int:
        """Past opening phrases ("On Thursday,", "Moreover,", "WASHINGTON (AP) —") to the clause's first word."""
        for _ in range(3):
            while start < before and not self.text[start].isalnum():
                start += 1
            if not _OPENER.match(self.text, start, before):
                return start
            mark = _OPENING_END.search(self.text, start, before)
            if mark is None or self.in_quote(mark.start()):
                return start
            start = mark.end()
        return start

    def carried_subject(self, sent: Sentence, cue: Span, lead: str) -> Span | None:
        """ "X praised the staff, called … and warned that …": the subject of the clause's first verb."""
        if not _CARRIED.search(lead):
            return None
        start = self.past_opening(sent.start, cue[0])
        if self.in_quote(start) or not self.text[start : start + 1].isalnum():
            return None
        for word in _LOWER_WORD.finditer(self.text, start, cue[0]):
            form = word.group()
            before = self.text[start : word.start()].rstrip()
            if not (form.endswith("ed") or form in _PLAIN_VERBS or form in verbs() or _named_s(form, before)):
                continue
            found = mention_before(self.text, start, word.start())
            if found is None or found[0] != start or self.in_quote(found[0]):
                return None
            return found
        return None

    def after_opener(self, opener_end: int, before: int) -> Span | None:
        """The subject when a clause opener starts the sentence (a clause opener is no one): the name or pronoun
        right after the last comma before the cue ("Once, when my mother asked, I laughed and said"), else a
        pronoun right after the opener, which is the subject of both clauses ("When he returned he began by
        saying"; a name may not be: "If Ann Lee wins, …")."""
        comma = self.text.rfind(",", opener_end, before)
        if comma >= 0 and not self.in_quote(comma):
            main = mention_after(self.text, comma + 1, before)
            if main and not self.text[comma + 1 : main[0]].strip() and self.text[main[0]].isupper():
                return main
        after = mention_after(self.text, opener_end, before)
        return after if after and self.text[after[0] : after[1]].lower() in pronouns() else None

    def sentence_subject(self, sent: Sentence, before: int, loose: bool = False) -> Span | None:
        """The name or pronoun opening the sentence (after a leading quotation), when it is a subject."""
        start = sent.start
        for quote in self.quotes:
            if sent.start <= quote[0] and quote[1] <= before and quote[0] - start < 3:
                start = quote[1]
        if conjunction := _CONJUNCTION.match(self.text, start, before):  # "But he stood with …"
            start = conjunction.end()
        opened = self.past_opening(start, before)
        speaker = mention_after(self.text, opened, before) if opened > start else None
        if speaker and not self.in_quote(speaker[0]) and not _GERUND_AT.match(self.text, opened):
            return speaker  # "On Sunday, a federal judge ordered …"
        speaker = mention_after(self.text, start, before)
        if speaker and (lead := _OPENER_WORD.match(self.text, speaker[0], before)):
            speaker = mention_after(self.text, lead.end(), before) or speaker  # "Still, Tad Devine, …"
        if speaker is None or self.in_quote(speaker[0]):
            return None
        named = _APPOSED_NAME.match(self.text, speaker[1], before)
        if named and role_apposed(self.text, start, named.span("name")) == speaker[0]:
            return named.span("name")  # "The director of the centre, Ann Lee, told … and said …"
        word = self.text[speaker[0] : speaker[1]]
        if word.lower() in pronouns():
            return speaker
        if word.lower() in word_set("clause_openers"):
            return self.after_opener(speaker[1], before)
        if regex.fullmatch(r"\p{Lu}\p{Ll}+ing", word):
            return None
        if not word[:1].isupper():
            # "But the State Department denied it and said …": a named body opens the sentence too
            body = _NAMED_BODY.match(word) if conjunction else None
            if body is None:
                return None
            group = _GROUP_NOUN.match(word, body.end())  # "the Rubio campaign"
            return speaker[0], speaker[0] + (group.end() if group else body.end())
        if plural := _PLURAL_AFTER.match(self.text, speaker[1], before):
            speaker = (speaker[0], plural.end())  # "Israeli military officials, who …, said"
        rest = self.text[speaker[1] : speaker[1] + 12]
        return speaker if loose or regex.match(r"\s*(?:,|\w+ing\b)", rest) else None


def _named_s(form: str, before: str) -> bool:
    """ "Ann Lee supports …": a present form right after a capitalised name or a pronoun."""
    words = before.split()
    last = words[-1] if words else ""
    return (
        form.endswith("s") and not form.endswith("ss") and (last[:1].isupper() or last.lower() in pronouns())
    )
