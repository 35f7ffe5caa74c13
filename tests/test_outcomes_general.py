"""Tests for analysis.outcomes: the state of the talks as a whole, told with no issue named
(the overall settlement), and the cases left out."""

from __future__ import annotations

import pytest

from analysis.pipeline import analyse_articles
from analysis.seeds import load_seeds

from .test_outcomes import _pairs, _run


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"We have made real progress," Jon Vale said after the second day in Velm.',
         [("overall_settlement", "progress")]),
        ('Ana Ruiz said the two delegations had made "solid progress" before leaving Lisk.',
         [("overall_settlement", "progress")]),
        ("The Tarsk talks between Norland and Sudland ended without an agreement.",
         [("overall_settlement", "unresolved")]),
        ('Piet Lund called the round "useful" but said "much more work remains to be done."',
         [("overall_settlement", "unresolved")]),
        ("Sudland has agreed to nothing so far beyond the venue.",
         [("overall_settlement", "unresolved")]),
    ],
    ids=["made-progress", "had-made-progress", "ended-without", "more-work", "agreed-nothing"],
)
def test_the_state_of_the_talks_as_a_whole_is_the_overall_settlement(text, expected):
    assert _pairs(_run(text)) == expected


def test_a_meeting_that_ended_without_a_deal_is_the_settlement_left_open():
    text = "The Brenna summit on March 3 ended without a deal."
    assert _pairs(_run(text)) == [("overall_settlement", "unresolved")]


@pytest.mark.parametrize(
    "text",
    [
        "Ostria expects the two sides to build on the progress made in Zelva.",
        "Jon Vale said more progress was needed.",
        "Norland troops made progress along the river on Monday.",
    ],
    ids=["expected", "needed", "battlefield"],
)
def test_progress_expected_needed_or_on_the_battlefield_is_no_outcome(text):
    assert _pairs(_run(text)) == []


def test_progress_on_a_named_issue_stays_that_issues():
    text = "Ana Ruiz said the sides had made progress on the border."
    assert _pairs(_run(text)) == [("territory", "progress")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Jon Vale said the text on the water quota was "nearly ready".',
         [("economic", "progress")]),
        ('Ana Ruiz said "no compromise" had been found yet on the border.',
         [("territory", "unresolved")]),
        ("Both armies promised to stop every exchange of fire near Zelva.",
         [("ceasefire", "agreed")]),
        ("The Brenna commanders agreed to halt the use of all kinds of weapons.",
         [("ceasefire", "agreed")]),
        ("Piet Lund said Sudland would continue to observe the truce despite the incident.",
         [("ceasefire", "agreed")]),
        ("Norland and Sudland accuse each other of breaching the truce.",
         [("ceasefire", "disagreement")]),
    ],
    ids=["nearly-ready", "no-compromise", "exchange-of-fire", "all-weapons", "continue-to-observe",
         "breaching"],
)
def test_general_cues_of_issues_and_statuses_in_truce_reporting(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "No new date has been set. Jon Vale left for Lisk on Monday.",
        "Ana Ruiz said new dates would be announced once both capitals agree.",
    ],
    ids=["no-new-date", "dates-to-be-announced"],
)
def test_a_date_left_open_with_no_issue_before_is_the_next_sitting(text):
    assert _pairs(_run(text)) == [("negotiation_process", "unresolved")]


