"""Tests for analysis.outcomes: sentences that report an outcome in words the phrase lists
did not know (a bare head noun, a verb of request or refusal) and nouns that point back to
an issue named sentences before."""

from __future__ import annotations

import pytest

from .test_outcomes import _pairs, _run


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vale told us that withdrawal of any kind was not settled yet.",
         [("withdrawal_of_forces", "unresolved")]),
        # (a side leaving the talks withdraws no forces)
        ("Norland announced its withdrawal from the talks on Monday.", []),
        ("The two armies agreed that neither would reinforce its troops near Tarsk or move "
         "forces towards Lisk.",
         [("military_issues_general", "agreed")]),
        ("The ministers agreed that the observers should deploy within a week.",
         [("ceasefire_monitoring", "agreed")]),
        ("Ana Ruiz requested that Sudland free the detained Norlandic nationals soon.",
         [("civilian_detainees", "discussed")]),
        ("Ostria and Velmar agreed they would go on communicating at all levels.",
         [("bilateral_relations", "agreed")]),
        ("The Velmar Red Crescent agreed on Monday it would act as neutral intermediary.",
         [("third_party_participation", "agreed")]),
    ],
    ids=["bare-withdrawal", "withdrawal-from-the-talks", "troops-and-forces-held-back",
         "observers-deploy", "detained-nationals-with-adjective", "communicating-at-all-levels",
         "neutral-intermediary"],
)
def test_an_issue_named_by_its_head_noun_is_found(text, expected):
    """An issue named by its bare head noun ("withdrawal", "observers", "troops") or with
    words between the words of a known phrase ("detained Norlandic nationals") is an issue."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Velmar turned down a Sudland suggestion to redraw the border near Tarsk.",
         [("territory", "disagreement")]),
        ("Jon Vale asked for the tariff to be cut by half.",
         [("economic", "discussed")]),
        ("Diplomats in Lisk are floating a leaders' meeting for the autumn.",
         [("leaders_meeting", "discussed")]),
        ("The two ministers concurred on holding the next round of talks in Brenna.",
         [("negotiation_process", "agreed")]),
        ("Ruiz said the two ministries would look at practical cooperation.",
         [("bilateral_relations", "discussed")]),
        # (a source's request for anonymity is no request of the talks)
        ("A Norland official, who asked for anonymity, said the tariffs had been agreed.",
         [("economic", "agreed")]),
    ],
    ids=["turned-down", "asked-for", "floating-the-idea", "concurred", "look-at",
         "asked-for-anonymity"],
)
def test_verbs_of_request_refusal_and_accord_give_a_status(text, expected):
    """Asking for, floating and looking at an issue discuss it; turning it down disputes it;
    concurring on it agrees it."""
    assert _pairs(_run(text)) == expected


def test_the_issue_is_the_last_one_the_paragraph_named():
    """A noun that points back ("the matter") names the last issue of its paragraph even
    when sentences of comment that name none stand between."""
    text = ("The sides talked about a prisoner exchange on Monday. Vale said the lists were "
            "long. Ruiz said more names would follow. The matter remains unresolved.")
    assert _pairs(_run(text)) == [("prisoners", "discussed"), ("prisoners", "unresolved")]
    # (in the next paragraph the noun points back to nothing this far)
    other = ("The sides talked about a prisoner exchange on Monday.\n\nVale said the lists were "
             "long. Ruiz said more names would follow. The matter remains unresolved.")
    assert _pairs(_run(other)) == [("prisoners", "discussed")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norland and Sudland agreed on a truce in May. The issue was discussed again in Velm "
         "on Friday.", [("ceasefire", "agreed"), ("ceasefire", "discussed")]),
        # (a noun that names a new issue of its own points back to nothing)
        ("Norland and Sudland agreed on a truce in May. The question of who pays for the "
         "roads was discussed on Friday.", [("ceasefire", "agreed")]),
        # (a pronoun alone is too loose: "it" may be the meeting)
        ("Norland and Sudland agreed on a truce in May. It was discussed again in Velm.",
         [("ceasefire", "agreed")]),
    ],
    ids=["the-issue-was-discussed", "the-question-of-a-new-issue", "a-pronoun-is-not-enough"],
)
def test_a_noun_that_points_back_carries_any_status(text, expected):
    """"The issue was discussed": a noun that points back names the issue before as plainly
    as the issue's own word, whatever the status (a pronoun only with a negative one)."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Velm minutes commit both armies to keep the truce.", [("ceasefire", "agreed")]),
        ("Jon Vale called again for the return of the soldiers held by Sudland.",
         [("prisoners", "discussed")]),
        ("The rebels say the withdrawal was never discussed.",
         [("withdrawal_of_forces", "unresolved")]),
        ("Norland maintains that a withdrawal by Sudland comes first.",
         [("withdrawal_of_forces", "disagreement")]),
        ("Both sides pledged to restore state authority around Brenna.",
         [("territory", "agreed")]),
        ("Ruiz said the core principles were covered in Velm.",
         [("overall_settlement", "discussed")]),
    ],
    ids=["text-commits", "called-again-for", "never-discussed", "maintains-that",
         "state-authority", "core-principles"],
)
def test_more_words_of_status_and_issue(text, expected):
    """A text that commits the sides agrees; a demand renewed discusses; what was never
    discussed is open; a side that maintains its view disputes; the state's return to an
    area is a question of territory; the core principles are the settlement's."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The minutes commit both armies to keep the truce, freeze troop movements and allow "
         "observers to verify compliance.",
         [("ceasefire", "agreed"), ("military_issues_general", "agreed"),
          ("ceasefire_monitoring", "agreed")]),
        # (a comma after "to the ..." opens no series)
        ("According to the press, the ministers discussed trade and fish.",
         [("economic", "discussed")]),
        # (adjectives in a row are no verbs of a series)
        ("They agreed to seek a fair, binding and lasting peace deal.",
         [("overall_settlement", "agreed")]),
    ],
    ids=["three-infinitives", "according-to-the-press", "adjectives-in-a-row"],
)
def test_a_series_of_infinitives_with_one_comma_is_a_list(text, expected):
    """"to keep A, freeze B and allow C": three steps under one verb, each an outcome of its
    own (no step absorbs another, as "observers" would absorb the truce in one clause)."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The co-chairs say the Tarsk hotline is working well.",
         [("military_dialogue", "progress")]),
        ("The co-chairs noted the regular functioning of the Zelva hotline.",
         [("military_dialogue", "progress")]),
        ("The Velm declaration on security guarantees is still a draft, Vale said.",
         [("security_guarantees", "unresolved")]),
    ],
    ids=["working-well", "regular-functioning", "still-a-draft"],
)
def test_a_mechanism_at_work_and_a_text_in_draft(text, expected):
    """A mechanism the talks set up that works has made progress; a text that is still a
    draft is not agreed."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Those talks in Brenna ended with no real progress.",
         [("negotiation_process", "stalled")]),
        ("The fishers' union deplored the lack of progress on quotas.",
         [("economic", "stalled")]),
    ],
    ids=["no-real-progress", "lack-of-progress"],
)
def test_progress_denied_or_lacking_is_a_standstill(text, expected):
    """"no real progress", "the lack of progress on X": a standstill, not progress."""
    assert _pairs(_run(text)) == expected
