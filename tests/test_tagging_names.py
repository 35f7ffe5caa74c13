"""Tests for analysis.tagging: the names actors are given (bodies by the initials news
reads as their name, ministries in the order the text writes them)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.sentences import split_sentences
from analysis.tagging import extract_actors, tag_articles


def _frame(text: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    articles = pd.DataFrame({"doc_id": ["d"], "text": [text], "title": [""]})
    return articles, tag_articles(articles, split_sentences(articles))


def _actors(text: str, kind: str) -> list[str]:
    articles, mentions = _frame(text)
    actors = extract_actors(articles, mentions)
    return sorted(actors.loc[actors["kind"] == kind, "name"])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Observers from the Association of Southeast Asian Nations watched the vote in Velm.",
         ["ASEAN"]),
        ("The Caribbean Community (CARICOM) sent two envoys to Velm.", ["CARICOM"]),
        ("Leaders will meet again at the APEC summit in Lisk.", ["APEC"]),
        ("MONUSCO could help to verify the truce, Ana Ruiz said.", ["MONUSCO"]),
        ("The European Union and the EU envoy in Velm welcomed it.", ["European Union"]),
    ],
    ids=["words-named-by-initials", "words-and-initials", "initials", "un-mission",
         "initials-that-only-abbreviate"],
)
def test_a_body_is_named_as_news_usually_calls_it(text, expected):
    assert _actors(text, "organisation") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norway's foreign ministry said the talks would go on.", ["Norway foreign ministry"]),
        ("The Omani foreign ministry hosted the talks in Velm.", ["Oman foreign ministry"]),
        ("The Thai Defence Ministry denied it.", ["Thailand defence ministry"]),
        ("A spokesman for the Ministry of Foreign Affairs of Japan said so.",
         ["Japan Ministry of Foreign Affairs"]),
        ("The Omani foreign ministry hosted the talks. Later the Ministry of Foreign Affairs "
         "said they had ended.", ["Oman foreign ministry"]),
    ],
    ids=["possessive-state", "demonym", "defence", "ministry-of-state", "bare-ministry-folds"],
)
def test_a_ministry_keeps_the_word_order_of_the_text(text, expected):
    assert _actors(text, "organisation") == expected


def _people(text: str) -> list[str]:
    _, mentions = _frame(text)
    return sorted({norm for kind, norm in zip(mentions["kind"], mentions["norm"], strict=True)
                   if kind == "person"})


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He recalled the call between Foreign Minister Jon Vale and Ana Ruiz last week.",
         ["Ana Ruiz", "Jon Vale"]),
        ("The round opened in Velm with Piet Kamer and Foreign Minister Abel Dorn in two rooms.",
         ["Abel Dorn", "Piet Kamer"]),
        ("Hugh Tod of Norland and Foreign Minister Ivo Sand met in Lisk.", ["Hugh Tod", "Ivo Sand"]),
        ("Foreign Minister Jon Vale and Prime Minister Lena Tark met.", ["Jon Vale", "Lena Tark"]),
        ("Foreign Minister Jon Vale and Velm Harbour Authority staff met.", ["Jon Vale"]),
    ],
    ids=["after-a-titled-name", "before-a-titled-name", "with-the-side-after-of",
         "both-titled", "a-body-is-no-person"],
)
def test_a_full_name_joined_to_a_person_by_and_is_a_person(text, expected):
    assert _people(text) == expected


def test_a_plural_title_introduces_names_that_each_give_their_side_after_of():
    text = ("The two foreign ministers, Ivo Sand of Norland and Lena Tark of Sudland, sat down "
            "at the palace in Zelva.")
    assert _people(text) == ["Ivo Sand", "Lena Tark"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The experts were named, Norwegian state media reported.",
         [("Norway", "country"), ("Norwegian state media", "media")]),
        ("The crossing will open, according to Turkish Cypriot media.",
         [("Turkish Cypriot media", "media")]),
        ("Ana Ruiz told Norwegian media the crossing would open.",
         [("Ana Ruiz", "person")]),
        ("Norwegian state broadcaster NRK showed the signing.",
         [("NRK", "media"), ("Norway", "country")]),
    ],
    ids=["demonym-state-media", "two-demonyms-name-no-state", "press-spoken-to-is-no-source",
         "descriptor-of-a-name"],
)
def test_a_country_s_press_named_by_its_demonym_is_an_outlet(text, expected):
    articles, mentions = _frame(text)
    actors = extract_actors(articles, mentions)
    assert sorted(zip(actors["name"], actors["kind"], strict=True)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("FACT CHECK\n\nBy the Zelva Check team\n\nClaims about the talks spread fast.",
         ["Zelva Check"]),
        ("VELM/LISK, May 2 (ZNA) - Norland and Sudland met for a third day.", ["ZNA"]),
    ],
    ids=["byline-of-a-team", "dateline-of-two-towns"],
)
def test_outlets_that_sign_a_report(text, expected):
    assert _actors(text, "media") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Delivered by Ana Ruiz MP, Minister for Rivers, to the chamber.", ["Ana Ruiz"]),
        ("A letter from Jon Vale KC, the special envoy of Norland, was read out.", ["Jon Vale"]),
    ],
    ids=["member-of-parliament", "king-s-counsel"],
)
def test_letters_after_a_name_end_it_before_its_title(text, expected):
    assert _people(text) == expected


def test_a_letterhead_in_capitals_with_its_initials_names_a_body():
    text = ("ZELVA CIVILIAN PROTECTION FORUM (ZCPF)\n\nBriefing Note No. 4\n\n"
            "1. Officials told ZCPF that the talks had stalled. The Lisk Regional Forum opened.")
    assert _actors(text, "organisation") == ["Zelva Civilian Protection Forum"]
    assert _actors(text, "media") == []


def test_the_daily_opening_a_sentence_names_no_outlet_and_breaks_nothing():
    text = "LISK NEWS (Velm)\n\nThe daily said the talks had failed."
    assert _actors(text, "media") == ["Lisk News"]


def test_a_press_review_heading_in_capitals_names_an_outlet_a_banner_does_not():
    text = ("BREAKING NEWS\n\nPress review\n\nLISK CHRONICLE (Velm)\n\nThe paper said the talks "
            "had failed.\n\nNORWAY COURIER (Brenna)\n\nIt said the same.")
    assert _actors(text, "media") == ["Lisk Chronicle", "Norway Courier"]


def test_a_list_of_speakers_gives_each_name_its_role_on_its_line():
    text = ("Speakers\n\nDr. Ana Ruiz, senior fellow for Velm studies\n"
            "Jon Vale, former Norland official in charge of the north\n\n"
            "Ruiz said the talks had been useful.")
    _, mentions = _frame(text)
    people = mentions[mentions["kind"] == "person"]
    assert list(zip(people["norm"], people["role"], strict=True)) == [
        ("Ana Ruiz", "senior fellow for Velm studies"),
        ("Jon Vale", "former Norland official in charge of the north"),
        ("Ana Ruiz", "senior fellow for Velm studies")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # initials of a party or body between "the" and the title of an apposition
        ("Jon Vale, the veteran NPP politician leading the team, called the talks useful.",
         ["Jon Vale"]),
        # who stands for a side or goes with a delegation, written in full
        ("Norland was represented by Ana Ruiz and Jon Vale at the Velm round.",
         ["Ana Ruiz", "Jon Vale"]),
        ("Vale was accompanied by Ana Ruiz at the table in Velm.", ["Ana Ruiz"]),
        # a person joined by "and" to one found by a title, an apposition between them
        ("Chief negotiators Jon Vale, Norland's deputy prime minister for the river, and Ana "
         "Ruiz of Lisk met in Velm on Thursday.", ["Ana Ruiz", "Jon Vale"]),
        # a title then the name in apposition at the end of the sentence
        ("It was attended by the Ostrian leader, Ana Ruiz, and the minister for trade of "
         "Velmar, Tomas Berg.", ["Ana Ruiz", "Tomas Berg"]),
        # coming to the meeting, untitled
        ("Jon Vale arrived first, with a pin on his lapel. Ana Ruiz flew in from Lisk an "
         "hour later.", ["Ana Ruiz", "Jon Vale"]),
    ],
    ids=["initials-before-a-title", "represented-by", "accompanied-by",
         "joined-after-an-apposition", "apposed-at-the-end", "arrived-and-flew-in"],
)
def test_people_named_in_full_in_common_constructions(text, expected):
    assert _actors(text, "person") == expected


@pytest.mark.parametrize(
    "text",
    ["The talks were joined by Norland on Monday.", "Velm is represented by Lisk lawyers."],
    ids=["joined-by-one-word", "represented-by-a-town"],
)
def test_one_word_after_represented_or_joined_by_is_no_person(text):
    assert _actors(text, "person") == []


def test_an_outlet_is_named_by_the_initials_it_goes_by():
    articles, mentions = _frame("Jon Vale told DW in Velm that the talks were useful.")
    actors = extract_actors(articles, mentions)
    assert actors.loc[actors["kind"] == "media", "name"].tolist() == ["DW"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rioters attacked members of the ruling Velmo party in Lisk.", ["Velmo"]),
        ("The opposition Tarsko movement said it would not sign.", ["Tarsko"]),
        ("The Velmo party said it would sign.", ["Velmo"]),
    ],
    ids=["ruling-party", "opposition-movement", "plain-party"],
)
def test_a_party_is_named_by_the_word_before_its_head_after_a_qualifier(text, expected):
    assert _actors(text, "organisation") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The EU-facilitated meeting in Velm ended late.", ["European Union"]),
        ("UN-brokered talks on the river resumed in Lisk.", ["United Nations"]),
    ],
    ids=["eu-facilitated", "un-brokered"],
)
def test_a_body_that_brokers_or_facilitates_talks_is_an_actor(text, expected):
    assert _actors(text, "organisation") == expected
