"""Find the towns of the world (GeoNames) where a text places something."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from importlib import resources

from .lexicon import LEXICON_PACKAGE, fold_name, read_lexicon

__all__ = ["MIN_POPULATION", "find_towns", "region_not_town", "town_countries", "town_countries_of"]

# The towns of lexicons/towns.tsv (written by tools/build_towns.py): GeoNames' towns of 15,000
# people or more, about 32,000 (5,000 would double the names, and the common words among them).
MIN_POPULATION = 15000

# A town's name in running text: capitalised words, hyphenated parts of any case
# ("Mazar-i-Sharif"), a lower-case particle between two of them ("Foz do Iguaçu").
_WORD = r"[A-Z][\w'’]*(?:-[\w'’]+)*"
_PARTICLE = r"(?:de|del|da|do|dos|das|la|le|les|el|al|pri|sur|di|du|von|van)"
_NAME = rf"{_WORD}(?:[^\S\n]+(?:{_PARTICLE}[^\S\n]+)?{_WORD}){{0,3}}"
# The prepositions that place what the sentence tells: "met in Kumasi", "a camp near Ndola".
# Not "at", which places things as often as events ("the berths at X", "the flows at X"). A
# capitalised "In" only where a sentence opens ("In Kumasi, ..."): elsewhere it is a
# title-cased heading's ("Breakthrough In Summit Talks"), whose words are not names.
_PLACED = re.compile(
    rf"(?:(?<![\w-])(?:in|near|outside)|(?:^|(?<=[.!?:\n\"“]))[^\S\n]*(?:In|Near|Outside))"
    rf"[^\S\n]+(?P<name>{_NAME})",
    re.MULTILINE,
)
_POSSESSIVE = re.compile(r"['’]s?\b")


@functools.cache
def town_countries() -> dict[str, tuple[str, ...]]:
    """Folded town name -> the alpha-3 codes of the towns of that name, as lexicons/towns.tsv
    lists them (towns whose own name it is first, then those also called so; each by
    population, the largest first)."""
    text = (resources.files(LEXICON_PACKAGE) / "towns.tsv").read_text(encoding="utf-8")
    codes: dict[str, tuple[str, ...]] = {}  # one tuple for every name of the same countries
    return {name: codes.setdefault(countries, tuple(countries.split()))
            for name, countries in _town_rows(text.splitlines())}


@functools.cache
def _regions() -> frozenset[str]:
    """Folded names of the states' first-level regions (ISO 3166-2, from pycountry)."""
    import pycountry

    return frozenset(fold_name(s.name) for s in pycountry.subdivisions)


def region_not_town(name: str) -> bool:
    """Whether ``name`` is a region of a state ("Scotland", "Texas") and no town of the
    gazetteer: "talks in Scotland" place the talks in no town. (ISO 3166-2 names its regions
    in their own language as often as not: "Bayern", not "Bavaria".)"""
    key = fold_name(name)
    return key in _regions() and key not in town_countries()


def town_countries_of(names: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """:func:`town_countries` for ``names`` only, read line by line unless it is loaded: the
    whole index (some 118,000 names, 16 MB) is not built for a few names' sake in a process
    that found no towns itself (the chronology's, under ``--engine dask``)."""
    if town_countries.cache_info().currsize:
        return {n: c for n in names if (c := town_countries().get(n)) is not None}
    with (resources.files(LEXICON_PACKAGE) / "towns.tsv").open(encoding="utf-8") as lines:
        return {name: tuple(countries.split()) for name, countries in _town_rows(lines)
                if name in names}


def _town_rows(lines: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(folded name, space-separated country codes) of each line of towns.tsv."""
    for line in lines:
        line = line.rstrip("\n")
        if line and not line.startswith("#"):
            name, _, countries = line.partition("\t")
            yield name, countries


@functools.cache
def _calendar_words() -> frozenset[str]:
    """Months and weekdays: "in March", "in May" name no town."""
    dates = read_lexicon("dates")
    return frozenset(w for key in ("months", "weekdays") for words in dates[key].values() for w in words)


def find_towns(text: str, countries: Iterable[str] = ()) -> list[tuple[int, int, str, str]]:
    """The towns named after a preposition that places ("in", "near", "outside") in ``text``.

    A town is a GeoNames town of :data:`MIN_POPULATION` or more whose name is the whole
    capitalised name after the preposition (without a weekday or month after it: "met in
    Kumasi Monday"), not a possessive ("in Hamilton's view"), and, for a one-word name, not
    a word the text also writes in lower case (a common noun: "in Deal" in a heading where
    the story says "the deal"). Of several towns of that name, the one in a country of
    ``countries`` (those the text names), else the most populous.

    Returns
    -------
    list of tuple
        ``(start, end, name as written, alpha-3 of its country)`` in text order.
    """
    index = town_countries()
    calendar = _calendar_words()
    preferred = set(countries)
    found = []
    for hit in _PLACED.finditer(text):
        start = hit.start("name")
        words = hit.group("name").split()
        while words and fold_name(words[-1]) in calendar:
            words.pop()
        name = " ".join(words)
        codes = index.get(fold_name(name))
        if codes is None and name.endswith(" City"):
            codes = index.get(fold_name(name.removesuffix(" City")))
        end = start + len(name)
        if (codes is None or _POSSESSIVE.match(text, end)
                or (" " not in name and re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text))):
            continue
        code = next((c for c in codes if c in preferred), codes[0])
        found.append((start, end, name, code))
    return found
