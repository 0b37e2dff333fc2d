"""What the timeline's chart component is given and what it reports back."""

from __future__ import annotations

import json

import plotly.graph_objects as go
import pytest

from dashboard import chart_library as C
from dashboard.chart_view import SCRIPT, payload, selection_state


@pytest.fixture
def offered(tmp_path):
    basic = tmp_path / "basic.js"
    basic.write_text("/* basic */", encoding="utf-8")
    return C.libraries(basic=basic, full=tmp_path / "full.js")


def test_chart_view_payload_carries_the_figure_and_the_basic_script(offered):
    fig = go.Figure(
        [go.Scatter(x=["2020-01-03"], y=["a"], customdata=[["event", "e1"]], text=["<b>&lt;x&gt;</b>"])]
    )
    sent = payload(fig, True, offered)
    assert sent["library"] == f"./dateline/js/plotly-basic-{C.VERSION}.min.js"
    assert sent["select"] is True
    figure = json.loads(sent["figure"])
    assert figure["data"][0]["customdata"] == [["event", "e1"]]
    assert figure["data"][0]["text"] == [
        "<b>&lt;x&gt;</b>"
    ]  # passed as built (hover text is escaped upstream)


def test_chart_view_payload_uses_the_whole_library_for_webgl(offered):
    fig = go.Figure([go.Scatter(x=[1], y=[1]), go.Scattergl(x=[1], y=[2])])
    assert payload(fig, False, offered)["library"] == f"./dateline/js/plotly-{C.VERSION}.min.js"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"points": [{"customdata": ["event", "e1"]}], "box": []},
         {"selection": {"points": [{"customdata": ["event", "e1"]}], "box": []}}),
        ({"points": [], "box": [{"x": ["2020-01-01", "2020-02-01"], "y": None}]},
         {"selection": {"points": [], "box": [{"x": ["2020-01-01", "2020-02-01"], "y": None}]}}),
        ({"points": [], "box": []}, None),  # a deselect
        (None, None),
        ("junk", None),
        ({"points": "junk", "box": {"x": 1}}, None),
    ],
)  # fmt: skip
def test_chart_view_selection_state(value, expected):
    assert selection_state(value) == expected


def test_chart_view_script_reports_clicks_boxes_and_deselects():
    js = SCRIPT.read_text(encoding="utf-8")
    for event in ("plotly_click", "plotly_selected", "plotly_deselect"):
        assert f'"{event}"' in js
    assert "innerHTML" not in js  # figure text reaches the page only through Plotly
