"""Read the lexicons shipped as YAML data files, validated on load."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from importlib import resources

import yaml

from .errors import LexiconError

__all__ = [
    "CLAIMANT_TYPES",
    "LEXICON_PACKAGE",
    "trie_regex",
    "check_lexicons",
    "fold_name",
    "lexicon_names",
    "read_lexicon",
    "validate_entries",
]

LEXICON_PACKAGE = "analysis.lexicons"


@functools.lru_cache(maxsize=1 << 16)
def fold_name(text: str) -> str:
    """Lower-case ``text`` and strip its accents: the key surface forms are compared by."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("’", "'").lower()


def lexicon_names() -> list[str]:
    """Names (file stems) of the lexicons shipped with the package, sorted."""
    files = resources.files(LEXICON_PACKAGE).iterdir()
    return sorted(f.name.removesuffix(".yaml") for f in files if f.name.endswith(".yaml"))


# PyYAML's safe loader, in C (libyaml) when the installed PyYAML has it: the same data,
# read eight times faster (0.84 -> 0.10 s CPU for every lexicon, paid by every process).
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
        data = yaml.load(ref.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except yaml.YAMLError as err:
        raise LexiconError(f"{name}.yaml: not valid YAML: {err}") from None
    if not isinstance(data, dict) or "kind" not in data:
        raise LexiconError(f"{name}.yaml: expected a mapping with a 'kind' key and the entries")
    return data


# What each kind of list-shaped lexicon requires of an entry, beside a unique `id`.
_REQUIRED = {
    "country": ("name",),
    "place": ("name", "country"),
    "organisation": ("name", "patterns"),
    "media": ("name", "patterns"),
    "title": ("patterns",),
    "attribution": ("claimant_type", "patterns"),
}
# Who can assert a claim (attribution stage); outcome rows and lexicon entries use these.
CLAIMANT_TYPES = (
    "named_official",
    "anonymous_source",
    "media",
    "observers",
    "joint_statement",
    "organisation",
)
_USER_ASSIGNED = ("XKX",)  # Kosovo: no ISO 3166 code, the user-assigned one news data uses


def _known_alpha3() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries) | frozenset(_USER_ASSIGNED)


def validate_entries(name: str, data: dict) -> list[str]:
    """Check the entries of lexicon ``name`` and return every problem found.

    Each message reads ``file: entries[i] (id 'x'): message``. Checked: every entry is a
    mapping with a unique ``id`` and the fields its kind requires; ``patterns`` is a non-empty
    list of strings, no pattern is claimed by two ids; country codes are ISO 3166 alpha-3;
    attribution claimant types are from the export vocabulary.
    """
    kind, entries = data.get("kind"), data.get("entries")
    where = f"{name}.yaml"
    if kind not in _REQUIRED:
        return []  # mapping-shaped word lists (abbreviations) have nothing more to check
    if not isinstance(entries, list):
        return [f"{where}: 'entries' must be a list of mappings, found {type(entries).__name__}"]
    problems, ids, claimed = [], set(), {}
    alpha3 = _known_alpha3()
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict):
            problems.append(f"{where}: entries[{i}]: expected a mapping, found {entry!r}")
            continue
        ident = entry.get("id")
        loc = f"{where}: entries[{i}] (id {ident!r})"
        if not ident:
            problems.append(f"{loc}: missing 'id'")
        elif ident in ids:
            problems.append(f"{loc}: duplicate id {ident!r}")
        ids.add(ident)
        for field in _REQUIRED[kind]:
            if entry.get(field) in (None, "", []):
                problems.append(f"{loc}: missing or empty {field!r}")
        patterns = entry.get("patterns", [])
        if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
            problems.append(f"{loc}: 'patterns' must be a list of strings")
            patterns = []
        for pattern in patterns:
            key = pattern if len(pattern) <= 4 else pattern.casefold()
            if claimed.setdefault(key, ident) != ident:
                problems.append(f"{loc}: pattern {pattern!r} is already claimed by id {claimed[key]!r}")
        code = ident if kind == "country" else entry.get("country")
        if code is not None and code not in alpha3:
            problems.append(f"{loc}: {code!r} is not an ISO 3166 alpha-3 country code")
        if kind == "attribution" and entry.get("claimant_type") not in CLAIMANT_TYPES:
            problems.append(
                f"{loc}: claimant_type {entry.get('claimant_type')!r} is not one of {', '.join(CLAIMANT_TYPES)}"
            )
    return problems


def check_lexicons() -> list[str]:
    """Load every shipped lexicon and return one message per problem (empty when all is well)."""
    problems = []
    for name in lexicon_names():
        try:
            problems += validate_entries(name, read_lexicon(name))
        except LexiconError as err:
            problems.append(str(err))
    return problems


def trie_regex(words: Iterable[str]) -> str:
    """Return a regex alternation of ``words`` factored as a character trie.

    Python's ``re`` tries alternatives one after the other; a trie makes the cost at each
    position depend on the length of the longest match, not on the number of words, and it
    prefers the longest word that matches.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        if list(node) == [""]:
            return ""
        parts, optional = [], "" in node
        for char in sorted(k for k in node if k):
            parts.append(re.escape(char) + emit(node[char]))
        if len(parts) == 1 and not optional:
            return parts[0]
        body = "(?:" + "|".join(parts) + ")"
        return body + "?" if optional else body

    return emit(trie)
