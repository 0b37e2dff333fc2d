"""The ``Frames`` bundle and the columns derived from the stored tables.

Derived columns (recomputed after corrections, so they always agree with them):
events/statements get ``outlet``, ``article_title``, ``published``, ``d0``/``d1``
(Timestamps of the inclusive date interval), ``imprecise`` (not a single day),
``inferred`` (date not read from the text itself) and ``low_confidence``;
``links`` gets the lag between a statement and the event it concerns;
``canonical`` gets how many mentions, articles and outlets report it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pandas as pd

LOW_CONFIDENCE = 0.5
YEAR_IN_TEXT = r"\b\d{4}\b"


@dataclass(frozen=True)
class Frames:
    """The corpus as DataFrames (never mutate them; functions return new Frames)."""

    articles: pd.DataFrame
    events: pd.DataFrame
    statements: pd.DataFrame
    links: pd.DataFrame
    canonical: pd.DataFrame

    def with_(self, **changes: pd.DataFrame) -> Frames:
        return replace(self, **changes)


def article_label(row: pd.Series) -> str:
    """A human name for an article: its title, else its first line, else its id."""
    title = row.get("title")
    if isinstance(title, str) and title.strip():
        return title.strip()
    text = row.get("text")
    if isinstance(text, str):
        for line in text.splitlines():
            if line.strip():
                first = line.strip()
                return first if len(first) <= 90 else first[:87] + "…"
    return str(row.get("id"))


def _articles(articles: pd.DataFrame) -> pd.DataFrame:
    out = articles.copy()
    out["display_title"] = [article_label(r) for _, r in out.iterrows()] if len(out) else []
    out["outlet"] = out["outlet"].fillna("").replace("", "unknown outlet")
    out["published_inferred"] = out["published_source"] != "metadata"
    return out


def _with_article(items: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    info = articles.set_index("id")[["outlet", "display_title", "published", "published_source"]]
    info = info.rename(columns={"display_title": "article_title"})
    joined = items.drop(columns=[c for c in info.columns if c in items.columns]).join(info, on="article_id")
    joined["outlet"] = joined["outlet"].fillna("unknown outlet")
    return joined


def _dates(items: pd.DataFrame) -> pd.DataFrame:
    out = items.copy()
    out["d0"] = pd.to_datetime(out["date_start"], errors="coerce", format="ISO8601")
    out["d1"] = pd.to_datetime(out["date_end"], errors="coerce", format="ISO8601")
    out["d1"] = out["d1"].fillna(out["d0"])
    out["imprecise"] = (out["granularity"] != "day") | out["d0"].isna() | (out["d1"] > out["d0"])
    return out


def _events(events: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    out = _dates(_with_article(events, articles))
    out["confidence"] = pd.to_numeric(out["confidence"], errors="coerce").fillna(0.0)
    relative = ~out["date_text"].fillna("").str.contains(YEAR_IN_TEXT, regex=True)
    out["inferred"] = (out["published_source"] != "metadata") & relative
    out["low_confidence"] = out["confidence"] < LOW_CONFIDENCE
    return out


def _statements(statements: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    out = _dates(_with_article(statements, articles))
    out["direct"] = out["direct"].fillna(0).astype(bool)
    out["inferred"] = (out["date_source"] != "text") | (out["published_source"] != "metadata")
    out["low_confidence"] = False
    return out


def lag_text(days: float | None, event_title: str, imprecise: bool) -> str:
    """'3 days after <event>' / 'the same day as <event>' / '' when either date is unknown."""
    if days is None or pd.isna(days):
        return ""
    n = int(days)
    about = "about " if imprecise else ""
    if n == 0:
        return f"the same day as {event_title}" if not imprecise else f"around the time of {event_title}"
    unit = "day" if abs(n) == 1 else "days"
    side = "after" if n > 0 else "before"
    return f"{about}{abs(n)} {unit} {side} {event_title}"


def _links(links: pd.DataFrame, events: pd.DataFrame, statements: pd.DataFrame) -> pd.DataFrame:
    ev = events.set_index("id")[["title", "d0", "imprecise"]].add_prefix("event_")
    st_ = statements.set_index("id")[["speaker", "d0", "imprecise"]].add_prefix("statement_")
    out = links[["statement_id", "event_id"]].join(ev, on="event_id", how="inner")
    out = out.join(st_, on="statement_id", how="inner").reset_index(drop=True)
    out["lag_days"] = (out["statement_d0"] - out["event_d0"]).dt.days
    vague = out["event_imprecise"] | out["statement_imprecise"]
    out["lag_text"] = [
        lag_text(d, t, v) for d, t, v in zip(out["lag_days"], out["event_title"], vague, strict=True)
    ]
    return out


def _canonical(canonical: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    groups = events.dropna(subset=["canonical_id"]).groupby("canonical_id")
    stats = pd.DataFrame(
        {
            "mentions": groups.size(),
            "article_count": groups["article_id"].nunique(),
            "outlets": groups["outlet"].agg(lambda s: sorted(set(s))),
        }
    )
    out = canonical.drop(columns=[c for c in stats.columns if c in canonical.columns])
    out = out.join(stats, on="id")
    out["mentions"] = out["mentions"].fillna(0).astype(int)
    out["article_count"] = out["article_count"].fillna(0).astype(int)
    out["outlets"] = out["outlets"].map(lambda v: v if isinstance(v, list) else [])
    return _dates(out)


def derive(frames: Frames) -> Frames:
    """Add the derived columns to every frame."""
    articles = _articles(frames.articles)
    events = _events(frames.events, articles)
    statements = _statements(frames.statements, articles)
    return Frames(
        articles=articles,
        events=events,
        statements=statements,
        links=_links(frames.links, events, statements),
        canonical=_canonical(frames.canonical, events),
    )
