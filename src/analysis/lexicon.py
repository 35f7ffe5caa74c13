"""Read the lexicons shipped as YAML data files, validated on load."""

from __future__ import annotations

import functools
from importlib import resources

import yaml

from .errors import LexiconError

__all__ = ["LEXICON_PACKAGE", "check_lexicons", "lexicon_names", "read_lexicon"]

LEXICON_PACKAGE = "analysis.lexicons"


def lexicon_names() -> list[str]:
    """Names (file stems) of the lexicons shipped with the package, sorted."""
    files = resources.files(LEXICON_PACKAGE).iterdir()
    return sorted(f.name.removesuffix(".yaml") for f in files if f.name.endswith(".yaml"))


@functools.cache
def read_lexicon(name: str) -> dict:
    """Return the parsed YAML of lexicon ``name`` (a file stem such as ``"abbreviations"``).

    The document must be a mapping with a ``kind`` (and, for most kinds, ``entries``). Raises
    :class:`LexiconError` naming the file and what is wrong. The result is cached: treat it
    as read-only.
    """
    if name not in lexicon_names():
        raise LexiconError(f"no lexicon {name!r}; choose one of {', '.join(lexicon_names())}")
    ref = resources.files(LEXICON_PACKAGE) / f"{name}.yaml"
    try:
        data = yaml.safe_load(ref.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise LexiconError(f"{name}.yaml: not valid YAML: {err}") from None
    if not isinstance(data, dict) or "kind" not in data:
        raise LexiconError(f"{name}.yaml: expected a mapping with a 'kind' key and the entries")
    return data


def check_lexicons() -> list[str]:
    """Load every shipped lexicon and return one message per problem (empty when all is well)."""
    problems = []
    for name in lexicon_names():
        try:
            read_lexicon(name)
        except LexiconError as err:
            problems.append(str(err))
    return problems
