"""Tests for analysis.outcomes, fifth probing round: people kept in the other side's jails, a
transfer told as likely soon, a meeting the sides undertake to hold in order to discuss
something, a subject ruled out of a body's remit, and the political track of a process."""

from __future__ import annotations

import pytest

from .test_outcomes import _pairs, _run


def test_people_held_in_the_other_sides_jails_are_prisoners():
    text = "Sudland's envoy also pressed for the release of Sudlanders held in Norland jails."
    assert _pairs(_run(text)) == [("prisoners", "discussed")]


def test_journalists_held_in_jails_stay_civilian_detainees():
    text = "Sudland's envoy pressed for the release of two journalists held in Norland jails."
    assert _pairs(_run(text)) == [("civilian_detainees", "discussed")]


@pytest.mark.parametrize(
    "text",
    [
        "Jon Vale said a prisoner swap could take place within days.",
        "Local papers wrote that Norland could free several detainees before the holiday.",
    ],
    ids=["could-take-place", "could-free"],
)
def test_a_transfer_likely_soon_is_progress(text):
    assert _pairs(_run(text)) == [("prisoners", "progress")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The delegations agreed to reconvene in Lisk in June to discuss the border.",
         [("negotiation_process", "agreed"), ("territory", "discussed")]),
        ("Both sides agreed that the pullback of heavy weapons would be reviewed at the next "
         "session in Zelva, Ana Ruiz said.",
         [("separation_of_forces", "discussed"), ("negotiation_process", "agreed")]),
    ],
    ids=["reconvene-to-discuss", "reviewed-at-next-session"],
)
def test_a_meeting_undertaken_is_agreed_and_its_topic_discussed(text, expected):
    assert _pairs(_run(text)) == expected


def test_a_topic_ruled_out_of_a_bodys_remit_is_refused():
    text = "\"Trade with Sudland is not a topic for this commission,\" Jon Vale said."
    assert _pairs(_run(text)) == [("economic", "disagreement")]


def test_the_political_track_is_the_process():
    text = "Ana Ruiz said the truce along the river holds but the political track has stalled."
    assert ("negotiation_process", "stalled") in _pairs(_run(text))
    assert "political_issues_general" not in set(_run(text)["category"])


def test_an_aside_after_the_issue_gives_way_to_its_verb():
    """A relative clause between commas qualifies the issue; the verb after it tells what
    became of it."""
    text = "The date of the next round, which the mediators proposed for June, remains unsettled."
    assert _pairs(_run(text)) == [("negotiation_process", "unresolved")]


def test_an_issue_raised_and_then_said_to_be_off_the_agenda_is_open():
    text = ("Ana Ruiz raised the detainees held by Norland. \"It is not on the agenda at this "
            "stage,\" Jon Vale said.")
    assert ("prisoners", "unresolved") in _pairs(_run(text))


def test_the_line_troops_leave_is_no_territorial_issue():
    text = "The two generals agreed on a troop reduction from the frontier and the forward posts."
    assert _pairs(_run(text)) == [("separation_of_forces", "agreed")]


def test_the_next_dialogue_is_a_sitting_of_the_talks():
    text = "The ministers agreed to hold the next dialogue in Lisk in the autumn, Ana Ruiz said."
    assert _pairs(_run(text)) == [("negotiation_process", "agreed")]


def test_a_founding_told_with_an_old_year_is_background():
    """The talks launched, or relations broken off, ten years or more before the article are
    its background, not an outcome of now."""
    text = ("The Velm talks were set up in May 2009 under the truce agreement of April 2009, "
            "mediated by Ostria. Sudland broke off diplomatic relations with Norland after the "
            "2008 war.")
    assert _run(text).empty  # (published 2025)
