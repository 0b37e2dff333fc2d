"""Frozen records passed between the extractor's stages.

Every record carries character offsets into the article text exactly as read
(end exclusive) and, where a rule produced it, the id of that rule, so that
"why was this extracted?" can always be answered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

GRANULARITIES = (
    "day",
    "week",
    "month",
    "quarter",
    "season",
    "year",
    "decade",
    "century",
    "range",
    "unknown",
)

MEDIA = (
    "speech",
    "twitter",
    "website",
    "letter",
    "statement",
    "interview",
    "media",
    "meeting",
    "column",
    "unknown",
)


@dataclass(frozen=True)
class Zone:
    """A region of the text: body content, a photo caption, or page furniture."""

    start: int
    end: int
    kind: str  # body | caption | furniture | headline
    rule_id: str = ""


@dataclass(frozen=True)
class Article:
    """One input article: its text exactly as read and its metadata."""

    id: str
    text: str
    path: str = ""
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    published_source: str = "unknown"  # metadata | inferred | unknown
    published_confidence: float = 0.0
    # For formats with markup (HTML) the stages read ``view``, a plain-text
    # rendering whose character i stands at ``view_map[i]`` in ``text``.
    view: str | None = None
    view_map: tuple[int, ...] | None = None
    # Zones known from the markup (captions, main content), in view offsets.
    hints: tuple[Zone, ...] = ()

    @property
    def body(self) -> str:
        """The text the extraction stages read."""
        return self.view if self.view is not None else self.text

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of :attr:`body` back to offsets into the text as read."""
        if self.view_map is None:
            return start, end
        if end <= start:
            point = self.view_map[start] if start < len(self.view_map) else len(self.text)
            return point, point
        last = self.view_map[end - 1]
        if self.text.startswith("&", last):  # a character reference stands for this character
            semicolon = self.text.find(";", last, last + 12)
            return self.view_map[start], (semicolon + 1 if semicolon > 0 else last + 1)
        return self.view_map[start], last + 1


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    zone: str = "body"  # kind of the zone the sentence lies in


@dataclass(frozen=True)
class Interval:
    """An inclusive interval of days at the expression's own granularity."""

    start: date
    end: date
    granularity: str

    def iso(self) -> tuple[str, str]:
        return self.start.isoformat(), self.end.isoformat()


@dataclass(frozen=True)
class Timex:
    """A temporal expression found in a text and normalised.

    ``value`` follows TimeML / TempEval-3 conventions. ``interval`` is the span
    of days the expression denotes in the timeline (``None`` when no date can
    be given, e.g. an unanchored duration or a set).
    """

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    rule_id: str
    interval: Interval | None = None
    anchored_to: str = "dct"  # dct | previous | none


@dataclass(frozen=True)
class Statement:
    """Something a named person or body said or wrote."""

    start: int  # content span
    end: int
    speaker: str  # canonical name
    speaker_start: int | None
    speaker_end: int | None
    cue_start: int | None
    cue_end: int | None
    medium: str
    direct: bool
    rule_id: str
    date: Interval | None = None
    timex: str | None = None
    date_source: str = "unknown"  # text | publication | unknown
    speaker_mention: str = ""  # the words naming the speaker at speaker_start


@dataclass(frozen=True)
class Event:
    """A dated happening reported in an article."""

    start: int  # span of the date expression
    end: int
    sentence_start: int
    sentence_end: int
    title: str
    date: Interval | None
    timex: str | None
    category: str
    confidence: float
    rule_id: str
    trigger: str = ""
    actors: tuple[str, ...] = field(default_factory=tuple)
    zone: str = "body"


@dataclass(frozen=True)
class CanonicalEvent:
    id: str
    title: str
    date: Interval | None
    timex: str | None
    members: tuple[tuple[str, int], ...]  # (article id, event index)
