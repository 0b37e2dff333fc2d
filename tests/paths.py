"""Paths the tests share (importable as ``tests.paths``)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "data" / "articles"
SHARED = ROOT.parent / "shared"
