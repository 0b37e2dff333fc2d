"""Applying curated corrections to the machine output (pure; no database, no Streamlit).

A correction is ``{"item_kind", "item_id", "field", "value"}``; corrections come
oldest first and the latest one of a field wins. ``hidden`` true hides an item
(a hidden canonical event hides all its mentions); an event's ``canonical_id``
moves it to another canonical event (merge) or to a new one (split).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from dashboard.frames import Frames, derive

KIND_FRAME = {"event": "events", "statement": "statements", "canonical": "canonical"}


def latest_values(corrections: Iterable[Mapping[str, Any]]) -> dict[str, dict[tuple[str, str], Any]]:
    """{kind: {(item id, field): value}} keeping the last correction of each field."""
    latest: dict[str, dict[tuple[str, str], Any]] = {kind: {} for kind in KIND_FRAME}
    for corr in corrections:
        if corr.get("undone_at"):
            continue
        kind = str(corr["item_kind"])
        if kind in latest:
            latest[kind][(str(corr["item_id"]), str(corr["field"]))] = corr["value"]
    return latest


def _apply(frame: pd.DataFrame, changes: dict[tuple[str, str], Any]) -> pd.DataFrame:
    out = frame.copy()
    out["hidden"] = False
    out["corrected"] = False
    ids = out["id"].astype(str)
    for field in sorted({f for _, f in changes}):
        mapping = {item: value for (item, f), value in changes.items() if f == field}
        mask = ids.isin(mapping.keys())
        if not mask.any():
            continue
        if field == "hidden":
            out.loc[mask, "hidden"] = ids[mask].map(lambda i, m=mapping: bool(m[i]))
            continue
        if field not in out.columns:
            out[field] = None
        out[field] = out[field].astype(object)
        out.loc[mask, field] = ids[mask].map(mapping)
        out.loc[mask, "corrected"] = True
    return out


def _new_canonicals(canonical: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """Canonical rows for canonical ids an event was moved to that do not exist yet (a split)."""
    known = set(canonical["id"].astype(str))
    moved = events.dropna(subset=["canonical_id"])
    moved = moved[~moved["canonical_id"].astype(str).isin(known)].drop_duplicates("canonical_id")
    if moved.empty:
        return canonical
    fresh = pd.DataFrame(
        {
            "id": moved["canonical_id"].astype(str),
            "title": moved["title"],
            "date_start": moved["date_start"],
            "date_end": moved["date_end"],
            "granularity": moved["granularity"],
            "timex": moved["timex"],
            "hidden": False,
            "corrected": True,
        }
    )
    return pd.concat([canonical, fresh], ignore_index=True)


def _drop_hidden(frames: Frames) -> Frames:
    events = frames.events[~frames.events["hidden"]]
    statements = frames.statements[~frames.statements["hidden"]]
    links = frames.links[
        frames.links["event_id"].isin(events["id"]) & frames.links["statement_id"].isin(statements["id"])
    ]
    canonical = frames.canonical[~frames.canonical["hidden"]]
    return frames.with_(events=events, statements=statements, links=links, canonical=canonical)


def apply_corrections(
    frames: Frames, corrections: Iterable[Mapping[str, Any]], include_hidden: bool = False
) -> Frames:
    """Frames with the corrections applied and derived columns recomputed.

    Adds boolean ``hidden`` and ``corrected`` columns to events, statements and
    canonical events. Hidden items (and links to them) are dropped unless
    ``include_hidden``; canonical events no visible mention belongs to are dropped.
    """
    latest = latest_values(corrections)
    events = _apply(frames.events, latest["event"])
    statements = _apply(frames.statements, latest["statement"])
    canonical = _new_canonicals(_apply(frames.canonical, latest["canonical"]), events)
    hidden_canonical = set(canonical.loc[canonical["hidden"], "id"].astype(str))
    events.loc[events["canonical_id"].astype(str).isin(hidden_canonical), "hidden"] = True
    out = frames.with_(events=events, statements=statements, canonical=canonical)
    if not include_hidden:
        out = _drop_hidden(out)
        used = set(out.events["canonical_id"].dropna().astype(str))
        out = out.with_(canonical=out.canonical[out.canonical["id"].astype(str).isin(used)])
    return derive(out.with_(**{n: getattr(out, n).reset_index(drop=True) for n in KIND_FRAME.values()}))
