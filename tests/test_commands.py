"""The JSONL commands `timex` and `statements`: rows per document, bad lines reported, the rest kept."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.paths import ROOT

DOCS = [
    {
        "doc": "a",
        "dct": "2020-02-05",
        "text": "Officials said on Tuesday that talks would resume next month.",
    },
    "not json at all",
    {"doc": "b", "dct": "2020-02-30", "text": "Bad date."},
    {"doc": "c", "dct": None, "text": "\u201cWe will not stop,\u201d the minister said in 1994."},
]


@pytest.fixture
def docs_file(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text(
        "\n".join(d if isinstance(d, str) else json.dumps(d) for d in DOCS) + "\n", encoding="utf-8"
    )
    return path


def _run(command: str, docs_file, tmp_path):
    out = tmp_path / f"{command}.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "extract", command, "--in", str(docs_file), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return done, rows


def test_commands_timex_rows_and_bad_lines(docs_file, tmp_path):
    done, rows = _run("timex", docs_file, tmp_path)
    assert done.returncode == 1
    assert [line.split(": ", 1)[0].rsplit(":", 1)[1] for line in done.stderr.splitlines()] == ["2", "3"]
    values = {(r["doc"], r["text"]): r["value"] for r in rows}
    assert values[("a", "Tuesday")] == "2020-02-04"
    assert values[("a", "next month")] == "2020-03"
    assert values[("c", "1994")] == "1994"
    text = DOCS[0]["text"]
    assert all(text[r["start"] : r["end"]] == r["text"] for r in rows if r["doc"] == "a")


def test_commands_statements_rows(docs_file, tmp_path):
    done, rows = _run("statements", docs_file, tmp_path)
    assert done.returncode == 1
    fields = {
        "doc",
        "start",
        "end",
        "speaker",
        "speaker_start",
        "speaker_end",
        "cue_start",
        "cue_end",
        "medium",
        "direct",
        "date_start",
        "date_end",
    }
    assert rows and all(set(r) == fields for r in rows)
    quote = next(r for r in rows if r["doc"] == "c")
    assert quote["direct"] is True
    assert "We will not stop" in DOCS[3]["text"][quote["start"] : quote["end"]]
