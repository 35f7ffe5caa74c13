"""Keep the tables of an analysis on disk, so that unchanged articles are not analysed again."""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import logging
import os
import pickle
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from .cache import cache_dir
from .engine import run_articles
from .pipeline import ARTICLE_TABLES, Analysis

__all__ = ["RESULTS_VERSION", "analyse_stored", "code_fingerprint", "results_path"]

log = logging.getLogger(__name__)

# Bump when the stored layout changes.
RESULTS_VERSION = "1"
# The libraries whose behaviour or data the stages' results depend on.
_LIBRARIES = ("numpy", "pandas", "pyarrow", "pycountry")


@functools.cache
def code_fingerprint() -> str:
    """A hash of this package's source and lexicons and of the libraries the stages use:
    results made by other code are never taken for this code's."""
    digest = hashlib.sha256(f"{RESULTS_VERSION} {sys.version}".encode())
    root = Path(__file__).parent
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".yaml", ".tsv")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    for name in _LIBRARIES:
        digest.update(f"{name} {importlib.metadata.version(name)}".encode())
    return digest.hexdigest()[:24]


def results_path(*paths: str | os.PathLike, directory: str | os.PathLike | None = None) -> Path | None:
    """The results file of a set of seed folders or files: ``<cache_dir>/results-<hash of
    their absolute paths>.pickle``, or None when caching is switched off (see
    :func:`analysis.cache.cache_dir`)."""
    base = cache_dir(directory)
    if base is None:
        return None
    names = "\0".join(os.fsdecode(Path(p).resolve()) for p in paths)
    return base / f"results-{hashlib.sha256(names.encode()).hexdigest()[:24]}.pickle"


def analyse_stored(
    articles: pd.DataFrame,
    problems: pd.DataFrame,
    store: Path | None,
    engine: str = "pandas",
    scheduler: str | None = None,
    progress: bool = False,
) -> Analysis:
    """:func:`analysis.engine.run_articles`, or the tables it gave last time from ``store``.

    The tables are taken from ``store`` only when it was written by this code (see
    :func:`code_fingerprint`) for these very articles (every column of every row, in order);
    otherwise every stage runs and the file is rewritten. A file that cannot be read is
    reported in the log and replaced; deleting it is always safe. ``store`` None: no file.

    Returns
    -------
    Analysis
        Equal to what :func:`analysis.engine.run_articles` gives for ``articles``: the same
        tables, values and dtypes; ``articles`` and ``problems`` are the ones given.
    """
    if store is None:
        return run_articles(articles, problems, engine=engine, scheduler=scheduler, progress=progress)
    key = _articles_key(articles)
    tables = _read(store, key)
    if tables is None:
        result = run_articles(articles, problems, engine=engine, scheduler=scheduler, progress=progress)
        _write(store, key, {name: getattr(result, name) for name in (*ARTICLE_TABLES, "chronology")})
        return result
    return Analysis(articles=articles, problems=problems, **tables)


def _articles_key(articles: pd.DataFrame) -> str:
    """A hash of the code and of every value of ``articles``, its columns and dtypes."""
    digest = hashlib.sha256(code_fingerprint().encode())
    digest.update(repr([(str(c), str(t)) for c, t in articles.dtypes.items()]).encode())
    digest.update(np.ascontiguousarray(pd.util.hash_pandas_object(articles, index=False).to_numpy()))
    return digest.hexdigest()


def _read(store: Path, key: str) -> dict[str, pd.DataFrame] | None:
    """The tables kept in ``store`` for ``key``; None when there are none (or none readable)."""
    try:
        with store.open("rb") as f:
            kept = pickle.load(f)
    except FileNotFoundError:
        return None
    except Exception as err:  # any damage to derived data: analyse again
        log.warning("ignoring unreadable results %s (%s: %s); analysing again", store,
                    type(err).__name__, err)
        return None
    if not isinstance(kept, dict) or kept.get("key") != key:
        return None
    tables = kept.get("tables")
    names = (*ARTICLE_TABLES, "chronology")
    if not isinstance(tables, dict) or any(not isinstance(tables.get(n), pd.DataFrame) for n in names):
        log.warning("ignoring results %s: tables missing; analysing again", store)
        return None
    return {n: tables[n] for n in names}


def _write(store: Path, key: str, tables: dict[str, pd.DataFrame]) -> None:
    partial = store.with_name(f".{store.name}.{os.getpid()}.partial")
    try:
        store.parent.mkdir(parents=True, exist_ok=True)
        with partial.open("wb") as f:
            pickle.dump({"key": key, "tables": tables}, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, store)
    except OSError as err:
        log.warning("cannot write the results %s (%s); continuing without them", store, err)
        partial.unlink(missing_ok=True)
