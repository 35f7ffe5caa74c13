"""Tests for analysis.attribution: the forms a whole text takes (press releases under a
letterhead, interviews without labels, reports, communiqués, signed commentary) and the
unnamed or documentary sources a sentence names."""

from __future__ import annotations

import pytest

from .test_attribution_speakers import _table

_NONE = (None, None)
_JOINT = ("joint statement", "joint_statement")


def test_a_press_release_under_a_letterhead_is_its_issuers():
    text = ("Republic of Norland\nDepartment of Foreign Affairs\nPRESS RELEASE\n\n4 May 2026\n\n"
            "VELM - Norland and Ostria met in Velm for a third round on the river.\n\n"
            "Both sides agreed to open a ferry line in June. The Norland side raised the "
            "fishing quota.")
    rows = _table(text)
    issuer = ("Department of Foreign Affairs", "organisation")
    assert rows[2] == issuer
    assert rows[-3:] == [issuer] * 3


def test_a_headed_news_story_that_mentions_a_release_is_not_one():
    text = ("Norland and Ostria met in Velm on Monday for a third round on the river, and "
            "the ministry said in a press release that the ferry would reopen.\n\n"
            "Both sides agreed to open a ferry line in June.")
    assert _table(text)[-1] == _NONE


_VALE = ("Jon Vale", "named_official")


def test_the_answers_of_an_interview_without_labels_are_the_interviewees():
    text = ("INTERVIEW\n\nJon Vale, Norland's deputy foreign minister and chief negotiator, "
            "spoke to the Velm Courier by phone on Friday.\n\n"
            "You met the Ostrian side in Lisk. What came of it?\n\n"
            "A ferry line, at last. We are pleased.\n\n"
            "And the fishing quota?\n\n"
            "That question is still open.")
    rows = _table(text)
    assert rows[2:4] == [_NONE, _NONE]  # the question is the outlet's
    assert rows[4:6] == [_VALE, _VALE]
    assert rows[6:] == [_NONE, _VALE]


def test_questions_in_a_news_story_make_no_interview():
    text = ("Jon Vale, Norland's deputy foreign minister, met the Ostrian side in Lisk.\n\n"
            "What came of it?\n\nA ferry line, at last.\n\nAnd the fishing quota?\n\n"
            "That question is still open.")
    assert _table(text)[-1] == _NONE


def test_a_commentary_signed_by_an_author_described_at_its_foot_is_an_observers():
    text = ("Commentary\n\nBy Ana Ruiz\n\nThe ferry deal between Norland and Ostria is a "
            "modest step. It settles nothing on the quota.\n\n"
            "Ana Ruiz is a lecturer with the Lisk Centre for River Studies.")
    rows = _table(text)
    assert rows[2:4] == [("Ana Ruiz", "observers")] * 2


def test_a_commentary_by_an_official_described_at_its_foot_is_not_an_observers():
    text = ("Commentary\n\nBy Ana Ruiz\n\nThe ferry deal between Norland and Ostria is a "
            "modest step.\n\nAna Ruiz is a deputy minister of Norland.")
    assert _table(text)[2] == _NONE


_SG = ("Secretary-General", "organisation")


def test_the_sentences_of_a_report_are_its_authors():
    text = ("United Nations\n\nReport of the Secretary-General about the Norland river talks\n\n"
            "1. The present report covers the spring.\n\n"
            "2. The leaders have not yet agreed on the crossing points.")
    rows = _table(text)
    assert rows[-2:] == [_SG, _SG]


