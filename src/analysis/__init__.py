"""Turn news articles about negotiations into a sourced chronology and outcome table.

The names below are imported on first use (PEP 562), so that loading seeds
(``analysis.seeds``, ``analysis.cache``) does not import, and hold in memory, every stage's
rules.
"""

import importlib

_WHERE = {
    "Analysis": "pipeline",
    "analyse": "pipeline",
    "analyse_articles": "pipeline",
    "build_chronology": "chronology",
    "extract_events": "events",
    "extract_outcomes": "outcomes",
    "find_dates": "dates",
    "load_seeds": "seeds",
    "render_reports": "render",
    "split_sentences": "sentences",
    "tag_articles": "tagging",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
