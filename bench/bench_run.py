"""The whole `run` pipeline over the 183 TimeBank texts, beside dateparser.search_dates on the same texts.

Both are timed as whole processes (start-up included) pinned to one core, best of three.
Target: the pipeline at 50 articles/s or more.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import timebank_docs, timed, write_jsonl

SEARCH_DATES = """
import json, sys
from dateparser.search import search_dates
for line in open(sys.argv[1], encoding="utf-8"):
    doc = json.loads(line)
    search_dates(doc["text"], languages=["en"])
"""


def main() -> int:
    docs = timebank_docs()
    with tempfile.TemporaryDirectory() as tmp:
        articles = [{"id": d["doc"], "text": d["text"], "published": d["dct"]} for d in docs]
        path = write_jsonl(Path(tmp) / "timebank.jsonl", articles)
        ours = timed(
            [sys.executable, "-m", "extract", "run", str(path), "--json", str(Path(tmp) / "out.json")]
        )
        theirs = timed([sys.executable, "-c", SEARCH_DATES, str(path)])
        counts = json.loads((Path(tmp) / "out.json").read_text(encoding="utf-8"))
    n = len(docs)
    print(
        f"run pipeline      : {n} docs in {ours:6.2f} s = {n / ours:7.1f} articles/s (whole process, one core)"
    )
    print(
        f"dateparser search : {n} docs in {theirs:6.2f} s = {n / theirs:7.1f} articles/s (whole process, one core)"
    )
    print(f"  run found {len(counts['events'])} events, {len(counts['statements'])} statements")
    print(f"  target 50 articles/s: {'met' if n / ours >= 50 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