def test_a_communique_of_the_co_chairs_heads_a_joint_text():
    text = ("We publish the text in full.\n\nCommuniqué by the Co-Chairs of the Velm "
            "Talks\n\nThe parties will meet once more in Lisk in June.\n\n"
            "Geneva, 3 May\n\nThe ferry opened on Monday.")
    rows = _table(text)
    assert rows[2] == _JOINT
    assert rows[-1] == _NONE  # after the next heading, the outlet's again


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The co-chairs say the river hotline is working well.", _JOINT),
        ("The co-chairs reported progress on the missing persons.", _JOINT),
        ("Norland put forward an amended draft of the joint statement about the river.",
         _NONE),
        ("Norland negotiators tabled a draft joint statement on the river.", _NONE),
    ],
    ids=["co-chairs-say", "co-chairs-reported", "amended-draft-of-the-joint-statement",
         "draft-joint-statement"],
)
def test_joint_words_and_drafts(text, expected):
    assert _table(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("According to Velm's readout, the agenda covered the fishing quota.",
         ("Velm", "organisation")),
        ("Foreign Minister Jon Vale met Ana Ruiz in Lisk. According to Vale's statement, the "
         "talks were useful.", _VALE),
    ],
    ids=["a-capitals-readout", "a-persons-statement"],
)
def test_according_to_an_owners_document_without_an_article(text, expected):
    assert _table(text)[-1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A Velmar Party member said the deal to reopen the ferry showed real progress.",
         ("A Velmar Party member", "anonymous_source")),
        ("A member of the river committee said the talks were hard.",
         ("A member", "anonymous_source")),
    ],
    ids=["a-party-member", "a-member-of-the-committee"],
)
def test_an_unnamed_member_is_an_anonymous_source(text, expected):
    assert _table(text) == [expected]


def test_an_insider_kept_unnamed_is_the_one_the_official_stands_for_later():
    text = ('"The gap on the quota is still wide," a Norland official close to the talks told '
            "the Velm Courier, asking not to be named. The ferry opened in May. "
            '"It is not yet a deal," the official said.')
    rows = _table(text)
    insider = ("a Norland official", "anonymous_source")
    assert rows[0] == insider
    assert rows[2] == insider


def test_a_news_lead_that_cites_a_press_release_makes_no_release_of_the_story():
    text = ("The Norland Water Agency said in a press release on Monday that the ferry line "
            "would reopen in June.\n\nOstria has not yet agreed to the fishing quota.")
    assert _table(text)[-1] == _NONE


def test_a_briefing_note_under_a_letterhead_is_its_issuers():
    text = ("ZELVA CIVILIAN PROTECTION FORUM (ZCPF)\n\n"
            "Briefing Note No. 4 | Velm / Lisk | 2 May 2026\n\n"
            "Summary\n\n"
            "1. A month after the sides signed their declaration in Velm, no deadline has "
            "been met.\n\n"
            "2. The mediator has put forward a mechanism to verify the truce.")
    issuer = ("Zelva Civilian Protection Forum", "organisation")
    assert _table(text)[-2:] == [issuer] * 2


def test_a_speech_under_the_line_that_says_who_delivered_it_is_the_speakers():
    text = ("Delivered on 4 May 2026 by Ana Ruiz MP, Minister for Rivers and Lakes\n\n"
            "With permission, I wish to report on the river talks with Ostria.\n\n"
            "For the ferry, all three parties agreed a timetable for June.\n\n"
            "We further agreed that a panel on the locks would be formed.")
    assert _table(text)[-2:] == [("Ana Ruiz", "named_official")] * 2


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Lisk Times also reported that a meeting between Presidents Jon Vale and Ana "
         "Ruiz, which the joint text says should follow within three months, is not yet fixed.",
         ("Lisk Times", "media")),
        ("Lisk Radio reported that a visit by Ivo Sand, whom the envoy says Velm invited, was "
         "put off.", ("Lisk Radio", "media")),
        ("Jon Vale, who heads the team, said the talks were good.", ("Jon Vale", "named_official")),
        ("The team was led by Jon Vale, who told reporters in Lisk that the other side had "
         "walked out.", ("Jon Vale", "named_official")),
    ],
    ids=["which-clause-after-a-name", "whom-clause-still-open", "who-clause-closed-before-verb",
         "who-clause-of-the-speaker"],
)
def test_a_verb_inside_a_relative_clause_after_a_name_is_not_its_speech(text, expected):
    assert _table(text) == [expected]


def test_a_pronoun_stands_for_the_person_the_sentence_before_opens_with():
    text = ("Professor Ana Ruiz of the Velm Institute spoke first.\n\n"
            "Ruiz began by calling the May call between Foreign Minister Jon Vale and Ivo "
            "Sand \"the least two neighbours owe each other\". Both readouts agree on one "
            "thing, she noted: the two men are to stay in touch.")
    assert _table(text)[-1] == ("Ana Ruiz", "observers")

