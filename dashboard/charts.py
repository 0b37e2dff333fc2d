"""The timeline figure: one time axis, event lanes above, statement lanes (one per speaker) below.

A day is a marker; a month, year or range is a bar over its interval with a
marker at its middle (hover and selection live on the markers). Inferred or
low-confidence dates are hollow markers and dotted bars. Colour (Okabe–Ito) and
marker shape both tell lanes apart. Points carry ``customdata = [kind, id]``.
Above ``AGGREGATE_ABOVE`` items the figure shows counts per month or year.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Literal

import pandas as pd
import plotly.graph_objects as go

from dashboard.frames import Frames
from dashboard.hover import count_hover, event_hover, statement_hover
from dashboard.safe import escape

OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#000000", "#F0E442")
SYMBOLS = ("circle", "square", "diamond", "triangle-up", "star", "hexagon", "triangle-down", "pentagon")
WEBGL_ABOVE = 1000
AGGREGATE_ABOVE = 20000
MAX_LANES = 10
FONT_SIZE = 18
BAR_SLOTS = (0.22, -0.22, 0.34, -0.34, 0.11, -0.11)
OTHER = "other"


def _style(index: int) -> tuple[str, str]:
    return OKABE_ITO[index % len(OKABE_ITO)], SYMBOLS[(index // len(OKABE_ITO) + index) % len(SYMBOLS)]


def _lane_values(values: pd.Series, limit: int = MAX_LANES) -> pd.Series:
    """Values with the rarest folded into 'other' so that at most ``limit`` lanes remain."""
    clean = values.fillna("unknown").astype(str)
    top = clean.value_counts().index[: limit - 1] if clean.nunique() > limit else clean.unique()
    return clean.where(clean.isin(top), OTHER)


def _items(frames: Frames, group_by: str) -> pd.DataFrame:
    """Events and statements in one frame: kind, id, group, lane label, x0, x1, x, flags."""
    ev = frames.events.dropna(subset=["d0"])
    stm = frames.statements.dropna(subset=["d0"])
    parts = [
        pd.DataFrame({"kind": "event", "id": ev["id"], "group": _lane_values(ev[group_by])}),
        pd.DataFrame({"kind": "statement", "id": stm["id"], "group": _lane_values(stm["speaker"])}),
    ]
    items = pd.concat(parts, ignore_index=True)
    both = pd.concat([ev, stm], ignore_index=True)
    items["x0"] = both["d0"].to_numpy()
    items["x1"] = (both["d1"] + pd.Timedelta(days=1)).to_numpy()
    items["x"] = items["x0"] + (items["x1"] - items["x0"]) / 2
    items.loc[~both["imprecise"].to_numpy(), "x"] = items["x0"]
    items["imprecise"] = both["imprecise"].to_numpy()
    items["uncertain"] = (both["inferred"] | both["low_confidence"]).to_numpy()
    items["faint"] = both["low_confidence"].to_numpy()
    items["row"] = range(len(items))
    return items


def _lanes(items: pd.DataFrame, group_by: str) -> tuple[dict[tuple[str, str], int], list[str]]:
    """Lane number per (kind, group) and the tick labels, events first."""
    heading = {"category": "Events", "outlet": "Reported by"}.get(group_by, "Events")
    order: dict[tuple[str, str], int] = {}
    labels: list[str] = []
    for kind, prefix in (("event", heading), ("statement", "Said by")):
        groups = items.loc[items["kind"] == kind, "group"]
        for group in sorted(groups.unique(), key=lambda g: (g == OTHER, g.casefold())):
            order[(kind, group)] = len(order)
            labels.append(f"{prefix}: {group}")
    return order, labels


def _bar_offsets(items: pd.DataFrame) -> pd.Series:
    """Vertical slot inside its lane for each bar, so that overlapping bars stay apart."""
    offsets = pd.Series(0.0, index=items.index)
    bars = items[items["imprecise"]].sort_values(["lane", "x0"])
    ends: dict[tuple[int, int], object] = {}
    for idx, lane, x0, x1 in zip(bars.index, bars["lane"], bars["x0"], bars["x1"], strict=True):
        slot = next((s for s in range(len(BAR_SLOTS)) if ends.get((lane, s), x0) <= x0), None)
        slot = slot if slot is not None else hash(idx) % len(BAR_SLOTS)
        ends[(lane, slot)] = x1
        offsets[idx] = BAR_SLOTS[slot]
    return offsets


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


def _aggregate_traces(items: pd.DataFrame, labels: list[str]) -> list[go.Scattergl]:
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


def _detail_traces(frames: Frames, items: pd.DataFrame, labels: list[str]) -> list:
    n = len(items)
    items = items.assign(hover=_hover_texts(frames, items))
    traces: list = _connector_traces(frames, items, n)
    for lane, group in items.groupby("lane", sort=True):
        style = _style(int(lane))
        traces += _bar_traces(group, labels[int(lane)], style[0], n)
        traces.append(_marker_trace(group, labels[int(lane)], style, n))
    return traces


def _legend_notes() -> list[go.Scatter]:
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


def _highlight_trace(items: pd.DataFrame, frames: Frames, highlight: str) -> go.Scatter | None:
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


def focus_range(items: pd.DataFrame) -> list[pd.Timestamp] | None:
    """The initial x range: where most items are, so that a few old dates do not squash the rest.

    From the 10th percentile of the start dates to the last end date, padded; the range slider
    still shows everything. None (Plotly's own range) when the dense part is most of the span.
    """
    if items.empty:
        return None
    lo, first, last = items["x0"].quantile(0.1), items["x0"].min(), items["x1"].max()
    if (last - first) <= 1.5 * (last - lo):
        return None
    pad = max((last - lo) * 0.05, pd.Timedelta(days=15))
    return [lo - pad, last + pad]


def _layout(fig: go.Figure, labels: list[str], aggregated: bool) -> None:
    fig.update_layout(
        height=max(420, 170 + 62 * len(labels)),
        font={"size": FONT_SIZE},
        hovermode="closest",
        hoverlabel={"font": {"size": FONT_SIZE - 2}, "align": "left"},
        dragmode="zoom",
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        plot_bgcolor="white",
        clickmode="event+select",
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0, "font": {"size": FONT_SIZE - 3}},
        title={"text": "counts per period (zoom in or filter for single items)" if aggregated else None},
    )
    fig.update_yaxes(
        tickvals=list(range(len(labels))),
        ticktext=[escape(lab) for lab in labels],
        automargin=True,
        showgrid=True,
        gridcolor="#e5e5e5",
        zeroline=False,
        fixedrange=True,
        range=[len(labels) - 0.5, -0.5],
    )
    fig.update_xaxes(
        type="date",
        showgrid=True,
        gridcolor="#eeeeee",
        rangeslider={"visible": True, "thickness": 0.06},
    )


def timeline_figure(
    frames: Frames, group_by: Literal["category", "outlet"] = "category", highlight: str | None = None
) -> go.Figure:
    """The timeline of the (already filtered) frames."""
    items = _items(frames, group_by if group_by in ("category", "outlet") else "category")
    order, labels = _lanes(items, group_by)
    items["lane"] = [order[(k, g)] for k, g in zip(items["kind"], items["group"], strict=True)]
    aggregated = len(items) > AGGREGATE_ABOVE
    traces: list = []
    if aggregated:
        items["y"] = items["lane"].astype(float)
        traces = _aggregate_traces(items, labels)
    elif len(items):
        items["y"] = items["lane"] + _bar_offsets(items)
        traces = [*_detail_traces(frames, items, labels), *_legend_notes()]
        mark = _highlight_trace(items, frames, highlight) if highlight else None
        if mark is not None:
            traces.append(mark)
    # The traces are built and checked above; the figure need not copy and re-check them.
    fig = go.Figure(data=traces, _validate=len(items) <= WEBGL_ABOVE)
    _layout(fig, labels, aggregated)
    focus = focus_range(items)
    if focus is not None:
        fig.update_xaxes(range=focus)
    return fig
