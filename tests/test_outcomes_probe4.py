"""Tests for analysis.outcomes, fourth probing round: the words of firing stopped, blows traded
that are no swap, a series of infinitives each with its "to", an unanswered list of demands,
a format or a track that cannot work, a person held who stands for the detainee issue, an
understanding not reached, a refusal told as "no question of", and talks offered."""

from __future__ import annotations

import pytest

from .test_outcomes import _pairs, _run


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In the call the two generals agreed to stop all firing along the line from noon.",
         [("ceasefire", "agreed")]),
        ("Both armies' commitment never to fire a single shot across the river was discussed.",
         [("ceasefire", "discussed")]),
        ("The envoy urged Sudland to halt its daily air strikes on Zelva.",
         [("ceasefire", "discussed")]),
    ],
    ids=["stop-all-firing", "a-single-shot", "halt-air-strikes"],
)
def test_firing_stopped(text, expected):
    """Firing and air raids stopped are a ceasefire."""
    assert _pairs(_run(text)) == expected


def test_blows_traded_are_no_swap():
    text = ("The generals agreed to reopen the crossing, ending four days of rocket and "
            "artillery exchanges.")
    assert "prisoners" not in set(_run(text)["category"])


def test_each_infinitive_with_its_to_is_an_item_and_no_answer_leaves_all_open():
    """"to A, to B and to C" are three items, a weak issue among them too; a sentence after
    them that says there was no answer leaves each open."""
    text = ("Jon Vale pressed for Sudland to withdraw from the four hill positions it holds, to "
            "halt its air strikes and to release the detainees held in Tarsk. \"They listened. "
            "There were no answers,\" Vale said.")
    assert sorted(_pairs(_run(text))) == [("ceasefire", "unresolved"), ("prisoners", "unresolved"),
                                          ("withdrawal_of_forces", "unresolved")]


@pytest.mark.parametrize(
    "text",
    [
        "While one mediator fights another, the Velm format cannot function, Jon Vale said.",
        "Norland finds it impossible to relaunch talks while its troops are at war.",
    ],
    ids=["format-cannot-function", "impossible-to-relaunch"],
)
def test_a_format_that_cannot_work_is_stalled(text):
    assert _pairs(_run(text)) == [("negotiation_process", "stalled")]


def test_a_person_held_stands_for_the_detainee_issue():
    """A person introduced as held is the prisoner issue wherever the name comes back; an
    understanding not reached leaves the case open."""
    text = ("The swap left out Jon Vale, a party leader who was seized by Sudland rebels in 2016. "
            "\"There is no agreement on Vale,\" Ana Ruiz said.\n\n"
            "A mediator said Vale's case was discussed for hours but added that no understanding "
            "had yet been reached.")
    rows = _run(text)
    assert set(_pairs(rows)) >= {("prisoners", "unresolved")}
    assert all(c == "prisoners" for c in rows["category"])
    assert len(rows) >= 2


def test_a_journalist_held_is_a_civilian_detainee():
    text = ("Ana Ruiz, a reporter jailed in Lisk since March, was not on the list. "
            "The sides failed to agree on Ruiz, Jon Vale said.")
    assert _pairs(_run(text)) == [("civilian_detainees", "unresolved")]


def test_no_question_of_is_a_refusal():
    text = "Jon Vale said that there is \"no question\" of discussing the Velm border with Sudland."
    assert _pairs(_run(text)) == [("territory", "disagreement")]


@pytest.mark.parametrize(
    "text",
    [
        "Jon Vale said Norland \"stands ready\" for comprehensive dialogue with Sudland.",
        "Ana Ruiz said Sudland is ready for meaningful dialogue, with Norland, on all "
        "outstanding issues.",
    ],
    ids=["stands-ready", "on-all-outstanding-issues"],
)
def test_talks_offered_are_discussed(text):
    """Talks one side offers are its proposal; "all outstanding issues" names the agenda
    offered, no issue left open."""
    assert _pairs(_run(text)) == [("negotiation_process", "discussed")]
