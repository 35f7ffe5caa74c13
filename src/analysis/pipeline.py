"""Run every stage, seeds to outcomes, and keep each stage's table."""

from __future__ import annotations

import os
from typing import NamedTuple

import pandas as pd

from .seeds import load_seeds
from .sentences import split_sentences

__all__ = ["Analysis", "analyse", "analyse_articles"]


class Analysis(NamedTuple):
    """Every table of one run, in pipeline order."""

    articles: pd.DataFrame
    problems: pd.DataFrame
    sentences: pd.DataFrame


def analyse_articles(articles: pd.DataFrame, problems: pd.DataFrame | None = None) -> Analysis:
    """Run the stages after loading on an articles frame (as :func:`analysis.seeds.load_seeds` gives)."""
    if problems is None:
        problems = pd.DataFrame(columns=["path", "line", "severity", "message"])
    sentences = split_sentences(articles)
    return Analysis(articles, problems, sentences)


def analyse(*paths: str | os.PathLike) -> Analysis:
    """Load the seeds under ``paths`` and run every stage on them."""
    corpus = load_seeds(*paths)
    return analyse_articles(corpus.articles, corpus.problems)
