"""Shared fixtures: the project's seed, and folders of hand-written articles."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_3b9b93f1f23eb8a6.txt"


@pytest.fixture
def write_seed(tmp_path):
    """Write ``data`` (str or bytes) to ``tmp_path/seeds/<name>`` and return the path."""

    def write(name: str, data: str | bytes) -> Path:
        path = tmp_path / "seeds" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    return write


@pytest.fixture
def seed_articles():
    """The project's seed article, loaded."""
    from analysis.seeds import load_seeds

    return load_seeds(SEED).articles