def test_a_date_left_open_after_an_issue_stays_that_issues():
    text = "The sides agreed on a prisoner swap near Tarsk. No date has been set."
    assert ("negotiation_process", "unresolved") not in _pairs(_run(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sudland accused Norland of shelling its positions near Brenna overnight.", []),
        ("The envoy's direct communication with Ana Ruiz was a step forward, her office said.",
         [("overall_settlement", "progress")]),
    ],
    ids=["army-positions", "direct-communication"],
)
def test_words_that_name_no_issue_of_the_talks(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Observers said the absence of a truce left both armies free to fight on while "
         "talks go on.", [("ceasefire", "unresolved")]),
        ('Jon Vale said Norland would "never give up" its share of the river water.',
         [("economic", "disagreement")]),
        ("Sudland could accept smaller fishing quotas in return for access to the port.",
         [("economic", "discussed")]),
        ("Detainee swaps went on into the spring. Since June, they too have dried up.",
         [("prisoners", "stalled")]),
        ('"Norland keeps dragging out the prisoner swaps," Ana Ruiz said.',
         [("prisoners", "stalled")]),
    ],
    ids=["absence-of", "never-give-up", "could-accept", "dried-up", "dragging-out"],
)
def test_general_cues_of_missing_refused_offered_and_halted_issues(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jon Vale said captured soldiers will be treated in line with the conventions.",
         [("prisoners", "agreed")]),
        ("Ana Ruiz said the remains of the fallen would be returned to Sudland within a week.",
         [("bodies_repatriation", "agreed")]),
        ("The two generals agreed not to move their forces forward near Tarsk.",
         [("military_issues_general", "agreed")]),
        ("Each army will set up a coordination team of three officers, the minutes say.",
         [("military_dialogue", "agreed")]),
    ],
    ids=["be-treated", "remains-of-the-fallen", "forces-forward", "coordination-team"],
)
def test_general_words_of_truce_undertakings(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Piet Lund said the two ministers had spoken in favour of continuing the direct "
         "talks.", [("negotiation_process", "agreed")]),
        ("Ana Ruiz said raising the level of the envoys had been discussed in Lisk.",
         [("negotiation_process", "discussed")]),
        ("The weekend in Zelva yielded no truce, observers wrote.",
         [("ceasefire", "unresolved")]),
    ],
    ids=["in-favour-of-continuing", "raising-the-level", "yielded-no"],
)
def test_general_words_of_the_process_and_of_a_meeting_that_brought_nothing(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jon Vale said the quota cannot be agreed this year.", "agreed"),
        ("Norland's fast-advancing dam programme worries its neighbours.", "progress"),
    ],
    ids=["cannot-be-reached", "fast-advancing"],
)
def test_a_status_word_that_is_denied_or_an_adjective_gives_no_such_status(text, expected):
    assert expected not in set(_run(text)["status"])


@pytest.mark.parametrize(
    "text",
    [
        "As agreed in Velm, the commanders of both armies met at the border.",
        "Nobody suggested the talks had broken down, Jon Vale said.",
    ],
    ids=["met-at-the-border", "denied-report"],
)
def test_a_venue_or_a_denied_report_gives_no_row(text):
    assert _pairs(_run(text)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Jon Vale said "most points were agreed" in Velm.', [("overall_settlement", "progress")]),
        ('Ana Ruiz said "two hard ones" were still open.', [("overall_settlement", "unresolved")]),
        ("Piet Lund said he had begun arrangements for a summit of the two presidents.",
         [("leaders_meeting", "progress")]),
    ],
    ids=["points-agreed", "still-open", "begun-arrangements"],
)
def test_a_share_of_the_text_settled_a_rest_left_open_and_steps_under_way(text, expected):
    assert _pairs(_run(text)) == expected


def test_a_round_of_exchanges_is_a_swap_not_a_round_of_talks():
    text = "Ana Ruiz said a new round of exchanges was agreed in Lisk."
    assert _pairs(_run(text)) == [("prisoners", "agreed")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jon Vale said the sides were not far from a deal on the water quota.",
         [("economic", "progress")]),
        ("Ana Ruiz said the next round would be announced once Lisk and Velm agree.",
         [("negotiation_process", "unresolved")]),
        ("Observers said the shelling showed the need for a truce monitoring mission.",
         [("ceasefire_monitoring", "unresolved")]),
        ("Both armies accused each other of shelling the villages, and their territorial "
         "dispute is not on the Zelva agenda.", [("territory", "unresolved")]),
        ('Piet Lund said the draft treaty "does not suit us at all".',
         [("overall_settlement", "disagreement")]),
    ],
    ids=["not-far-from", "announced-once", "need-for", "not-on-the-agenda", "does-not-suit"],
)
def test_nearness_a_sitting_still_to_be_set_a_need_an_agenda_left_out_and_a_refusal(
        text, expected):
    assert _pairs(_run(text)) == expected


def test_sides_that_will_keep_negotiating_agree_to_go_on():
    text = "The Lisk round closed with both envoys saying they would keep negotiating."
    assert _pairs(_run(text)) == [("negotiation_process", "agreed")]


def test_a_date_left_open_after_another_clause_is_not_the_next_sitting():
    text = "Jon Vale expects both presidents to come to Lisk soon, though no date has been set."
    assert ("negotiation_process", "unresolved") not in _pairs(_run(text))


