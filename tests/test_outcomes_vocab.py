"""Tests for analysis.outcomes: the everyday words news reports use for an issue or a
status that the phrase lists lacked (violence stopped, soil not used against a neighbour,
a patrol announced ahead, a date not set, a pledge given)."""

from __future__ import annotations

import pytest

from .test_outcomes import _pairs, _run


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jon Vale and Ana Ruiz met in Velm and both agreed to end the violence in Tarsk.",
         [("ceasefire", "agreed")]),
        ("Vale and Ruiz agreed that there must be a quick end to every kind of violence.",
         [("ceasefire", "agreed")]),
        ("The council and the unions agreed to halt, at once, all acts of violence.",
         [("ceasefire", "agreed")]),
        ("The Velmar rebels pledged to cease hostilities from Monday.",
         [("ceasefire", "agreed")]),
        ("Vale said the two men could agree on stopping all the violence in Lisk.",
         [("ceasefire", "agreed")]),
    ],
    ids=["end-the-violence", "end-to-violence", "acts-of-violence", "cease-hostilities",
         "stopping-the-violence"],
)
def test_violence_stopped_is_a_ceasefire(text, expected):
    """Ending the violence between a government and protesters or armed groups is the
    ceasefire of those talks, in whatever words ("end the violence", "cease hostilities")."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norland agreed that its soil would not serve as a base against Sudland.",
         [("security_guarantees", "agreed")]),
        ("Ostria urged Velmar to rein in the militants in the hills near Tarsk.",
         [("security_guarantees", "discussed")]),
        ("Velmar refused any responsibility for the internal security of Ostria.",
         [("security_guarantees", "disagreement")]),
    ],
    ids=["soil-against", "rein-in-militants", "responsibility-for-security"],
)
def test_a_neighbour_kept_safe_from_ones_territory_is_a_security_guarantee(text, expected):
    """A side's soil not used against its neighbour, armed groups reined in, and who answers
    for the other's security are guarantees of security."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In Zelva the commanders set up a patrol-notification mechanism on Monday.",
         [("military_dialogue", "agreed")]),
        ("Ostria put forward a protocol of conduct for the Brenna lake.",
         [("military_dialogue", "discussed")]),
    ],
    ids=["patrol-notification", "protocol-of-conduct"],
)
def test_rules_for_forces_on_a_shared_line_are_military_dialogue(text, expected):
    """Rules of conduct on a shared line and notice given before a patrol are measures the
    two militaries take together."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("For the next round, no date has been set.",
         [("negotiation_process", "unresolved")]),
        ("The ministers met in Velm; still, no date was set yet for direct talks.",
         [("negotiation_process", "unresolved")]),
        ("The Lisk round ended with pledges on humanitarian access and little else.",
         [("humanitarian", "agreed")]),
        ("The meeting also created a joint panel on migration.",
         [("bilateral_relations", "agreed")]),
        ("Ruiz said the river border was nowhere near settled.",
         [("territory", "unresolved")]),
    ],
    ids=["no-date-for-next-round", "no-date-for-direct-talks", "pledges-on",
         "created-a-panel", "nowhere-near-settled"],
)
def test_status_words_of_everyday_reporting(text, expected):
    """A meeting with no date set stays open; pledges given and a body created are agreed;
    "nowhere near settled" is unresolved."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Velmar wants Norland to reopen the border crossings shut since May.",
         [("economic", "discussed")]),
        ("The note stressed the necessity of a withdrawal of forces from Zelva.",
         [("withdrawal_of_forces", "discussed")]),
        # (a cue after the wish still gives the status: a wished-for agreement is not one)
        ("Norland wants Velmar to agree to a ceasefire.",
         [("ceasefire", "unresolved")]),
        # (a third party's hope is no demand of a side)
        ("Ostria said it hopes Norland and Sudland can soon resolve the dispute by talking.",
         []),
    ],
    ids=["wants", "necessity-of", "wanted-agreement-stays-open", "third-party-hope"],
)
def test_what_one_side_wants_is_its_demand(text, expected):
    """What a side wants or calls a necessity is put on the table (discussed), not agreed."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The sides got near a text; they differed over the prisoner exchanges.",
         [("prisoners", "disagreement")]),
        ("Sudland negotiators declined to commit to a ceasefire in writing.",
         [("ceasefire", "disagreement")]),
        # (a source that will not speak refuses nothing of the talks)
        ("Velmar said the river border was agreed. We could not confirm this, and a "
         "Sudland spokesman declined to comment.",
         [("territory", "agreed")]),
    ],
    ids=["differed-over", "declined-to", "declined-to-comment"],
)
def test_differing_and_declining_are_disagreement(text, expected):
    """Sides that differ over an issue or decline to commit to it disagree; declining to
    comment is no refusal."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ruiz added that she would soon appoint a special envoy to follow up.",
         [("third_party_participation", "agreed")]),
        ("The delegates initialled texts on humanitarian access and on justice and "
         "reconciliation.",
         [("humanitarian", "agreed"), ("political_issues_general", "agreed")]),
        ("The council called for a handover, within six months, to a civilian-led government.",
         [("political_issues_general", "discussed")]),
        # (a transition with another issue in its item is of that issue)
        ("Velmar agreed to a transition to solar energy.", [("economic", "agreed")]),
        ("The rebels asked for compensation for all the victims' families in Brenna.",
         [("humanitarian", "discussed")]),
        # (people who protest are no protest of a side)
        ("Vale presented a list of demands: compensation for the families of protesters shot "
         "in May.",
         [("humanitarian", "discussed")]),
    ],
    ids=["appoint-an-envoy", "justice-and-reconciliation", "civilian-led-government",
         "energy-transition", "compensation-for-victims", "protesters-are-no-protest"],
)
def test_issues_of_a_transition_after_violence(text, expected):
    """An envoy to be appointed, reconciliation, a handover to civilians and help for the
    victims' families are issues of their own; "protesters" is no protest."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ostria and Velmar agreed to enlarge the set of products covered by the two "
         "states' trade agreement, the ministry said.",
         [("economic", "agreed")]),
        ("The ministers agreed on a plan to deal with the refugees.",
         [("humanitarian", "agreed")]),
        ("The hotline is used each day to deal with detentions near Lisk.", []),
        ("Vale said the truce plan was still under study.",
         [("ceasefire", "unresolved")]),
        ("The summit has been put off indefinitely.", [("leaders_meeting", "stalled")]),
    ],
    ids=["covered-by-the-agreement", "plan-to-deal-with", "deal-with-is-no-deal",
         "under-study", "put-off-indefinitely"],
)
def test_participles_and_idioms_that_hold_a_status_word(text, expected):
    """"goods covered by the agreement" is no discussion and "to deal with" no deal; a text
    still under study is open, a meeting put off indefinitely has stalled."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jon Vale and Ana Ruiz met in Velm and agreed to cooperate against cross-border scam "
         "operations.", [("intelligence_and_security_assistance", "agreed")]),
        ("Jon Vale and Ana Ruiz met in Velm and agreed on joint action against drug trafficking.",
         [("intelligence_and_security_assistance", "agreed")]),
    ],
    ids=["scam-operations", "drug-trafficking"],
)
def test_crime_fought_across_the_border_is_security_cooperation(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jon Vale and Ana Ruiz met in Velm and agreed that the rebels would hand over the "
         "coffins of four dead hostages on Monday.", [("bodies_repatriation", "agreed")]),
        ("Jon Vale and Ana Ruiz met in Velm and agreed on the return of the remains of the "
         "deceased captives.", [("bodies_repatriation", "agreed")]),
        # the living held are still civilians held
        ("Jon Vale and Ana Ruiz met in Velm and agreed on the release of all hostages.",
         [("civilian_detainees", "agreed")]),
    ],
    ids=["coffins-of-dead-hostages", "remains-of-deceased-captives", "living-hostages"],
)
def test_hostages_who_died_held_are_bodies_to_return(text, expected):
    assert _pairs(_run(text)) == expected
