"""Tests for analysis.tagging: a day of the calendar is no person, a name before "and" and
the next person's title is no body, a seat of government before a title or a room of one is
no actor."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.sentences import split_sentences
from analysis.tagging import extract_actors, find_mentions, tag_articles


def _mentions(text: str, kind: str) -> list[str]:
    """The norm of each mention of ``kind`` in ``text``."""
    return [m["norm"] for m in find_mentions(text) if m["kind"] == kind]


def _actors(text: str) -> list[tuple]:
    """(name, kind) of each actor of ``text``."""
    articles = pd.DataFrame({"doc_id": ["d"], "text": [text], "title": [""]})
    actors = extract_actors(articles, tag_articles(articles, split_sentences(articles)))
    return [(row.name, row.kind) for row in actors.itertuples(index=False)]


@pytest.mark.parametrize(
    "text",
    [
        "Forty fishermen came home to Lisk on Harvest Day, President Jon Vale told the crowd.",
        "On Norland's Unity Day, 3 May, the two sides swapped the remains of nine soldiers.",
        "The guards were freed on Christmas Eve, Foreign Minister Ana Ruiz said in Velm.",
    ],
    ids=["name-title", "possessive", "eve"],
)
def test_a_day_of_the_calendar_is_no_person(text):
    people = _mentions(text, "person")
    assert not [p for p in people if p.endswith(("Day", "Eve"))]


def test_a_name_before_and_and_the_next_title_is_no_body():
    text = ("The team in Velm brought together envoy Piet Lund and Navy Secretary Jon Vale "
            "with a delegation from Sudland.")
    assert "organisation" not in {m["kind"] for m in find_mentions(text)}
    assert _mentions(text, "person") == ["Piet Lund", "Jon Vale"]


def test_a_council_with_and_before_a_title_keeps_its_name():
    text = ("The delegation was headed by Peace and Security Council Secretary Jon Vale, "
            "officials in Velm said.")
    assert "Peace and Security Council" in _mentions(text, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "Kremlin aide Jon Vale said the call with Norland lasted an hour.",
        "The Kremlin spokesman, Jon Vale, told reporters in Velm the date was not set.",
        "Kremlin foreign policy aide Jon Vale said Norland's offer was unconstructive.",
    ],
    ids=["aide", "the-spokesman", "foreign-policy-aide"],
)
def test_a_seat_of_government_before_a_title_is_no_actor(text):
    assert ("Kremlin", "organisation") not in _actors(text)


def test_a_seat_of_government_that_speaks_is_an_actor():
    text = "The White House said on Friday that talks with Norland would resume in Velm."
    assert ("White House", "organisation") in _actors(text)


@pytest.mark.parametrize(
    "text",
    [
        "President Jon Vale received Ana Ruiz in the Oval Office on Monday.",
        "An Oval Office meeting between Jon Vale and Ana Ruiz ended in a row over Norland.",
    ],
    ids=["in-the-room", "room-before-noun"],
)
def test_a_room_of_a_seat_of_government_is_no_actor(text):
    assert "organisation" not in {kind for _, kind in _actors(text)}


def test_an_outlets_initials_are_that_outlet():
    text = ("European Pravda keeps a log of the talks in Velm. \"There is no common text yet,\" "
            "a source in the delegation told EP on Sunday.")
    media = _mentions(text, "media")
    assert media and set(media) == {"European Pravda"}


def test_a_word_that_describes_an_outlet_is_no_outlet():
    text = ("Speaking to the Velmar 24 TV channel, Foreign Minister Jon Vale said the talks "
            "in Lisk had gone well.")
    assert "TV" not in _mentions(text, "media")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Three days later Ana Ruiz returned to Velm with four ministers. The visit was short, "
         "and Ruiz left before the vote.", ["Ana Ruiz"]),
        ("The draft, written by Jon Vale with help from the mediators, reached Lisk on Monday. "
         "Vale and his team then flew to Tarsk.", ["Jon Vale"]),
        ("Norland sent a team to talks with Piet Lund, Ana Ruiz and Jon Vale in Zelva. Lund "
         "chaired them; Vale took notes.", ["Piet Lund", "Jon Vale"]),
    ],
    ids=["returned", "written-by-with", "list"],
)
def test_a_full_name_the_text_names_again_by_its_last_word_is_a_person(text, expected):
    people = set(_mentions(text, "person"))
    assert set(expected) <= people


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Velm Steel Corp. rose, and Steel traders in Lisk were pleased.",
        "The deal was signed at the Lisk Grand Hotel on Friday. Hotel staff said the rooms "
        "were full.",
        "Investors sold Norland Mining Inc shares. Mining output fell.",
    ],
    ids=["corp", "hotel", "inc"],
)
def test_a_firm_or_a_building_named_again_is_no_person(text):
    assert _mentions(text, "person") == []


def test_the_treasury_is_named_with_its_department():
    text = "The Treasury Department said new sanctions on Sudland would follow."
    assert ("US Treasury Department", "organisation") in _actors(text)


@pytest.mark.parametrize(
    "text",
    [
        "In a message on his official Telegram channel, Jon Vale said the border was calm.",
        "Bay states, among them Norland, have praised the deal reached in Velm.",
        "Col Jon Vale, commander of the Third Army Region, said the guns were silent.",
    ],
    ids=["platform", "feature-noun", "territory-noun"],
)
def test_a_platform_or_a_word_for_a_kind_of_place_is_no_person(text):
    people = _mentions(text, "person")
    assert not [p for p in people if p in ("Telegram", "Bay", "Region")]
    assert "Telegram" not in _mentions(text, "media")


def test_a_modifier_before_a_head_word_names_a_body():
    text = "The talks were led by Jon Vale, the head of the Presidential Office in Velm."
    assert "Presidential Office" in _mentions(text, "organisation")


def test_a_ministry_keeps_the_spelling_of_its_domain():
    text = "The Norwegian Ministry of Defense said 40 soldiers had come home to Lisk."
    assert _mentions(text, "organisation") == ["Norway Ministry of Defense"]


def test_a_style_written_alone_names_the_person_it_styles():
    text = ("Samdech Thipadei Jon Vale, the Prime Minister of Norland, met the Sudland envoy "
            "in Velm. Samdech Thipadei said the border was calm.")
    people = [m for m in find_mentions(text) if m["kind"] == "person"]
    assert [p["norm"] for p in people] == ["Jon Vale", "Jon Vale"]


def test_an_armed_service_before_a_title_is_no_actor():
    text = ("Norland's envoy Jon Vale and Navy Secretary Ana Ruiz met the Sudland side in "
            "Velm, where US Army Secretary Piet Lund joined them.")
    bodies = [name for name, kind in _actors(text) if kind == "organisation"]
    assert "US Army" not in bodies


def test_a_states_body_before_a_time_word_is_a_body():
    text = "Sudland rejected claims made by the Norwegian army this morning that it had fired."
    assert "Norwegian army" in _mentions(text, "organisation")


def test_a_states_embassy_by_its_possessive_keeps_its_city():
    text = "Norway's embassy in Nairobi also welcomed the outcome of the talks in Velm."
    assert _mentions(text, "organisation") == ["Norwegian embassy in Nairobi"]


def test_a_known_outlet_inside_a_longer_name_is_that_name():
    text = "Norwegian BBC World reported that the talks in Velm had ended without a deal."
    assert _mentions(text, "media") == ["Norwegian BBC World"]


def test_an_acronym_written_as_a_word_is_the_body():
    text = "Speaking as Asean chair, Jon Vale said Norland and Sudland would meet in Velm."
    assert ("ASEAN", "organisation") in _actors(text)


def test_a_full_name_before_who_is_a_person():
    text = ("The team went to Velm without Piet Lund, who had chaired the first round, and "
            "came back with a draft.")
    assert "Piet Lund" in _mentions(text, "person")


def test_a_place_before_who_is_no_person():
    text = "Aid reached farmers from Upper Velm, who had waited for weeks in the cold."
    assert _mentions(text, "person") == []


@pytest.mark.parametrize("surface", ["Dolmabahçe", "Dolmabahce", "Çırağan", "Ciragan"])
def test_a_palace_of_the_talks_is_known_without_the_word_palace(surface):
    found = [m for m in find_mentions(f"The envoys of Norland met at {surface} on Monday.")
             if m["kind"] == "place"]
    assert [(m["text"], m["norm"].endswith("Palace")) for m in found] == [(surface, True)]
