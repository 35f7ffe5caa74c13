"""Tests for analysis.tagging: people named before an apposition or a relative clause and
their speech verb, photographers in a picture's credit, bylines in capitals before the
outlet, a code of law that is no person, and foreign ministries owned by a capital or by a
state the gazetteer does not know."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.sentences import split_sentences
from analysis.tagging import extract_actors, find_mentions, tag_articles


def _people(text: str) -> list[str]:
    """The norm of each person mention of ``text``."""
    return [m["norm"] for m in find_mentions(text) if m["kind"] == "person"]


def _bodies(text: str) -> list[tuple]:
    """(text, norm, country) of each organisation mention of ``text``."""
    return [(m["text"], m["norm"], m["country"]) for m in find_mentions(text)
            if m["kind"] == "organisation"]


def _actors(text: str) -> list[tuple]:
    """(name, kind) of each actor of ``text`` but countries."""
    articles = pd.DataFrame({"doc_id": ["d"], "text": [text], "title": [""]})
    actors = extract_actors(articles, tag_articles(articles, split_sentences(articles)))
    return [(row.name, row.kind) for row in actors.itertuples(index=False)
            if row.kind != "country"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a people's possessive opens the apposition
        ("Jon Vale, the rebels' chief negotiator on detainees, told reporters in Lisk that "
         "the lists were ready.", ["Jon Vale"]),
        ("Ana Ruiz, the insurgents' top official for relief, told a local radio station on "
         "Friday that no convoy had crossed.", ["Ana Ruiz"]),
    ],
    ids=["rebels-negotiator", "insurgents-official"],
)
def test_a_name_before_its_apposition_and_speech_verb_is_a_person(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In the old harbour of Zelva, Ana Ruiz, whose brother has been jailed since 2019, "
         "said she still had no news.", ["Ana Ruiz"]),
        ("Back in Tarsk, Ivo Sand, who was freed in the last swap, told the crowd that more "
         "should follow.", ["Ivo Sand"]),
    ],
    ids=["whose", "who"],
)
def test_a_relative_clause_between_a_name_and_its_speech_verb(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Talks resumed in Velm.\n\nPhoto: Delegates walk to the hall in Velm, May 2, 2024. "
         "REUTERS/Jon Vale\n\nThe sides met again.", ["Jon Vale"]),
        ("Talks resumed in Velm.\n\nPhoto: Freed men wave from a bus in Lisk, June 4, 2024 "
         "[Ana Ruiz/Reuters]\n\nThe sides met again.", ["Ana Ruiz"]),
        ("Talks resumed in Velm.\n\nPhoto: A guard at the border crossing. (AP Photo/Ivo "
         "Sand)\n\nThe sides met again.", ["Ivo Sand"]),
        # a picture library is no photographer
        ("Talks resumed in Velm.\n\nPhoto: A guard at the border crossing. AFP/Getty Images"
         "\n\nPhoto: Delegates in Lisk. REUTERS/Jon Vale\n\nThe sides met again.",
         ["Jon Vale"]),
    ],
    ids=["agency-first", "bracketed", "ap-photo", "picture-library"],
)
def test_the_photographer_of_a_credit_is_a_person(text, expected):
    assert _people(text) == expected


def test_a_byline_in_capitals_before_the_outlet_names_both_writers():
    text = ("By JON VALE and ANA AL-RUIZ Associated Press\n\nLISK (AP) - The two sides met "
            "again on Monday.")
    assert _people(text) == ["Jon Vale", "Ana Al-Ruiz"]


def test_a_code_of_law_is_no_person():
    text = "The sides argued over changes to Georgia's Criminal Code passed last spring."
    assert _people(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("According to Seoul's foreign ministry, the ministers spoke for an hour.",
         [("foreign ministry", "South Korea foreign ministry", "KOR")]),
        ("Jon Vale wrote on the website of the Velmari foreign ministry that talks were over.",
         [("Velmari foreign ministry", "Velmari foreign ministry", None)]),
        # a ministry's name in capitals is the organisation's as written
        ("The Zelva Water Ministry, in a letter, said the wages would be paid.",
         [("Zelva Water Ministry", "Zelva Water Ministry", None)]),
    ],
    ids=["capital-possessive", "unknown-state", "capitalised-name"],
)
def test_a_ministry_in_lower_case_takes_its_owner(text, expected):
    assert _bodies(text) == expected


def test_a_bare_ministry_joins_the_one_a_capital_owns():
    text = ("The ministers met in Velm, the foreign ministry said on Sunday. According to "
            "Seoul's foreign ministry, they spoke for an hour.")
    assert [a for a in _actors(text) if a[1] == "organisation"] == [
        ("South Korea foreign ministry", "organisation")]


def test_a_person_joined_by_and_to_a_states_body_is_cut_from_it():
    text = ("The session was attended by former ambassador Jon Vale and Israeli National "
            "Security Council official Ana Ruiz.")
    assert [b[1] for b in _bodies(text)] == ["Israeli National Security Council"]
    assert _people(text) == ["Jon Vale", "Ana Ruiz"]


def test_a_river_before_the_officials_speech_tag_is_no_person():
    text = "Troops will deploy south of the Velm River, the official said on Monday."
    assert _people(text) == []


def test_a_body_written_without_the_end_of_its_complement_is_the_longer_one():
    text = ("The Bureau for Energy Planning said the plant stayed open. Officials at the "
            "Bureau for Energy gave no reply.")
    assert [b[1] for b in _bodies(text)] == ["Bureau for Energy Planning"] * 2


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He is a Nova party leader who has been held since 2015.", ["Nova"]),
        ("Both joined the Coastal Fisheries Partnership (CFP) last year.",
         ["Coastal Fisheries Partnership"]),
    ],
    ids=["party-after-a", "partnership-initials"],
)
def test_bodies_named_by_a_head_after_a_or_by_initials(text, expected):
    assert [b[1] for b in _bodies(text)] == expected


def _outlets(text: str) -> list[str]:
    return [m["norm"] for m in find_mentions(text) if m["kind"] == "media"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Norwegian Army on Sunday said no talks had been held.", ["Norwegian Army"]),
        ("The soldier is in the custody of the Pakistan Rangers near Lisk.", ["Pakistan Rangers"]),
        ("The U.S. embassy in Beirut said in a statement that the session went well. The U.S. "
         "embassy gave no details.", ["U.S. embassy in Beirut"] * 2),
    ],
    ids=["army-before-a-date", "rangers", "embassy-in-city"],
)
def test_a_states_body(text, expected):
    assert [b[1] for b in _bodies(text)] == expected


def test_an_outlets_staff_byline_is_no_organisation():
    text = ("Talks ended in Velm.\n\nBy Al Jazeera Staff\nPublished On 3 May 2024\n\nThe two "
            "sides met again on Monday.")
    assert _bodies(text) == []
    assert _outlets(text) == ["Al Jazeera"]


def test_whom_an_unnamed_source_tells_after_a_quote_is_the_outlet():
    text = '"Nothing was settled," a source close to the president told Velmnet on Monday.'
    assert _outlets(text) == ["Velmnet"]


def test_initials_the_text_makes_plural_name_no_outlet_before_channel():
    text = ("The two DGMOs spoke by hotline on Monday. The swap was not linked to the DGMO "
            "channel, officials in Lisk said.")
    assert _outlets(text) == []


def test_a_head_noun_in_quotes_names_a_body():
    text = 'Officers of the ceasefire "Mechanism" met again in Velm on Monday.'
    assert [b[1] for b in _bodies(text)] == ["Mechanism"]


def test_a_demonym_for_nationals_before_a_comma_is_the_state():
    text = "The rebels will free 40 people, among them three Sudanese, a source told AFP."
    countries = [(m["norm"], m["role"]) for m in find_mentions(text) if m["kind"] == "country"]
    assert ("SDN", None) in countries


def test_a_demonym_after_then_before_a_title_is_an_office_once_held():
    text = "The 2008 truce was brokered by then French President Jon Vale in Velm."
    countries = [(m["norm"], m["role"]) for m in find_mentions(text) if m["kind"] == "country"]
    assert countries == [("FRA", "qualifier")]
