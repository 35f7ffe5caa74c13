"""Tests for analysis.outcomes: how explainers, summaries of interviews, minutes, company and
NGO statements state what was agreed and what is stuck."""

from __future__ import annotations

import pytest

from .test_outcomes import _pairs, _run


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Joint Border Board noted that both delegations maintain their positions on where "
         "the land boundary runs.", [("territory", "disagreement")]),
        ("The Velm channel was built to take up to 5 cubic kilometres of water from the Zelva "
         "each season.", []),
        ("The Lisk Ports Authority did not settle a dispute about levies owed by Velm shippers.",
         [("economic", "unresolved")]),
        ("The framework for sharing of the Zelva river remains to be finalised.",
         [("economic", "unresolved")]),
        ("The quota question has been referred back to both finance ministries.",
         [("economic", "unresolved")]),
        ("Ostria, Velmar agree to repaint boundary markers but leave the canal row open",
         [("territory", "agreed"), ("economic", "unresolved")]),
        ("Officials say the renewal of the fishing quotas is largely agreed.",
         [("economic", "progress")]),
        ('One negotiator says an accord on inshore fishing boats is "very close" and may be signed tonight.',
         [("economic", "progress")]),
        ("Norland remains a very close ally of Sudland on trade.", []),
        ("The experts met in Zelva on Monday, and the gap on the transit tariff is now small.",
         [("economic", "progress")]),
        ("They agreed to meet every year. After a four-year gap, this is a serious promise.",
         [("negotiation_process", "agreed")]),
        ("Ostria welcomes the decision of the council to raise the water quota.",
         [("economic", "agreed")]),
        ("The board has allocated 12 million cubic metres from the reservoir to the Velm and Lisk utilities.",
         [("economic", "agreed")]),
        ("The ministers directed the technical committee to meet in Lisk in May.",
         [("negotiation_process", "agreed")]),
        ("Jon Vale promised to consider giving Velmar an observer seat.",
         [("third_party_participation", "discussed")]),
    ],
    ids=["positions-maintained", "take-up-to-a-figure", "a-dispute-not-settled",
         "remains-to-be-finalised", "referred-back", "a-headline-leaves-a-dispute-open",
         "largely-agreed", "very-close", "a-very-close-ally", "a-gap-now-small",
         "a-gap-in-time-is-no-gap",
         "welcomes-the-decision", "allocated", "directed-a-body-to-meet",
         "promised-to-consider"],
)
def test_status_cues_of_minutes_and_statements(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The oil ministers of Norland and Sudland will meet again in Tarsk in March.",
         [("negotiation_process", "agreed")]),
        ("Both delegations agreed to exchange hydrological data about the Brenna river.",
         [("economic", "agreed")]),
        ("The committee agreed to plant three new markers in the Velm section.",
         [("territory", "agreed")]),
        ("Norland and Sudland agreed on the coordinates of a ruined pillar near Tarsk.",
         [("territory", "agreed")]),
        ("The sides agreed to upgrade the Velm border gate to an international gate.",
         [("economic", "agreed")]),
        ("Ostria and Velmar agreed to lift output from the offshore Brenna field to 90,000 "
         "barrels daily.", [("economic", "agreed")]),
        ("On the lease of the two berths, we disagree.", [("economic", "disagreement")]),
        ("We agreed that the Velm railway will be rebuilt from Lisk to the border.",
         [("economic", "agreed")]),
        ("Both governments agreed their ministers should meet every year as of now.",
         [("negotiation_process", "agreed")]),
        ("A three-way meeting with Ostria was discussed.", [("negotiation_process", "discussed")]),
        ("The co-chairs reviewed their work since the 9th meeting, which was held in Zelva.", []),
    ],
    ids=["a-minister-of-a-field-is-no-issue", "hydrological-data-exchanged", "markers",
         "coordinates",
         "a-border-gate-is-a-crossing", "output-of-a-field", "a-lease-of-berths",
         "a-road-to-the-border", "meet-every-year", "a-three-way-meeting",
         "since-a-meeting-is-a-time"],
)
def test_issue_cues_of_rivers_fields_and_boundaries(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Asked if Sudland had agreed to limit how much water the Velm canal draws, Jon Vale "
         "said that question remained open.", [("economic", "unresolved")]),
        ("Asked about the fishing quota, she said the sides had agreed.",
         [("economic", "agreed")]),
    ],
    ids=["the-answer-gives-the-status", "the-answer-agrees"],
)
def test_a_reporters_question_names_the_issue_its_answer_the_status(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The quota was agreed at the board's 31st meeting in Brenna.", [("economic", "agreed")]),
        ("Norland and Sudland agreed to apply the decisions taken at the 12th meeting.",
         [("negotiation_process", "agreed")]),
        ("The Tarsk hydroelectric plant was discussed, but the board deferred its ruling on "
         "the contractor to its next meeting.", [("economic", "unresolved")]),
        ("The matter will return at the next meeting, set for October.",
         [("negotiation_process", "agreed")]),
    ],
    ids=["agreed-at-a-meeting", "decisions-taken-at-a-meeting-are-its-own",
         "put-off-to-the-next-meeting", "a-meeting-to-come"],
)
def test_the_meeting_where_a_decision_was_taken_is_its_occasion(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Envoys of both ministries held talks in Velm, their first contact since "
         "Sudland suspended its participation in the accord.", []),
        ("Norland suspended the talks.", [("negotiation_process", "stalled")]),
        ("Norland and Sudland claim the continental shelf. Talks between Norland and Ostria on "
         "that limit have gone nowhere.", [("territory", "stalled")]),
        ("The Brenna dam needs repair. Talks between the two capitals on the project have "
         "stalled for months.", [("economic", "stalled")]),
        ("Talks between Norland and Sudland have stalled.", [("negotiation_process", "stalled")]),
    ],
    ids=["a-stop-since-which-is-history", "a-stop-now", "talks-between-sides-on-that-limit",
         "talks-between-sides-on-the-project", "talks-between-sides"],
)
def test_what_talks_stalled(text, expected):
    assert _pairs(_run(text)) == expected


