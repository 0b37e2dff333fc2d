"""The timeline figure: one time axis, event lanes above, statement lanes (one per speaker) below.

A day is a marker; a month, year or range is a bar over its interval with a
marker at its middle (hover and selection live on the markers). Inferred or
low-confidence dates are hollow markers and dotted bars. Colour (Okabe–Ito) and
marker shape both tell lanes apart. Points carry ``customdata = [kind, id]``.
Above ``AGGREGATE_ABOVE`` items the figure shows counts per month or year.
"""

from __future__ import annotations

from typing import Literal

import pandas as pd
import plotly.graph_objects as go

from dashboard.frames import Frames
from dashboard.safe import escape
from dashboard.traces import WEBGL_ABOVE, aggregate_traces, detail_traces, highlight_trace, legend_notes

AGGREGATE_ABOVE = 20000
AGGREGATED_TITLE = "Counts per period: drag a box over a period, then zoom to it, to see single items"
MAX_LANES = 10
FONT_SIZE = 18
BAR_SLOTS = (0.22, -0.22, 0.34, -0.34, 0.11, -0.11)
OTHER = "other"


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
        dragmode="select" if aggregated else "zoom",  # a box reaches the server, which can zoom in
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        plot_bgcolor="white",
        clickmode="event+select",
        modebar={"orientation": "v"},  # clear of the legend above the plot
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0, "font": {"size": FONT_SIZE - 3}},
        title={"text": AGGREGATED_TITLE if aggregated else None},
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
        traces = aggregate_traces(items, labels)
    elif len(items):
        items["y"] = items["lane"] + _bar_offsets(items)
        traces = [*detail_traces(frames, items, labels), *legend_notes()]
        mark = highlight_trace(items, frames, highlight) if highlight else None
        if mark is not None:
            traces.append(mark)
    # The traces are built and checked above; the figure need not copy and re-check them.
    fig = go.Figure(data=traces, _validate=len(items) <= WEBGL_ABOVE)
    _layout(fig, labels, aggregated)
    focus = focus_range(items)
    if focus is not None:
        fig.update_xaxes(range=focus)
    return fig