def test_a_meeting_with_two_named_people_is_a_leaders_meeting():
    text = "Ana Ruiz said she wants a three-way meeting with Vale and Lund in Brenna."
    assert _pairs(_run(text)) == [("leaders_meeting", "discussed")]


def test_a_step_still_to_be_agreed_is_unresolved():
    text = "Norland expects a summit of the two leaders to be agreed before winter."
    assert _pairs(_run(text)) == [("leaders_meeting", "unresolved")]


def test_a_text_drawn_up_is_progress():
    text = "Ana Ruiz said the envoys had drawn up a new peace framework in Velm."
    assert _pairs(_run(text)) == [("overall_settlement", "progress")]


@pytest.mark.parametrize(
    "text",
    ["Sudland was quick to reject the revised text.", "Norland turned down the plan on Monday."],
    ids=["the-revised-text", "the-plan"],
)
def test_the_text_or_the_plan_by_itself_is_the_settlement(text):
    assert _pairs(_run(text)) == [("overall_settlement", "disagreement")]


def test_since_then_is_a_time_not_a_setting():
    text = "Since then the prisoner swaps have been at a standstill, Ana Ruiz said."
    assert _pairs(_run(text)) == [("prisoners", "stalled")]


def test_the_alternative_set_aside_gets_no_status():
    text = "Jon Vale said the sides agreed on a broad peace deal rather than a truce."
    assert _pairs(_run(text)) == [("overall_settlement", "agreed")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The two delegations discussed how a truce could be monitored.",
         [("ceasefire_monitoring", "discussed")]),
        ("Progress was made on separating the two armies along the Velm line.",
         [("separation_of_forces", "progress")]),
        ("The envoys discussed a possible demarcation line.",
         [("separation_of_forces", "discussed")]),
    ],
    ids=["truce-monitored", "separating-armies", "demarcation-line"],
)
def test_a_truce_watched_and_armies_pulled_apart_are_their_own_issues(text, expected):
    assert _pairs(_run(text)) == expected



