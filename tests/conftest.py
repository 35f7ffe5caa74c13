"""Shared fixtures: the project's seed, and folders of hand-written articles."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_3b9b93f1f23eb8a6.txt"


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Keep the corpus cache of test runs (and of the kernels they start) out of the user's cache."""
    import os

    from analysis.cache import CACHE_DIR_ENV

    previous = os.environ.get(CACHE_DIR_ENV)
    os.environ[CACHE_DIR_ENV] = str(tmp_path_factory.mktemp("cache"))
    yield
    if previous is None:
        os.environ.pop(CACHE_DIR_ENV, None)
    else:
        os.environ[CACHE_DIR_ENV] = previous


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


PAYLOAD_TITLE = "<script>window.__pwned = 'title'</script> Talks"
PAYLOAD_BODY = """Delegations from Russia and Ukraine met in Geneva on March 2 <img src=x onerror="window.__pwned='img'">.

A [link](javascript:window.__pwned='link') and <iframe src="javascript:window.__pwned='iframe'"></iframe> appeared.

<style>body { display: none }</style> The talks will resume next week, the ministry said."""


@pytest.fixture(scope="session")
def payload_reports(tmp_path_factory):
    """Every project notebook rendered twice for a seed folder that carries an HTML payload."""
    from analysis.render import render_reports

    base = tmp_path_factory.mktemp("payload")
    seeds = base / "seeds"
    seeds.mkdir()
    (seeds / "payload.txt").write_text(f"date 2026-03-03 {PAYLOAD_TITLE}\n\n{PAYLOAD_BODY}\n")
    shutil.copy(SEED, seeds)
    first = render_reports(seeds=seeds, out_dir=base / "first")
    second = render_reports(seeds=seeds, out_dir=base / "second")
    return first, second
