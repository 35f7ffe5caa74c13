"""Run every stage, seeds to outcomes, and keep each stage's table."""

from __future__ import annotations

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

__all__ = [
    "ARTICLE_TABLES", "Analysis", "analyse", "analyse_articles", "article_tables", "load_corpus",
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

    Returns
    -------
    dict
        One DataFrame per name in ``ARTICLE_TABLES``.
    """
    sentences = split_sentences(articles)
    mentions = tag_articles(articles, sentences)
    actors = extract_actors(articles, mentions)
    claims = attribute_sentences(articles, sentences, mentions)
    dates = date_sentences(articles, sentences)
    events = extract_events(articles, sentences, mentions, dates)
    outcomes = extract_outcomes(articles, sentences, claims, events)
    assessments = extract_assessments(articles, sentences, claims, events)
    return {
        "sentences": sentences, "mentions": mentions, "actors": actors, "claims": claims,
        "dates": dates, "events": events, "outcomes": outcomes, "assessments": assessments,
    }


def analyse_articles(articles: pd.DataFrame, problems: pd.DataFrame | None = None) -> Analysis:
    """Run every stage after loading on an articles frame (as :func:`analysis.seeds.load_seeds` gives)."""
    if problems is None:
        problems = pd.DataFrame(columns=list(PROBLEM_COLUMNS))
    tables = article_tables(articles)
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
