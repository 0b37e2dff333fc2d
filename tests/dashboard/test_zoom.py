"""A box dragged on the chart as the days it covers (the zoom the server can see)."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.zoom import box_dates

BOUNDS = (date(2019, 1, 1), date(2023, 12, 31))


def _event(*boxes: dict) -> dict:
    return {"selection": {"points": [], "point_indices": [], "box": list(boxes), "lasso": []}}


@pytest.mark.parametrize(
    ("selection", "bounds", "expected"),
    [
        (_event({"x": ["2020-01-03 10:00:00.5", "2021-05-11"]}), BOUNDS, (date(2020, 1, 3), date(2021, 5, 11))),
        (_event({"x": ["2021-05-11", "2020-01-03"]}), BOUNDS, (date(2020, 1, 3), date(2021, 5, 11))),
        (_event({"x": [1578009600000, 1620691200000]}), None, (date(2020, 1, 3), date(2021, 5, 11))),
        (_event({"x": ["2015-06-01", "2020-02-01"]}), BOUNDS, (date(2019, 1, 1), date(2020, 2, 1))),
        (_event({"x": ["2010-01-01", "2012-01-01"]}), BOUNDS, None),  # wholly outside the data
        (_event({"x": ["2020-01-01", "2020-02-01"]}, {"x": ["2022-03-01", "2022-04-01"]}), BOUNDS,
         (date(2022, 3, 1), date(2022, 4, 1))),  # the last box dragged counts
        (_event(), BOUNDS, None),
        (None, BOUNDS, None),
        ({"selection": {"points": [{"x": "2020-01-03"}]}}, BOUNDS, None),  # a click, not a box
        (_event({"x": ["not a date", "2020-01-01"]}), BOUNDS, None),
        (_event({"x": [True, False]}), BOUNDS, None),
        (_event({"x": ["2020-01-01"]}), BOUNDS, None),
        (_event({"y": [0, 1]}), BOUNDS, None),
    ],
)  # fmt: skip
def test_zoom_box_dates(selection, bounds, expected):
    assert box_dates(selection, bounds) == expected
