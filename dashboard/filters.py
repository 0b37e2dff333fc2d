"""Filtering the timeline: a frozen ``Filters`` value, pure filtering, URL round trip, sidebar.

What each filter applies to:
- date range, outlets, articles, text search, imprecise and inferred: events and statements;
- categories and minimum confidence: events; speakers: statements.
Links and canonical events follow what remains. Empty selections mean "all".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

import pandas as pd
import streamlit as st

from dashboard.frames import Frames

LIST_KEYS = {"speakers": "speaker", "outlets": "outlet", "articles": "article", "categories": "category"}
EVENT_TEXT_COLUMNS = ("title", "sentence", "date_text", "outlet", "category")
STATEMENT_TEXT_COLUMNS = ("quote", "speaker", "sentence", "outlet", "medium")


@dataclass(frozen=True)
class Filters:
    date_from: date | None = None
    date_to: date | None = None
    speakers: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    text: str = ""
    min_confidence: float = 0.0
    include_imprecise: bool = True
    include_inferred: bool = True

    def is_default(self) -> bool:
        return self == Filters()


def _in_range(items: pd.DataFrame, filters: Filters) -> pd.Series:
    keep = pd.Series(True, index=items.index)
    if filters.date_from is not None:
        keep &= items["d1"].notna() & (items["d1"] >= pd.Timestamp(filters.date_from))
    if filters.date_to is not None:
        keep &= items["d0"].notna() & (items["d0"] <= pd.Timestamp(filters.date_to))
    return keep


def _matches(items: pd.DataFrame, columns: tuple[str, ...], needle: str) -> pd.Series:
    hit = pd.Series(False, index=items.index)
    for column in columns:
        if column in items.columns:
            hit |= items[column].fillna("").astype(str).str.casefold().str.contains(needle, regex=False)
    return hit


def _common(items: pd.DataFrame, filters: Filters, text_columns: tuple[str, ...]) -> pd.Series:
    keep = _in_range(items, filters)
    if filters.outlets:
        keep &= items["outlet"].isin(filters.outlets)
    if filters.articles:
        keep &= items["article_id"].isin(filters.articles)
    if filters.text.strip():
        keep &= _matches(items, text_columns, filters.text.strip().casefold())
    if not filters.include_imprecise:
        keep &= ~items["imprecise"]
    if not filters.include_inferred:
        keep &= ~items["inferred"]
    return keep


def apply_filters(frames: Frames, filters: Filters) -> Frames:
    """The frames restricted to what ``filters`` lets through."""
    if filters.is_default():
        return frames
    ev = frames.events
    keep_ev = _common(ev, filters, EVENT_TEXT_COLUMNS)
    if filters.categories:
        keep_ev &= ev["category"].isin(filters.categories)
    if filters.min_confidence > 0:
        keep_ev &= ev["confidence"] >= filters.min_confidence
    stm = frames.statements
    keep_st = _common(stm, filters, STATEMENT_TEXT_COLUMNS)
    if filters.speakers:
        keep_st &= stm["speaker"].isin(filters.speakers)
    events, statements = ev[keep_ev], stm[keep_st]
    links = frames.links
    links = links[links["event_id"].isin(events["id"]) & links["statement_id"].isin(statements["id"])]
    canonical = frames.canonical[frames.canonical["id"].isin(events["canonical_id"])]
    return frames.with_(events=events, statements=statements, links=links, canonical=canonical)


def filters_to_query(filters: Filters) -> dict[str, str | list[str]]:
    """Query parameters for the non-default filters (lists stay lists)."""
    query: dict[str, str | list[str]] = {}
    if filters.date_from:
        query["from"] = filters.date_from.isoformat()
    if filters.date_to:
        query["to"] = filters.date_to.isoformat()
    for name, key in LIST_KEYS.items():
        values = getattr(filters, name)
        if values:
            query[key] = list(values)
    if filters.text.strip():
        query["q"] = filters.text.strip()
    if filters.min_confidence > 0:
        query["minconf"] = f"{filters.min_confidence:g}"
    if not filters.include_imprecise:
        query["imprecise"] = "0"
    if not filters.include_inferred:
        query["inferred"] = "0"
    return query


def _first(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return str(value[-1]) if value else ""
    return "" if value is None else str(value)


def _as_list(value: object) -> tuple[str, ...]:
    if isinstance(value, (list, tuple)):
        return tuple(str(v) for v in value if str(v))
    return (str(value),) if value not in (None, "") else ()


def _date(value: object) -> date | None:
    try:
        return date.fromisoformat(_first(value)[:10])
    except ValueError:
        return None


def _confidence(value: object) -> float:
    try:
        number = float(_first(value))
    except ValueError:
        return 0.0
    return min(1.0, max(0.0, number)) if number == number else 0.0


def filters_from_query(query: Mapping[str, object]) -> Filters:
    """The inverse of ``filters_to_query``; malformed values fall back to defaults."""
    lists = {name: _as_list(query.get(key)) for name, key in LIST_KEYS.items()}
    return Filters(
        date_from=_date(query.get("from")),
        date_to=_date(query.get("to")),
        text=_first(query.get("q")).strip(),
        min_confidence=_confidence(query.get("minconf")),
        include_imprecise=_first(query.get("imprecise")) != "0",
        include_inferred=_first(query.get("inferred")) != "0",
        **lists,
    )


QUERY_KEYS = ("from", "to", "q", "minconf", "imprecise", "inferred", *LIST_KEYS.values())
KEY = "flt_"  # widget keys: flt_dates, flt_speakers, flt_outlets, flt_articles, flt_categories, ...


# --- sidebar ------------------------------------------------------------------


def data_bounds(frames: Frames) -> tuple[date, date] | None:
    """First and last day any event or statement covers, or None when nothing is dated."""
    starts = pd.concat([frames.events["d0"], frames.statements["d0"]]).dropna()
    ends = pd.concat([frames.events["d1"], frames.statements["d1"]]).dropna()
    if starts.empty:
        return None
    return starts.min().date(), ends.max().date()


def options(frames: Frames) -> dict[str, list[str]]:
    """The choices offered for each list filter."""
    return {
        "speakers": sorted(frames.statements["speaker"].dropna().astype(str).unique()),
        "outlets": sorted(frames.articles["outlet"].dropna().astype(str).unique()),
        "articles": list(frames.articles["id"].astype(str)),
        "categories": sorted(frames.events["category"].dropna().astype(str).unique()),
    }


Bounds = tuple[date, date] | None


def _widget_defaults(initial: Filters, bounds: Bounds, choices: dict[str, list[str]]) -> dict[str, object]:
    state: dict[str, object] = {
        f"{KEY}{name}": [v for v in getattr(initial, name) if v in choices[name]] for name in LIST_KEYS
    }
    if bounds is not None:
        lo = min(max(initial.date_from or bounds[0], bounds[0]), bounds[1])
        hi = max(min(initial.date_to or bounds[1], bounds[1]), lo)
        state[f"{KEY}dates"] = (lo, hi)
    state.update(
        {
            f"{KEY}text": initial.text,
            f"{KEY}minconf": initial.min_confidence,
            f"{KEY}imprecise": initial.include_imprecise,
            f"{KEY}inferred": initial.include_inferred,
        }
    )
    return state


def _filters_from_widgets(state: Mapping[str, object], bounds: Bounds) -> Filters:
    dates = state.get(f"{KEY}dates") or ()
    lo = dates[0] if isinstance(dates, (list, tuple)) and len(dates) >= 1 else None
    hi = dates[1] if isinstance(dates, (list, tuple)) and len(dates) >= 2 else None
    if bounds is not None:
        lo = None if lo == bounds[0] else lo
        hi = None if hi == bounds[1] else hi
    lists = {name: tuple(state.get(f"{KEY}{name}") or ()) for name in LIST_KEYS}
    return Filters(
        date_from=lo,
        date_to=hi,
        text=str(state.get(f"{KEY}text") or "").strip(),
        min_confidence=float(state.get(f"{KEY}minconf") or 0.0),
        include_imprecise=bool(state.get(f"{KEY}imprecise", True)),
        include_inferred=bool(state.get(f"{KEY}inferred", True)),
        **lists,
    )


def _reset(defaults: dict[str, object]) -> None:
    for key, value in defaults.items():
        st.session_state[key] = value


def set_dates(days: tuple[date, date]) -> None:
    """Callback: narrow the date filter to ``days`` (the chart's zoom button)."""
    st.session_state[f"{KEY}dates"] = days


def _sync_query(filters: Filters) -> None:
    wanted = filters_to_query(filters)
    for key in QUERY_KEYS:
        if key not in wanted and key in st.query_params:
            del st.query_params[key]
    for key, value in wanted.items():
        current = st.query_params.get_all(key)
        if current != (value if isinstance(value, list) else [value]):
            st.query_params[key] = value


def _render_widgets(frames: Frames, bounds: Bounds, choices: dict[str, list[str]]) -> None:
    labels = dict(zip(frames.articles["id"].astype(str), frames.articles["display_title"], strict=True))
    side = st.sidebar
    if bounds is not None:
        side.date_input("Dates", min_value=bounds[0], max_value=bounds[1], key=f"{KEY}dates")
    side.text_input("Search text", key=f"{KEY}text", placeholder="words in titles, quotes, sentences")
    side.multiselect("Speakers", choices["speakers"], key=f"{KEY}speakers", placeholder="all speakers")
    side.multiselect("Outlets", choices["outlets"], key=f"{KEY}outlets", placeholder="all outlets")
    side.multiselect("Event categories", choices["categories"], key=f"{KEY}categories", placeholder="all")
    side.multiselect(
        "Articles", choices["articles"], key=f"{KEY}articles", placeholder="all articles",
        format_func=lambda aid: labels.get(aid, aid),
    )  # fmt: skip
    side.slider("Minimum event confidence", 0.0, 1.0, step=0.05, key=f"{KEY}minconf")
    side.toggle("Include imprecise dates (month, year, range)", key=f"{KEY}imprecise")
    side.toggle("Include inferred dates", key=f"{KEY}inferred")


def chosen_filters(frames: Frames) -> Filters:
    """The filters the sidebar holds (URL on a first visit, widget state after), without drawing it.

    Reading the state before drawing lets a page send its chart first and the sidebar after.
    """
    bounds = data_bounds(frames)
    initial = filters_from_query({k: st.query_params.get_all(k) for k in st.query_params})
    for key, value in _widget_defaults(initial, bounds, options(frames)).items():
        st.session_state.setdefault(key, value)
    filters = _filters_from_widgets(st.session_state, bounds)
    _sync_query(filters)
    return filters


def draw_sidebar(frames: Frames, shown: Frames | None = None) -> None:
    """The filter widgets bound to the state ``chosen_filters`` read, the reset button and the count."""
    st.sidebar.header("Filters")
    bounds, choices = data_bounds(frames), options(frames)
    _render_widgets(frames, bounds, choices)
    defaults = _widget_defaults(Filters(), bounds, choices)
    st.sidebar.button("Reset filters", key=f"{KEY}reset", on_click=_reset, args=(defaults,))
    if shown is not None:
        show_counts(frames, shown)


def count_text(full: Frames, shown: Frames) -> str:
    return (
        f"Showing {len(shown.events)} of {len(full.events)} events and "
        f"{len(shown.statements)} of {len(full.statements)} statements"
    )


def show_counts(full: Frames, shown: Frames) -> None:
    st.sidebar.caption(count_text(full, shown))


def filtered_view(frames: Frames) -> tuple[Filters, Frames]:
    """Sidebar filters rendered, applied once, and the count shown."""
    filters = chosen_filters(frames)
    shown = apply_filters(frames, filters)
    draw_sidebar(frames, shown)
    return filters, shown
