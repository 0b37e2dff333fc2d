"""Trace builders for the timeline figure: markers, bars, links, counts, legend notes, highlight.

Colour (Okabe–Ito) and marker shape both tell lanes apart. Every value from an article that
reaches a hover text is escaped (see :mod:`dashboard.hover`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go

from dashboard.frames import Frames
from dashboard.hover import count_hover, event_hover, statement_hover
from dashboard.safe import escape

OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#000000", "#F0E442")
SYMBOLS = ("circle", "square", "diamond", "triangle-up", "star", "hexagon", "triangle-down", "pentagon")
WEBGL_ABOVE = 1000


def _style(index: int) -> tuple[str, str]:
    return OKABE_ITO[index % len(OKABE_ITO)], SYMBOLS[(index // len(OKABE_ITO) + index) % len(SYMBOLS)]


def _iso(value: object) -> str | None:
    """A timestamp as ISO text (cheap for Plotly to copy and serialise); None stays a gap."""
    return None if value is None or pd.isna(value) else pd.Timestamp(value).isoformat()


def _scatter(n: int) -> Callable[..., go.Scatter | go.Scattergl]:
    """The trace type for ``n`` items: SVG, or WebGL above WEBGL_ABOVE.

    Large traces skip Plotly's per-point validation (the values are built here, not typed
    by a user); it costs more than a second at 10,000 points.
    """
    if n > WEBGL_ABOVE:
        return functools.partial(go.Scattergl, _validate=False)
    return go.Scatter


EVENT_HOVER = (
    "id",
    "title",
    "date_text",
    "date_start",
    "date_end",
    "granularity",
    "category",
    "confidence",
    "outlet",
    "inferred",
    "low_confidence",
    "corrected",
)
STATEMENT_HOVER = (
    "id",
    "speaker",
    "medium",
    "direct",
    "quote",
    "date_start",
    "date_end",
    "granularity",
    "outlet",
    "inferred",
    "low_confidence",
    "corrected",
    "confidence",
)


def _cols(frame: pd.DataFrame, wanted: tuple[str, ...]) -> list[str]:
    return [c for c in wanted if c in frame.columns]


def _hover_texts(frames: Frames, items: pd.DataFrame) -> list[str]:
    lags = frames.links.groupby("statement_id")["lag_text"].agg(list).to_dict() if len(frames.links) else {}
    ev = {r["id"]: r for r in frames.events[_cols(frames.events, EVENT_HOVER)].to_dict("records")}
    stm = {
        r["id"]: r for r in frames.statements[_cols(frames.statements, STATEMENT_HOVER)].to_dict("records")
    }
    return [
        event_hover(ev[i]) if k == "event" else statement_hover(stm[i], lags.get(i, []))
        for k, i in zip(items["kind"], items["id"], strict=True)
    ]


def _bar_traces(group: pd.DataFrame, name: str, colour: str, n: int) -> list[go.Scatter]:
    traces = []
    for uncertain, dash, width in ((False, "solid", 10), (True, "dot", 6)):
        bars = group[group["imprecise"] & (group["uncertain"] == uncertain)]
        if bars.empty:
            continue
        xs = [_iso(v) for a, b in zip(bars["x0"], bars["x1"], strict=True) for v in (a, b, None)]
        ys = [v for y in bars["y"] for v in (y, y, None)]
        traces.append(
            _scatter(n)(
                x=xs,
                y=ys,
                mode="lines",
                line={"color": colour, "width": width, "dash": dash},
                opacity=0.55 if uncertain else 0.85,
                hoverinfo="skip",
                legendgroup=name,
                showlegend=False,
            )
        )
    return traces


def _marker_trace(group: pd.DataFrame, name: str, style: tuple[str, str], n: int) -> go.Scatter:
    colour, symbol = style
    symbols = [f"{symbol}-open" if u else symbol for u in group["uncertain"]]
    return _scatter(n)(
        x=group["x"],
        y=group["y"],
        mode="markers",
        name=escape(name),
        legendgroup=name,
        marker={
            "color": colour,
            "symbol": symbols,
            "size": 14,
            "line": {"color": "#222", "width": 1},
            "opacity": [0.45 if f else 0.95 for f in group["faint"]],
        },
        hovertext=group["hover"],
        hoverinfo="text",
        customdata=group[["kind", "id"]].to_numpy(),
    )


def _connector_traces(frames: Frames, items: pd.DataFrame, n: int) -> list[go.Scatter]:
    pos = items.set_index(["kind", "id"])[["x", "y"]]
    links = frames.links
    if links.empty:
        return []
    ev = pos.loc["event"].reindex(links["event_id"]).to_numpy()
    st_ = pos.loc["statement"].reindex(links["statement_id"]).to_numpy() if "statement" in pos.index else ev
    ok = ~(pd.isna(ev[:, 1]) | pd.isna(st_[:, 1]))
    ev, st_, texts = ev[ok], st_[ok], links["lag_text"].to_numpy()[ok]
    if len(ev) == 0:
        return []
    xs = [_iso(v) for a, b in zip(st_[:, 0], ev[:, 0], strict=True) for v in (a, b, None)]
    ys = [v for a, b in zip(st_[:, 1], ev[:, 1], strict=True) for v in (a, b, None)]
    mid_x = [_iso(a + (b - a) / 2) for a, b in zip(st_[:, 0], ev[:, 0], strict=True)]
    mid_y = [(a + b) / 2 for a, b in zip(st_[:, 1], ev[:, 1], strict=True)]
    line = _scatter(n)(
        x=xs,
        y=ys,
        mode="lines",
        line={"color": "#777", "width": 1.5},
        hoverinfo="skip",
        name="statement → event it concerns",
        legendgroup="links",
    )
    mids = _scatter(n)(
        x=mid_x,
        y=mid_y,
        mode="markers",
        marker={"color": "#777", "size": 7, "symbol": "circle"},
        hovertext=[escape(t) for t in texts],
        hoverinfo="text",
        legendgroup="links",
        showlegend=False,
        customdata=[
            ["link", f"{s}|{e}"]
            for s, e in zip(links["statement_id"][ok], links["event_id"][ok], strict=True)
        ],
    )
    return [line, mids]


def _period(items: pd.DataFrame) -> pd.Series:
    span_years = (items["x0"].max() - items["x0"].min()).days / 365 if len(items) else 0
    freq = "Y" if span_years > 30 else "M"
    return items["x0"].dt.to_period(freq)


def aggregate_traces(items: pd.DataFrame, labels: list[str]) -> list[go.Scattergl]:
    """Counts per lane and month (or year) as sized markers: for very large selections."""
    periods = _period(items)
    counts = items.assign(period=periods).groupby(["lane", "period"]).size().reset_index(name="n")
    counts["x"] = (
        counts["period"].dt.start_time + (counts["period"].dt.end_time - counts["period"].dt.start_time) / 2
    )
    biggest = max(int(counts["n"].max()), 1)
    traces = []
    for lane, group in counts.groupby("lane"):
        colour, symbol = _style(int(lane))
        traces.append(
            go.Scattergl(
                x=group["x"],
                y=[lane] * len(group),
                mode="markers",
                name=escape(labels[int(lane)]),
                marker={
                    "color": colour,
                    "symbol": symbol,
                    "line": {"color": "#222", "width": 1},
                    "size": [8 + 30 * (n / biggest) ** 0.5 for n in group["n"]],
                },
                hovertext=[
                    count_hover(labels[int(lane)], str(p), int(n))
                    for p, n in zip(group["period"], group["n"], strict=True)
                ],
                hoverinfo="text",
                customdata=[["count", f"{lane}|{p}"] for p in group["period"]],
            )
        )
    return traces


def detail_traces(frames: Frames, items: pd.DataFrame, labels: list[str]) -> list:
    n = len(items)
    items = items.assign(hover=_hover_texts(frames, items))
    traces: list = _connector_traces(frames, items, n)
    for lane, group in items.groupby("lane", sort=True):
        style = _style(int(lane))
        traces += _bar_traces(group, labels[int(lane)], style[0], n)
        traces.append(_marker_trace(group, labels[int(lane)], style, n))
    return traces


def legend_notes() -> list[go.Scatter]:
    """Legend entries explaining the styling of uncertain dates."""
    return [
        go.Scatter(
            x=[None],
            y=[None],
            mode="markers",
            name="hollow / dotted: date inferred or low confidence",
            marker={"symbol": "circle-open", "size": 14, "color": "#444"},
            hoverinfo="skip",
        ),
        go.Scatter(
            x=[None],
            y=[None],
            mode="lines",
            name="bar: month, year or range",
            line={"color": "#444", "width": 8},
            hoverinfo="skip",
        ),
    ]


def highlight_trace(items: pd.DataFrame, frames: Frames, highlight: str) -> go.Scatter | None:
    ids = {highlight}
    ids |= set(frames.events.loc[frames.events["canonical_id"] == highlight, "id"])
    chosen = items[items["id"].isin(ids)]
    if chosen.empty:
        return None
    return go.Scatter(
        x=chosen["x"],
        y=chosen["y"],
        mode="markers",
        name="highlighted",
        hoverinfo="skip",
        marker={"symbol": "circle-open", "size": 34, "color": "#000", "line": {"width": 4}},
    )
