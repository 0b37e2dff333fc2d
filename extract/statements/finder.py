"""Find statements: a reporting cue, its speaker phrase and its content span.

Rules (their ids are written on every statement):

* ``quote-cue-speaker`` / ``clause-cue-speaker``: "“…,” said X" / "…, said X";
* ``quote-speaker-cue`` / ``clause-speaker-cue``: "“…,” X said" / "…, X said";
* ``speaker-cue-quote``: "X said: “…”" (the quotation may run on over sentences);
* ``speaker-cue-clause``: "X said (that) …", "X told reporters …", "X accused Y of …";
* ``claim-speaker-cue``: "…, a charge (that) X denied": the claim named is the content;
* ``according-to``: "According to X, …" / "…, according to X";
* ``in-finding``: "In a poll released Monday, 50 percent of voters …" (the poll is the source);
* ``quote-dash-speaker``: "“…” ― X", a quotation signed by a dash (:mod:`extract.statements.dashed`);
* ``quote-continuation``: a paragraph that is one quotation, after a direct statement.

Content spans come from :mod:`extract.statements.spans` (cut by the boundary rules of
:mod:`extract.statements.bounds`); cue checks and continuations from :mod:`extract.statements.checks`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from extract.records import Sentence
from extract.statements.asked import asked
from extract.statements.checks import another_cue, continuations, headline_like, not_a_cue
from extract.statements.dashed import signed_quotes
from extract.statements.lexicon import alternation, titles, verb_of, word_set
from extract.statements.nominal import nominal
from extract.statements.overlaps import keep_one
from extract.statements.passive import passive_by
from extract.statements.raw import Raw, Span, trim
from extract.statements.spans import CLOSERS, FINITE, QUOTED_SAYING, THAT
from extract.statements.speakers import (
    NAME_OPENERS,
    NAME_RUN,
    NAME_WORD,
    OBJECT_PRONOUNS,
    PARTICIPLE_BY,
    PERSON_HEADS,
    mention_after,
    mention_before,
    tidy_mention,
    tokens,
)
from extract.statements.subject_rules import Subjects
from extract.statements.subjects import bare_end, subject_phrase
from extract.timex import tag

# "State TV quoted Ann Lee (, the mayor,) as saying …"
_QUOTED_AS_SAYING = regex.compile(r"[ \t]+(?P<name>[^,.;:“”\"\s][^;:“”\"]{0,100}?),?[ \t]+as[ \t]+saying\b")
_ACCORDING = regex.compile(r"\baccording\s+to\b", regex.IGNORECASE)
_TAIL_OK = regex.compile(
    r"^(?:\s*,\s*\w+ing\b|[\s,]*(?:$|"
    + alternation("tail_words")
    + r"\s|"
    + alternation("tail_starts")
    + "|"
    + alternation("weekdays")
    + r"|\.|;|[“\"]|''))",
    regex.IGNORECASE,
)
_COLON_QUOTE = regex.compile(r":\s*(?:[“\"]|'')")
_GOES_ON = regex.compile(r"\s*,\s*" + alternation("continuing_words") + r"\b")
_APPOSED_GOES_ON = regex.compile(  # "…, said Ann Lee, an expert at X, is …"
    r"\s*,\s*(?:a|an|the)\s[^,.;:“”\"]{1,80},\s*" + alternation("continuing_words") + r"\b"
)
_APPOSED_LEAD = regex.compile(r"[^,;:“”\"]{2,60},\s+" + NAME_RUN + ",")  # "The mayor's aide, Ann Lee,"
# "The ministry, in a statement on its website, called …": an adjunct between the subject (a noun
# phrase of up to six words, no verb in it: never "The ferry will stop, in the end, said X") and the cue
_ADJUNCT_LEAD = regex.compile(
    r"(?!(?:[^,]*\s)?(?:" + alternation("finite_auxiliaries") + r"|not|\p{Ll}+ed)\b)"
    r"[^\s,;:“”\"]+(?:\s[^\s,;:“”\"]+){0,5},\s+"
    + alternation("adjunct_openers", "either")
    + r"\s[^,;:“”\"]{2,80},"
)
# "“…,” the ministry’s spokesman, Ann Lee, told …": the speaker is before the cue
_QUOTE_APPOSED = regex.compile(
    r".*(?:[”\"]|''),?\s+[^,;:“”\"]{2,60},\s+" + NAME_RUN + ",",
    regex.DOTALL,
)
_NAME_APPOSED = regex.compile(  # "Ann Lee, a lawyer from Leeds," before the cue: no quotation ends there
    NAME_WORD
    + r"(?:\s+"
    + NAME_WORD
    + r"){0,3},\s+(?:a|an|the|who|whose|one|his|her|its|their)\s[^;:“”\"]{2,100},"
)
_QUOTED_WORDS = regex.compile(r"\p{L}\s+[“\"][^“”\"]{1,80}[\p{L}\d][”\"]$")
# "Officials in Kyiv, who spoke on condition of anonymity," (or ", which …,", ", like …,") before the cue: a subject
# and its clause set off by commas
_SUBJECT_WHO = regex.compile(
    r"\p{Lu}[^\s,;:“”\"]*(?:\s[^\s,;:“”\"]+){0,6},\s+(?:who|which|like)\s[^;:“”\"]{2,120},"
)
_WHEN_WORDS = word_set("weekdays") | word_set("time_words")
_RESUMES = regex.compile(
    r",\s+(?:"
    + alternation("resuming_subjects")
    + r"|\p{Lu}\p{Ll}+)\b(?!\s+"
    + alternation("resumed_cues")
    + ")"
)
_RESUMES_AFTER = regex.compile(  # "…, he said in an interview, because …"
    r"(?:\s+(?:" + alternation("adjunct_openers") + r"|\p{L}+day)\b[^,.;:!?“”\"]{0,35})?"
    r",\s+(?!(?:\p{L}+ing|" + alternation("not_resuming") + r")\b)\p{L}"
)
_INVERTED_TAIL = regex.compile(r"\s*(?:[.,;:!?”\"]|$)")
_QUOTE_TAIL = regex.compile(  # after "“…?” X asked": ", turning …", " to reporters.", " in a statement."
    r"\s*(?:,\s*\p{L}+ing\b|(?:"
    + alternation("tail_words")
    + "|"
    + alternation("weekdays")
    + r")\s)(?:(?!\bthat\b)[^“”\"])*",
    regex.IGNORECASE,
)
# "…, says Tom Hale in Dover." / "… at the Ferry Institute." / "… in Rome on Monday."
_PLACE_TAIL = regex.compile(
    r"\s+(?:in|at|from)\s+(?:the\s+)?" + NAME_WORD + r"(?:\s+(?:of\s+)?" + NAME_WORD + r"){0,3}"
    r"(?:\s+(?:on\s+)?(?i:" + alternation("weekdays") + r"))?\s*[.!?]?\s*"
)
# "…, said officials who asked not to be named."
_WHO_TAIL = regex.compile(r",?\s+who\s[^.;:!?“”\"]{1,120}[.!?]?\s*")
_LED_IN = regex.compile(
    r"(?P<q>,?(?:[”\"]|''),?)\s+(?:a|an|the)\s[^“”\".]{0,70}\s" + alternation("led_in_ends") + "$"
)
_RELATIVE_BEFORE = regex.compile(
    r"(?<=[\p{L},—–-]\s*)(?<!\b" + alternation("relative_prepositions") + r"\s+)\b(which|whom|who)\s+$",
    regex.IGNORECASE,
)
# a relative clause set off by a comma, and the comma that closes it (not the one in "1,200")
_SET_OFF = regex.compile(r",\s*(?:which|whom|who|whose)\s+$", regex.IGNORECASE)
_CLAUSE_COMMA = regex.compile(r",(?=\s)")
# "The man who police say fired the shots was arrested": the sentence's own verb after a word of the clause
_MAIN_VERB = regex.compile(
    r"(?<=[\p{L}\d])(?<!\b(?:who|which|that|whom|not|and|or|but))\s+(?:"
    + alternation("finite_auxiliaries")
    + r")\b",
    regex.IGNORECASE,
)
_FIRST_WORD = regex.compile(r"\s*\S+")
# "voters who backed …": the cue opens a restrictive clause on its speaker (no comma before "who")
_WHO_CUE = regex.compile(r"(?<=\p{L})\s+(?:who|that)\s+$", regex.IGNORECASE)
# the words before that verb: its auxiliaries ("… have vowed"), after a word that may end the clause's
# object (none that never ends a phrase, no possessive and no subject: "in charge", "you can see")
_OWN_VERB_LEAD = regex.compile(
    r"(?<=\p{L}|\d)(?<!\b(?:"
    + alternation("not_last")
    + "|"
    + alternation("determiners_before")
    + "|"
    + alternation("resuming_subjects")
    + r"|into|about|you|n[’']t))"
    r"(?:,?\s+(?:" + alternation("finite_auxiliaries") + r"|\p{Ll}+ly))*,?\s+$",
    regex.IGNORECASE,
)
_NEW_CLAUSE = regex.compile(r"[;:]|,\s+(?:and|but|or|while|as)\b")
_BE = word_set("passive_auxiliaries")
_SUBJECT_FIRST = regex.compile(
    r"\s*(?:\p{Lu}|(?:" + alternation("determiners") + r"|he|she|it|they|we|i|you)\b)"
)
# words left beside a time expression that still say something ("on", "the", "again" do not)
_CONTENT_WORD = regex.compile(r"(?!\b" + alternation("time_companions") + r"\b)\b\p{L}", regex.IGNORECASE)
_PASSIVE = regex.compile(r"\b" + alternation("passive_auxiliaries") + r"\s+$", regex.IGNORECASE)
_PASSIVE_LEAD = regex.compile(  # "was asked", "has been harshly criticized"
    r"\b" + alternation("passive_auxiliaries") + r"(?:\s+\p{Ll}+ly)?$", regex.IGNORECASE
)
_PROGRESSIVE = regex.compile(
    r"\b(?:" + alternation("progressive_auxiliaries") + r"|[’']s|[’']re)"
    r"(?:\s+(?:\w+ly|" + alternation("light_adverbs") + "))*$",
    regex.IGNORECASE,
)
_ROLE_TAIL = regex.compile(  # "a professor | at the university." ends the sentence
    r"(?P<tail>\s+(?:at|of|for|with|from|in)\s+(?:the|a|an|his|her|its|their)\s+[^,.;:!?“”\"]{1,60}?)\s*[.!?]?\s*"
)


def _hearer(described: str, named: str, ends: str) -> regex.Pattern[str]:
    """A hearer after a cue: a listed word, an article with ``described`` words, or capitalised words
    ``named`` (what may follow them), then ``ends`` or a word that follows a hearer."""
    return regex.compile(
        r"\s+(?:" + alternation("hearers") + r"|(?:the|a|an)" + described + r"|" + NAME_WORD + named + r")"
        r"(?=" + ends + r"|\s+" + alternation("hearer_followers", "either") + r"\b)"
    )


_HEARER = _hearer(
    r"(?:\s+[\p{L}’'\-]+){1,4}?",
    r"(?:\s+" + NAME_WORD + r"){0,4}(?:[’']s(?:\s+[\p{L}’'\-]+){1,3}?)?",
    r"\s*[.,;!?]",
)
# "The plan, he told me on Friday, is …": "me", "the paper", "The Daily Star" before a comma
_SHORT_HEARER = _hearer(r"\s+[\p{L}’'\-]+(?:\s+[\p{L}’'\-]+)?", r"(?:\s+" + NAME_WORD + r"){0,3}", r"\s*,")
_ROLE_AFTER_QUOTE = regex.compile(
    r"[,.?!](?:[”\"]|'')[ \t]*(?P<role>(?:(?!\p{L}+ly\b)\p{Ll}[\p{L}’'\-]*[ \t]+){1,3})$"
)
_ROLE_AFTER_COMMA = regex.compile(r",[ \t]+(?P<role>(?:\p{L}[\p{L}’'\-]*[ \t]+){1,5})$")
_ROLE_WORDS = frozenset(words[-1] for words, kind in titles() if kind == "role")
_ARTICLES = frozenset(("a", "an", "the"))
_LEADS = _ARTICLES | word_set("counted_leads")  # "…, said one source | in the room."
# words an article may follow inside a speaker phrase: "a lawyer for the family", "a professor at the …"
_BEFORE_ARTICLE = word_set("name_links") | word_set("phrase_breaks") | word_set("tail_words")
# "…, X said Tuesday, noting …" / "…, as they …": a clause of its own after the cue's adjuncts
_GERUND_AFTER = regex.compile(r",\s+(?:\p{L}+ing|" + alternation("side_clause_openers") + r")\b")
_LONG_WORD = regex.compile(r"\p{L}{4,}")
_JOINED = regex.compile(r"(?:and|but)\s+(?:(?:\w+ly|then|also|later)\s+)?")
_COORDINATED = regex.compile(r"(?:\band|\bbut|,|\s[—–-])(?:\s*(?:\w+ly|then|also))?\s*$")
_BY_GERUND = regex.compile(r"\s(?:by|in)$")  # "X rallied voters by promising …": the subject speaks
# "In May, X backed the plan", "Stung by the vote, X backed the plan"
_FRONTED = regex.compile(alternation("fronted_openers", "either") + r"\b|" + PARTICIPLE_BY)
_LED_TO = regex.compile(  # "was prompted to | say", "went on to | say", "was quick to | note"
    r"(?:\s+" + alternation("passive_auxiliaries") + r")?\s+" + alternation("leading_to") + r"\s+to$"
)
_CONTRACTED = regex.compile(r"[’'](?:s|re)$")  # "He's suggesting …": the pronoun before the contraction
_ING = regex.compile(r"\w+ing\b")
_TO = regex.compile(r"\s+to\s")  # "Through a spokesman, he declined | to comment."
_NO_OBJECT = regex.compile(alternation("no_object_openers") + r"\b(?!\s+that\b)", regex.IGNORECASE)
# "“…,” he said, just before the vote that …": after a comma, words that are not a quotation add to the cue
_COMMA_ADJUNCT = regex.compile(r",\s+(?![“\"'‘]|that\b)")


# "…, a charge (that) Colorado leaders strongly denied": the claim the apposed speaker takes a stand on
_CLAIM_APPOSED = regex.compile(
    r",\s+(?P<noun>(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?" + alternation("claim_nouns") + r")"
    r"(?:\s+(?:that|which))?\s+(?P<who>[^\s,;:“”\"][^,;:“”\"]{0,80})$",
    regex.IGNORECASE,
)


class Finder(Subjects):
    """Rules applied sentence by sentence over one text."""

    def names_someone(self, span: Span) -> bool:
        """Whether a speaker phrase names someone ("Ann Lee", "a lawyer for the family"), not two
        objects of the cue ("the strike a crime": an article right after a noun; "a candidate
        aggrieved": a participle at the end)."""
        words = [w.lower() for w in self.text[span[0] : span[1]].split()]
        return (
            bool(words)
            and not words[-1].endswith("ed")
            and not any(
                w in _ARTICLES and words[k - 1] not in _BEFORE_ARTICLE for k, w in enumerate(words) if k
            )
        )

    def cue_rules(self, index: int, sent: Sentence, cue: Span, skip_object: bool) -> Raw | None:
        """The statement around one reporting verb: speaker before or after it, content either side."""
        text = self.text
        lead = text[sent.start : cue[0]].rstrip()
        gerund = _ING.match(text[cue[0] : cue[1]].lower()) is not None
        gerund = gerund and not _PROGRESSIVE.search(lead)  # "X is calling for …" is a finite verb
        # a comma or closing mark before the cue, or a quotation closed by a misused “ ("“It is late,“ said X")
        closed = lead.endswith((",", "”", '"', "''")) or sent.start + len(lead) in self.quote_ends
        inverted = closed and not gerund and not _APPOSED_LEAD.fullmatch(lead)
        inverted = inverted and not _NAME_APPOSED.fullmatch(lead) and not _QUOTE_APPOSED.fullmatch(lead)
        inverted = inverted and not _SUBJECT_WHO.fullmatch(lead)
        # 'he "absolutely" supported the plan': a quoted word inside a clause, no closing punctuation
        inverted = inverted and not _QUOTED_WORDS.search(lead)
        # "“…,” a resident told the BBC": a verb that takes an object never comes before its speaker
        verb = verb_of(text[cue[0] : cue[1]])
        inverted = inverted and (verb is None or verb.inverts)
        raw = self.inverted(index, sent, cue, lead) if inverted else None
        if raw and (not _ADJUNCT_LEAD.fullmatch(lead) or self.names_someone(raw.speaker)):
            return raw
        progressive = _ING.match(text[cue[0] : cue[1]]) is not None
        if _PASSIVE_LEAD.search(lead) and not progressive and not QUOTED_SAYING.match(text, cue[1], sent.end):
            return None  # "He was accused of lying", "It is considered a threat": the subject says nothing
        claim = _CLAIM_APPOSED.search(lead) if not gerund else None
        who = mention_before(text, sent.start + claim.start("who"), cue[0]) if claim else None
        if claim and who and who[0] == sent.start + claim.start("who"):
            noun = (sent.start + claim.start("noun"), sent.start + claim.end("noun"))
            return Raw(*noun, who, cue, False, "claim-speaker-cue", index)
        contracted = _CONTRACTED.search(lead) if progressive else None
        at = sent.start + contracted.start() if contracted else cue[0]
        speaker = mention_before(text, sent.start, at, relative=True)
        if speaker is None and (led := _LED_TO.search(lead)) and not gerund:
            # "Mr. Trump was prompted to say …", "She went on to say …": the subject before the verb
            speaker = mention_before(text, sent.start, sent.start + led.start())
        if speaker is None and gerund and lead.endswith(",") and self.prior:
            # "X endorsed Y, saying …": the speaker of the sentence's last statement
            return self.clause_after(index, sent, cue, self.prior, skip_object)
        speaker = speaker or self.implicit_speaker(sent, cue, lead, gerund)
        if speaker is None:
            return None
        return self.speaker_first(index, sent, cue, speaker, skip_object)

    def inverted(self, index: int, sent: Sentence, cue: Span, lead: str) -> Raw | None:
        """ "“…,” said X" / "…, said X", or "X, said Y, would …" (the whole sentence)."""
        text = self.text
        speaker = mention_after(text, cue[1], sent.end, inverted=True)
        if speaker and (
            FINITE.search(text, speaker[0], speaker[1])
            or text[speaker[0] : speaker[1]].lower() in _WHEN_WORDS
        ):
            speaker = None  # "Ann Lee, the mayor, said the plan would fail": a clause; "said Sunday": a date
        goes_on = speaker and (_GOES_ON.match(text, speaker[1]) or _APPOSED_GOES_ON.match(text, speaker[1]))
        speaker = speaker and self.with_workplace(speaker, sent)
        if speaker and lead.endswith(",") and not self.ends_clause(speaker[1], sent) and not goes_on:
            speaker = None  # "X, an expert, says Libya is …": the name after the cue opens the content
        if not speaker:
            return None
        if goes_on and not self.in_quote(sent.start):
            whole = trim(text, sent.start, sent.end)
            return Raw(*whole, speaker, cue, False, "clause-parenthetical", index)
        content = self.before(sent, cue[0])
        if not content:
            return None
        kind = "quote" if self.is_direct(*content) else "clause"
        if kind == "quote" or content[1] in self.quote_ends:
            content = self.extend(content, speaker[1], sent)
        return Raw(*content, speaker, cue, kind == "quote", f"{kind}-cue-speaker", index)

    def with_workplace(self, speaker: Span, sent: Sentence) -> Span:
        """ "…, said a professor | at the university.": a role's place of work ending the sentence."""
        described = _ROLE_TAIL.fullmatch(self.text, speaker[1], sent.end)
        words = self.text[speaker[0] : speaker[1]].lower().split()
        if described is None or not words or words[0] not in _LEADS or words[-1] not in PERSON_HEADS:
            return speaker
        return speaker if FINITE.search(described.group("tail")) else (speaker[0], described.end("tail"))

    def ends_clause(self, at: int, sent: Sentence) -> bool:
        """Whether the words at ``at`` end the speaker's clause: punctuation, a closing quote mark or
        a place that ends the sentence ("…, says Tom Hale in Dover."), not a quotation that opens
        there ("…, said Tom Hale "knew about it"")."""
        if _PLACE_TAIL.fullmatch(self.text, at, sent.end) or _WHO_TAIL.fullmatch(self.text, at, sent.end):
            return True
        found = _INVERTED_TAIL.match(self.text, at, sent.end)
        if found is None:
            return False
        quote = self.quote_at(found.end() - 1) if found.end() > found.start() else None
        return quote is None or quote[0] != found.end() - 1

    def implicit_speaker(self, sent: Sentence, cue: Span, lead: str, gerund: bool) -> Span | None:
        """No name right before the cue: the sentence's subject ("X did Y and said") or an apposed name."""
        speaker = None if gerund or lead.endswith(",") else self.carried_subject(sent, cue, lead)
        bare = bare_end(self.text, sent.start, cue[0])  # "X, a lawyer, has said": past "has"
        if speaker is None and self.text[:bare].endswith(",") and not gerund:
            comma = self.text.rfind(",", sent.start, bare - 1)  # "The UN chief, Ann Lee, said": the name
            speaker = self.named_role(sent, comma, bare - 1) if comma > sent.start else None
        if speaker is None and (_COORDINATED.search(lead) or (gerund and _BY_GERUND.search(lead))):
            speaker = self.sentence_subject(sent, cue[0], loose=lead.endswith("and") or gerund)
        if speaker is None and self.text[:bare].endswith(",") and not gerund:
            speaker = self.apposed(sent, bare)
        return speaker or subject_phrase(self.text, sent.start, cue[0])

    def speaker_first(
        self, index: int, sent: Sentence, cue: Span, speaker: Span, skip_object: bool
    ) -> Raw | None:
        """ "X said": the content is a quotation just before, the whole sentence, before or after."""
        text = self.text
        role = text[speaker[0]].isupper() and _ROLE_AFTER_QUOTE.search(text, sent.start, speaker[0])
        if role and role.group("role").split()[0].lower() in NAME_OPENERS:
            role = None  # "“…,” while Tom Hale said …": a new clause, not a role
        if role:  # "“…,” spokesman Tom Hale said"
            speaker = (role.start("role"), speaker[1])
        elif at := self.role_after_comma(sent, speaker):  # "…, ministry spokesman Tom Hale said"
            speaker = (at, speaker[1])
        # "The UN chief, Ann Lee, said": the sentence before the speaker is what comes before the role
        apposed = self.role_before(sent, speaker) if text[speaker[1] : cue[0]].strip() == "," else None
        opens = speaker[0] if apposed is None else apposed
        pre = text[sent.start : opens].rstrip()
        ahead = self.quote_before(sent.start) if not pre else None
        if ahead and self.quote_tail(ahead, cue, sent, skip_object):
            # "“…?” X said. “…”" runs on into the next quotation; "“…?” X said to Y. “…”" does not
            plain = _INVERTED_TAIL.fullmatch(text, cue[1], sent.end)
            content = self.extend(ahead, cue[1], sent) if plain else ahead
            return Raw(*content, speaker, cue, True, "quote-speaker-cue", index)
        # "The plan, he told me on Friday, is …": the sentence goes on after a short hearer too
        short = (
            _SHORT_HEARER.match(text, cue[1], sent.end)
            if skip_object and not _ING.match(text, cue[0])
            else None
        )
        if (
            pre.endswith(",")
            and any(
                _GOES_ON.match(text, at) or _RESUMES.match(text, at) or _RESUMES_AFTER.match(text, at)
                for at in {cue[1], short.end() if short else cue[1]}
            )
            and len(tokens(text, sent.start, speaker[0])) > 1
            and not self.quote_at(sent.start)
        ):
            whole = trim(text, sent.start, sent.end)
            return Raw(*whole, speaker, cue, False, "clause-parenthetical", index)
        hearer = _HEARER.match(self.text, cue[1], sent.end) if skip_object else None
        raw = self.clause_before(
            index, sent, (cue[0], hearer.end() if hearer else cue[1]), speaker, pre, opens
        )
        raw = raw and Raw(raw.start, raw.end, raw.speaker, cue, raw.direct, raw.rule_id, raw.sentence)
        return raw or self.clause_after(index, sent, cue, speaker, skip_object)

    def role_after_comma(self, sent: Sentence, speaker: Span) -> int:
        """Where lower-case role words between a comma and a capitalised name start (0 when none)."""
        found = _ROLE_AFTER_COMMA.search(self.text, sent.start, speaker[0])
        if not self.text[speaker[0]].isupper() or found is None:
            return 0
        return found.start("role") if found.group("role").split()[-1].lower() in _ROLE_WORDS else 0

    def quote_tail(self, quote: Span, cue: Span, sent: Sentence, skip_object: bool) -> bool:
        """Whether "“…?” X said …" keeps the quotation as its content: the rest of the sentence is
        punctuation, or (for a quotation that is a sentence of its own) a hearer ("told the paper"),
        an adjunct ("to People", "in a statement", "on Tuesday") or ", <verb>ing …"."""
        text = self.text
        if _INVERTED_TAIL.fullmatch(text, cue[1], sent.end):
            return True
        before = quote[0]
        while before > 0 and text[before - 1].isspace():
            before -= 1
        if before and text[before - 1] not in ".!?:”\"'":
            return False  # a phrase quoted inside the sentence before ("the probe is “ongoing.”")
        hearer = _HEARER.match(text, cue[1], sent.end) if skip_object else None
        at = hearer.end() if hearer else cue[1]
        return bool(_INVERTED_TAIL.fullmatch(text, at, sent.end) or _QUOTE_TAIL.fullmatch(text, at, sent.end))

    def clause_before(
        self, index: int, sent: Sentence, cue: Span, speaker: Span, pre: str, opens: int
    ) -> Raw | None:
        """ "“…,” X said" / "…, X said": the content ends at the comma or quotation before the speaker
        (or before the role apposed to it, which ``opens`` at).

        ``cue`` may include the hearer after it ("told the Journal") so that the tail is checked past it.
        """
        text = self.text
        led_in = _LED_IN.search(pre)
        quoted = pre.rstrip(",").endswith(("”", '"', "''")) or led_in
        tail_ok = _TAIL_OK.match(text[cue[1] : sent.end]) or (
            quoted
            and (
                len(tokens(text, cue[1], sent.end)) <= 5
                or not THAT.search(text, cue[1], sent.end)
                or (self.quote_at(sent.start) and _COMMA_ADJUNCT.match(text, cue[1], sent.end))
            )
        )
        if not ((pre.endswith((",", "”", '"', "''")) or led_in) and tail_ok):
            return None
        content = self.before(sent, sent.start + led_in.end("q") if led_in else opens)
        gerund = _GERUND_AFTER.search(text, cue[1], sent.end)  # "…, X said Tuesday, noting …"
        tail_end = gerund.start() if gerund else sent.end
        if content and not self.is_direct(*content) and len(tokens(text, cue[1], tail_end)) > 10:
            content = None
        after = len(tokens(text, cue[1], tail_end))
        if (
            content
            and _FRONTED.match(text, content[0])
            and (after > 2 or (after == 2 and _TO.match(text, cue[1])))
        ):
            content = None  # "With the vote close, X backed the plan to …": the content follows the cue
        if not content:
            return None
        kind = "quote" if self.is_direct(*content) else "clause"
        content = self.extend(content, cue[1], sent)  # "X is wrong, he said. “He always was.”"
        return Raw(*content, speaker, cue, kind == "quote", f"{kind}-speaker-cue", index)

    def clause_after(
        self, index: int, sent: Sentence, cue: Span, speaker: Span, skip_object: bool
    ) -> Raw | None:
        """The statement whose content follows the cue ("X said (that) …", "X said: “…”")."""
        at = cue[1]
        verb = verb_of(self.text[cue[0] : cue[1]])
        quoted = (
            _QUOTED_AS_SAYING.match(self.text, at, sent.end) if verb and verb.id == "verb-quote" else None
        )
        if quoted and quoted["name"].lower() in OBJECT_PRONOUNS:
            speaker, at = quoted.span("name"), quoted.end()  # "State TV quoted him as saying …"
        elif quoted and (named := mention_after(self.text, quoted.start("name"), quoted.end("name"))):
            speaker, at = named, quoted.end()  # "State TV quoted Ann Lee as saying …": her words
        content = (
            self.adjunct_only(sent, at) or self.next_paragraph(sent, at) or self.after(sent, at, skip_object)
        )
        relative = _RELATIVE_BEFORE.search(self.text, max(sent.start, speaker[0] - 12), speaker[0])
        if content and _SET_OFF.search(self.text, max(sent.start, speaker[0] - 12), speaker[0]):
            # "The group, which the US says is backed by Iran, denied it": the clause ends at its comma
            close = _CLAUSE_COMMA.search(self.text, cue[1], content[1])
            content = (content[0], close.start()) if close else content
        if content is None or content[0] == content[1] or another_cue(self.text, content):
            return None
        if self.text[cue[1] : content[0]].strip() == "," and self.own_cue(content):
            return None  # "… when the polls close, his aide said that …": the clause has a cue of its own
        if not self.text[cue[1] : content[0]].strip() and _NO_OBJECT.match(self.text, content[0], content[1]):
            return None  # "X backed out and …", "X reported from Dover": the verb has no object here
        if self.only_time(content):
            return None  # "X posted on Jan. 27", "X apologized two days later": when, not what
        joined = _JOINED.match(self.text, content[0], content[1])
        if joined and any(m.start() == joined.end() for m in self.cues_in(joined.end(), content[1])):
            return None  # "X agreed and then said that …": the words are the second verb's
        direct = self.is_direct(*content)
        if (
            not direct
            and verb
            and verb.short
            and _WHO_CUE.search(self.text, max(sent.start, cue[0] - 8), cue[0])
        ):
            content = self.before_own_verb(content)  # "Voters who backed Ann | say …"
        if relative and not direct:
            content = (relative.start(1), self.before_main_verb(cue[1], content[1], speaker))
        rule = "speaker-cue-quote" if direct else "speaker-cue-clause"
        return Raw(*content, speaker, cue, direct, rule, index)

    def before_main_verb(self, at: int, end: int, speaker: Span) -> int:
        """Where a restrictive clause on the subject ends: "The man who police say fired the shots | was
        arrested", "the drug that doctors say is safe | was recalled". Only when the clause has no subject of
        its own after the cue ("who police say the suspect was ..." runs on), and not when the sentence's verb
        is a reporting word ("The group which officials say is armed has denied it": its speaker is the group,
        not the clause's last noun, so the clause runs on over it; a passive "was recalled" names no speaker)."""
        if _SET_OFF.search(self.text, max(0, speaker[0] - 12), speaker[0]) or _SUBJECT_FIRST.match(
            self.text, at, end
        ):
            return end
        first = _FIRST_WORD.match(self.text, at, end)
        verb = _MAIN_VERB.search(self.text, first.end(), end) if first else None
        if verb is None:
            return end
        passive = verb.group().strip().lower() in _BE  # "was recalled": no one speaks
        cues = self.cues_in(verb.start(), min(end, verb.end() + 30))
        return end if any(not passive or m.group().lower().endswith("ing") for m in cues) else verb.start()

    def before_own_verb(self, content: Span) -> Span:
        """A stand taken in a relative clause on the speaker ends where the sentence's own reporting verb
        comes: "Voters who backed Ann Lee | say the economy matters most" (that verb has its own
        statement); a cue after "to", "and" or a relative word, or a participle, is no such verb."""
        clause_end = _NEW_CLAUSE.search(self.text, content[0], content[1])
        end = clause_end.start() if clause_end else content[1]
        for found in self.cues_in(content[0] + 1, end):
            lead = _OWN_VERB_LEAD.search(self.text, content[0], found.start())
            if found.group().lower().endswith("ing") or lead is None:
                continue
            cut = trim(self.text, content[0], lead.start())
            return cut if cut[1] > cut[0] else content
        return content

    def only_time(self, content: Span) -> bool:
        """Whether a short content is nothing but a time expression and its function words."""
        if content[1] - content[0] > 40 or len(tokens(self.text, *content)) > 6:
            return False
        rest = self.text[content[0] : content[1]]
        found = tag(rest, None)
        for timex in reversed(found):  # the words left once the time expressions are taken out
            rest = rest[: timex.start] + " " + rest[timex.end :]
        return bool(found) and not _CONTENT_WORD.search(rest)

    def own_cue(self, content: Span) -> bool:
        """Whether a clause opens with a subject of up to five words and a reporting verb of its own
        with "that" after it ("his aide said that …")."""
        cues = self.cues_in(content[0], content[1])
        return (
            bool(cues)
            and len(tokens(self.text, content[0], cues[0].start())) <= 5
            and THAT.match(self.text, cues[0].end() + 1) is not None
            and not _PASSIVE.search(self.text, content[0], cues[0].start())
            and not not_a_cue(self.text, cues[0].start(), cues[0].end())
        )

    def split_colon(self, raw: Raw) -> list[Raw]:
        """A clause that ends in ': “…”' gives the clause and the quotation as two statements."""
        if raw.rule_id != "speaker-cue-clause":
            return [raw]
        found = _COLON_QUOTE.search(self.text, raw.start, raw.end)
        quote = self.quote_at(found.end() - 1) if found else None
        if quote is None or quote[0] != found.end() - 1 or quote[1] < raw.end - 1:
            return [raw]
        clause = trim(self.text, raw.start, found.start() + 1)
        head = (
            [Raw(*clause, raw.speaker, raw.cue, False, raw.rule_id, raw.sentence)]
            if clause[1] > clause[0]
            else []
        )
        quoted = self.extend(quote, quote[1], self.sentences[raw.sentence])
        return [*head, Raw(*quoted, raw.speaker, raw.cue, True, "speaker-cue-quote", raw.sentence)]

    def title_cue(self, sent: Sentence, found: regex.Match[str]) -> bool:
        """A capitalised present form in a title-case line ("Ann Lee Says Taxes Will Rise.") is a cue."""
        words = _LONG_WORD.findall(self.text, sent.start, sent.end)
        first = found.group().split()[0]
        return (
            first.endswith("s")
            and not first.endswith("ss")
            and len(words) >= 4
            and sum(w[:1].isupper() for w in words) >= 0.75 * len(words)
        )

    def sentence(self, index: int, sent: Sentence) -> list[Raw]:
        out: list[Raw] = []
        if headline_like(self.text, sent):
            return [raw] if (raw := self.colon(index, sent)) else out
        self.prior = None
        for found in self.cues_in(sent.start, sent.end):
            if (
                found.group()[:1].isupper()
                and found.start() != sent.start
                and not self.title_cue(sent, found)
            ):
                continue
            # "The plan was rejected by the council" (a passive "… by" is no cue otherwise)
            if raw := passive_by(self.text, index, sent, found.span()):
                out.append(raw)
                continue
            if not_a_cue(self.text, found.start(), found.end()):
                continue
            verb = verb_of(found.group())
            assert verb is not None  # every cue found is a listed form or a message phrase
            self.least = 1 if verb.short else 3  # "Ann Lee endorsed Cruz": one word can be the content
            raw = asked(self.text, index, sent, found.span(), self.prior, self.in_quote)
            raw = raw or self.cue_rules(index, sent, found.span(), verb.takes_object)
            if raw:
                out.extend(self.split_colon(raw))
                self.prior = raw.speaker
        out.extend(nominal(self.text, index, sent, self.in_quote))
        if raw := self.colon(index, sent):
            out.append(raw)
        if finding := self.in_finding(index, sent):
            # "In a poll released Monday, …": a cue inside the poll's own phrase reports nothing
            out = [raw for raw in out if not (raw.cue and finding.cue[0] <= raw.cue[0] < finding.start)]
            out.append(finding)
        for found in _ACCORDING.finditer(self.text, sent.start, sent.end):
            if not self.in_quote(found.start()) and (raw := self.according(index, sent, found.span())):
                out.append(raw)
        return out


def _to_quote_end(text: str, raw: Raw, quotes: Sequence[Span]) -> Raw:
    """The statement run on to the closing mark of a quotation opened in it and closed after it in
    the same paragraph (X said crews “do a fine job. And they work in all weathers.”)."""
    ends = [
        end
        for start, end in quotes
        if raw.start <= start < raw.end < end and text[end - 1] in CLOSERS and "\n" not in text[raw.end : end]
    ]
    return replace(raw, end=max(ends)) if ends else raw


def _in_signature(text: str, raw: Raw, signed: Raw) -> bool:
    """Whether a cue is in a signed quotation or in the words after its dash ("― Ann Lee, writing")."""
    if raw.cue is None:
        return False
    line_end = text.find("\n", signed.speaker[0])
    line_end = len(text) if line_end < 0 else line_end
    return signed.start < raw.cue[0] < signed.end or signed.speaker[0] <= raw.cue[0] < line_end


def find_raw(text: str, sentences: Sequence[Sentence], quotes: Sequence[Span]) -> list[Raw]:
    """Statements found by the cue rules, one per content span, in text order."""
    finder = Finder(text, sentences, quotes)
    found: list[Raw] = []
    for index, sent in enumerate(sentences):
        found.extend(finder.sentence(index, sent))
    signed = signed_quotes(text, sentences)
    found = [raw for raw in found if not any(_in_signature(text, raw, s) for s in signed)] + signed
    found = [
        replace(_to_quote_end(text, raw, quotes), speaker=tidy_mention(text, raw.speaker)) for raw in found
    ]
    kept = keep_one(text, found)
    return kept + continuations(text, sentences, quotes, kept)
