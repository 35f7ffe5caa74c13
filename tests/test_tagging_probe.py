"""Tests for analysis.tagging: people, their roles and affiliations, and bodies as wire stories
and ministry readouts name them (headings above a name, honorifics, family names written
first, titles in capitals after a name, a state's service or ministry before a title)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.sentences import split_sentences
from analysis.tagging import extract_actors, find_mentions, tag_articles


def _people(text: str) -> list[tuple]:
    """(norm, role, affiliation) of each person mention of ``text``."""
    return [(m["norm"], m["role"], m["affiliation"]) for m in find_mentions(text)
            if m["kind"] == "person"]


def _actors(text: str) -> list[tuple]:
    """(name, kind, role, affiliation) of each actor of ``text``, None for a missing value."""
    articles = pd.DataFrame({"doc_id": ["d"], "text": [text], "title": [""]})
    actors = extract_actors(articles, tag_articles(articles, split_sentences(articles)))
    return [tuple(None if pd.isna(v) else v for v in row)
            for row in actors[["name", "kind", "role", "affiliation"]].itertuples(index=False)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Negotiations resume in Lisk\nJon Vale and Ana Ruiz met on Monday in Lisk.",
         [("Jon Vale", None, None), ("Ana Ruiz", None, None)]),
        ("Ceasefire Holds\nAna Ruiz said on Monday the truce held.", [("Ana Ruiz", None, None)]),
        ("For the Republic of Ghana\nHon. Ana Lopes\nMinister of Foreign Affairs",
         [("Ana Lopes", None, "GHA")]),
        ("The talks in the river town went on late into the night on Monday, and at the end "
         "Jon\nVale said the sides had agreed on the text of the protocol and its annex.",
         [("Jon Vale", None, None)]),
    ],
    ids=["heading-above-met", "heading-above-said", "signature-line-below", "wrapped-line"],
)
def test_a_name_does_not_run_over_the_end_of_a_short_line(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cambodian leader Hun Sen said Phnom Penh wanted peace.",
         [("Hun Sen", "leader", "KHM")]),
        ("Singapore's Defence Minister Ng Eng Hen met the envoy.",
         [("Ng Eng Hen", "Defence Minister", "SGP")]),
        ("Sen. Jon Vale said the treaty would pass.", [("Jon Vale", "Sen.", None)]),
    ],
    ids=["hun-sen", "ng-eng-hen", "sen-with-its-stop"],
)
def test_a_title_written_only_with_its_stop_is_a_name_without_it(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mrs Lena Hart, the chief negotiator, said the text was final.",
         [("Lena Hart", "chief negotiator", None)]),
        ("Ms Ruiz, Kenya's ambassador to the United Nations, spoke first.",
         [("Ruiz", "ambassador to the United Nations", "KEN")]),
        ("Sheikh Jon Vale Al Sabah, Kuwait's prime minister, hosted the talks.",
         [("Jon Vale Al Sabah", "prime minister", "KWT")]),
        ("Dr. Omar Said, a professor at the University of Velm, said the deal was fragile.",
         [("Omar Said", "professor at the University of Velm", None)]),
    ],
    ids=["mrs-full-name", "ms-surname", "sheikh-style", "dr-full-name"],
)
def test_an_honorific_before_a_name_keeps_the_role_after_it(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ana Ruiz, Foreign Minister of Kenya, said talks would resume.",
         [("Ana Ruiz", "Foreign Minister of Kenya", "KEN")]),
        ("Jon Vale, Deputy Prime Minister and Foreign Minister of Malaysia, met the envoy.",
         [("Jon Vale", "Deputy Prime Minister and Foreign Minister of Malaysia", "MYS")]),
        ("Jon Vale, the Deputy Prime Minister, met the envoy.",
         [("Jon Vale", "Deputy Prime Minister", None)]),
        ("Jon Vale, Special Envoy for the Horn of Africa, met the envoy.",
         [("Jon Vale", "Special Envoy for the Horn of Africa", None)]),
        ("Jon Vale, a senior Kenyan diplomat, met the envoy.", [("Jon Vale", "diplomat", "KEN")]),
    ],
    ids=["foreign-minister-of", "two-offices", "the-deputy", "special-envoy", "demonym-kept"],
)
def test_a_title_in_capitals_after_a_name_is_the_whole_title(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sudan's army chief Abdel Fattah al-Burhan rejected the proposal.",
         [("Abdel Fattah al-Burhan", "army chief", "SDN")]),
        ("Velmar's rebels met Myanmar's military leader Min Aung Hlaing in the capital.",
         [("Min Aung Hlaing", "military leader", "MMR")]),
        ("The European Union's foreign policy chief, Kaja Kallas, urged restraint.",
         [("Kaja Kallas", "foreign policy chief", None)]),
        ("The Turkish Foreign Ministry spokesperson, Öncü Keçeli, said Ankara was ready.",
         [("Öncü Keçeli", "spokesperson", "TUR")]),
        ("Lao Prime Minister Sonexay Siphandone met the envoy.",
         [("Sonexay Siphandone", "Prime Minister", "LAO")]),
        ("Ana Ruiz, 54, a veteran diplomat, was appointed envoy in March.",
         [("Ana Ruiz", "diplomat", None)]),
    ],
    ids=["army-chief", "military-leader", "foreign-policy-chief", "ministry-spokesperson",
         "lao-demonym", "age-before-role"],
)
def test_the_role_and_the_state_a_title_gives(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chinese Premier Li Qiang met the envoy. Li said the talks were useful.",
         [("China", "country", None, None), ("Li Qiang", "person", "Premier", "China")]),
        ("South Korean President Lee Jae-myung met the envoy. Lee said the summit went well.",
         [("South Korea", "country", None, None),
          ("Lee Jae-myung", "person", "President", "South Korea")]),
    ],
    ids=["li", "lee"],
)
def test_a_short_family_name_written_first_is_the_person_named_in_full(text, expected):
    assert _actors(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The meeting was attended by Tomas Brenn and Lena Hart.",
         [("Tomas Brenn", "person", None, None), ("Lena Hart", "person", None, None)]),
        ("The talks were attended by Tomas Brenn of the UN and Lena Hart of the African Union.",
         [("Tomas Brenn", "person", None, None), ("United Nations", "organisation", None, None),
          ("African Union", "organisation", None, None)]),
        ("The Ministry of Foreign Affairs of Malaysia said the talks would resume. Wisma Putra "
         "said both sides had agreed.",
         [("Malaysia", "country", None, None),
          ("Malaysia Ministry of Foreign Affairs", "organisation", None, "Malaysia")]),
        ("Sheikh Jon Vale Al Sabah, Kuwait's prime minister, hosted the talks. Sheikh Jon said "
         "the parties had agreed.",
         [("Jon Vale Al Sabah", "person", "prime minister", "Kuwait"),
          ("Kuwait", "country", None, None)]),
    ],
    ids=["attended-by-two", "of-the-un-and-of-the-au", "ministry-by-its-building",
         "style-is-no-role"],
)
def test_actors_as_the_text_names_them(text, expected):
    assert _actors(text) == expected
