"""The command line: the run contract's fields, bad input, and a database never half-written."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from extract import cli, store
from tests.paths import ROOT, SEEDS

# The contract's fields (CONTRACT.md), written out here so that the test checks the contract itself.
EVENT_FIELDS = set(
    "id article_id title sentence start end date_start date_end granularity timex confidence category "
    "canonical_id".split()
)
STATEMENT_FIELDS = set(
    "id article_id speaker speaker_start speaker_end medium direct quote start end date_start date_end "
    "granularity timex event_ids".split()
)


def _python(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "extract", *args], cwd=ROOT, capture_output=True, text=True)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "Officials said on Tuesday that talks resumed in Vienna.", encoding="utf-8"
    )
    (folder / "nodates.txt").write_text("Nothing here has a date at all.", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (folder / "latin.txt").write_bytes("Caf\xe9".encode("latin-1"))
    (folder / "huge.txt").write_bytes(b"word " * 4_200_000)
    (folder / "notes.docx").write_bytes(b"PK")
    (folder / "articles.csv").write_text(
        "id,title,outlet,url,published\ngood,Talks,Wire,,2020-02-05\nnodates,,,,February 30\nghost,,,,\n",
        encoding="utf-8",
    )
    return folder


def test_cli_run_writes_the_contract_fields(tmp_path):
    out = tmp_path / "out.json"
    done = _python("run", str(SEEDS), "--json", str(out), "--db", str(tmp_path / "d.db"))
    assert done.returncode == 0, done.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert set(doc) == {"articles", "events", "statements", "canonical_events"}
    assert {a["published_source"] for a in doc["articles"]} == {"metadata"}
    assert all(set(e) >= EVENT_FIELDS for e in doc["events"])
    assert all(set(s) >= STATEMENT_FIELDS for s in doc["statements"])
    assert all(e["canonical_id"] for e in doc["events"])


def test_cli_bad_inputs_each_get_one_line_and_the_rest_is_processed(corpus, tmp_path):
    out = tmp_path / "out.json"
    done = _python("run", str(corpus), "--json", str(out))
    assert done.returncode == 1
    errors = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    expected = ["empty.txt", "binary.txt", "latin.txt", "huge.txt", "notes.docx", "articles.csv:3", "'ghost'"]
    for name in expected:
        assert sum(name in line for line in errors) == 1, (name, errors)
    assert "Traceback" not in done.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert {a["id"] for a in doc["articles"]} == {"good", "nodates"}
    good = next(a for a in doc["articles"] if a["id"] == "good")
    assert (good["published"], good["published_source"]) == ("2020-02-05", "metadata")
    assert [e["date_start"] for e in doc["events"] if e["article_id"] == "good"] == ["2020-02-04"]


def test_cli_missing_path_and_nothing_to_write(tmp_path):
    done = _python("run", str(tmp_path / "nope.txt"), "--json", "-")
    assert done.returncode == 1 and "nope.txt: no such file or folder" in done.stderr
    assert _python("run", str(SEEDS)).returncode == 2


def test_cli_rerun_is_idempotent(tmp_path):
    db = tmp_path / "d.db"
    counts = []
    for _ in range(2):
        assert cli.main(["run", str(SEEDS), "--db", str(db)]) == 0
        conn = store.connect(db)
        counts.append(
            [store.rows(conn, f"SELECT COUNT(*) AS n FROM {t}")[0]["n"] for t in ("events", "statements")]
        )
        conn.close()
    assert counts[0] == counts[1] and counts[0][0] > 0


def test_cli_crash_while_writing_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    db = tmp_path / "d.db"
    assert cli.main(["run", str(SEEDS), "--db", str(db)]) == 0
    before = sqlite3.connect(db).execute("SELECT COUNT(*) FROM events").fetchone()

    def crash(*_args, **_kwargs):
        raise RuntimeError("disk vanished")

    monkeypatch.setattr(store, "_insert", crash)
    with pytest.raises(RuntimeError):
        cli.main(["run", str(SEEDS), "--db", str(db)])
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM events").fetchone() == before


def test_cli_extraction_failure_in_one_article_spares_the_others(tmp_path, monkeypatch, capsys):
    from extract import pipeline

    real = pipeline.analyse

    def flaky(article, settings=None):
        if article.id.startswith("002"):
            raise ValueError("unexpected shape")
        return real(article)

    monkeypatch.setattr(pipeline, "analyse", flaky)
    assert cli.main(["run", str(SEEDS), "--json", str(tmp_path / "o.json")]) == 1
    assert (
        "002_d8d55ee19910fe09.txt: extraction failed (ValueError: unexpected shape)"
        in capsys.readouterr().err
    )
    doc = json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))
    assert len(doc["articles"]) == 4


def test_cli_not_a_database_is_a_clean_error(tmp_path, capsys):
    db = tmp_path / "d.db"
    db.write_bytes(b"garbage" * 1000)
    assert cli.main(["run", str(SEEDS), "--db", str(db)]) == 1
    assert "not a Dateline database" in capsys.readouterr().err


def test_cli_two_speakers_of_one_subject_are_both_stored(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "vote.txt").write_text(
        "The plan was welcomed by Israel and condemned by the Palestinians on Monday.\n", encoding="utf-8"
    )
    db = tmp_path / "d.db"
    assert cli.main(["run", str(folder), "--db", str(db)]) == 0
    conn = store.connect(db)
    found = store.rows(conn, "SELECT id, speaker, quote FROM statements ORDER BY id")
    conn.close()
    assert [(r["speaker"], r["quote"]) for r in found] == [
        ("Israel", "The plan"),
        ("Palestinians", "The plan"),
    ]
    assert len({r["id"] for r in found}) == 2
