"""The PolNeAR evaluator: matching rules on hand-made spans, and a floor on the dev figures."""

from __future__ import annotations

import pytest

from extract.evaluate.polnear import evaluate_dir, match, parse_ann

ANN = (
    "T1\tSource 0 5\tMarie\n"
    "T2\tCue 6 10\tsaid\n"
    "T3\tContent 11 30\tthat it would rain\n"
    "T4\tAttribution 6 10\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tCue 40 43;50 52\tdiscontinuous\n"
    "E2\tAttribution:T5 Cue:T5\n"
)


def test_evaluate_polnear_parses_attributions_with_content() -> None:
    gold = parse_ann(ANN)
    assert [(g.content, g.source, g.cue) for g in gold] == [((11, 30), (0, 5), (6, 10))]


@pytest.mark.parametrize(
    ("predicted", "gold", "pairs"),
    [
        ([(0, 10)], [(0, 10)], [(0, 0)]),
        ([(0, 10)], [(4, 10)], [(0, 0)]),  # overlap 6 of longer 10
        ([(0, 10)], [(6, 20)], []),  # overlap 4 of longer 14
        ([(0, 10), (0, 9)], [(0, 10)], [(0, 0)]),  # one-to-one, best overlap first
    ],
)
def test_evaluate_polnear_matches_half_of_longer(predicted, gold, pairs) -> None:
    def accept(i: int, j: int) -> bool:
        p, g = predicted[i], gold[j]
        return (min(p[1], g[1]) - max(p[0], g[0])) * 2 >= max(p[1] - p[0], g[1] - g[0])

    assert match(predicted, gold, accept) == pairs


@pytest.mark.shared
def test_evaluate_polnear_dev_floor(shared_dir) -> None:
    result = evaluate_dir(shared_dir / "eval" / "polnear" / "dev")
    assert result["documents"] == 84
    assert result["content"]["f1"] >= 0.699
    assert result["content_source"]["f1"] >= 0.656
