"""The TimeML evaluator: reading .tml files, TempEval-3 figures, and the floor on the shared corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.evaluate.timeml import evaluate_dir, main, parse_tml

TML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
Shares fell &amp; rose <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>, a
<TIMEX3 tid="t2" type="DURATION" value="P1W">week</TIMEX3> after the <EVENT eid="e1">crash</EVENT>.
</TEXT>
</TimeML>
"""


def _shared() -> Path | None:
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "shared" / "eval" / "timeml"
        if candidate.is_dir():
            return candidate
    return None


def test_evaluate_timeml_parse_offsets_and_dct():
    doc = parse_tml(TML, "x")
    assert str(doc.dct) == "1998-01-08"
    assert [(doc.text[g.start : g.end], g.type, g.value) for g in doc.gold] == [
        ("yesterday", "DATE", "1998-01-07"),
        ("week", "DURATION", "P1W"),
    ]
    assert "fell & rose" in doc.text


def test_evaluate_timeml_figures_on_a_small_folder(tmp_path):
    (tmp_path / "a.tml").write_text(TML, encoding="utf-8")
    result = evaluate_dir(tmp_path)
    assert result["gold"] == 2
    assert result["relaxed_r"] == pytest.approx(100.0)
    assert result["value_f1"] == pytest.approx(result["relaxed_f1"] * result["value_accuracy"] / 100)


def test_evaluate_timeml_main_reports_missing_folder(tmp_path, capsys):
    assert main(str(tmp_path / "absent"), 0, False) == 1
    assert "no .tml files" in capsys.readouterr().err


# Figures measured on the shared corpora, minus a small margin: a regression fails here.
FLOORS = {
    "timebank": {"relaxed_f1": 95.1, "value_f1": 85.35, "strict_f1": 90.8},
    "aquaint": {"relaxed_f1": 95.3, "value_f1": 79.7, "strict_f1": 87.3},
}


@pytest.mark.shared
@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_evaluate_timeml_floor(corpus):
    root = _shared()
    if root is None or not (root / corpus).is_dir():
        pytest.skip("../shared evaluation corpora absent")
    result = evaluate_dir(root / corpus)
    for key, floor in FLOORS[corpus].items():
        assert result[key] >= floor, (key, result[key])
