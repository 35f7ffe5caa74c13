"""Tests for analysis.outcomes: what keeps an arrangement or the talks going (a truce
extended or renewed, an undertaking to keep the contacts up) and a step promised that never
came about."""

from __future__ import annotations

import pytest

from analysis.lexicon import read_lexicon
from analysis.outcomes import check_outcome_lexicon

from .test_outcomes import _pairs, _run


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The fourth cycle of talks in Zelva prolonged the truce by ninety days.",
         [("ceasefire", "agreed")]),
        ("Norland and Sudland extended their truce until the end of June.",
         [("ceasefire", "agreed")]),
        ("The truce between Ostria and Velmar was renewed for a further month on Friday.",
         [("ceasefire", "agreed")]),
        # (another status cue in the clause wins over the weak renewal)
        ("Norland has still not agreed that the truce with Sudland be extended beyond May.",
         [("ceasefire", "unresolved")]),
        # (a participle before a noun renews nothing)
        ("Jon Vale proposed that a renewed treaty set a floor on the river flow.",
         [("economic", "discussed")]),
        # (a renewal of what is no arrangement of the sides agrees nothing)
        ("Norland's forces extended their control over the border town of Lisk.", []),
        ("The talks were extended by a day while the envoys wrangled over the border.", []),
    ],
    ids=["prolonged", "extended", "renewed-passive", "not-yet-agreed-to-extend",
         "renewed-as-adjective", "control-extended", "talks-extended"],
)
def test_an_arrangement_made_to_last_longer_is_agreed(text, expected):
    """A truce or a scheme extended, renewed or prolonged is an agreed outcome, unless the
    clause gives another status ("still not agreed that it be extended")."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ostria and Velmar agreed to continue their consultations.",
         [("negotiation_process", "agreed")]),
        ("The envoys pledged to keep their line of talks open, Ana Ruiz said.",
         [("negotiation_process", "agreed")]),
        ("The delegations agreed to keep meeting, although no date was fixed.",
         [("negotiation_process", "agreed")]),
        # (the issue keeps its own row and the talks go on besides)
        ("The ministers discussed the border near Tarsk, then agreed to go on with their contacts.",
         [("negotiation_process", "agreed"), ("territory", "discussed")]),
        # ("keep" without an undertaking says nothing of the talks)
        ("The talks will keep the hotel in Velm busy all week.", []),
    ],
    ids=["continue-consultations", "keep-channel-open", "keep-meeting",
         "beside-an-issue", "keep-without-undertaking"],
)
def test_an_undertaking_to_keep_the_talks_going_is_agreed(text, expected):
    """"Agreed to continue their consultations", "pledged to keep the dialogue open": the
    sides agreed to keep the negotiation going."""
    assert sorted(_pairs(_run(text))) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norland and Sudland signed a truce in Velm. But the follow-up summit promised for "
         "Lisk never took place, diplomats said.",
         [("ceasefire", "agreed"), ("leaders_meeting", "stalled")]),
        ("The next round of talks planned for Brenna never materialised.",
         [("negotiation_process", "stalled")]),
    ],
    ids=["never-took-place", "never-materialised"],
)
def test_a_step_that_never_came_about_is_stalled(text, expected):
    """A meeting or a step promised that "never took place" or "never materialised" is
    stalled."""
    assert sorted(_pairs(_run(text))) == expected


@pytest.mark.parametrize("group", ["undertakings", "renewals", "gap_words"])
def test_the_new_cue_groups_are_required(group):
    """The outcome lexicon check names a missing group of these cues."""
    data = read_lexicon("outcomes")
    entries = dict(data["entries"])
    del entries[group]
    problems = check_outcome_lexicon({**data, "entries": entries})
    assert problems == [f"outcomes.yaml: entries[{group!r}]: must be a non-empty list of phrases"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ana Ruiz said again that Sudland rejects the court's jurisdiction outright.",
         [("territory", "disagreement")]),
        ("Norland wants the International Court of Justice to decide the quarrel over Tarsk, "
         "while Sudland rejects the ICJ.",
         [("territory", "disagreement")]),
    ],
    ids=["court-jurisdiction", "world-court"],
)
def test_a_dispute_taken_to_the_world_court_is_territorial(text, expected):
    """The world court and its jurisdiction, which one side refuses, name the disputed
    line."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On that point, Ostria and Velmar remain far apart.",
         [("political_issues_general", "disagreement")]),
        ("But on the anthem the two delegations are as far apart as before.",
         [("political_issues_general", "disagreement")]),
        ("Vale said the sides had differences over the wording of the preamble.",
         [("political_issues_general", "disagreement")]),
        # (no topic: the gap is of the whole settlement)
        ("Wide gaps still separate Norland and Sudland.",
         [("overall_settlement", "disagreement")]),
        # (a topic that names an issue keeps it)
        ("Ostria and Velmar are still far apart on the border near Lisk.",
         [("territory", "disagreement")]),
        ("On what a final settlement should contain, the gap is as wide as ever.",
         [("overall_settlement", "disagreement")]),
    ],
    ids=["fronted-topic", "but-on-topic", "differences-over", "no-topic", "topic-an-issue",
         "topic-the-settlement"],
)
def test_a_gap_on_a_topic_of_its_own_is_a_political_question(text, expected):
    """A gap between the sides with a topic the lexicon does not know ("far apart on that
    point") is a political question of its own, not the whole settlement."""
    assert _pairs(_run(text)) == expected
