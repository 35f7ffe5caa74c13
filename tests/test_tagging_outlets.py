"""Tests for analysis.tagging: the story's own outlet (its masthead in capitals, the agency of
a dateline in title case, the paper a source talks to) and adjectives of place before names."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.sentences import split_sentences
from analysis.tagging import find_mentions, tag_articles


def _mentions(text: str) -> list[tuple[str, str]]:
    """(kind, norm) of each mention of ``text``."""
    articles = pd.DataFrame({"doc_id": ["d"], "text": [text], "title": [""]})
    mentions = tag_articles(articles, split_sentences(articles))
    return list(zip(mentions["kind"], mentions["norm"], strict=True))


def _named(text: str, kind: str) -> list[str]:
    return [norm for k, norm in _mentions(text) if k == kind]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("THE WEEKEND REVIEW\n\nBy a Correspondent\n\nNorland and Ostria resumed their river "
         "talks in Velm on Monday.", ["Weekend Review"]),
        ("LISK VALLEY MONITOR\n\nThe two delegations met in Velm for a third round that ended "
         "without a text.", ["Lisk Valley Monitor"]),
        # a word that ends an outlet's name only on a masthead names none in the body
        ("The delegations met in Velm.\n\nThe ministers will discuss the Defence Review in May, "
         "the ministry said.", []),
        ("Norland and Ostria met in Velm.\n\n\n\n\n\n\n\n\n\nBORDER POLICY REVIEW\n\nThe "
         "ministers will meet again.", []),
    ],
    ids=["the-weekend-review", "valley-monitor", "review-in-the-body", "heading-far-down"],
)
def test_a_masthead_in_capitals_at_the_top_names_the_outlet(text, expected):
    assert _named(text, "media") == expected


def test_a_title_case_dateline_gives_its_agency_in_initials():
    text = ("Brenna City, 4 May (ZNA). – Norland and Ostria agreed to widen their trade list, "
            "the ministry reported on Thursday.")
    assert _named(text, "media") == ["ZNA"]


def test_a_name_in_brackets_after_a_person_is_no_agency():
    text = "Jon Vale, 4 May (Norland) - the talks went on in Velm, officials said."
    assert _named(text, "media") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("An official close to the talks told Lantern that Norland had tabled a draft on the "
         "river.", ["Lantern"]),
        # a person named in full before is told by surname: no outlet
        ("Jon Vale chaired the session. A delegate later told Vale that the draft was ready.",
         []),
        # a named teller may tell a leader
        ("The Norland envoy told Marek that the offer stood.", []),
        # a place or a body told something is neither
        ("The envoy told Reuters that the talks would go on.", ["Reuters"]),
        ("According to Lantern, the talks will go on.", []),
    ],
    ids=["told-a-paper", "told-a-person", "the-envoy-told-a-leader", "told-a-known-outlet",
         "according-to-a-word"],
)
def test_whom_a_source_tells_by_one_name_is_an_outlet(text, expected):
    assert _named(text, "media") == expected


def test_an_adjective_of_place_before_a_title_is_no_name():
    text = ('"The river deal buys time and little else," said Velm-based political analyst '
            'Ana Ruiz. "The rest is still open."')
    assert "Velm-based" not in _named(text, "person")
    assert "Ana Ruiz" in _named(text, "person")


def test_a_leader_named_family_name_first_is_told_by_it():
    text = ("Foreign Minister Li Wen of Ostria took the call. A Norland minister told Li that "
            "nothing had changed.")
    assert _named(text, "media") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"The river is the whole question," Ana Ruiz of the Institute for River Studies in '
         "Velm told AFP.", ["Ana Ruiz"]),
        ("Ana Ruiz of the Velm Policy Centre said the talks had stalled.", ["Ana Ruiz"]),
        # a body's own office, or its staff in the plural, names no person
        ("The Office of the Lisk River Commission said the talks had stalled.", []),
        ("Officials of the Velm Policy Centre said the talks had stalled.", []),
    ],
    ids=["name-of-institute-in-town-told", "name-of-centre-said", "office-of-a-body",
         "officials-of-a-body"],
)
def test_a_person_named_with_their_body_before_a_speech_verb(text, expected):
    assert _named(text, "person") == expected


def test_a_channel_its_owner_posts_on_is_no_outlet():
    text = "In a post on its Velmgram channel, the front said it would sign in Lisk."
    assert [m["text"] for m in find_mentions(text) if m["kind"] == "media"] == []
