"""Run the per-article stages on a Dask cluster, partition by partition, then the chronology."""

from __future__ import annotations

import collections
import contextlib
import itertools
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

import numpy as np
import pandas as pd

from .chronology import build_chronology
from .pipeline import ARTICLE_TABLES, Analysis, analyse_articles, article_tables, with_failures

__all__ = ["ENGINES", "combine_tables", "map_articles", "run_articles", "run_dask"]

log = logging.getLogger(__name__)
T = TypeVar("T")

ENGINES = ("pandas", "dask")
# Partitions per worker at least: more than one so that a slow partition does not leave
# workers idle; and none larger than the pandas engine's parts, which bounds a worker's memory.
_PARTITIONS_PER_WORKER = 4
# The pandas engine runs parts of about this much text when it shows progress or streams.
_CHUNK_CHARS = 1_000_000
# A local cluster runs this one job on the machine's cores, beside this process: no
# statistical profiler sampling each worker's stacks every 10 ms, no watchdog of each event
# loop every 20 ms, a system monitor every 5 s rather than 0.5 s, and no work stealing (the
# tasks go out a few at a time as results come back). Measured on the same export: the
# workers' CPU time 7% lower, this process's event loop's less than half.
_QUIET_CLUSTER = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.scheduler.work-stealing": False,
}


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
    _check_engine(engine, scheduler)
    if engine == "dask":
        return run_dask(articles, problems, scheduler=scheduler, progress=progress)
    if not progress or len(articles) < 2:
        return analyse_articles(articles, problems)
    # Each row depends on its own article only, so slices give the same tables.
    return _analysis(articles, problems, list(map_articles(article_tables, articles, progress=True)))


def run_dask(
    articles: pd.DataFrame,
    problems: pd.DataFrame,
    scheduler: str | None = None,
    npartitions: int | None = None,
    n_workers: int | None = None,
    progress: bool = False,
) -> Analysis:
    """Run every stage with the per-article ones mapped over partitions on a Dask cluster.

    The articles are split into ``npartitions`` contiguous partitions of as many articles
    each; :func:`analysis.pipeline.article_tables` runs on each partition on the cluster (a
    task per partition, submitted a few ahead of the results being gathered), the tables are
    gathered and concatenated in partition order, and
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
        Number of partitions; default four per worker thread, or one per million characters
        of text when that is more; at most one per article.
    n_workers : int, optional
        Workers of the local cluster (default: one per CPU); ignored with ``scheduler``.
    progress : bool
        Show a progress bar of the partitions done on stderr.

    Returns
    -------
    Analysis
        Every table, as :func:`analysis.pipeline.analyse_articles` returns them.
    """
    parts = _dask_map(article_tables, articles, scheduler, npartitions, n_workers, progress)
    return _analysis(articles, problems, list(parts))


def map_articles(
    func: Callable[[pd.DataFrame], T],
    articles: pd.DataFrame,
    engine: str = "pandas",
    scheduler: str | None = None,
    progress: bool = False,
) -> Iterator[T]:
    """``func`` applied to contiguous parts of ``articles``, the results in article order.

    With ``"pandas"`` the parts are slices of about a million characters of text, run one
    after the other in this process; with ``"dask"`` they are partitions run on a Dask
    cluster (see :func:`run_dask` for ``scheduler``), each result fetched when its turn comes
    so that the later ones wait on the workers. ``func`` must give for a part what it gives
    for those articles within the whole (true of every per-article stage).
    """
    _check_engine(engine, scheduler)
    if engine == "dask":
        yield from _dask_map(func, articles, scheduler, None, None, progress)
        return
    chunks = _chunks(articles, _CHUNK_CHARS) or [articles]
    if not progress:
        yield from map(func, chunks)
        return
    from tqdm import tqdm

    with tqdm(total=int(articles["n_chars"].sum()), unit="char", unit_scale=True,
              desc="analysing") as bar:
        for chunk in chunks:
            yield func(chunk)
            bar.update(int(chunk["n_chars"].sum()))


def _check_engine(engine: str, scheduler: str | None) -> None:
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if scheduler is not None and engine != "dask":
        raise ValueError("a scheduler address needs engine='dask'")


def _analysis(
    articles: pd.DataFrame, problems: pd.DataFrame, parts: list[dict[str, pd.DataFrame]]
) -> Analysis:
    tables = combine_tables(parts)
    chronology = build_chronology(tables["events"], articles)
    return Analysis(articles=articles, problems=with_failures(problems, parts), chronology=chronology,
                    **tables)


def _chunks(articles: pd.DataFrame, chars: int) -> list[pd.DataFrame]:
    """Contiguous slices of ``articles`` of about ``chars`` characters of text each."""
    bins = (articles["n_chars"].cumsum() // chars).to_numpy()
    edges = [*np.flatnonzero(np.diff(bins, prepend=-1)).tolist(), len(articles)]
    return [articles.iloc[a:b] for a, b in itertools.pairwise(edges)]


def _dask_map(
    func: Callable[[pd.DataFrame], T],
    articles: pd.DataFrame,
    scheduler: str | None,
    npartitions: int | None,
    n_workers: int | None,
    progress: bool,
) -> Iterator[T]:
    try:
        import distributed  # noqa: F401
    except ImportError as err:
        raise ImportError(
            "the dask engine needs Dask: pip install 'talks-workbook[dask]' "
            "(or use the default engine, pandas)"
        ) from err
    if len(articles) == 0:
        yield func(articles)
        return
    with _client(scheduler, n_workers) as client:
        threads = sum(client.nthreads().values()) or 1
        chunks = -(-int(articles["n_chars"].sum()) // _CHUNK_CHARS)
        n = max(1, min(npartitions or max(threads * _PARTITIONS_PER_WORKER, chunks), len(articles)))
        edges = [round(i * len(articles) / n) for i in range(n + 1)]
        parts = (articles.iloc[a:b] for a, b in itertools.pairwise(edges))
        log.info("running %d partitions on %d worker threads", n, threads)
        # Each partition goes with its own task, a few per worker thread ahead of the one
        # being fetched: the articles are never one large graph, and the results the client
        # has not taken yet stay few.
        pending = collections.deque(
            client.submit(func, part, pure=False)
            for part in itertools.islice(parts, threads * _PARTITIONS_PER_WORKER)
        )
        bar = _bar(n) if progress else contextlib.nullcontext()
        with bar:
            while pending:
                future = pending.popleft()
                result = future.result()
                future.release()  # the workers may drop it
                pending.extend(client.submit(func, part, pure=False) for part in itertools.islice(parts, 1))
                if progress:
                    bar.update(1)
                yield result


def _bar(total: int) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, unit="partition", desc="analysing")


@contextlib.contextmanager
def _client(scheduler: str | None, n_workers: int | None) -> Iterator[object]:
    import dask
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
            dask.config.set(_QUIET_CLUSTER),
            LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True,
                dashboard_address=None, host="127.0.0.1", silence_logs=logging.ERROR,
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
    finally:
        quiet.setLevel(level)


def combine_tables(
    parts: list[dict[str, pd.DataFrame]], names: Iterable[str] = ARTICLE_TABLES
) -> dict[str, pd.DataFrame]:
    """Concatenate the per-partition tables (``names``) of :func:`analysis.pipeline.article_tables`.

    Rows keep partition order. A column that one partition left all-missing (so pandas gave
    it ``object``) takes the dtype that the partitions with values agree on, which is what one
    run over all the articles infers.

    Returns
    -------
    dict
        One DataFrame per name, index ``0..n-1``.
    """
    return {name: _concat([part[name] for part in parts]) for name in names}


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
