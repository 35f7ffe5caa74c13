"""Turn news articles about negotiations into a sourced chronology and outcome table."""

from .pipeline import Analysis, analyse, analyse_articles  # noqa: F401
from .render import render_reports  # noqa: F401
from .seeds import load_seeds  # noqa: F401
from .sentences import split_sentences  # noqa: F401

__all__ = ["Analysis", "analyse", "analyse_articles", "load_seeds", "render_reports", "split_sentences"]