@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norland would suspend the peace accord pending an inquiry, Jon Vale said.",
         [("overall_settlement", "stalled")]),
        ("The suspension of the Lisk peace accord remains in place.",
         [("overall_settlement", "stalled")]),
        ("Sudland has suspended the implementation of the Lisk declaration.",
         [("overall_settlement", "stalled")]),
        ("Norland agreed to end the suspension of the peace accord.",
         [("overall_settlement", "agreed")]),
    ],
    ids=["will-suspend-the-accord", "suspension-in-place", "implementation-suspended",
         "ending-a-suspension-is-no-stall"],
)
def test_a_side_that_suspends_the_accord_stalls_it(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a refusal of what the sentence before said, named by a noun that points back
        ("Sudland ties the treaty to the release of the prisoners. Norland rejected the link.",
         [("prisoners", "disagreement")]),
        # or with nothing after the verb
        ("Sudland says the prisoners must stay in jail. Norland disagrees.",
         [("prisoners", "disagreement")]),
        # a paragraph that opens by pointing back speaks of the one before
        ("Sudland wants the border commission to sit first.\n\nNorland rejected the demand.",
         [("territory", "disagreement")]),
        # but a paragraph that names its own issue does not
        ("Sudland wants the border commission to sit first.\n\nNorland rejected the demand "
         "on fishing quotas.", [("economic", "disagreement")]),
    ],
    ids=["rejected-the-link", "disagrees-with-nothing-after", "across-a-paragraph",
         "the-paragraph-names-its-own"],
)
def test_a_refusal_that_points_back_takes_the_issue_just_named(text, expected):
    assert [p for p in _pairs(_run(text)) if p[1] == "disagreement"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # soldiers held by the other side are its prisoners, and "held" is no truce holding
        ("The release of the nine soldiers held in Norland has not happened yet.",
         [("prisoners", "unresolved")]),
        ("The soldiers in Norland's custody will be freed on Friday, the two sides agreed.",
         [("prisoners", "agreed")]),
        ("The truce held in most areas.", [("ceasefire", "agreed")]),
        # the day of a step named after "no date for"
        ("No date for signing the peace treaty has been announced.",
         [("overall_settlement", "unresolved")]),
    ],
    ids=["release-not-yet-happened", "soldiers-in-custody", "a-truce-that-held",
         "no-date-for-the-signing"],
)
def test_soldiers_held_and_steps_not_come(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norland released 40 Sudlander servicemen, and Sudland freed three soldiers.",
         [("prisoners", "agreed")]),
        ("The two sides agreed that operations against the rebel militia would begin on "
         "October 1.", [("military_issues_general", "agreed")]),
        ("The two sides agreed that farmers may graze their herds near the border again.",
         [("humanitarian", "agreed")]),
        # an armed group by itself is no issue: it may be the party the talks are with
        ("The government and the armed group agreed to meet again in Velm.",
         [("negotiation_process", "agreed")]),
    ],
    ids=["soldiers-released", "operations-against-a-militia", "farmers-back-on-their-land",
         "an-armed-group-is-a-party"],
)
def test_soldiers_released_militias_and_farmers(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Jon Vale said the two sides had made "good progress" on the order of the next steps.',
         [("negotiation_process", "progress")]),
        ("The ministers agreed on the next steps.", [("negotiation_process", "agreed")]),
    ],
    ids=["progress-on-the-order-of-steps", "next-steps-agreed"],
)
def test_the_next_steps_are_the_process(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an elaboration inside one item of a list ends with the item: the next item is its own
        ("The accord commits both sides to let aid convoys pass, to restore services such as "
         "power and fuel, and to withdraw their forces from the clinics.",
         [("humanitarian", "agreed"), ("withdrawal_of_forces", "agreed")]),
        ("Under the accord, they also commit to vacate the clinics and other public buildings.",
         [("withdrawal_of_forces", "agreed")]),
        ('"The militia has not withdrawn a single soldier from the schools," Jon Vale said.',
         [("withdrawal_of_forces", "stalled")]),
        ("Sudland left the talks, citing Norland's failure to implement the truce.",
         [("ceasefire", "stalled")]),
        ("Fighting went on, and humanitarian access barely improved.",
         [("humanitarian", "stalled")]),
    ],
    ids=["such-as-within-an-item", "commit-to-vacate", "not-withdrawn-a-soldier",
         "failure-to-implement", "barely-improved"],
)
def test_forces_leaving_civilian_sites_and_steps_not_carried_out(text, expected):
    assert sorted(_pairs(_run(text))) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the signing of the text as such is the settlement
        ('"I did not want to sign any documents today," Jon Vale said.',
         [("overall_settlement", "disagreement")]),
        ('"Sudland will not sign anything," Jon Vale said.', [("overall_settlement", "disagreement")]),
        ("Ana Ruiz said the parties had committed to honour all articles of the agreement.",
         [("overall_settlement", "agreed")]),
        # (a strong issue named with the signing is the row)
        ("Norland and Sudland signed a ceasefire on Monday.", [("ceasefire", "agreed")]),
    ],
    ids=["did-not-want-to-sign", "will-not-sign-anything", "articles-of-the-agreement",
         "signed-a-ceasefire"],
)
def test_the_signing_of_the_text_is_the_settlement(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The final communiqué said the two generals had agreed to meet face to face.",
         [("leaders_meeting", "agreed")]),
        ("Whether the two generals will actually meet remains unclear.",
         [("leaders_meeting", "unresolved")]),
        # leaving the table is the process stalled, beside what the side blames for it
        ("The army announced the suspension of its participation in the Velm talks, owing to the "
         "militia's failure to implement the truce.",
         [("ceasefire", "stalled"), ("negotiation_process", "stalled")]),
        ("It provided for a halt to attacks and the withdrawal of forces from the clinics.",
         [("ceasefire", "agreed"), ("withdrawal_of_forces", "agreed")]),
    ],
    ids=["agreed-to-meet-face-to-face", "whether-the-generals-meet", "suspended-participation",
         "it-provided-for"],
)
def test_leaders_meeting_in_person_participation_and_what_a_text_provided_for(text, expected):
    assert sorted(_pairs(_run(text))) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The government agreed to restore basic services such as water and electricity.",
         [("humanitarian", "agreed")]),
        # a step of the deal under way is progress
        ("Residents said that Norland's troops had begun to pull out of some towns.",
         [("withdrawal_of_forces", "progress")]),
        ("Aid convoys have begun to arrive in Velm.", [("humanitarian", "progress")]),
        ("Deliveries of humanitarian aid have increased substantially since the truce.",
         [("humanitarian", "progress")]),
        # (what an army begins to do against the truce is no step of it)
        ("The army had begun to shell the town again, breaking the truce.", []),
    ],
    ids=["basic-services", "begun-to-pull-out", "begun-to-arrive", "increased-substantially",
         "begun-to-shell"],
)
def test_basic_services_and_steps_of_a_deal_under_way(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a siege lifted and the ways out of a region reopened are humanitarian
        ("Jon Vale demanded the lifting of the siege on Velm.", [("humanitarian", "discussed")]),
        ("The talks covered the full reopening of the ports and of Lisk airport.",
         [("humanitarian", "discussed")]),
        # what a draft would hold is discussed, item by item
        ("The draft would include a nationwide truce, the payment of public salaries and the "
         "reopening of roads.",
         [("ceasefire", "discussed"), ("economic", "discussed"), ("humanitarian", "discussed")]),
    ],
    ids=["lifting-of-the-siege", "reopening-of-ports-and-airport", "a-draft-would-include"],
)
def test_sieges_ports_and_what_a_draft_would_include(text, expected):
    assert sorted(_pairs(_run(text))) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # who may stand in an election is a political question; a text silent on it leaves it open
        ("The accord does not mention the ban that bars Ana Ruiz from holding office.",
         [("political_issues_general", "unresolved")]),
        ("The accord says nothing about disqualifications.",
         [("political_issues_general", "unresolved")]),
        ("Her eligibility remains unresolved.", [("political_issues_general", "unresolved")]),
        # one text read two ways is a disagreement
        ("Velm and Lisk have conflicting interpretations of the truce.",
         [("ceasefire", "disagreement")]),
    ],
    ids=["does-not-mention-the-ban", "says-nothing-about", "eligibility", "interpret-differently"],
)
def test_candidates_and_texts_silent_or_read_two_ways(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The promised summit in the lakeside town of Velm on the northern bank of the river "
         "is yet to be scheduled.", [("leaders_meeting", "unresolved")]),
        ("The withdrawal of Norland troops from the three villages along the river north of "
         "Velm has yet to begin.", [("withdrawal_of_forces", "unresolved")]),
    ],
    ids=["is-yet-to", "has-yet-to"],
)
def test_a_long_subject_takes_the_verb_that_opens_with_its_auxiliary(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ostria on Monday postponed the third round of talks between the two sides "
         "that had been planned for Friday in Velm.", [("negotiation_process", "unresolved")]),
        ("The border remains the main point of difference between the two sides.",
         [("territory", "disagreement")]),
        ('Jon Vale said the prisoners held in Velm "cannot be subject to any deal".',
         [("prisoners", "disagreement")]),
    ],
    ids=["postponed", "point-of-difference", "not-subject-to-a-deal"],
)
def test_a_sitting_postponed_and_a_matter_kept_out_of_any_deal(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The two sides committed in April to a truce.", [("ceasefire", "agreed")]),
        ("The accord provides for a prohibition of hostilities.", [("ceasefire", "agreed")]),
        ("Both states pledged to refrain from any support to non-state armed groups.",
         [("security_guarantees", "agreed")]),
    ],
    ids=["committed-in-a-month-to", "prohibition-of-hostilities", "support-to-armed-groups"],
)
def test_a_pledge_told_with_its_time_hostilities_banned_and_armed_groups_unbacked(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize("heading", ["MEDIA NOTE", "PRESS RELEASE", "Media Advisory"])
def test_the_office_under_a_release_heading_claims_the_release(tmp_path, heading):
    # the whole pipeline: the heading and the office line are read from the text itself
    text = (f"{heading}\nOFFICE OF THE SPOKESPERSON\nJune 27, 2026\n\n"
            "Today, the ministers of Norland and Sudland signed a peace agreement in Velm.\n\n"
            "Under the agreement, the parties commit to the prohibition of hostilities.\n")
    (tmp_path / "a.txt").write_text(f"date 2026-06-27 Signing\n\n{text}", encoding="utf-8")
    corpus = load_seeds(tmp_path)
    outcomes = analyse_articles(corpus.articles, corpus.problems).outcomes
    truce = outcomes[outcomes["category"] == "ceasefire"]
    assert list(zip(truce["claimant"], truce["claimant_type"], strict=True)) == [
        ("OFFICE OF THE SPOKESPERSON", "organisation")]
