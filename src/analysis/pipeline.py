"""Run every stage, seeds to outcomes, and keep each stage's table."""

from __future__ import annotations

import logging
import os
from typing import NamedTuple

import pandas as pd

from .attribution import attribute_sentences
from .chronology import build_chronology
from .events import date_sentences, extract_events
from .outcomes import extract_assessments, extract_outcomes
from .seeds import PROBLEM_COLUMNS, Corpus, load_seeds
from .sentences import split_sentences
from .tagging import extract_actors, tag_articles

log = logging.getLogger(__name__)

__all__ = [
    "ARTICLE_TABLES", "Analysis", "analyse", "analyse_articles", "article_tables", "load_corpus",
    "with_failures",
]

# The tables computed from each article alone, in pipeline order; the chronology is the one
# table that needs every article at once.
ARTICLE_TABLES = ("sentences", "mentions", "actors", "claims", "dates", "events", "outcomes", "assessments")


class Analysis(NamedTuple):
    """Every table of one run, in pipeline order."""

    articles: pd.DataFrame
    problems: pd.DataFrame
    sentences: pd.DataFrame
    mentions: pd.DataFrame
    actors: pd.DataFrame
    claims: pd.DataFrame
    dates: pd.DataFrame
    events: pd.DataFrame
    outcomes: pd.DataFrame
    assessments: pd.DataFrame
    chronology: pd.DataFrame


def article_tables(articles: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Run the per-article stages (sentences to outcomes) on ``articles``.

    Each output row depends on its own article only, so any partition of the articles gives
    the same rows; this is the unit of work that a parallel engine maps over partitions.

    A stage that fails on one article does not take the others down with it: the articles
    are then run one at a time, the one that fails leaves no rows and is reported instead,
    under ``"failures"`` (rows of ``PROBLEM_COLUMNS``: its path, the stage and the error).

    Returns
    -------
    dict
        One DataFrame per name in ``ARTICLE_TABLES``, and ``"failures"``.
    """
    try:
        tables = _stages(articles)
    except Exception as err:
        if len(articles) == 1:
            return {**_stages(articles.iloc[:0]), "failures": _failures([_failure(articles, err)])}
        parts = [article_tables(articles.iloc[i : i + 1]) for i in range(len(articles))]
        return {name: pd.concat([p[name] for p in parts if len(p[name])] or [parts[0][name]],
                                ignore_index=True)
                for name in (*ARTICLE_TABLES, "failures")}
    return {**tables, "failures": _failures([])}


def _stages(articles: pd.DataFrame) -> dict[str, pd.DataFrame]:
    stage = "sentences"
    try:
        sentences = split_sentences(articles)
        stage = "tagging"
        mentions = tag_articles(articles, sentences)
        actors = extract_actors(articles, mentions)
        stage = "attribution"
        claims = attribute_sentences(articles, sentences, mentions)
        stage = "dates"
        dates = date_sentences(articles, sentences)
        stage = "events"
        events = extract_events(articles, sentences, mentions, dates, claims)
        stage = "outcomes"
        outcomes = extract_outcomes(articles, sentences, claims, events)
        assessments = extract_assessments(articles, sentences, claims, events)
    except Exception as err:
        err.add_note(f"in the {stage} stage")
        raise
    return {
        "sentences": sentences, "mentions": mentions, "actors": actors, "claims": claims,
        "dates": dates, "events": events, "outcomes": outcomes, "assessments": assessments,
    }


def _failure(article: pd.DataFrame, err: Exception) -> dict:
    """The problem row of one article a stage failed on."""
    where = (getattr(err, "__notes__", None) or ["in a stage"])[-1]
    row = article.iloc[0]
    message = (f"the analysis failed {where} ({type(err).__name__}: {err}); the article loaded "
               "but has no rows in the tables: please report this, with the file")
    path = row.get("path", row.get("doc_id"))
    log.error("%s: error: %s", path, message)
    return {"path": path, "line": None, "severity": "error", "message": message}


def _failures(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(PROBLEM_COLUMNS)).astype({"line": "object"})


def with_failures(problems: pd.DataFrame, parts: list[dict[str, pd.DataFrame]]) -> pd.DataFrame:
    """``problems`` and, after them, the failures of the per-article ``parts``."""
    failures = [p["failures"] for p in parts if len(p.get("failures", ()))]
    return pd.concat([problems, *failures], ignore_index=True) if failures else problems


def analyse_articles(articles: pd.DataFrame, problems: pd.DataFrame | None = None) -> Analysis:
    """Run every stage after loading on an articles frame (as :func:`analysis.seeds.load_seeds` gives)."""
    if problems is None:
        problems = pd.DataFrame(columns=list(PROBLEM_COLUMNS))
    tables = article_tables(articles)
    problems = with_failures(problems, [tables])
    del tables["failures"]
    chronology = build_chronology(tables["events"], articles)
    return Analysis(articles=articles, problems=problems, chronology=chronology, **tables)


def load_corpus(*paths: str | os.PathLike, cache: bool = True, progress: bool = False) -> Corpus:
    """Load the seeds under ``paths``, through :func:`analysis.cache.load_cached` (unchanged
    files are not parsed again) unless ``cache`` is false; ``progress`` shows a bar on stderr."""
    from .cache import load_cached

    return load_cached(*paths, progress=progress) if cache else load_seeds(*paths)


def analyse(
    *paths: str | os.PathLike,
    cache: bool = True,
    engine: str = "pandas",
    scheduler: str | None = None,
    progress: bool = False,
) -> Analysis:
    """Load the seeds under ``paths`` and run every stage on them.

    ``cache`` loads folders through :func:`analysis.cache.load_cached` (unchanged files are not
    parsed again) and keeps the tables in the same cache directory: an article unchanged since
    the last analysis of these folders by this package is not analysed again, only the new or
    changed ones and the chronology (:func:`analysis.results.analyse_stored`; so each notebook
    of a report does not analyse the corpus again, and one new article costs one article);
    ``engine`` is ``"pandas"`` (in this process) or ``"dask"`` (see
    :func:`analysis.engine.run_dask`, with ``scheduler`` the address of a running cluster);
    ``progress`` shows progress bars on stderr.
    """
    from .results import analyse_stored, results_path

    corpus = load_corpus(*paths, cache=cache, progress=progress)
    return analyse_stored(
        corpus.articles, corpus.problems, results_path(*paths) if cache else None,
        engine=engine, scheduler=scheduler, progress=progress,
    )
