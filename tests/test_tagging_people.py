"""Tests for analysis.tagging: people named after plural or long titles and speech tags,
bodies on a letterhead, and demonyms that name a language."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.sentences import split_sentences
from analysis.tagging import tag_articles


def _mentions(text: str) -> list[tuple[str, str]]:
    """(kind, norm) of each mention of ``text``."""
    articles = pd.DataFrame({"doc_id": ["d"], "text": [text], "title": [""]})
    mentions = tag_articles(articles, split_sentences(articles))
    return list(zip(mentions["kind"], mentions["norm"], strict=True))


def _people(text: str) -> list[str]:
    return [norm for kind, norm in _mentions(text) if kind == "person"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Velm, 3 May - The presidents of Norland and Ostria, Jon Vale and Ana Ruiz, today "
         "signed the river treaty.", ["Jon Vale", "Ana Ruiz"]),
        ("In May the chairmen of the security boards of both states, Ivo Sand and Lena Tark, "
         "announced the end of the talks.", ["Ivo Sand", "Lena Tark"]),
        ("The presidents of the two states, Norland and Ostria, met in Velm.", []),
    ],
    ids=["presidents-of-two-states", "chairmen-of-boards", "states-are-no-people"],
)
def test_a_plural_title_with_its_complement_introduces_the_names_after_it(text, expected):
    assert _people(text) == expected


def test_a_long_title_in_apposition_introduces_the_name_after_its_comma():
    text = ("The treaty is complete, said the head of the Norland government team on the "
            "marking of the state border, Piet Marek Kol, on Monday.")
    assert _people(text) == ["Piet Marek Kol"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"We waited long for this," said villager Tomas Brenn.', ["Tomas Brenn"]),
        ('"We waited long for this," said on Monday Tomas Brenn.', []),
    ],
    ids=["said-villager-name", "said-on-a-day"],
)
def test_a_role_in_lower_case_between_said_and_a_full_name(text, expected):
    assert _people(text) == expected


def test_a_body_on_a_letterhead_ends_with_its_line():
    text = "Republic of Norland\nDepartment of Foreign Affairs\nPRESS RELEASE\n\nTalks went well."
    assert ("organisation", "Department of Foreign Affairs") in _mentions(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("[Translated from Russian. Names are as in the original.]", []),
        ("The letter was published in Russian and in English.", []),
        ("The troops withdrew from Russian territory.", [("country", "RUS")]),
    ],
    ids=["translated-from", "published-in", "from-an-adjective"],
)
def test_a_demonym_that_names_a_language_is_no_country(text, expected):
    assert [m for m in _mentions(text) if m[0] == "country"] == expected


def test_a_long_title_of_thirteen_words_before_the_name():
    text = ("The map is complete, said the head of the Norland government team on the survey "
            "and marking of the state border, Piet Marek Kol, on Monday.")
    assert _people(text) == ["Piet Marek Kol"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ANCHOR (Ana Ruiz): Good evening from Velm.", ["Ana Ruiz"]),
        ("HOST (Ana Ruiz, Velm): Good evening from Velm.", ["Ana Ruiz"]),
    ],
    ids=["label-name", "label-name-place"],
)
def test_a_transcript_label_in_capitals_names_its_speaker(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On 5 May I appointed Jon Marek Vale as my Personal Envoy on the river.",
         ["Jon Marek Vale"]),
        ("The board named Lena Tark as its new chair.", ["Lena Tark"]),
        ("The board named Lisk Harbour as its new port of call.", []),
    ],
    ids=["appointed-as-envoy", "named-as-chair", "named-as-no-title"],
)
def test_an_appointment_names_a_person_and_their_title(text, expected):
    assert _people(text) == expected


def test_a_byline_names_its_wire_service():
    text = "By Staff Reporter | Velm Wire\n\nThe talks went well."
    assert ("media", "Velm Wire") in _mentions(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Foreign Minister Omar al-Rashid spoke first. “It went well,” al-Rashid said.",
         ["Omar al-Rashid", "Omar al-Rashid"]),
        ("Foreign Minister Omar al-Rashid spoke first. The talks went well, said al-Rashid.",
         ["Omar al-Rashid", "Omar al-Rashid"]),
        # a place or a building with the article is nobody
        ("Foreign Minister Omar al-Rashid spoke first. The al-Noor mosque was closed.",
         ["Omar al-Rashid"]),
    ],
    ids=["after-a-quote", "after-said", "another-al-name-control"],
)
def test_a_surname_with_the_arabic_article_is_the_person_named_before(text, expected):
    assert _people(text) == expected