def test_an_aside_between_commas_is_no_item_of_a_list():
    out = _run('The three states agreed to dispatch a joint technical team, with Ostria '
               'engineers, to Zelva to check the border pillars again, and "took note of the '
               'progress made" towards a new Lisk trade route.')
    assert _pairs(out) == [("negotiation_process", "agreed"), ("territory", "agreed"),
                           ("economic", "progress")]
    assert out["evidence"].str.startswith("The three states agreed").all()


def test_a_headline_repeated_above_an_update_is_no_claim_of_its_own():
    text = ("Update 2\n\nNorland, Sudland agree on fishing quota, leave border open\n\n"
            "Norland and Sudland agreed on the fishing quota, the two ministries said.")
    out = _run(text, claims={("doc0", 2): ("the two ministries", "organisation")})
    rows = list(zip(out["category"], out["status"], out["claimant_type"], strict=True))
    assert rows == [("territory", "unresolved", "media"),
                    ("economic", "agreed", "organisation")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Tarsk treaty, signed on 9 April 1911, says the frontier starts at the lake shore.", []),
        ("The quota deal, signed in May 2024, says the catch is shared equally.",
         [("economic", "agreed")]),
    ],
    ids=["a-treaty-of-long-ago-is-background", "a-recent-deal-is-an-outcome"],
)
def test_a_text_signed_long_before_the_article_is_background(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Sudland delegation reiterated its expectation that the accord on sharing of the "
         "Zelva's water would be done soon.", [("economic", "discussed")]),
        ("For the onshore Lisk field, run on the Sudland side by Acme, the release "
         'merely states that "both parties reviewed" a steam injection plan.', [("economic", "discussed")]),
        ("The fishing quota was discussed. The matter has been referred back to both "
         "ministries.", [("economic", "unresolved")]),
    ],
    ids=["an-expectation-restated", "a-field-named-apart", "the-matter-points-back"],
)
def test_what_a_press_release_says_of_the_rivers(text, expected):
    assert _pairs(_run(text)) == expected
