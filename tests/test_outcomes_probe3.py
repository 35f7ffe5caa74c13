"""Tests for analysis.outcomes, third probing round: background told as such (a truce that
ran out, a stall of long ago, a meeting named as where an old text was agreed), an issue kept
off the table of a sitting, a speaker's own gloss after a comma, a date hoped for, and the
categories of visits, three-way ties, journalists held, materials and the next leaders'
meeting."""

from __future__ import annotations

import pytest

from .test_outcomes import _pairs, _run


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A truce brokered by Ostria in May expired in August, but the fighting stayed low.",
         []),
        ("The truce the envoys brokered in 2022 lapsed six months later, Jon Vale said.", []),
        ("Ana Ruiz urged a restart of the long-stalled talks on trade.",
         [("economic", "discussed")]),
        ("The ministers reaffirmed their goal of denuclearization, as agreed at the Velm "
         "summit last May.", [("military_issues_general", "agreed")]),
    ],
    ids=["truce-expired", "truce-lapsed", "long-stalled", "agreed-at-a-named-summit"],
)
def test_background_is_no_outcome(text, expected):
    """A truce that ran out, a stall of long ago and the summit where an old text was agreed
    are the background of the talks, not what they report."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A truce is not on the table in Velm this week, Jon Vale said.",
         [("ceasefire", "unresolved")]),
        ("The border question has never once been put on the table.",
         [("territory", "unresolved")]),
        ("Norland and Sudland failed to bridge the differences on the language law.",
         [("political_issues_general", "disagreement")]),
        ("Norland is still waiting for an answer to its proposed declaration on the commitment "
         "to a peaceful settlement.", [("overall_settlement", "unresolved")]),
    ],
    ids=["not-on-the-table-in", "not-put-on-the-table", "failed-to-bridge",
         "waiting-for-a-response"],
)
def test_what_a_sitting_left_open_or_apart(text, expected):
    """An issue kept off the table of a sitting is open, not refused; a gap the sides failed
    to bridge is a disagreement; a draft still unanswered leaves its subject open."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ana Ruiz called for talks on trade, saying the sides should oppose protectionism.",
         [("economic", "discussed")]),
        ("The two sides maintained their positions on the border, the official said, adding "
         "both had agreed to keep discussing it.",
         [("territory", "disagreement"), ("negotiation_process", "agreed")]),
        ("Jon Vale told reporters he hoped the next meeting would take place in Velm in July.",
         [("negotiation_process", "discussed")]),
        ("Jon Vale conveyed Norland's hope that the Sudland president will attend the summit "
         "in Velm.", [("leaders_meeting", "discussed")]),
    ],
    ids=["saying-glosses", "adding-opens-a-clause", "hoped-for-date", "conveyed-hope"],
)
def test_glosses_and_hopes(text, expected):
    """What a speaker adds after ", saying" or ", adding" is a clause of its own and no answer
    to the speaker's proposal; a date one side hopes for, and a hope passed on, are proposals."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norland and Sudland agreed to continue high-level exchanges.",
         [("bilateral_relations", "agreed")]),
        ("The ministers talked about deeper trilateral cooperation.",
         [("bilateral_relations", "discussed")]),
        ("Ana Ruiz raised a steel structure built by Sudland in disputed waters.",
         [("territory", "discussed")]),
        ("The next leaders' meeting is to be held in Velm.", [("leaders_meeting", "agreed")]),
        ("Two journalists jailed by Sudland are likely to be among those released, a source "
         "said.", [("civilian_detainees", "agreed")]),
        ("Among those freed by Sudland were two journalists who had been jailed since 2020.",
         [("civilian_detainees", "agreed")]),
        ("They left open the freedom of movement for people and goods.",
         [("humanitarian", "unresolved")]),
    ],
    ids=["high-level-exchanges", "trilateral-cooperation", "steel-structure",
         "next-leaders-meeting", "journalists-jailed-by", "journalists-jailed-since",
         "movement-of-people-and-goods"],
)
def test_categories_of_visits_ties_journalists_and_leaders(text, expected):
    """Visits of officials are relations, not a swap; a structure of steel is no trade; the
    next leaders' meeting is the leaders'; journalists held are civilian detainees; the
    freedom to cross a line is humanitarian."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jon Vale said headway had been made on number plates for cars from the north.",
         [("humanitarian", "progress")]),
        ("Ana Ruiz said the new law on separatism was the main obstacle to a deal.",
         [("political_issues_general", "disagreement")]),
        ("Jon Vale answered that Norland's legislation was not a subject of negotiation at all.",
         [("political_issues_general", "disagreement")]),
        ("Sudland wants the criminal cases against its officials dropped, Ana Ruiz said.",
         [("political_issues_general", "discussed")]),
    ],
    ids=["number-plates", "law-on-separatism", "legislation-not-negotiable", "criminal-cases"],
)
def test_plates_laws_and_prosecutions(text, expected):
    """The plates a car needs to cross a line are a humanitarian question; one side's laws
    and the prosecutions under them are political; a law "not a subject of negotiation" is
    refused."""
    assert _pairs(_run(text)) == expected
