"""Articles per second of the ``statements`` command over the PolNeAR dev texts (one core).

One warm-up pass, then the best of three timed passes (as the other benchmarks report), with
every pass shown.

Run: ``.venv/bin/python bench/bench_statements.py [DIR]`` (default ../shared/eval/polnear/dev).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.statements.command import run  # noqa: E402

REPEAT = 3


def main(directory: Path) -> int:
    texts = sorted((directory / "text").glob("*.txt"))
    if not texts:
        print(f"{directory}: no texts to time", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs.jsonl"
        with docs.open("w", encoding="utf-8") as sink:
            for path in texts:
                sink.write(
                    json.dumps({"doc": path.stem, "dct": None, "text": path.read_text("utf-8")}) + "\n"
                )
        status = run(str(docs), str(Path(tmp) / "warm.jsonl"))
        passes = []
        for _ in range(REPEAT):
            began = time.perf_counter()
            status = run(str(docs), str(Path(tmp) / "out.jsonl")) or status
            passes.append(time.perf_counter() - began)
        lines = sum(1 for _ in (Path(tmp) / "out.jsonl").open(encoding="utf-8"))
    best = min(passes)
    shown = ", ".join(f"{len(texts) / p:.1f}" for p in passes)
    print(
        f"statements: {len(texts)} articles, {lines} statements, best {best:.2f} s, "
        f"{len(texts) / best:.1f} articles/s (passes: {shown})"
    )
    return status


if __name__ == "__main__":
    default = ROOT.parent / "shared" / "eval" / "polnear" / "dev"
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else default))
