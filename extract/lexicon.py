"""Loader for the extractor's data files (rules, lexicons, patterns).

Every data file lives in ``extract/data/`` and is a tab-separated table:

* lines starting with ``#`` are comments (each file starts with a header
  saying its format and giving a worked example);
* the first other line names the columns;
* every further non-blank line is one row, with exactly that many cells.

A malformed file raises :class:`DataFileError` naming the file and line.
Results are cached: the files are read once per process.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


class DataFileError(ValueError):
    """A data file that does not follow its format."""

    def __init__(self, path: Path | str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path = str(path)
        self.line = line


@dataclass(frozen=True)
class Row:
    """One row of a data table, with the line it came from."""

    file: str
    line: int
    cells: tuple[tuple[str, str], ...]

    def __getitem__(self, key: str) -> str:
        for name, value in self.cells:
            if name == key:
                return value
        raise KeyError(key)

    def get(self, key: str, default: str = "") -> str:
        for name, value in self.cells:
            if name == key:
                return value
        return default


def parse_table(text: str, path: str, required: tuple[str, ...] = ()) -> tuple[Row, ...]:
    """Parse the text of a data table (see module doc)."""
    header: tuple[str, ...] | None = None
    out: list[Row] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = tuple(c.strip() for c in line.split("\t"))
        if header is None:
            header = cells
            missing = [c for c in required if c not in header]
            if missing:
                raise DataFileError(path, number, f"missing column(s) {', '.join(missing)}")
            continue
        if len(cells) != len(header):
            raise DataFileError(
                path, number, f"expected {len(header)} tab-separated cells, found {len(cells)}"
            )
        out.append(Row(path, number, tuple(zip(header, cells, strict=True))))
    if header is None:
        raise DataFileError(path, 1, "no header line")
    return tuple(out)


@functools.cache
def load_table(name: str, required: tuple[str, ...] = ()) -> tuple[Row, ...]:
    """Load ``extract/data/<name>`` (a ``.tsv`` file)."""
    path = DATA_DIR / name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(path, 0, f"cannot read: {exc}") from None
    return parse_table(text, str(path), required)


def load_words(name: str, column: str = "word") -> frozenset[str]:
    """The lower-cased values of one column of a table, as a set."""
    return frozenset(row[column].lower() for row in load_table(name, (column,)))
