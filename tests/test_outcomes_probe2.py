"""Tests for analysis.outcomes, second probing round: the word a status is read from (progress
that is only what an obstacle blocks, a dispute that only names its issue, a step that opens
the way to what follows it), negative outcomes told plainly (progress denied in a sentence of
its own, bodies fallen dormant, talks not even begun, a step left for later, a sitting that
ended without a breakthrough, a discussion cut short), progress against agreement (a deal
carried out, a mechanism that works) and the categories of patrols, troop cuts and bodies set
up for a question still open."""

from __future__ import annotations

import pytest

from .test_outcomes import _pairs, _run


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sudland's refusal to leave the buffer zone remains the main obstacle to progress.",
         [("separation_of_forces", "disagreement")]),
        ("The quarrel over fishing quotas is a major hurdle to progress, Lena Hart said.",
         [("economic", "disagreement")]),
        ("Norland's demand for reparations stands in the way of progress on a settlement.",
         [("overall_settlement", "disagreement")]),
        ("The fate of the hostages is blocking progress in the talks, Omar Said said.",
         [("civilian_detainees", "disagreement")]),
        ("The missing deal on the border is an obstacle to progress on trade.",
         [("territory", "disagreement"), ("economic", "disagreement")]),
    ],
    ids=["main-obstacle-to-progress", "hurdle-to-progress", "in-the-way-of-progress",
         "blocking-progress", "obstacle-to-progress-on"],
)
def test_progress_an_obstacle_blocks_is_no_progress(text, expected):
    """"An obstacle to progress": the progress is what is missing, the obstacle a dispute."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Analysts said the accord left out the maritime boundary dispute, on which the "
         "envoys have made little headway.", [("territory", "stalled")]),
        ("The envoys discussed the border dispute in Velm.", [("territory", "discussed")]),
        ("The maritime dispute was discussed at length in Lisk.",
         [("territory", "discussed")]),
        ("Talks on the territorial dispute broke down on Friday.", [("territory", "stalled")]),
        ("The two sides remain divided over the maritime dispute.",
         [("territory", "disagreement")]),
    ],
    ids=["dispute-on-which-little-headway", "discussed-the-dispute", "dispute-was-discussed",
         "talks-on-the-dispute-broke-down", "divided-over-the-dispute"],
)
def test_a_dispute_that_names_its_issue_is_no_disagreement(text, expected):
    """"The border dispute" is what the issue is called: the verb says what became of it."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The envoys took up the question of grazing rights. No progress was reported.",
         [("economic", "unresolved")]),
        ("The two sides talked about the prisoner swap. There was no progress.",
         [("prisoners", "unresolved")]),
        ("The sides discussed the prisoner exchange. Little progress was made.",
         [("prisoners", "unresolved")]),
        ("The delegations reviewed the water quota in Brenna. No headway was made.",
         [("economic", "unresolved")]),
    ],
    ids=["no-progress-was-reported", "there-was-no-progress", "little-progress-was-made",
         "no-headway-was-made"],
)
def test_progress_denied_in_a_sentence_of_its_own(text, expected):
    """A sentence that names no issue and denies progress leaves the issue named before it
    open (no talks are said to have stopped)."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The working groups met only a few times before falling dormant in the autumn.",
         [("negotiation_process", "stalled")]),
        ("The joint commission fell dormant after 2019, officials said.",
         [("negotiation_process", "stalled")]),
        ("The technical committee has been dormant since March.",
         [("negotiation_process", "stalled")]),
        ("The dormant joint commission will meet again in June.",
         [("negotiation_process", "agreed")]),
    ],
    ids=["falling-dormant", "fell-dormant", "been-dormant", "dormant-then-revived"],
)
def test_bodies_that_fell_dormant_stalled(text, expected):
    """A body of the talks that stopped meeting is stalled; one that meets again is not."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Talks on a prisoner exchange have not even begun, Lena Hart said.",
         [("prisoners", "stalled")]),
        ("The demarcation of the border has not even started.", [("territory", "stalled")]),
        ("The envoys raised the fate of the missing. An official said those talks had not "
         "even started.", [("bodies_repatriation", "discussed"),
                           ("negotiation_process", "stalled")]),
        ("The discussion on the return of refugees could not be completed in Velm.",
         [("humanitarian", "stalled")]),
        ("Talks on the water quota could not be concluded on Tuesday.",
         [("economic", "stalled")]),
    ],
    ids=["not-even-begun", "not-even-started", "those-talks-not-even-started",
         "discussion-could-not-be-completed", "talks-could-not-be-concluded"],
)
def test_talks_not_begun_or_cut_short_stalled(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Further steps to reduce troops near the frontier would be taken up later, she said.",
         [("separation_of_forces", "unresolved")]),
        ("The question of the buffer zone will be addressed later, the ministry said.",
         [("separation_of_forces", "unresolved")]),
        ("Sudland said the question of sanctions would be dealt with at a later stage.",
         [("economic", "unresolved")]),
        ("The ministers agreed to meet again at a later date to discuss the border.",
         [("negotiation_process", "agreed"), ("territory", "unresolved")]),
    ],
    ids=["taken-up-later", "addressed-later", "dealt-with-at-a-later-stage",
         "meet-again-at-a-later-date"],
)
def test_a_step_left_for_later_is_unresolved(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The corps commanders last met in March, in their 19th round, without a "
         "breakthrough.", [("military_dialogue", "unresolved"),
                           ("negotiation_process", "unresolved")]),
        ("The negotiators met in Velm for the third round, without a deal.",
         [("negotiation_process", "unresolved")]),
        ("The two sides met in Tarsk last week for the fourth round, without any result.",
         [("negotiation_process", "unresolved")]),
        ("The ministers met in Zelva on Tuesday for the 31st round, without agreement.",
         [("negotiation_process", "unresolved")]),
        ("The ministers held a 12th round in Brenna, without their deputies.", []),
    ],
    ids=["round-without-breakthrough", "round-without-a-deal", "round-without-any-result",
         "31st-round-without-agreement", "without-their-deputies"],
)
def test_a_sitting_that_ended_without_a_breakthrough(text, expected):
    """", without a breakthrough" after a clause that only tells a sitting: how it ended."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The pact was leading to disengagement and, in time, a settlement, Jon Vale said.",
         [("separation_of_forces", "progress")]),
        ("The truce is paving the way for talks on the withdrawal of troops, Ana Ruiz said.",
         [("withdrawal_of_forces", "progress")]),
        ("The demining deal paved the way for the reopening of roads.",
         [("humanitarian", "progress")]),
        ("Ostria welcomed the implementation of the buffer zone agreement.",
         [("separation_of_forces", "progress")]),
        ("The observers praised the implementation of the prisoner exchange.",
         [("prisoners", "progress")]),
        ("The ministers agreed on the implementation of the truce.",
         [("ceasefire", "agreed")]),
        ("The incident hotline continues to function effectively, the army said.",
         [("military_dialogue", "progress")]),
    ],
    ids=["leading-to", "paving-the-way-for", "paved-the-way-for", "welcomed-implementation",
         "praised-implementation", "agreed-on-implementation", "functions-effectively"],
)
def test_steps_on_the_way_are_progress(text, expected):
    """A step that leads to an issue, a deal carried out, a mechanism that works: progress,
    of the issue after the step, never of its subject."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The two sides agreed to set up working groups on their border disputes.",
         [("negotiation_process", "agreed")]),
        ("Sudland proposed a joint commission on the border dispute.",
         [("negotiation_process", "discussed")]),
        ("The sides agreed to set up a working group on the railway.",
         [("economic", "agreed")]),
        ("Norland said Monday it would free six detainees as a goodwill gesture, as talks "
         "agreed to form working groups on their maritime quarrels.",
         [("prisoners", "agreed"), ("negotiation_process", "agreed")]),
    ],
    ids=["working-groups-on-disputes", "commission-on-the-dispute", "working-group-on-railway",
         "lede-as-talks-agreed"],
)
def test_bodies_set_up_for_an_open_question_are_process(text, expected):
    """Working groups on a dispute are the talks going on; the dispute is not settled."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The two armies agreed on patrolling arrangements along the line of control.",
         [("military_issues_general", "agreed")]),
        ("The armies agreed on joint patrols along the frontier.",
         [("military_issues_general", "agreed")]),
        ("Notification of patrols along the border was agreed.",
         [("military_dialogue", "agreed")]),
        ("Both armies agreed to pull back their troops along the contact line.",
         [("separation_of_forces", "agreed")]),
        ("Norland agreed to reduce troops along the frontier.",
         [("separation_of_forces", "agreed")]),
    ],
    ids=["patrolling-arrangements", "joint-patrols", "notification-of-patrols",
         "pull-back-troops", "reduce-troops"],
)
def test_patrols_and_troop_cuts_along_a_line_are_military(text, expected):
    """Patrols and troop cuts along a border are military arrangements; the line is only
    where they happen."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Talks on the maritime boundary have been on ice since May.",
         [("territory", "stalled")]),
        ("The prisoner exchange talks have been in limbo for months.",
         [("prisoners", "stalled")]),
        ("The negotiations on the gas tariff have run aground.", [("economic", "stalled")]),
        ("The buffer zone plan was put on the back burner, a diplomat said.",
         [("separation_of_forces", "stalled")]),
        ("The ceasefire talks have lost momentum, analysts said.", [("ceasefire", "stalled")]),
        ("The border talks have made scant progress.", [("territory", "stalled")]),
        ("The envoys discussed the border. Nothing came of it.", [("territory", "stalled")]),
    ],
    ids=["on-ice", "in-limbo", "run-aground", "back-burner", "lost-momentum",
         "scant-progress", "nothing-came-of-it"],
)
def test_talks_put_aside_in_the_idioms_of_news(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Her release was secured through the hotline of the commission, the ministry said.",
         []),
        ("The ceasefire was agreed thanks to the mediation of Ostria.",
         [("ceasefire", "agreed")]),
        ("The two sides agreed to settle disputes through dialogue.",
         [("negotiation_process", "agreed")]),
    ],
    ids=["secured-through-the-hotline", "thanks-to-the-mediation", "through-dialogue"],
)
def test_the_means_of_an_outcome_is_no_outcome(text, expected):
    """What something was won through is the means, not an outcome of its own."""
    assert _pairs(_run(text)) == expected
