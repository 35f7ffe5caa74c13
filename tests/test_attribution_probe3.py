"""Tests for analysis.attribution: speakers a third probe found misread (an unnamed insider
with many modifiers, a reply, a closing tag over a speaker inside, an office holder told by
role and nation, "his office said", a body told again by its capitalised head noun)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.attribution import attribute_sentences
from analysis.sentences import split_sentences
from analysis.tagging import tag_articles


def _rows(text: str) -> list[tuple]:
    """(claimant, claimant_type) of each sentence of ``text``, None for a missing value."""
    articles = pd.DataFrame({"doc_id": ["d"], "text": [text], "title": [""]})
    sentences = split_sentences(articles)
    claims = attribute_sentences(articles, sentences, tag_articles(articles, sentences))
    return [tuple(None if pd.isna(row[k]) else row[k] for k in ("claimant", "claimant_type"))
            for row in claims.to_dict("records")]


def test_an_unnamed_insider_may_take_five_modifiers():
    text = ("A senior Chilean foreign ministry official, pressed on the gap between the two "
            "accounts, said only that fishing rights had come up.")
    assert _rows(text) == [("A senior Chilean foreign ministry official", "anonymous_source")]


def test_a_reply_is_speech():
    text = 'Ana Ruiz met the envoy in Lisk. Ruiz replied that the border law "is not up for talks".'
    assert _rows(text)[-1] == ("Ana Ruiz", "named_official")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Peru's foreign ministry said on Monday that talks had resumed. The Bolivian side said "
         "the detainees were held lawfully, the Peruvian foreign ministry said.",
         ("Peru foreign ministry", "organisation")),
        ("Peru's foreign ministry said on Monday that talks had resumed. Vale asked Lisk to "
         "reopen the crossing, and Ana Ruiz said Peru would weigh it, according to the "
         "ministry.", ("Peru foreign ministry", "organisation")),
        ("Ana Ruiz said the round would go on, Jon Vale told reporters in Tarsk.",
         ("Jon Vale", "named_official")),
    ],
    ids=["a-body-tag-over-a-side", "according-to-over-a-person", "a-person-tag-over-a-person"],
)
def test_a_closing_tag_reports_the_speaker_inside(text, expected):
    assert _rows(text)[-1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chilean Foreign Minister Jon Vale met Bolivian Foreign Minister Luis Sand in Brenna "
         "on Friday. The Chilean minister also pressed for a restart of stalled trade talks, "
         "saying tariffs should fall.", ("Jon Vale", "named_official")),
        ("Chilean Foreign Minister Jon Vale met Bolivian Foreign Minister Luis Sand in Brenna "
         "on Friday. The Bolivian minister also urged a swift return to the table, adding that "
         "his side was ready.", ("Luis Sand", "named_official")),
    ],
    ids=["the-chilean-minister", "the-bolivian-minister"],
)
def test_an_office_holder_told_by_role_and_nation_says_what_the_participle_says(text, expected):
    assert _rows(text)[-1] == expected


def test_a_role_and_nation_find_the_person_named_with_that_nation():
    text = ("Chilean Foreign Minister Jon Vale met Bolivian Foreign Minister Luis Sand in Brenna "
            "on Friday. The Bolivian foreign minister said the border talks would go on.")
    assert _rows(text)[-1] == ("Luis Sand", "named_official")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ana Ruiz held talks with Jon Vale in Tarsk on Friday and agreed to keep in touch on "
         "trade, her office said.", ("Office of Ana Ruiz", "organisation")),
        ("Foreign Minister Ana Ruiz flew to Velm. Ruiz held talks with Jon Vale on Friday and "
         "agreed to keep in touch on trade, her office said.",
         ("Office of Ana Ruiz", "organisation")),
    ],
    ids=["the-subject-named", "the-subject-by-one-name"],
)
def test_his_or_her_office_is_the_office_of_the_subject(text, expected):
    assert _rows(text)[-1] == expected


def test_a_capitalised_head_noun_tells_the_body_named_before_again():
    text = ("The Border Bureau said the sides had met in Velm. The round was chaired by the "
            "OSCE envoy, the OSCE said in a statement. According to the Bureau, roaming was "
            "settled.")
    assert _rows(text)[-1] == ("Border Bureau", "organisation")


def test_the_body_that_speaks_issues_the_press_release():
    text = ("Envoys of the OSCE and of the UN office in Velm sat in on the session, the Border "
            "Bureau said in a press release.")
    assert _rows(text) == [("Border Bureau", "organisation")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"Swaps come first," said Jon Vale, co-founder of the Lima Center for Strategic '
         "Studies.", [("Jon Vale", "observers")]),
        ("Ana Ruiz, a Chile specialist at the Lima Provincial Academy of Arts and Letters, "
         "told reporters the dispute showed different priorities.",
         [("a Chile specialist", "observers")]),
    ],
    ids=["a-think-tank-named-by-a-city", "a-specialist-at-an-academy"],
)
def test_think_tank_staff_and_specialists_are_observers(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Residents of Mosul said the shelling had stopped.",
         ("Residents of Mosul", "anonymous_source")),
        ("The market in Aden reopened on Sunday, residents said.",
         ("residents", "anonymous_source")),
    ],
    ids=["residents-of-a-city", "residents-in-a-tag"],
)
def test_residents_are_unnamed_sources(text, expected):
    assert _rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mediator said the parties had settled on a truce.",
         [("the mediator", "organisation")]),
        ("UN mediator Jon Vale arrived in Lisk on Monday. The mediator said the parties had "
         "settled on a truce.", [(None, None), ("Jon Vale", "named_official")]),
    ],
    ids=["no-mediator-named", "the-mediator-named-before"],
)
def test_the_mediator_speaks(text, expected):
    assert _rows(text) == expected
