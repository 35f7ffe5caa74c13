"""Tests for analysis.outcomes: a status sentence that names no issue takes the issue of the
sentence before; the talks said to go on are an agreed step of the process; the other forms
of the status verbs."""

from __future__ import annotations

import pytest

from .test_outcomes import _pairs, _run


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ministers spent Monday on the demarcation of the border near Tarsk. No "
         "agreement was reached.",
         [("territory", "unresolved")]),
        ("Jon Vale raised the fishing quota with his Sudland counterpart. The two sides "
         "could not agree.",
         [("economic", "unresolved")]),
        ("The ministers took up the border near Tarsk. Some 30 km still remain to be "
         "agreed.",
         [("territory", "unresolved")]),
        # (a verb of refusal or a halt has an object of its own, named or not)
        ("The ministers took up the tariffs on steel. Sudland suspended its cooperation.",
         [("economic", "discussed")]),
        # (a cue of a relative clause tells of its noun)
        ("The ministers took up the tariffs on steel. Firms that failed to pay were fined.",
         [("economic", "discussed")]),
        # (a sentence with an issue of its own keeps it)
        ("The ministers took up the tariffs on steel. No agreement was reached on the "
         "prisoners.",
         [("economic", "discussed"), ("prisoners", "unresolved")]),
        # (a new paragraph does not go on with the issue of the one before)
        ("The ministers took up the tariffs on steel.\n\nNo agreement was reached.",
         [("economic", "discussed")]),
    ],
    ids=["no-agreement-after-a-topic", "could-not-agree", "remain-to-be-agreed",
         "another-verb-with-its-object", "relative-clause", "own-issue-kept", "new-paragraph"],
)
def test_a_status_sentence_without_an_issue_takes_the_one_before(text, expected):
    """A sentence that names no issue at all and leaves something open (an "unresolved"
    cue) tells how the issue of the sentence before it in the paragraph ended, with no
    pronoun to point back: one outcome, the discussion's end."""
    assert sorted(_pairs(_run(text))) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Talks will continue in Lisk next month.", [("negotiation_process", "agreed")]),
        ("The two ministers confirmed that consultations between their deputies, last held "
         "in Brenna in May, will continue.",
         [("negotiation_process", "agreed")]),
        ("Until then the expert teams will continue their work.",
         [("negotiation_process", "agreed")]),
        # (the talks are not what goes on)
        ("Despite the talks, the shelling of Zelva will continue.", []),
        ("He said the negotiations would not continue.", []),
        # (talks on a topic that goes on are that topic's: nothing agreed of the process)
        ("Talks on the fishing quota will continue next week.", []),
    ],
    ids=["talks-will-continue", "consultations-with-an-aside", "teams-continue-their-work",
         "another-subject", "negated", "talks-on-a-topic"],
)
def test_talks_that_will_go_on_are_an_agreed_step(text, expected):
    """The talks (or the sides' work) as the subject or object of a future "continue"."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In May Norland and Sudland issued a joint text committing to a truce.",
         [("ceasefire", "agreed")]),
        ("The round followed the Velm talks, where Ostria first brokered the truce.",
         [("ceasefire", "agreed")]),
        ("Ana Ruiz said talks on marking the Velm border line had been completed.",
         [("territory", "agreed")]),
        ("Jon Vale said the delegation had secured fishing quotas for the coming year.",
         [("economic", "agreed")]),
        ("Both sides reaffirm the commitments made at Velm, first of all not to use force.",
         [("security_guarantees", "agreed")]),
        ("The demarcation of the border has not been completed.",
         [("territory", "unresolved")]),
        ("Police secured the square in front of the hall.", []),
    ],
    ids=["committing-to", "brokered", "been-completed", "secured", "reaffirm-present",
         "not-completed", "secured-a-place"],
)
def test_the_other_forms_of_the_status_verbs(text, expected):
    """The forms of the agreement verbs the lists lacked ("committing to", "reaffirm ...
    commitments"), a truce brokered, a quota secured, talks on an issue completed."""
    assert _pairs(_run(text)) == expected


def test_a_numbered_readout_that_names_its_minister_is_the_ministrys():
    """A text of numbered paragraphs with no outlet and no ministry named, which opens on
    its minister ("Minister for Foreign Affairs of Norland"), is that ministry's readout."""
    body = ("On 3 May Ms. Ana Ruiz, Minister for Foreign Affairs of Norland, held talks with "
            "her Sudland counterpart in Velm. The summary follows.\n\n"
            "1. Minister Ruiz spoke of the trade between the two states.\n\n"
            "2. The two Ministers agreed to exchange prisoners before the winter.")
    row = _run(body).iloc[-1]
    assert (row["category"], row["claimant"], row["claimant_type"]) == (
        "prisoners", "Ministry of Foreign Affairs of Norland", "organisation")
