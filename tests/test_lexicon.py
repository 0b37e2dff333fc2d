"""Every data file loads; a malformed one fails with a typed error naming file and line."""

from __future__ import annotations

import pytest

from extract.lexicon import DATA_DIR, DataFileError, load_table, parse_table

DATA_FILES = sorted(p.name for p in DATA_DIR.glob("*.tsv"))


@pytest.mark.parametrize("name", DATA_FILES)
def test_lexicon_every_data_file_loads_with_header_and_rows(name):
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    assert text.lstrip().startswith("#"), f"{name} must open with a comment saying its format"
    rows = load_table(name)
    assert rows, f"{name} has no rows"
    assert all(row.get("id") for row in rows) or "id" not in dict(rows[0].cells)


@pytest.mark.parametrize("name", DATA_FILES)
def test_lexicon_ids_are_unique(name):
    rows = load_table(name)
    ids = [row.get("id") for row in rows if row.get("id")]
    assert len(ids) == len(set(ids)), f"duplicate ids in {name}"


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("# only a comment\n", 1, "no header"),
        ("id\tword\nx\ty\tz\n", 2, "expected 2"),
        ("# c\nid\tword\nx\ty\n\ny\n", 5, "expected 2"),
    ],
)
def test_lexicon_malformed_table_names_file_and_line(text, line, message):
    with pytest.raises(DataFileError) as info:
        parse_table(text, "broken.tsv")
    assert info.value.path == "broken.tsv"
    assert info.value.line == line
    assert message in str(info.value)


def test_lexicon_missing_required_column():
    with pytest.raises(DataFileError, match="missing column"):
        parse_table("id\tword\n", "x.tsv", required=("id", "example"))
