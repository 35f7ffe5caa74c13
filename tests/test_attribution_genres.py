"""Tests for analysis.attribution: speeches, minutes, think tanks' statements and joint words."""

from __future__ import annotations

import pytest

from .test_attribution_speakers import _table

_RUIZ = ("Ana Ruiz", "named_official")
_JOINT = ("joint statement", "joint_statement")
_NONE = (None, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"The deal is half done," said Foreign Minister Ana Ruiz.', [_RUIZ]),
        ('"The deal is half done," said the Norland foreign minister, Ana Ruiz.', [_RUIZ]),
        ("He said Foreign Minister Ana Ruiz would travel to Velm.", [_NONE]),
    ],
    ids=["said-title-name", "said-the-title-comma-name", "the-subject-of-what-is-said"],
)
def test_a_title_between_the_verb_and_the_name(text, expected):
    assert _table(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norland and Sudland will open a joint fishing zone in May, the two delegations said "
         "after the Velm round.", [_JOINT]),
        ("The next round will be in Lisk, the two governments said.", [_JOINT]),
        ("The ferry link will reopen in June, according to the Record of Discussions.", [_JOINT]),
        ("The co-presidents recorded that a further sitting would be held in Lisk.", [_JOINT]),
        ("The co-chairs said the next sitting would be in Velm.", [_JOINT]),
        ("Officials on both sides said the talks were hard.",
         [("Officials on both sides", "anonymous_source")]),
    ],
    ids=["two-delegations-said", "two-governments-said", "record-of-discussions",
         "co-presidents-recorded", "co-chairs-said", "officials-on-both-sides"],
)
def test_both_sides_speaking_as_one(text, expected):
    assert _table(text) == expected


def test_the_same_source_is_an_unnamed_source():
    text = ("A Norland diplomatic source said the talks were hard. The same source added that "
            'the map question was "nowhere near settled".')
    assert _table(text)[1] == ("The same source", "anonymous_source")


def test_the_sentences_of_a_speech_are_its_speakers():
    text = ("Ministry of Foreign Affairs of Norland\n\nAddress by Foreign Minister Ana Ruiz to "
            "the Lisk river forum, 3 May 2026.\n\nFriends,\n\nWe agreed today to reopen the "
            "ferry. The tariff question is still open.")
    assert _table(text) == [_NONE, _NONE, _RUIZ, _RUIZ, _RUIZ]


def test_the_sentences_under_a_minutes_heading_are_the_joint_texts():
    text = ("BULLETIN OF THE MINISTRY\n\nCircular 12\n\n1. The 5th session will be held in "
            "Velm on 3 May.\n\nAGREED MINUTES OF THE SECOND SESSION\n\nPoint 1. The Joint Water "
            "Board took note of the new gauge readings.\n\nPoint 2. The views of the two sides "
            "on the spring quota remain apart.")
    assert _table(text) == [_NONE, _NONE, _NONE, _NONE, _JOINT, _JOINT, _JOINT, _JOINT]


_LICS = ("Lisk Institute for Coastal Studies", "observers")


def test_a_think_tanks_press_statement_is_an_observers():
    text = ("PRESS STATEMENT\n\nLisk Institute for Coastal Studies\n\nVelm, 2 May 2026\n\n"
            "The Lisk Institute for Coastal Studies (LICS) is pleased that the two governments "
            "settled the ferry tariff.\n\nWe regret that the quota talks made no headway.\n\n"
            '"A tariff deal is a start, not a settlement," said LICS executive director Dr Ana '
            "Ruiz.\n\nAccording to people familiar with the talks, the two delegations "
            "disagreed on the quota.")
    assert _table(text) == [_LICS, _LICS, _LICS, _LICS, _LICS, ("Ana Ruiz", "observers"),
                            ("people familiar with the talks", "anonymous_source")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jon Vale, a director at the Lisk Policy Centre, said the deal was weak.",
         [("Jon Vale", "observers")]),
        ("The Lisk Policy Centre said the deal was weak.",
         [("Lisk Policy Centre", "observers")]),
        ("The Kenya Institute of Statistics said the data were late.",
         [("Institute of Statistics", "organisation")]),
    ],
    ids=["staff-of-a-think-tank", "a-think-tank", "a-states-institute"],
)
def test_think_tanks_and_their_staff_are_observers(text, expected):
    assert _table(text) == expected


def test_a_transcripts_labels_keep_the_people_their_first_turns_name():
    text = ("[Transcript. Velm Talk is a weekly podcast.]\n\nPRESENTER (ANA RUIZ): Good "
            "evening. My guest is Jon Vale, who researches fisheries at the Lisk Policy Centre."
            "\n\nGUEST (JON VALE): Good evening.\n\nPRESENTER: Was there a deal?\n\nGUEST: The "
            "quota stays where it was. The ferry tariff was settled.")
    host, guest = ("Ana Ruiz", "media"), ("Jon Vale", "observers")
    assert _table(text) == [_NONE, _NONE, host, host, guest, host, guest, guest]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I'm told by people who attended that Norland walked out early.",
         [("people", "anonymous_source")]),
        ("We were told by two diplomats that the round went badly.",
         [("two diplomats", "anonymous_source")]),
    ],
    ids=["told-by-people-who-attended", "told-by-two-diplomats"],
)
def test_told_by_unnamed_insiders(text, expected):
    assert _table(text) == expected
