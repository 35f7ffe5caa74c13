"""Turn news articles about negotiations into a sourced chronology and outcome table."""

from .chronology import build_chronology  # noqa: F401
from .dates import find_dates  # noqa: F401
from .events import extract_events  # noqa: F401
from .outcomes import extract_outcomes  # noqa: F401
from .pipeline import Analysis, analyse, analyse_articles  # noqa: F401
from .render import render_reports  # noqa: F401
from .seeds import load_seeds  # noqa: F401
from .sentences import split_sentences  # noqa: F401
from .tagging import tag_articles  # noqa: F401

__all__ = [
    "Analysis",
    "analyse",
    "analyse_articles",
    "build_chronology",
    "extract_events",
    "extract_outcomes",
    "find_dates",
    "load_seeds",
    "render_reports",
    "split_sentences",
    "tag_articles",
]
