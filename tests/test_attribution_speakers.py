"""Tests for analysis.attribution: which speaker a pronoun, a role or a clause points to."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.attribution import attribute_sentences
from analysis.sentences import split_sentences
from analysis.tagging import tag_articles


def _table(text: str) -> list[tuple]:
    """(claimant, claimant_type) of each sentence of ``text``, None for a missing value."""
    articles = pd.DataFrame({"doc_id": ["d"], "text": [text], "title": [""]})
    sentences = split_sentences(articles)
    claims = attribute_sentences(articles, sentences, tag_articles(articles, sentences))
    return [tuple(None if pd.isna(row[k]) else row[k] for k in ("claimant", "claimant_type"))
            for row in claims.to_dict("records")]


_OSEI = ("Halima Osei", "observers")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Halima Osei, a researcher at the Lakeside Institute for Regional Studies, told us the "
         'gap was wide. "They are as far apart as ever," she said.', [_OSEI, _OSEI]),
        ("Halima Osei, an economist at the University of Tarsk, said the deal was close. She "
         "added that the tariff was the hard part.", [_OSEI, _OSEI]),
        ("Deputy Foreign Minister Jon Vale said the talks were useful. He added that the next "
         "round would be in May.", [("Jon Vale", "named_official")] * 2),
    ],
    ids=["researcher-then-she-said", "economist-then-she-added", "minister-then-he-added"],
)
def test_a_pronoun_keeps_the_type_of_the_person_it_stands_for(text, expected):
    assert _table(text) == expected


_INSIDER = ("A Western diplomat in Vienna", "anonymous_source")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Foreign Minister Jon Vale opened the session. A Western diplomat in Vienna, who "
         "requested anonymity, called the draft stuck. The diplomat said the preamble "
         "might be dropped.", [("Jon Vale", "named_official"), _INSIDER, _INSIDER]),
        ("Foreign Minister Jon Vale opened the session. A Western diplomat in Vienna, speaking "
         'off the record, called the draft stuck. "It will not move," he added.',
         [("Jon Vale", "named_official"), _INSIDER, _INSIDER]),
    ],
    ids=["the-diplomat-said", "he-added"],
)
def test_an_unnamed_insider_placed_somewhere_is_the_one_told_again(text, expected):
    assert _table(text)[1:] == expected[1:]


def test_a_pronoun_that_opens_a_sentence_speaks_for_the_country_after_it():
    text = ("Jon Vale, Chile's chief negotiator, told reporters the talks were hard. He said Chile "
            "also reiterated its call for the removal of a fence.")
    assert _table(text) == [("Jon Vale", "named_official")] * 2


def test_a_clause_after_comma_and_is_not_the_speech_of_the_body_before():
    text = ("Norland rejects the findings of the Lakeside Boundary Commission, and everyone "
            "says little is left to discuss.")
    assert _table(text) == [(None, None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Delegates of Chile and Peru met in Lima. They came only as observers; the session's "
         "communique states that the parties agreed to share river data.",
         [(None, None), ("joint statement", "joint_statement")]),
        ("Delegates of Chile and Peru met in Lima. The communiqué of the talks noted that the "
         "parties agreed to share river data.",
         [(None, None), ("joint statement", "joint_statement")]),
    ],
    ids=["meetings-communique", "communique-of-the-talks"],
)
def test_the_communique_of_a_meeting_is_both_sides(text, expected):
    assert _table(text) == expected


def test_attending_as_observers_claims_nothing():
    text = "Chile and Peru sent delegations, which attended as observers and said little."
    assert _table(text) == [(None, None)]


def test_the_texts_own_provisions_are_not_the_speakers_before():
    text = ("Under the accord, both states are to create a border mechanism within a month, "
            "Foreign Minister Jon Vale said. The text also asks that refugees be let home.")
    assert _table(text) == [("Jon Vale", "named_official"), (None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The two delegations met in Lima. The act further registers that both sides examined crops.",
        "The two delegations met in Lima. The joint minutes record that a survey starts in May.",
    ],
    ids=["act-registers", "minutes-record"],
)
def test_a_signed_record_of_the_talks_is_both_sides(text):
    assert _table(text) == [(None, None), ("joint statement", "joint_statement")]
