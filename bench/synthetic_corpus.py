"""Write a synthetic Dateline database with N events and N statements, for dashboard benchmarks.

    python bench/synthetic_corpus.py OUT.db N [--seed S]

Articles, outlets, speakers, categories and granularities are drawn at random (seeded); every
statement is linked to an event of its own article. The rows go through the store like real ones.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from extract import link, store

OUTLETS = ["Wire A", "Daily B", "Times C", "Post D", "Herald E", "Review F"]
SPEAKERS = [f"Speaker {c}" for c in "ABCDEFGHIJKLMNOPQRST"]
CATEGORIES = ["armed attack", "protest/unrest", "diplomacy/policy", "sanctions/legal", "other"]
GRANULARITIES = [("day", 0), ("day", 0), ("day", 0), ("month", 29), ("year", 364), ("range", 90)]
PER_ARTICLE = 10


def _article(i: int, rng: random.Random) -> dict:
    text = f"Synthetic article {i}. " + "Something happened on a day and someone said so. " * 20
    return {
        "id": f"syn{i}",
        "title": f"Story {i}",
        "outlet": rng.choice(OUTLETS),
        "url": None,
        "published": "2020-01-01",
        "published_source": "metadata",
        "published_confidence": 1.0,
        "path": "",
        "text": text,
        "text_sha": str(i),
        "extracted_at": "synthetic",
    }


def _dates(rng: random.Random) -> tuple[str, str, str]:
    granularity, width = rng.choice(GRANULARITIES)
    start = date(2000, 1, 1) + timedelta(days=rng.randrange(0, 8000))
    return start.isoformat(), (start + timedelta(days=width)).isoformat(), granularity


def rows(n: int, seed: int = 7) -> dict[str, list[dict]]:
    rng = random.Random(seed)
    articles = [_article(i, rng) for i in range(max(1, n // PER_ARTICLE))]
    events, statements = [], []
    for i in range(n):
        aid = articles[i % len(articles)]["id"]
        d0, d1, gran = _dates(rng)
        events.append(
            {
                "id": f"{aid}:ev{i}",
                "article_id": aid,
                "title": f"Event {i}",
                "sentence": "A sentence.",
                "sentence_start": 0,
                "sentence_end": 20,
                "start": 0,
                "end": 5,
                "date_text": "a day",
                "date_start": d0,
                "date_end": d1,
                "granularity": gran,
                "timex": None,
                "confidence": round(rng.random(), 2),
                "category": rng.choice(CATEGORIES),
                "canonical_id": None,
                "rule_id": "synthetic",
                "trigger": "",
                "actors": [],
                "zone": "body",
            }
        )
        s0, s1, sgran = _dates(rng)
        statements.append(
            {
                "id": f"{aid}:st{i}",
                "article_id": aid,
                "speaker": rng.choice(SPEAKERS),
                "speaker_mention": "X",
                "speaker_start": 0,
                "speaker_end": 1,
                "cue_start": None,
                "cue_end": None,
                "medium": "speech",
                "direct": True,
                "quote": f"Quote number {i}.",
                "start": 30,
                "end": 60,
                "sentence": "Someone said so.",
                "date_start": s0,
                "date_end": s1,
                "granularity": sgran,
                "timex": None,
                "date_source": "text",
                "rule_id": "synthetic",
                "event_ids": [f"{aid}:ev{i}"],
            }
        )
    return {"articles": articles, "events": events, "statements": statements, "canonical_events": []}


def write(path: Path, n: int, seed: int = 7) -> Path:
    path.unlink(missing_ok=True)
    conn = store.connect(path)
    try:
        store.write_output(conn, rows(n, seed), lambda evs: link.canonical_events(evs))
    finally:
        conn.close()
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    write(Path(args.out), args.n, args.seed)
    print(f"wrote {args.out}: {args.n} events and {args.n} statements")
    return 0


if __name__ == "__main__":
    sys.exit(main())
