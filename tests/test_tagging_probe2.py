"""Tests for analysis.tagging: people and bodies as news names them without a title before
the name (a body's possessive, a sentence that opens on a full name, a kinsman's word, a role
with a body's initials in brackets, initials without stops), and a state's bodies in lower
case, a head's office, long names of joint bodies with their initials, and outlets told
something under their initials."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.sentences import split_sentences
from analysis.tagging import extract_actors, find_mentions, tag_articles


def _people(text: str) -> list[tuple]:
    """(text, norm, role) of each person mention of ``text``."""
    return [(m["text"], m["norm"], m["role"]) for m in find_mentions(text)
            if m["kind"] == "person"]


def _bodies(text: str) -> list[tuple]:
    """(kind, text, norm, country) of each organisation or outlet mention of ``text``."""
    return [(m["kind"], m["text"], m["norm"], m["country"]) for m in find_mentions(text)
            if m["kind"] in ("organisation", "media")]


def _actors(text: str) -> list[tuple]:
    """(name, kind, role) of each actor of ``text`` but countries, None for a missing value."""
    articles = pd.DataFrame({"doc_id": ["d"], "text": [text], "title": [""]})
    actors = extract_actors(articles, tag_articles(articles, split_sentences(articles)))
    return [tuple(None if pd.isna(v) else v for v in row)
            for row in actors[["name", "kind", "role"]].itertuples(index=False)
            if row[1] != "country"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The round was co-chaired by the OSCE's Ana Ruiz and a Norland envoy.",
         [("Ana Ruiz", "Ana Ruiz", None)]),
        ("Talks were opened by NATO's Jon Vale in Lisk.", [("Jon Vale", "Jon Vale", None)]),
        ("The plan was drafted by the World Bank's Lena Hart before the vote.",
         [("Lena Hart", "Lena Hart", None)]),
        # letters beyond ASCII are letters of a name: ș, ğ
        ("The meeting was held with the UN's Doru Moșescu and the OSCE's Ece Sarıoğlu.",
         [("Doru Moșescu", "Doru Moșescu", None), ("Ece Sarıoğlu", "Ece Sarıoğlu", None)]),
    ],
    ids=["osce", "nato-no-the", "world-bank", "non-ascii-letters"],
)
def test_a_full_name_after_a_bodys_possessive_is_a_person(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ana Ruiz was detained on May 12 near Velm. Ruiz, who is 70, was freed later.",
         [("Ana Ruiz", "Ana Ruiz", None), ("Ruiz", "Ana Ruiz", None)]),
        ("Omar Said, 61, had been held for two years before his release.",
         [("Omar Said", "Omar Said", None)]),
        ("Lena Hart has led the Norland team since March, and she stays on.",
         [("Lena Hart", "Lena Hart", None)]),
        # no "he" or "she", no family name again: a firm, a group, a place
        ("Velm Steel has closed its plant in Lisk.", []),
        ("Nova Front had claimed the attack on the convoy.", []),
        ("Lake Zelva was the venue. Zelva is calm, he said.", []),
    ],
    ids=["detained-surname-later", "age-and-his", "has-led-she", "a-firm", "a-group", "a-lake"],
)
def test_a_sentence_that_opens_on_a_full_name_before_its_verb(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("His daughter, Ana Vale, said he had been beaten.", [("Ana Vale", "Ana Vale", "daughter")]),
        ("Her husband, Jon Vale, told reporters the family was not told.",
         [("Jon Vale", "Jon Vale", "husband")]),
        ("Ana Ruiz, his sister, said the court had refused bail.",
         [("Ana Ruiz", "Ana Ruiz", "sister")]),
        ("Jon Vale's wife, Ana Vale, said she had not seen him.",
         [("Jon Vale", "Jon Vale", None), ("Ana Vale", "Ana Vale", "wife")]),
    ],
    ids=["daughter-before", "husband-before", "sister-after", "wife-of-a-full-name"],
)
def test_a_kinsmans_word_and_a_name_between_commas(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The talks were co-facilitated by the head of the Velm Monitoring Mission (VMM), "
         "Jon Vale, and an envoy.",
         [("Jon Vale", "Jon Vale", "head of the Velm Monitoring Mission")]),
        ("The deputy head of the UN Office in Lisk (UNOL), Ana Ruiz, said the road was shut.",
         [("Ana Ruiz", "Ana Ruiz", "deputy head of the UN Office in Lisk")]),
        ("The round was co-chaired by Ana Ruiz, officials said.", [("Ana Ruiz", "Ana Ruiz", None)]),
    ],
    ids=["initials-in-brackets", "acronym-inside", "plural-title-is-no-role"],
)
def test_a_role_with_a_bodys_initials_before_a_name(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("External Affairs Minister R Vale met his counterpart. Vale said ties were better.",
         [("R Vale", "R Vale", "External Affairs Minister"),
          ("Vale", "R Vale", "External Affairs Minister")]),
        ("Chief Minister M K Ruiz opened the bridge.", [("M K Ruiz", "M K Ruiz", "Chief Minister")]),
        ("Defence Minister S. Hart said the border was calm.",
         [("S. Hart", "S. Hart", "Defence Minister")]),
    ],
    ids=["one-initial", "two-initials", "initial-with-stop"],
)
def test_initials_and_a_family_name_after_a_title(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Israeli military said it struck a depot.",
         [("organisation", "Israeli military", "Israeli military", "ISR")]),
        ("Israeli military officials said the strike was over.", []),
        ("The Lebanese army deployed south; the Lebanese army chief, Jon Vale, met them.",
         [("organisation", "Lebanese army", "Lebanese army", "LBN")]),
        ("Lebanon's presidency said the talks would resume.",
         [("organisation", "Lebanon's presidency", "Lebanese presidency", "LBN")]),
        ("The US embassy in Lisk issued a statement.",
         [("organisation", "US embassy", "US embassy", "USA")]),
        ("Prime Minister Jon Vale's office said the team would travel.",
         [("organisation", "office", "Prime Minister's Office", None)]),
        ("The Israeli Prime Minister's Office declined to comment.",
         [("organisation", "Prime Minister's Office", "Prime Minister's Office", "ISR")]),
        ("Norway's State Security Service said a man was held.",
         [("organisation", "State Security Service", "State Security Service", "NOR")]),
        ("The General Level Mechanisms met on Tuesday.",
         [("organisation", "General Level Mechanisms", "General Level Mechanisms", None)]),
        ("The head of the mission told OC Media that the meeting was calm.",
         [("media", "OC Media", "OC Media", None)]),
    ],
    ids=["demonym-military", "military-as-modifier", "army-not-army-chief", "possessive-presidency",
         "embassy", "holders-office-with-name", "prime-ministers-office", "state-opens-a-name",
         "general-opens-a-name", "told-initials-and-a-word"],
)
def test_a_states_bodies_offices_and_outlets(text, expected):
    assert _bodies(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Joint Mechanism for Consultation and Coordination on Norway-Sweden Border "
         "Affairs (JMCC) met in Lisk.",
         [("Joint Mechanism for Consultation and Coordination on Norway-Sweden Border Affairs",
           "organisation", None)]),
        ("The head of the EU Monitoring Mission (EUMM) said the line was calm.",
         [("European Union Monitoring Mission in Georgia", "organisation", None)]),
        ("Norway's foreign ministry welcomed the step. Notes released by the Ministry of "
         "External Affairs listed the points.",
         [("Norway foreign ministry", "organisation", None),
          ("Ministry of External Affairs", "organisation", None)]),
    ],
    ids=["joint-body-of-two-states", "full-name-before-known-initials",
         "a-states-own-ministry-name"],
)
def test_long_names_of_bodies(text, expected):
    assert _actors(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Velm's Prime Minister K P Ruiz Vale met the envoy.",
         [("K P Ruiz Vale", "K P Ruiz Vale", "Prime Minister")]),
        ("Eka Hart, whose father was detained, has appealed to the mission. Hart said she "
         "feared for him.", [("Eka Hart", "Eka Hart", None), ("Hart", "Eka Hart", None)]),
        ("The detainee's son, Omar Said, said his father was ill.",
         [("Omar Said", "Omar Said", "son")]),
        ("A spokesperson for the Velm Monitoring Mission (VMM), Lena Hart, said the line was "
         "quiet.", [("Lena Hart", "Lena Hart", "spokesperson for the Velm Monitoring Mission")]),
        ("The co-chairs of the Lisk Discussions (LD), Jon Vale and Ana Ruiz, met in Tarsk.",
         [("Jon Vale", "Jon Vale", None), ("Ana Ruiz", "Ana Ruiz", None)]),
    ],
    ids=["initials-before-a-long-name", "opening-name-whose-clause", "kin-of-a-noun",
         "a-spokesperson-for", "co-chairs-of-a-body-in-brackets"],
)
def test_neighbours_of_untitled_names(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The IMF's Article Four review is due.",
         [("organisation", "IMF", "International Monetary Fund", None)]),
        ("ASEAN's Five Point Consensus remains the basis.",
         [("organisation", "ASEAN", "ASEAN", None)]),
        ("The Human Rights Council met in Velm.",
         [("organisation", "Human Rights Council", "Human Rights Council", None)]),
        ("The Political and Security Committee met on Monday.",
         [("organisation", "Political and Security Committee",
           "Political and Security Committee", None)]),
    ],
    ids=["a-bodys-review", "a-bodys-consensus", "human-opens-a-name", "political-opens-a-name"],
)
def test_what_a_body_owns_and_words_that_open_its_name(text, expected):
    assert _bodies(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The talks with Pak Sun Ok ended early. Pak left Lisk by train.",
         [("Pak Sun Ok", "Pak Sun Ok", None), ("Pak", "Pak Sun Ok", None)]),
        ("Jon Vale met Ro Tae Un in Tarsk. Ro and Vale embraced.",
         [("Jon Vale", "Jon Vale", None), ("Ro Tae Un", "Ro Tae Un", None),
          ("Ro", "Ro Tae Un", None), ("Vale", "Jon Vale", None)]),
        ("Jon Vale said he would meet Ana Ruiz again.",
         [("Jon Vale", "Jon Vale", None), ("Ana Ruiz", "Ana Ruiz", None)]),
    ],
    ids=["family-name-first-alone", "family-name-first-and", "to-meet-a-full-name"],
)
def test_a_family_name_written_first_stands_alone(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Officers of the Lebanese and Israeli armies attended.",
         [("organisation", "Lebanese", "Lebanese army", "LBN"),
          ("organisation", "Israeli armies", "Israeli army", "ISR")]),
        ("The French and British navies held drills.",
         [("organisation", "French", "French navy", "FRA"),
          ("organisation", "British navies", "British navy", "GBR")]),
        ("The Lebanese and Israeli delegations met.", []),
    ],
    ids=["two-armies", "two-navies", "delegations-are-no-body"],
)
def test_two_states_and_one_plural_body_noun(text, expected):
    assert _bodies(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norland was represented by Jon Vale, a senior official of its security council.",
         [("Jon Vale", "Jon Vale", "senior official")]),
        ("A government official, Lena Hart, told reporters the deal was close.",
         [("Lena Hart", "Lena Hart", "government official")]),
        ("An official said the talks were over.", []),
    ],
    ids=["senior-official-after", "government-official-before", "unnamed-official"],
)
def test_an_official_is_a_role(text, expected):
    assert _people(text) == expected
