"""Helpers shared by the benchmarks: corpora, one-core pinning and whole-process timing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TIMEBANK = SHARED / "eval" / "timeml" / "timebank"


def one_core() -> list[str]:
    """A command prefix that pins a process to one core, where taskset exists."""
    return ["taskset", "-c", "0"] if shutil.which("taskset") else []


def timebank_docs() -> list[dict]:
    """The TimeBank documents as {"doc", "dct", "text"} (the TEXT element, tags removed)."""
    sys.path.insert(0, str(ROOT))
    from extract.evaluate.timeml import read_dir

    if not TIMEBANK.is_dir():
        sys.exit(f"benchmark needs {TIMEBANK} (the shared evaluation corpora)")
    return [
        {"doc": d.name, "dct": d.dct.isoformat() if d.dct else None, "text": d.text}
        for d in read_dir(TIMEBANK)
    ]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def timed(cmd: list[str], repeat: int = 3) -> float:
    """Best whole-process wall time of a command over ``repeat`` runs (seconds)."""
    best = float("inf")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([*one_core(), *cmd], check=True, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - start)
    return best
