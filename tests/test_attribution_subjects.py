"""Tests for analysis.attribution: who is the subject that speaks (a body by its head noun, an
office by its role, a document with an aside) and when a subject speaks for no claim."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.attribution import attribute_sentences
from analysis.sentences import split_sentences
from analysis.tagging import tag_articles


def _rows(text: str) -> list[dict]:
    articles = pd.DataFrame({"doc_id": ["d"], "text": [text], "title": [""]})
    sentences = split_sentences(articles)
    claims = attribute_sentences(articles, sentences, tag_articles(articles, sentences))
    return [{k: None if pd.isna(v) else v for k, v in row.items()}
            for row in claims.to_dict("records")]


def _table(text: str) -> list[tuple]:
    """(claimant, claimant_type) of each sentence of ``text``, None for a missing value."""
    return [(row["claimant"], row["claimant_type"]) for row in _rows(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Lisk Border Army held a drill on Monday. In a brief statement, the Army said the "
         "hotline had been used twice.", ("Lisk Border Army", "organisation")),
        ("The Ministry recalled that the first round in Tarsk had dealt with fishing rights.",
         ("the Ministry", "organisation")),
        ("No deal was reached on the pipeline, the mediators acknowledged.",
         ("the mediators", "organisation")),
        ("The government side confirmed the swap but said two names were still disputed.",
         ("the government side", "organisation")),
        ("The Velm Water Committee met on Monday. Some 40 km of the canal remain to be "
         "dredged, according to the Committee.", ("Velm Water Committee", "organisation")),
    ],
    ids=["the-army-said", "the-ministry-recalled", "closing-tag", "government-side",
         "according-to-the-committee"],
)
def test_a_body_speaks_by_its_head_noun(text, expected):
    assert _table(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The two sides said in Brenna that a fourth round is due.",
        "He met the army commanders in Zelva on Monday.",
        "→ the Velm side \"asked for\" a meeting of the leaders.",
    ],
    ids=["two-sides-joint", "object-not-subject", "no-verb-of-its-own"],
)
def test_a_body_noun_without_its_own_speech_is_no_body_speaking(text):
    assert _table(text)[-1][1] != "organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Jon Vale has not said whether the crossing at Lisk will reopen.",
        "Chile offered to host the round, but neither Peru nor Bolivia has confirmed a date.",
        "Ana Ruiz has yet to confirm the venue of the next round.",
    ],
    ids=["has-not-said", "neither-nor", "yet-to-confirm"],
)
def test_a_speaker_who_says_nothing_claims_nothing(text):
    assert _table(text) == [(None, None)]


def test_told_before_a_nationality_is_not_a_tag_of_the_country():
    text = ('Jon Vale, who came to Velm demanding "equal status" for both sides, told Chilean '
            "reporters that nothing was agreed.")
    assert _table(text)[0][1] != "organisation"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Norland Armed Forces kept their envoys at home for the round, saying the rebels "
         "must first leave the towns.", ("Norland Armed Forces", "organisation")),
        ("Foreign Minister Jon Vale declined to send anyone to the talks in Brenna, saying the "
         "timing was wrong.", ("Jon Vale", "named_official")),
        # a state acting is the outlet's account ("Chile suggested ..." is too)
        ("Chile turned the offer down, saying it came too late.", (None, None)),
    ],
    ids=["body-declined-saying", "person-saying", "state-saying"],
)
def test_a_participle_of_speech_after_a_comma_is_the_subjects(text, expected):
    assert _table(text)[-1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"Each round yields papers and no plan," said one Velm-based conflict researcher.',
         ("one Velm-based conflict researcher", "observers")),
        ("An analyst at the Lisk Institute said the deal on the canal was near.",
         ("An analyst", "observers")),
        ("Ana Ruiz, an economist at a Tarsk consultancy, said the new levy was steep.",
         ("Ana Ruiz", "observers")),
    ],
    ids=["said-one-researcher", "an-analyst-said", "economist"],
)
def test_an_observer_is_told_by_the_role(text, expected):
    assert _table(text)[-1] == expected


def test_an_observer_role_without_speech_claims_nothing():
    assert _table("A researcher from Tarsk was stopped at the crossing.") == [(None, None)]


def test_the_cue_of_an_insider_is_the_insider_not_the_request_for_anonymity():
    # the outcomes read a proposal verb in a cue ("requested") as a side's proposal
    row = _rows("A Chilean diplomat who requested anonymity as he had no leave to brief the "
                "press said Peru had floated a lease.")[0]
    assert (row["claimant_type"], row["cue"]) == ("anonymous_source", "A Chilean diplomat")


def test_the_one_an_outlet_quotes_as_saying_is_the_source():
    text = "The paper quoted a senior Chilean official as saying that the gap was still wide."
    assert _table(text) == [("a senior Chilean official", "anonymous_source")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chile, Peru and Bolivia issued a joint statement on Friday. The statement, released "
         "late on Friday 12 May (after a long day), called for a truce of three months.",
         ("joint statement", "joint_statement")),
        ("Velm's readout, put out late on Monday, described the round as tense.",
         ("Velm", "organisation")),
    ],
    ids=["statement-aside-called-for", "owners-readout-aside"],
)
def test_a_document_with_an_aside_does_what_documents_do(text, expected):
    assert _table(text)[-1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("LISK, June 18 (Tarsk Wire) -- Chile's chief negotiator in the dialogue with Peru said "
         "on Wednesday that the round had brought nothing new.",
         ("Chile's chief negotiator", "named_official")),
        ("Peru and the rebels agreed in principle to a roadmap on Wednesday, Chile's "
         "facilitator said after two days of talks.", ("Chile's facilitator", "named_official")),
        ("The Chilean foreign minister said the border would open in May.",
         ("The Chilean foreign minister", "named_official")),
    ],
    ids=["dateline-role-subject", "possessive-role-tag", "nationality-role-subject"],
)
def test_an_office_holder_by_role_is_no_country(text, expected):
    assert _table(text)[-1] == expected


def test_an_unnamed_insider_is_told_again_whatever_follows_the_role():
    text = ("Foreign Minister Jon Vale opened the session. A Chilean diplomat present at the "
            "round, speaking on condition of anonymity as the meetings were private, called the "
            'offer thin. "Not one route is settled," the diplomat said.')
    assert _table(text)[-1][1] == "anonymous_source"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Government officials stress that the treaty, once initialled, is closed to changes.",
         "anonymous_source"),
        ("The canal deal is still open, two people close to the round told the agency, asking "
         "not to be named.\n\nOne of them said the Peru delegation had resisted a demand.",
         "anonymous_source"),
        ("Foreign Minister Ana Ruiz thought a short meeting of the leaders in Zelva was "
         "plausible.", "named_official"),
        ("Foreign Minister Jon Vale reminded the delegates that the first round in Lisk had "
         "failed.", "named_official"),
    ],
    ids=["officials-stress", "one-of-them", "thought", "reminded"],
)
def test_more_ways_of_speaking(text, expected):
    assert _table(text)[-1][1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Zelva Times, citing Prime Minister Jon Vale's office, said Chile had stressed its "
         "duty to guard the border.", ("Office of Jon Vale", "organisation")),
        ("On trade, both ministers reaffirmed the aim of doubling it by 2030.",
         ("both ministers", "named_official")),
        ("Information Minister Ana Ruiz had posted that the round in Brenna had failed.",
         ("Ana Ruiz", "named_official")),
    ],
    ids=["citing-an-office", "both-ministers", "posted"],
)
def test_an_office_cited_both_office_holders_and_a_post(text, expected):
    assert _table(text)[-1] == expected
