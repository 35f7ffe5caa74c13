"""Tests for analysis.attribution: the speakers of negotiation news a probe found misread
(outlets told by what they are, a spokesperson for a body, a source's tag, bodies speaking in
a statement, speech after a negation, a quote relayed by an outlet)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.attribution import attribute_sentences
from analysis.sentences import split_sentences
from analysis.tagging import tag_articles


def _rows(text: str) -> list[tuple]:
    """(claimant, claimant_type, via) of each sentence of ``text``, None for a missing value."""
    articles = pd.DataFrame({"doc_id": ["d"], "text": [text], "title": [""]})
    sentences = split_sentences(articles)
    claims = attribute_sentences(articles, sentences, tag_articles(articles, sentences))
    return [tuple(None if pd.isna(row[k]) else row[k] for k in ("claimant", "claimant_type", "via"))
            for row in claims.to_dict("records")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("State television reported that the two leaders had agreed to meet again in Lisk.",
         ("state television", "media", None)),
        ("According to the official news agency, the delegations agreed on a prisoner swap.",
         ("official news agency", "media", None)),
        ("The state broadcaster said the talks in Velm had ended without a deal.",
         ("state broadcaster", "media", None)),
        ("The state news agency reported, citing a source in the delegation, that a truce was "
         "close.", ("a source in the delegation", "anonymous_source", "state news agency")),
        ("Ostria's state broadcaster showed the signing in Brenna.", (None, None, None)),
    ],
    ids=["state-television-reported", "according-to-the-official-news-agency",
         "the-state-broadcaster-said", "the-agency-that-cites", "a-broadcaster-that-shows"],
)
def test_an_outlet_told_by_what_it_is_speaks_as_the_media(text, expected):
    assert _rows(text) == [expected]


def test_press_reports_are_the_claimant_an_outlet_relays():
    text = ("VELM, May 2 (Reuters) - The sides met in Tarsk. According to press reports, the "
            "round was cut short.")
    assert _rows(text)[-1] == ("press reports", "media", "Reuters")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A spokesperson for the mediator said the next round had not been scheduled.",
         ("the mediator", "organisation", None)),
        ('"We are hopeful," a spokeswoman for the border commission told reporters.',
         ("the border commission", "organisation", None)),
        ("A statement from the mediator's office said the talks had been productive.",
         ("the mediator's office", "organisation", None)),
        ('"There is no agreement yet," the official said, speaking on condition of anonymity.',
         ("the official", "anonymous_source", None)),
        ("One person briefed on the negotiations said the sides had agreed on a truce line.",
         ("One person", "anonymous_source", None)),
        ("A senior Sudland diplomat said the map was still disputed.",
         ("A senior Sudland diplomat", "anonymous_source", None)),
    ],
    ids=["spokesperson-for-the-mediator", "spokeswoman-in-a-tag", "statement-from-an-office",
         "the-official-of-the-tag", "one-person-briefed", "a-diplomat-still-unnamed"],
)
def test_who_speaks_for_a_body_or_without_a_name(text, expected):
    assert _rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Foreign Minister Jon Vale was quoted by the Velm Herald as saying that the border "
         "issue had been resolved.", ("Jon Vale", "named_official", "Velm Herald")),
        ("The Velm Herald quoted Foreign Minister Ana Ruiz as saying the deal was close.",
         ("Ana Ruiz", "named_official", "Velm Herald")),
    ],
    ids=["was-quoted-by-as-saying", "quoted-as-saying"],
)
def test_a_quote_an_outlet_relays_is_the_speakers_via_the_outlet(text, expected):
    assert _rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Foreign Minister Jon Vale did not say when the talks would resume, but said the sides "
         "had agreed on an agenda.", ("Jon Vale", "named_official", None)),
        ("Foreign Minister Jon Vale would not say when the round ends, though he said the talks "
         "in Lisk were going well.", ("Jon Vale", "named_official", None)),
        ("Foreign Minister Jon Vale did not say when the talks would resume.", (None, None, None)),
    ],
    ids=["but-said", "though-he-said", "only-did-not-say"],
)
def test_speech_after_a_negated_verb_is_the_subjects(text, expected):
    assert _rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Norland delegation said in a statement that the talks had ended.",
         ("the Norland delegation", "organisation", None)),
        ("The mediators said in a statement that both sides had agreed to a truce.",
         ("the mediators", "organisation", None)),
        ("Mediators said the two sides had made progress on humanitarian issues.",
         ("the mediators", "organisation", None)),
        ("The mediator's office said the summit in Brenna had been postponed.",
         ("the mediator's office", "organisation", None)),
        ("The agreement, the ministry said, would be signed next month.",
         ("the ministry", "organisation", None)),
        ("Talks between Russia and Ukraine ended on Monday, the ministry said in a statement.",
         ("the ministry", "organisation", None)),
        ("Ukraine said in a statement that the talks in Velm had ended.",
         ("Ukraine", "organisation", None)),
        ("The Ukrainian delegation said in a statement that the talks had ended.",
         ("Ukraine", "organisation", None)),
        ("Russian authorities said the talks in Velm had ended.",
         ("Russia", "organisation", None)),
    ],
    ids=["a-delegation-in-a-statement", "mediators-in-a-statement", "mediators-no-article",
         "the-mediators-office", "the-ministry-aside", "not-a-country-in-the-clause",
         "a-state-in-a-statement", "a-states-delegation-in-a-statement",
         "national-authorities"],
)
def test_a_body_that_speaks_is_named_by_its_subject(text, expected):
    assert _rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Officials familiar with the negotiations said a deal on prisoners was close.",
         ("Officials familiar with the negotiations", "anonymous_source", None)),
        ("A person with direct knowledge of the talks said the draft was ready.",
         ("A person with direct knowledge of the talks", "anonymous_source", None)),
        ("Two officials briefed on the talks said the draft was ready.",
         ("Two officials", "anonymous_source", None)),
        ("Western analysts believe the ceasefire in Zelva will not hold.",
         ("analysts", "observers", None)),
        ("According to a Sudland government statement, the sides agreed to reopen the border.",
         ("Sudland government", "organisation", None)),
    ],
    ids=["officials-familiar-with", "a-person-with-direct-knowledge", "officials-counted",
         "analysts-believe", "a-government-statement"],
)
def test_sources_told_by_how_they_know_or_by_their_document(text, expected):
    assert _rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Foreign Minister Jon Vale said nothing about the border.", (None, None, None)),
        ("Foreign Minister Jon Vale said little else.", (None, None, None)),
        ("Foreign Minister Jon Vale said nothing had been agreed on the border.",
         ("Jon Vale", "named_official", None)),
    ],
    ids=["said-nothing-about", "said-little-else", "nothing-as-the-subject-of-what-is-said"],
)
def test_a_speaker_who_said_nothing_claims_nothing(text, expected):
    assert _rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Velm Herald, which first reported the deal, said the text had been agreed.",
         ("Velm Herald", "media", None)),
        ("A Sudland statement, issued on Monday, said the talks in Lisk had stalled.",
         ("Sudland", "organisation", None)),
        ("It is understood that the two sides have agreed on a timetable.",
         ("unnamed sources", "anonymous_source", None)),
        ("Foreign Minister Jon Vale hinted that a deal could be signed in Tarsk.",
         ("Jon Vale", "named_official", None)),
    ],
    ids=["a-relative-clause-with-its-own-verb", "a-states-statement-with-an-aside",
         "it-is-understood", "hinted"],
)
def test_a_speaker_behind_a_clause_an_aside_or_a_convention(text, expected):
    assert _rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Foreign Minister Jon Vale declined to say whether the talks in Velm had failed.",
         (None, None, None)),
        ("Foreign Minister Ana Ruiz refused to say when the next round would open.",
         (None, None, None)),
        ("Foreign Minister Jon Vale, said to be close to the president, did not attend.",
         (None, None, None)),
    ],
    ids=["declined-to-say", "refused-to-say", "said-to-be"],
)
def test_speech_declined_or_a_said_that_is_no_speech_claims_nothing(text, expected):
    assert _rows(text) == [expected]
