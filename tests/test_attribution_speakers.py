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


_SCRIPT = (
    "[ITEM 3 - FERRY TALKS - TRT 2'05\" - LIVE + SOT]\n\n"
    "ANCHOR (ANA RUIZ): The ferry talks in Velm closed at noon. Fishing quotas were left "
    "for spring.\n\n"
    "SOUNDBITE (JON VALE, DEPUTY INFRASTRUCTURE MINISTER, CHILE - IN SPANISH, VOICE-OVER): "
    '"Travellers get a second boat. We signed for it."\n\n'
    'REPORTER: A source in the Peruvian delegation told us the quota plan was "shelved".'
    "\n\nSOUNDBITE (MARCO DIAZ, DEPUTY MINISTER, PERU - IN SPANISH, VOICE-OVER): \"Quotas "
    'wait for spring."'
)


def test_a_scripts_cue_gives_its_lines_to_the_speaker_it_names():
    assert _table(_SCRIPT) == [
        (None, None),
        ("Ana Ruiz", "media"), ("Ana Ruiz", "media"),
        ("Jon Vale", "named_official"),
        ("A source in the Peruvian delegation", "anonymous_source"),
        ("Marco Diaz", "named_official"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Analysts at Velm Harbour Research called the accord useful but said the quota was "
         "not.", ("Velm Harbour Research", "observers")),
        ("Experts from the Lisk Institute said the deal was weak.",
         ("Lisk Institute", "observers")),
        ("Officials at the Lisk Institute said the deal was weak.",
         ("Lisk Institute", "organisation")),
    ],
    ids=["analysts-at-a-firm", "experts-from-an-institute", "officials-at-a-body"],
)
def test_analysts_at_a_body_are_observers(text, expected):
    assert _table(text) == [expected]


def test_the_unnamed_official_again_not_the_country_before_the_tag():
    text = ("According to a Chilean official who asked not to be named, the quota is shelved. "
            "Ferries will still run to Peru in May, the official said.")
    assert _table(text) == [("a Chilean official", "anonymous_source")] * 2


_LETTERS = (
    "Sir, the quota deal is fragile. Lisk boats still wait.\n\nJane Holloway\nLisk, Norland\n\n"
    "The ferry pact will not last the winter.\n\nPedro Ibanez\n"
    "Former ambassador, Velm\n\n"
    "The pact is sound.\n\nMarco Diaz\nForeign Minister, Norland"
)


def test_a_letters_writer_signed_at_its_foot_claims_its_sentences():
    assert _table(_LETTERS) == [
        ("Jane Holloway", "observers"), ("Jane Holloway", "observers"), (None, None),
        (None, None), ("Pedro Ibanez", "observers"), (None, None), (None, None),
        (None, None), (None, None), (None, None),
    ]


def test_a_translated_storys_low_opening_mark_keeps_the_quotes_in_step():
    text = ("„Velu mara tosk.” — \"The boats will sail,\" Vale told reporters. (Translated by "
            "Ana Ruiz.)\n\nQuotas come next. Nets stay banned.\n\n"
            'Roe said "the pact holds".')
    assert _table(text) == [
        ("Vale", "named_official"), (None, None), (None, None), (None, None),
        ("Roe", "named_official"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("According to a member of the Chilean delegation, the ferry pact is ready.",
         ("a member of the Chilean delegation", "anonymous_source")),
        ("A Peruvian delegation member, speaking privately, said quotas came up.",
         ("A Peruvian delegation member", "anonymous_source")),
        ("She called the pact near, citing the joint statement released in Lima.",
         ("joint statement", "joint_statement")),
    ],
    ids=["according-to-a-member-of-a-delegation", "a-delegation-member-said",
         "citing-the-joint-statement"],
)
def test_delegation_members_and_a_joint_text_cited(text, expected):
    assert _table(text) == [expected]


def test_a_fellow_is_an_observer_in_her_pronouns_too():
    text = ("Speakers\n\nLena Holm, senior fellow at the Velm Institute, spoke first. "
            '"The ferry pact is sound," she said.')
    assert _table(text)[2] == ("Lena Holm", "observers")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("According to the signed minutes, a ferry will sail from May.",
         ("joint statement", "joint_statement")),
        ("The sides agreed to meet again in Lisk, per the minutes.",
         ("joint statement", "joint_statement")),
        ("Chilean ministry contacts told us the quota plan is dead.",
         ("Chilean ministry contacts", "anonymous_source")),
        ("The sides kept contacts said to be useful.", (None, None)),
        # a text both sides signed, cited as the source of what they agreed
        ("Under the declaration, the two sides agreed to open the ferry line.",
         ("joint statement", "joint_statement")),
        ("According to a joint protocol the two ministries released, the ferry will sail.",
         ("joint statement", "joint_statement")),
        ("The minutes record that the ferry will sail from May.",
         ("joint statement", "joint_statement")),
    ],
    ids=["according-to-the-signed-minutes", "per-the-minutes", "a-cables-contacts",
         "contacts-said-to-be", "under-the-declaration", "a-joint-protocol", "the-minutes-record"],
)
def test_a_cables_minutes_and_contacts(text, expected):
    assert _table(text) == [expected]


def test_a_named_minister_telling_parliament_claims_the_sentence():
    text = ("The Chilean envoy who chaired the round, Ana Ruiz, sounded firmer, telling the "
            'senate that the quota "was settled".')
    assert _table(text) == [("Ana Ruiz", "named_official")]


_CABLE = (
    "FROM: AMEMBASSY LISK\nTO: SECSTATE WASHDC\nSUBJECT: CHILE/PERU: FERRY COMMITTEE MEETS\n\n"
    "1. (SBU) The ferry board sat in Lima. Quotas stay open.\n\n"
    "2. (SBU) A Peruvian delegation member, speaking privately, said nets came up.\n\n"
    "VALE"
)


@pytest.mark.parametrize(
    "sender, expected",
    [
        ("AMEMBASSY LISK", ("US Embassy Lisk", "observers")),
        ("Chilean MFA, Americas Department", ("Chile Ministry of Foreign Affairs",
                                              "organisation")),
    ],
    ids=["a-third-states-embassy-observes", "a-partys-ministry-speaks"],
)
def test_a_memos_sender_claims_its_unclaimed_body(sender, expected):
    table = _table(_CABLE.replace("AMEMBASSY LISK", sender))
    assert table[3:] == [expected, expected,
                         ("A Peruvian delegation member", "anonymous_source"), (None, None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Officials on both sides say the ferry pact is "near".',
         ("Officials on both sides", "anonymous_source")),
        ("Officials in Lima said the talks were useful.",
         ("Officials in Lima", "anonymous_source")),
    ],
    ids=["officials-on-both-sides", "officials-in-a-capital-too"],
)
def test_officials_of_both_sides_are_unnamed(text, expected):
    assert _table(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("JON VALEMAR: Today we held talks with our guests.\n\nWe agreed to open the crossing.",
         [("Jon Valemar", "named_official"), ("Jon Valemar", "named_official")]),
        # a role's label names no one
        ("FOREIGN MINISTER: Today we held talks with our guests.", [(None, None)]),
        ("QUESTION: Did you agree on the crossing?", [(None, None)]),
    ],
    ids=["a-name-in-capitals", "a-role-in-capitals", "a-question"],
)
def test_a_turn_labelled_with_a_name_the_text_gives_nowhere_else(text, expected):
    assert _table(text) == expected
