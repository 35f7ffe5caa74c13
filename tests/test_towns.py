"""Towns of the world found where a text places something (analysis.towns)."""

from __future__ import annotations

import pytest

from analysis.tagging import find_mentions
from analysis.towns import find_towns


@pytest.mark.parametrize(
    ("text", "countries", "expected"),
    [
        ("The two delegations met in Kumasi on Monday.", (), [("Kumasi", "GHA")]),
        ("The talks in Ciudad del Este ended late.", (), [("Ciudad del Este", "PRY")]),
        # another name GeoNames gives the town, as the article spells it
        ("Envoys met in Bombay last week.", (), [("Bombay", "IND")]),
        ("The envoys met in Ust-Kamenogorsk.", (), [("Ust-Kamenogorsk", "KAZ")]),
        # wire style: the weekday after the town is not part of its name
        ("Negotiators met in Ndola Tuesday and agreed a timetable.", (), [("Ndola", "ZMB")]),
        ("In Bulawayo, the commission opened its session.", (), [("Bulawayo", "ZWE")]),
        # of several towns of one name, the one in a country the text names
        ("Norland and Venezuela met in Valencia.", ("VEN",), [("Valencia", "VEN")]),
        ("The ministers met in Valencia.", ("ESP",), [("Valencia", "ESP")]),
        # a camp near a town, a village outside one: mentions too (the events decide)
        ("A camp near Kisumu was closed.", (), [("Kisumu", "KEN")]),
    ],
    ids=["one-word", "particle", "other-name", "hyphenated", "weekday-after", "sentence-opening",
         "country-named", "other-country-named", "near"],
)
def test_find_towns(text, countries, expected):
    assert [(name, code) for _, _, name, code in find_towns(text, countries)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The accord was signed in March after a long winter.",  # a month
        "Nothing changed in Hamilton's view of the talks.",  # a possessive: a person
        # a word the text also writes in lower case is a common noun
        "Breakthrough in Deal Talks\nThe deal was signed by both sides.",
        "Talks Stall In Summit Over Water Rights",  # a title-cased heading's "In"
        "The berths at Kumasi were idle.",  # "at" places things as often as events
        "The committee met in Zelva on Friday.",  # no such town
    ],
    ids=["month", "possessive", "common-noun", "heading", "at", "unknown"],
)
def test_find_towns_none(text):
    assert find_towns(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norland and Sudland met in Kumasi on 3 May.", ("Kumasi", "Kumasi", "GHA")),
        # a town's name that holds a capital's or a country's: the town, not the shorter name
        ("The talks in Santo Domingo Este ended.", ("Santo Domingo Este", "Santo Domingo Este", "DOM")),
        ("The talks in New Amsterdam ended.", ("New Amsterdam", "New Amsterdam", "GUY")),
    ],
    ids=["unlisted", "longer-than-capital", "longer-than-country"],
)
def test_towns_are_place_mentions(text, expected):
    places = [(m["text"], m["norm"], m["country"]) for m in find_mentions(text)
              if m["kind"] in ("place", "country")]
    assert places == [expected]


def test_the_town_table_is_folded_names_and_country_codes():
    import pycountry

    from analysis.lexicon import fold_name
    from analysis.towns import town_countries

    index = town_countries()
    codes = {c.alpha_3 for c in pycountry.countries}
    assert len(index) > 100_000
    bad = [(name, countries) for name, countries in index.items()
           if fold_name(name) != name or not countries or not set(countries) <= codes
           or len(set(countries)) != len(countries)]
    assert bad == []
