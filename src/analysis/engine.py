"""Run the per-article stages on a Dask cluster, partition by partition, then the chronology."""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
from collections.abc import Iterator

import numpy as np
import pandas as pd

from .chronology import build_chronology
from .pipeline import ARTICLE_TABLES, Analysis, analyse_articles, article_tables

__all__ = ["ENGINES", "combine_tables", "run_articles", "run_dask"]

log = logging.getLogger(__name__)

ENGINES = ("pandas", "dask")
# Partitions per worker: more than one so that a slow partition does not leave workers idle.
_PARTITIONS_PER_WORKER = 4
# With a progress bar the pandas engine runs the same stages on slices of about this much text.
_PROGRESS_CHUNK_CHARS = 1_000_000


def run_articles(
    articles: pd.DataFrame,
    problems: pd.DataFrame,
    engine: str = "pandas",
    scheduler: str | None = None,
    progress: bool = False,
) -> Analysis:
    """Run every stage after loading with the chosen engine (``"pandas"`` or ``"dask"``).

    Returns
    -------
    Analysis
        Every table; the same whatever the engine and whether progress is shown.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if engine == "dask":
        return run_dask(articles, problems, scheduler=scheduler, progress=progress)
    if scheduler is not None:
        raise ValueError("a scheduler address needs engine='dask'")
    if not progress or len(articles) < 2:
        return analyse_articles(articles, problems)
    from tqdm import tqdm

    # Each row depends on its own article only, so slices give the same tables.
    chunks = _chunks(articles, _PROGRESS_CHUNK_CHARS)
    parts = []
    with tqdm(total=int(articles["n_chars"].sum()), unit="char", unit_scale=True,
              desc="analysing") as bar:
        for chunk in chunks:
            parts.append(article_tables(chunk))
            bar.update(int(chunk["n_chars"].sum()))
    tables = combine_tables(parts)
    chronology = build_chronology(tables["events"], articles)
    return Analysis(articles=articles, problems=problems, chronology=chronology, **tables)


def _chunks(articles: pd.DataFrame, chars: int) -> list[pd.DataFrame]:
    """Contiguous slices of ``articles`` of about ``chars`` characters of text each."""
    bins = (articles["n_chars"].cumsum() // chars).to_numpy()
    edges = [*np.flatnonzero(np.diff(bins, prepend=-1)).tolist(), len(articles)]
    return [articles.iloc[a:b] for a, b in itertools.pairwise(edges)]


def run_dask(
    articles: pd.DataFrame,
    problems: pd.DataFrame,
    scheduler: str | None = None,
    npartitions: int | None = None,
    n_workers: int | None = None,
    progress: bool = False,
) -> Analysis:
    """Run every stage with the per-article ones mapped over partitions on a Dask cluster.

    The articles are split into ``npartitions`` contiguous partitions (``dask.dataframe``);
    :func:`analysis.pipeline.article_tables` runs on each partition's delayed object, the
    tables are gathered and concatenated in partition order, and
    :func:`analysis.chronology.build_chronology` runs on the gathered events in this process.
    The result equals :func:`analysis.pipeline.analyse_articles` on the same frames: same rows
    in the same order, same dtypes.

    Parameters
    ----------
    articles, problems : DataFrame
        As :func:`analysis.seeds.load_seeds` gives them.
    scheduler : str, optional
        Address of a running Dask scheduler (``tcp://host:8786``) whose workers have this
        package installed; by default a local cluster of processes is started and closed.
    npartitions : int, optional
        Number of partitions; default four per worker thread, at most one per article.
    n_workers : int, optional
        Workers of the local cluster (default: one per CPU); ignored with ``scheduler``.
    progress : bool
        Show a progress bar of the partitions done on stderr.

    Returns
    -------
    Analysis
        Every table, as :func:`analysis.pipeline.analyse_articles` returns them.
    """
    try:
        import dask
        import dask.dataframe as dd
    except ImportError as err:
        raise ImportError(
            "the dask engine needs Dask: pip install 'talks-workbook[dask]' "
            "(or use the default engine, pandas)"
        ) from err
    with _client(scheduler, n_workers) as client:
        if len(articles) == 0:
            parts = [article_tables(articles)]
        else:
            threads = sum(client.nthreads().values()) or 1
            n = npartitions or threads * _PARTITIONS_PER_WORKER
            frame = dd.from_pandas(articles, npartitions=max(1, min(n, len(articles))), sort=False)
            tasks = [dask.delayed(article_tables)(part) for part in frame.to_delayed()]
            log.info("running %d partitions on %d worker threads", len(tasks), threads)
            futures = client.compute(tasks)
            if progress:
                _follow(futures)
            parts = client.gather(futures)
    tables = combine_tables(parts)
    chronology = build_chronology(tables["events"], articles)
    return Analysis(articles=articles, problems=problems, chronology=chronology, **tables)


def _follow(futures: list) -> None:
    from distributed import as_completed
    from tqdm import tqdm

    with tqdm(total=len(futures), unit="partition", desc="analysing") as bar:
        for _ in as_completed(futures):
            bar.update(1)


@contextlib.contextmanager
def _client(scheduler: str | None, n_workers: int | None) -> Iterator[object]:
    from distributed import Client, LocalCluster

    if scheduler is not None:
        with Client(scheduler) as client:
            yield client
        return
    workers = n_workers or os.cpu_count() or 1
    # A local cluster is an implementation detail here: keep its start-up and shut-down
    # chatter (logged at INFO by default) out of the command's output.
    quiet = logging.getLogger("distributed")
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        with (
            LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True,
                dashboard_address=None, host="127.0.0.1", silence_logs=logging.ERROR,
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
    finally:
        quiet.setLevel(level)


def combine_tables(parts: list[dict[str, pd.DataFrame]]) -> dict[str, pd.DataFrame]:
    """Concatenate the per-partition tables of :func:`analysis.pipeline.article_tables`.

    Rows keep partition order. A column that one partition left all-missing (so pandas gave
    it ``object``) takes the dtype that the partitions with values agree on, which is what one
    run over all the articles infers.

    Returns
    -------
    dict
        One DataFrame per name in ``ARTICLE_TABLES``, index ``0..n-1``.
    """
    return {name: _concat([part[name] for part in parts]) for name in ARTICLE_TABLES}


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    filled = [f for f in frames if len(f)]
    if not filled:
        return frames[0].reset_index(drop=True)
    if len(filled) == 1:
        return filled[0].reset_index(drop=True)
    out = pd.concat(filled, ignore_index=True)
    for column in out.columns:
        with_values = {
            str(f[column].dtype): f[column].dtype for f in filled if f[column].notna().any()
        }
        if len(with_values) == 1:
            (dtype,) = with_values.values()
            if out[column].dtype != dtype:
                out[column] = out[column].astype(dtype)
    return out
