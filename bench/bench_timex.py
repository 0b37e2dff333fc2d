"""Whole-process time of the timex command vs dateparser.search_dates over the TimeBank texts.

Usage: python bench/bench_timex.py [TIMEML_DIR]   (default: ../shared/eval/timeml/timebank)

Both run as fresh subprocesses on the same texts in the same run, so imports and start-up count.
The tagger alone is also timed in this process (after a warm-up) per 3,000 characters of text.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT.parent / "shared" / "eval" / "timeml" / "timebank"

DATEPARSER = """
import json, sys
from datetime import datetime
from dateparser.search import search_dates
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    doc = json.loads(line)
    base = datetime.fromisoformat(doc["dct"]) if doc["dct"] else None
    found = search_dates(doc["text"], languages=["en"], settings={"RELATIVE_BASE": base} if base else None)
    n += len(found or [])
print(n)
"""


def _timed(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def _in_process(docs: list) -> float:
    """Milliseconds of ``tag`` per 3,000 characters, rules already compiled."""
    from extract.timex import tag

    tag("Warm-up on Monday, March 2, 1998.", None)
    start = time.perf_counter()
    for d in docs:
        tag(d.text, d.dct)
    elapsed = time.perf_counter() - start
    return 1000 * elapsed / sum(len(d.text) for d in docs) * 3000


def main(directory: Path) -> int:
    sys.path.insert(0, str(ROOT))
    from extract.evaluate.timeml import read_dir

    docs = read_dir(directory)
    if not docs:
        print(f"{directory}: no .tml files", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "docs.jsonl", Path(tmp) / "timex.jsonl"
        with src.open("w", encoding="utf-8") as f:
            for d in docs:
                f.write(
                    json.dumps({"doc": d.name, "dct": d.dct.isoformat() if d.dct else None, "text": d.text})
                    + "\n"
                )
        ours = _timed([sys.executable, "-m", "extract", "timex", "--in", str(src), "--out", str(out)])
        theirs = _timed([sys.executable, "-c", DATEPARSER, str(src)])
    chars = sum(len(d.text) for d in docs)
    print(f"documents {len(docs)}, characters {chars}")
    print(f"python -m extract timex {ours:.2f} s")
    print(f"dateparser.search_dates {theirs:.2f} s")
    print(f"ratio ours/dateparser   {ours / theirs:.2f}")
    print(f"tag() in process        {_in_process(docs):.2f} ms per 3,000 characters")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR))
