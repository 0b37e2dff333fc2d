"""Shared fixtures: the repository root, the seed corpus, and the evaluation corpora when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.paths import SEEDS, SHARED


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the repository; tests that need it skip cleanly when it is absent."""
    if not (SHARED / "eval").is_dir():
        pytest.skip("../shared/eval is not present (evaluation corpora live outside the repository)")
    return SHARED


@pytest.fixture(scope="session")
def seed_output():
    """The extractor's output on the seed corpus, computed once per test session."""
    from extract import pipeline

    result, errors = pipeline.run([SEEDS])
    assert errors == []
    return result
