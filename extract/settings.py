"""One frozen settings object with documented defaults.

Every setting is listed in ``SETTINGS`` with its default and a help text; a
test checks that each field of :class:`Settings` is documented there.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "max_article_bytes", 5_000_000, "Largest article file read; a larger one is refused with an error."
    ),
    Setting("max_jsonl_bytes", 200_000_000, "Largest .jsonl file read (it may hold many articles)."),
    Setting("min_event_confidence", 0.0, "Events below this confidence are dropped."),
    Setting("caption_confidence_factor", 0.6, "Confidence multiplier for dates found in photo captions."),
    Setting(
        "inferred_dct_confidence_factor", 0.8, "Confidence multiplier when the publication date is inferred."
    ),
    Setting(
        "merge_min_weight",
        3.0,
        "Least weight (summed log inverse frequency) of the distinctive names and nearby words two event mentions share to merge.",
    ),
    Setting("link_window_sentences", 1, "Sentences before a statement whose events it may concern."),
)


@dataclass(frozen=True)
class Settings:
    max_article_bytes: int = 5_000_000
    max_jsonl_bytes: int = 200_000_000
    min_event_confidence: float = 0.0
    caption_confidence_factor: float = 0.6
    inferred_dct_confidence_factor: float = 0.8
    merge_min_weight: float = 3.0
    link_window_sentences: int = 1


DEFAULT = Settings()


def documented_names() -> set[str]:
    return {s.name for s in SETTINGS}


def field_names() -> set[str]:
    return {f.name for f in fields(Settings)}
