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
from .chronology import build_chronology
from .engine import combine_tables, map_articles, run_articles
from .pipeline import ARTICLE_TABLES, Analysis, article_tables, with_failures

__all__ = ["RESULTS_VERSION", "analyse_stored", "code_fingerprint", "results_path"]

log = logging.getLogger(__name__)

# Bump when the stored layout changes.
RESULTS_VERSION = "2"
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
    """:func:`analysis.engine.run_articles`, taking from ``store`` the tables of the articles
    that it holds unchanged.

    ``store`` keeps, with each table, a hash of every article it was made from. An article
    whose every value is the same as then (same ``doc_id``, text, date, title...) and whose
    tables were made by this code (see :func:`code_fingerprint`) is not analysed again: its
    rows are taken from the store; the new and changed articles run the per-article stages
    (with ``engine``), and the chronology is built again over all the events unless the
    articles are the very same, in the same order. Adding one article to a large folder
    thus costs that article and the chronology. A file that cannot be read is reported in
    the log and replaced; deleting it is always safe. ``store`` None: no file.

    Returns
    -------
    Analysis
        Equal to what :func:`analysis.engine.run_articles` gives for ``articles``: the same
        tables, rows in the same order, values and dtypes; ``articles`` and ``problems`` are
        the ones given.
    """
    if store is None:
        return run_articles(articles, problems, engine=engine, scheduler=scheduler, progress=progress)
    keys = _article_keys(articles)
    code = _code_key(articles)
    corpus = _corpus_key(code, keys)
    kept = _read(store)
    if kept is not None and kept["corpus"] == corpus:
        return Analysis(articles=articles, problems=problems, **kept["tables"])
    usable = kept is not None and kept["code"] == code and articles["doc_id"].is_unique
    tables, failed = _article_tables(articles, keys, kept if usable else None, engine, scheduler,
                                     progress)
    tables["chronology"] = build_chronology(tables["events"], articles)
    if len(failed):  # not stored: the articles the stages failed on are tried again next time
        return Analysis(articles=articles, problems=with_failures(problems, [{"failures": failed}]),
                        **tables)
    _write(store, {
        "version": RESULTS_VERSION, "code": code, "corpus": corpus,
        "articles": dict(zip(articles["doc_id"].tolist(), keys.tolist(), strict=True)),
        "tables": tables,
    })
    return Analysis(articles=articles, problems=problems, **tables)


def _article_tables(
    articles: pd.DataFrame,
    keys: np.ndarray,
    kept: dict | None,
    engine: str,
    scheduler: str | None,
    progress: bool,
) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """The per-article tables of ``articles``: those of the articles that ``kept`` holds with
    the same key taken from it, the others' made by the stages; rows in article order, as
    one run over every article gives them (each row depends on its own article only, and
    :func:`analysis.engine.combine_tables` gives a column the dtype that run infers); and the
    articles the stages failed on, as problems."""
    docs = articles["doc_id"]
    stored = kept["articles"] if kept is not None else {}
    same = np.fromiter((stored.get(d) == k for d, k in zip(docs.tolist(), keys.tolist(), strict=True)),
                       dtype=bool, count=len(docs))
    todo = articles[~same]
    if same.any():
        log.info("analysing %d new or changed articles; %d taken from the stored results",
                 len(todo), int(same.sum()))
    # an empty part too: what the stages give for no article, in case no row is left
    parts = list(map_articles(article_tables, todo, engine, scheduler, progress)) if len(todo) else [
        article_tables(todo)]
    failed = combine_tables(parts, ["failures"])["failures"]
    if not same.any():
        return combine_tables(parts), failed
    taken = set(docs[same].tolist())
    parts.append({name: frame[frame["doc_id"].isin(taken)] for name, frame in kept["tables"].items()
                  if name in ARTICLE_TABLES})
    position = pd.Series(np.arange(len(docs)), index=docs.to_numpy())
    tables = {}
    for name, frame in combine_tables(parts).items():
        order = np.argsort(position.reindex(frame["doc_id"].to_numpy()).to_numpy(), kind="stable")
        tables[name] = frame.take(order).reset_index(drop=True)
    return tables, failed


def _article_keys(articles: pd.DataFrame) -> np.ndarray:
    """One hash of every value of each article (row), as ``uint64``."""
    return pd.util.hash_pandas_object(articles, index=False).to_numpy()


def _code_key(articles: pd.DataFrame) -> str:
    """A hash of the code and of the columns and dtypes of ``articles``: tables stored under
    another one are not taken for any article."""
    digest = hashlib.sha256(code_fingerprint().encode())
    digest.update(repr([(str(c), str(t)) for c, t in articles.dtypes.items()]).encode())
    return digest.hexdigest()


def _corpus_key(code: str, keys: np.ndarray) -> str:
    """A hash of :func:`_code_key` and of the articles' keys in order."""
    digest = hashlib.sha256(code.encode())
    digest.update(np.ascontiguousarray(keys))
    return digest.hexdigest()


def _read(store: Path) -> dict | None:
    """What ``store`` keeps (see :func:`analyse_stored`); None when there is nothing readable."""
    try:
        with store.open("rb") as f:
            kept = pickle.load(f)
    except FileNotFoundError:
        return None
    except Exception as err:  # any damage to derived data: analyse again
        log.warning("ignoring unreadable results %s (%s: %s); analysing again", store,
                    type(err).__name__, err)
        return None
    if not isinstance(kept, dict) or kept.get("version") != RESULTS_VERSION:
        return None  # another layout (or not this package's file): made again
    tables = kept.get("tables")
    names = (*ARTICLE_TABLES, "chronology")
    if (not isinstance(tables, dict) or not isinstance(kept.get("articles"), dict)
            or any(not isinstance(tables.get(n), pd.DataFrame) for n in names)):
        log.warning("ignoring results %s: tables missing; analysing again", store)
        return None
    return kept


def _write(store: Path, kept: dict) -> None:
    partial = store.with_name(f".{store.name}.{os.getpid()}.partial")
    try:
        store.parent.mkdir(parents=True, exist_ok=True)
        with partial.open("wb") as f:
            pickle.dump(kept, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, store)
    except OSError as err:
        log.warning("cannot write the results %s (%s); continuing without them", store, err)
        partial.unlink(missing_ok=True)
