"""Tests for analysis.outcomes: negation and modality of outcomes as news tells them (a deal
denied, an issue kept off the agenda, a step agreed only to be weighed, a side's terms, a truce
that holds or collapsed, a failure told with words between), with the claimant of each row,
and sentences that report no outcome at all."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.pipeline import article_tables

from .test_outcomes import _pairs, _run


def _table(text: str) -> pd.DataFrame:
    """The outcomes of ``text`` run through every stage (claims included)."""
    articles = pd.DataFrame(
        [("doc0", "doc0.txt", pd.Timestamp("2025-06-11"), "title", text, len(text))],
        columns=["doc_id", "path", "published", "title", "text", "n_chars"],
    )
    return article_tables(articles)["outcomes"]


def _rows(text: str) -> list[tuple]:
    out = _table(text)
    return list(zip(out["category"], out["status"], out["claimant"], out["claimant_type"],
                    strict=True))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sudland's army denied that any deal on prisoners had been reached.",
         [("prisoners", "unresolved")]),
        ("The Velmar ministry denied reports that a ceasefire had been agreed in Lisk.",
         [("ceasefire", "unresolved")]),
        ("Ostria dismissed reports of a deal on the withdrawal of troops.",
         [("withdrawal_of_forces", "unresolved")]),
        ("Norland denied any agreement on the border had been reached.",
         [("territory", "unresolved")]),
        ("Officials in Velm denied that the two sides had agreed on a prisoner swap.",
         [("prisoners", "unresolved")]),
        ("Sudland denied access to the aid convoys, but both sides agreed on a truce.",
         [("ceasefire", "agreed")]),
    ],
    ids=["denied-that-any-deal", "denied-reports", "dismissed-reports", "denied-any-agreement",
         "denied-that-agreed", "denied-access-is-no-denial"],
)
def test_a_deal_denied_is_no_deal(text, expected):
    """A side that denies a deal was reached says the issue is still open; "denied access"
    denies no agreement."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The border question was not on the agenda in Velm.", [("territory", "unresolved")]),
        ("The delegations did not discuss the return of refugees.",
         [("humanitarian", "unresolved")]),
        ("There was no discussion of sanctions at the Lisk meeting.",
         [("economic", "unresolved")]),
        ("The ministers not only discussed the border but also agreed on a prisoner swap.",
         [("territory", "discussed"), ("prisoners", "agreed")]),
        ("The two sides did not rule out a prisoner exchange.", [("prisoners", "discussed")]),
    ],
    ids=["not-on-the-agenda", "did-not-discuss", "no-discussion-of", "not-only-discussed",
         "did-not-rule-out"],
)
def test_a_discussion_denied_leaves_the_issue_open(text, expected):
    """"Not discussed" in any words ("was not on the agenda", "did not discuss") leaves the
    issue unresolved; "not only discussed" and "did not rule out" still discuss it."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The delegations agreed to consider a proposal on a buffer zone.",
         [("separation_of_forces", "discussed")]),
        ("The sides agreed to study an Ostrian plan for a prisoner swap.",
         [("prisoners", "discussed")]),
        ("The sides agreed to an Ostrian plan for a prisoner swap.", [("prisoners", "agreed")]),
    ],
    ids=["agreed-to-consider", "agreed-to-study", "agreed-to-plan"],
)
def test_agreeing_to_weigh_a_proposal_only_discusses_it(text, expected):
    """"Agreed to consider a proposal" promises a look at it, not the thing proposed."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The negotiators made little headway on humanitarian access.",
         [("humanitarian", "stalled")]),
        ("The ceasefire deal unravelled within days.", [("ceasefire", "stalled")]),
        ("The border deal fell apart in the spring.", [("territory", "stalled")]),
        ("A truce agreed in March collapsed after fighting broke out near Zelva.",
         [("ceasefire", "stalled")]),
        ("The truce signed in Lisk collapsed within a week.", [("ceasefire", "stalled")]),
        ("The ceasefire agreed in Lisk in March has largely held.", [("ceasefire", "agreed")]),
    ],
    ids=["little-headway", "unravelled", "fell-apart", "truce-agreed-then-collapsed",
         "truce-signed-then-collapsed", "truce-agreed-then-held"],
)
def test_a_deal_that_came_apart_is_stalled(text, expected):
    """A deal that unravelled or collapsed is stalled, even when the words after its name
    recall that it was agreed ("a truce agreed in March collapsed")."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The truce has largely held since May.", [("ceasefire", "agreed")]),
        ("The ceasefire is holding.", [("ceasefire", "agreed")]),
        ("The truce held.", [("ceasefire", "agreed")]),
        ("Both sides have largely observed the truce.", [("ceasefire", "agreed")]),
        ("The truce has largely been respected in Tarsk.", [("ceasefire", "agreed")]),
        ("Norland has held talks on a ceasefire with Sudland three times this year.", []),
        ("Talks on the border were held in Velm.", []),
        ("Velmar is holding talks with Ostria on the border this week.", []),
    ],
    ids=["largely-held", "is-holding", "held", "largely-observed", "been-respected",
         "held-talks", "talks-were-held", "holding-talks"],
)
def test_a_truce_that_holds_is_in_force(text, expected):
    """A truce that holds, said after it, is agreed and in force; a verb of holding with an
    object ("has held talks") or a passive ("talks were held") says nothing of it."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Velmar and Ostria failed once again to agree on the sharing of the Zelva river.",
         [("economic", "unresolved")]),
        ("The two sides are yet to agree on a timetable for the troop withdrawal.",
         [("withdrawal_of_forces", "unresolved")]),
        ('"We have not been able to agree on the border," Vale said.',
         [("territory", "unresolved")]),
        ("The ministers are unlikely to agree on a ceasefire this week.",
         [("ceasefire", "unresolved")]),
        ("The question of sanctions was left for a later round.", [("economic", "unresolved")]),
        ("The status of the enclave remains the main obstacle.", [("territory", "disagreement")]),
        ("The two sides agreed to disagree on the border.", [("territory", "disagreement")]),
        ("Norland and Sudland traded accusations over the border.",
         [("territory", "disagreement")]),
    ],
    ids=["failed-once-again-to", "are-yet-to", "not-been-able-to", "unlikely-to",
         "left-for-a-later-round", "main-obstacle", "agreed-to-disagree", "traded-accusations"],
)
def test_a_failure_or_a_forecast_with_words_between(text, expected):
    """A failure or a doubtful forecast told with words between the negative and the verb of
    agreement leaves the issue open; an obstacle named is a disagreement."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Both sides reaffirmed their support for the ceasefire.", [("ceasefire", "agreed")]),
        ("The sides reaffirmed the importance of the humanitarian corridor.",
         [("humanitarian", "discussed")]),
        ("The ministry reaffirmed Ostria's support for efforts to reach a lasting settlement.", []),
    ],
    ids=["reaffirmed-their-support", "reaffirmed-importance", "third-party-support"],
)
def test_what_the_sides_reaffirm(text, expected):
    """Sides that reaffirm their support for a truce keep to it; the importance of a thing
    reaffirmed is only its discussion; a third party's support for peace efforts is no
    outcome."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sudland would agree to a ceasefire only if Norland withdraws from Tarsk.",
         [("ceasefire", "agreed", "conditional")]),
        ("Norland would accept a truce provided that Sudland stops the shelling.",
         [("ceasefire", "agreed", "conditional")]),
        ("Velmar hopes Norland would agree to a truce if the shelling stops.",
         [("ceasefire", "unresolved", None)]),
        ("Ostria wished Velmar would accept a truce.", [("ceasefire", "unresolved", None)]),
    ],
    ids=["would-only-if", "would-provided-that", "hope-would-if", "wish-would"],
)
def test_a_sides_terms_are_a_conditional_commitment(text, expected):
    """"Would agree only if", "would accept provided that": a side states the terms of its
    commitment, an agreement on condition; a hope or a wish that it would is none."""
    out = _run(text)
    assert list(zip(out["category"], out["status"], out["commitment"], strict=True)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sudland's army denied reports that a ceasefire had been agreed, Omar Said said.",
         [("ceasefire", "unresolved", "Omar Said", "named_official")]),
        ("The return of refugees was not on the agenda, Lena Hart said.",
         [("humanitarian", "unresolved", "Lena Hart", "named_official")]),
        ("The truce has largely held since May, officials said.",
         [("ceasefire", "agreed", "officials", "anonymous_source")]),
        ("A truce agreed in March collapsed in April, Ana Ruiz said.",
         [("ceasefire", "stalled", "Ana Ruiz", "named_official")]),
        ("The negotiators made little headway on the border, diplomats said.",
         [("territory", "stalled", "diplomats", "anonymous_source")]),
        ("Norland and Sudland failed again to agree on a truce.",
         [("ceasefire", "unresolved", None, "media")]),
    ],
    ids=["denied-by-named", "not-on-agenda-by-named", "held-by-officials",
         "collapsed-by-named", "little-headway-by-diplomats", "failed-again-by-outlet"],
)
def test_category_status_and_claimant_through_every_stage(text, expected):
    """Through the whole analysis each row keeps the category, the status and who says it."""
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jon Vale thanked Ostria for hosting the talks in Velm.",
        "The delegations had lunch together on the second day.",
        "Lena Hart will travel to Lisk next week.",
        "No agreement was reached, Jon Vale said.",
        "Norland and Sudland resumed talks in Velm on Monday.",
    ],
    ids=["thanks", "lunch", "travel", "no-agreement-no-issue", "resumed-talks"],
)
def test_a_sentence_with_no_outcome_gives_no_row(text):
    """A sentence that names no issue, or reports no outcome of one, gives no row."""
    assert _rows(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The envoys ended a second round of talks in Velm without a deal on the border.",
         [("territory", "unresolved")]),
        ("There was no agreement on the exchange of prisoners, nor on the return of bodies.",
         [("prisoners", "unresolved"), ("bodies_repatriation", "unresolved")]),
        ("The sides made no progress on the border, nor on the withdrawal of troops.",
         [("territory", "stalled"), ("withdrawal_of_forces", "stalled")]),
        ("The two sides agreed on the need for a ceasefire but failed to agree on its terms.",
         [("ceasefire", "unresolved")]),
    ],
    ids=["ended-a-round-without-a-deal", "nor-on", "no-progress-nor-on", "need-agreed"],
)
def test_what_a_clause_denies_reaches_each_issue(text, expected):
    """A deal missing at the end of a round is missing on its issue, not a round left open;
    "nor on Y" says of Y what the clause before says of X; a need agreed is no step agreed."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ruiz said that a deal on prisoners could be reached soon.", [("prisoners", "progress")]),
        ('Vale said an agreement on the border was "not far off".', [("territory", "progress")]),
        ("A comprehensive peace deal remains out of reach.",
         [("overall_settlement", "unresolved")]),
        ("Ostria said it was in no hurry to agree on the border.", [("territory", "unresolved")]),
        ("Vale said he doubted that a ceasefire would be agreed this week.",
         [("ceasefire", "unresolved")]),
        ("Neither side has agreed to the proposal for a buffer zone.",
         [("separation_of_forces", "unresolved")]),
        ("Neither side would commit to a date for the withdrawal of troops.",
         [("withdrawal_of_forces", "unresolved")]),
        ("The ceasefire, which was due to start at midnight, did not take hold.",
         [("ceasefire", "stalled")]),
        ("Velmar is ready to sign a ceasefire as soon as Ostria stops its shelling.",
         [("ceasefire", "agreed")]),
    ],
    ids=["could-be-reached", "not-far-off", "out-of-reach", "in-no-hurry", "doubted",
         "neither-side-agreed", "would-not-commit", "did-not-take-hold", "ready-to-sign"],
)
def test_a_deal_near_far_doubted_or_refused(text, expected):
    """A deal forecast ("could be reached", "not far off") is progress; one out of reach,
    doubted, or that neither side agreed to is open; a truce that did not take hold is
    stalled; a side ready to sign is committed."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("An agreement on the border could not be reached in Lisk.",
         [("territory", "unresolved")]),
        ("A deal on prisoners, if reached, would be the first since 2019.", []),
        ("It remains to be seen whether the truce will hold.", [("ceasefire", "unresolved")]),
        ("The two sides did not sign a deal on the border in Velm.",
         [("territory", "unresolved")]),
        ("Ostria said reports of a deal on prisoners were premature.",
         [("prisoners", "unresolved")]),
        ("An agreement on the exchange of prisoners is still possible.",
         [("prisoners", "progress")]),
        ("Only the exchange of prisoners was agreed; the border was not.",
         [("prisoners", "agreed"), ("territory", "unresolved")]),
    ],
    ids=["could-not-be-reached", "if-reached", "remains-to-be-seen", "did-not-sign",
         "reports-premature", "still-possible", "the-border-was-not"],
)
def test_a_deal_supposed_called_early_or_left_out(text, expected):
    """A negator inside the words of a deal reached denies it; a deal "if reached" is only
    supposed; reports of a deal "premature" deny it; "X was not" after a clause that agreed
    another issue leaves X open."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a state of the whole talks reached, on topics that are no issue of their own
        ('"We were able to reach a better understanding on a number of principles," Jon Vale '
         "said after the talks.", [("overall_settlement", "progress")]),
        ("The Velmar ministry said the parties had moved closer towards a common understanding.",
         [("overall_settlement", "progress")]),
        # asked about, not told
        ("Ana Ruiz said it was still too early to judge whether Norland and Sudland were drawing "
         "closer.", [("bilateral_relations", "unresolved")]),
        # a guess that a side would agree is no agreement
        ('Ana Ruiz said she was "less confident" that Sudland would agree to a ceasefire.',
         [("ceasefire", "unresolved")]),
        # a step agreed and not taken
        ("Two months later, the prisoner swap has not taken place.",
         [("prisoners", "stalled")]),
    ],
    ids=["able-to-reach", "moved-closer", "whether-closer", "less-confident", "not-taken-place"],
)
def test_states_reached_guessed_and_not_carried_out(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The members adopted the terms of reference of the commission, including its rules of "
         "procedure.", [("negotiation_process", "agreed")]),
        ("The parties agreed to establish a joint information-sharing cell.",
         [("intelligence_and_security_assistance", "agreed")]),
        ("Norland and Sudland signed a declaration committing to a permanent ceasefire and to "
         "negotiate a final peace treaty within weeks.",
         [("ceasefire", "agreed"), ("negotiation_process", "agreed")]),
        ("Sudland refused to negotiate.", [("negotiation_process", "disagreement")]),
        ("The two sides met in Velm on Friday. No date or venue has been announced for a sixth "
         "round.", [("negotiation_process", "unresolved")]),
        ("The talks in Velm were called off. Neither side has since named a date.",
         [("negotiation_process", "unresolved")]),
        ('"The two positions as stated in public are irreconcilable," said Ana Ruiz.',
         [("overall_settlement", "disagreement")]),
    ],
    ids=["terms-of-reference", "information-sharing", "committed-to-negotiate", "refused-to-negotiate",
         "no-date-or-venue", "neither-named-a-date", "irreconcilable"],
)
def test_rules_of_a_body_information_shared_and_talks_to_open(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Under the declaration, the two sides agreed to refrain from "any attack, whether by '
         'air, land or sea".', [("ceasefire", "agreed")]),
        ("Sudland asked for the release of all political prisoners. Jon Vale rejected the "
         "demand.", [("civilian_detainees", "disagreement")]),
        ("Jon Vale said the ceasefire is failing.", [("ceasefire", "stalled")]),
        ("Ana Ruiz said the question of the prisoners has not been solved.",
         [("prisoners", "unresolved")]),
    ],
    ids=["refrain-from-any-attack", "rejected-the-demand", "is-failing", "not-been-solved"],
)
def test_a_pledge_to_hold_fire_a_demand_rejected_and_a_failing_deal(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Both sides agreed to go on exchanging information on burial sites through the Red Cross.",
         [("bodies_repatriation", "agreed")]),
        ("In Velm they agreed on some of the treaty articles but left others open.",
         [("overall_settlement", "progress"), ("overall_settlement", "unresolved")]),
    ],
    ids=["burial-sites", "part-of-a-text-agreed"],
)
def test_the_dead_by_their_graves_and_a_text_agreed_in_part(text, expected):
    assert _pairs(_run(text)) == expected
