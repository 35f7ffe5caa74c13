"""Events: later sittings told apart (a day withheld, two bodies), a sitting described in a
phrase after its verb."""

from __future__ import annotations

import pytest

from .test_events import _country, _events, _place

_SPECS = [_place("Velm", "Velm", "NOR"), _place("Lisk", "Lisk", "SDN"),
          _country("Norland", "NOR"), _country("Sudland", "SDN")]


def _rows(text: str, published: str = "2026-03-13") -> list[tuple]:
    return [(r["type"], r["status"], r["start"], r["city"])
            for r in _events(text, published, _SPECS).to_dict("records")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Officials in Lisk said the visit brought progress and that further talks would be "
         "held in Velm.\n\nSudland did not say when a new session would open.",
         [("talks_round", "planned", None, "Velm"), ("talks_session", "undecided", None, None)]),
        ("The envoys met in Velm on Tuesday.\n\nNorland would not say when the two delegations "
         "would next meet.",
         [("meeting", "occurred", "2026-03-10", "Velm"), ("meeting", "undecided", None, None)]),
    ],
    ids=["did-not-say-when", "would-not-say-when"],
)
def test_a_sitting_whose_day_is_withheld_is_undecided(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The envoys of Norland and Sudland met on Wednesday at the UN compound in Lisk, in the "
        "first face-to-face meeting between them in over a year.",
        "HARTA, March 12 - The envoys of Norland and Sudland met on Wednesday at the UN compound "
        "in Lisk, in their first face-to-face meeting between them in over a year.",
    ],
    ids=["no-dateline", "dateline-elsewhere"],
)
def test_a_sitting_described_after_its_verb_is_that_sitting(text):
    assert _rows(text) == [("meeting", "occurred", "2026-03-11", "Lisk")]


def test_the_next_sittings_of_two_bodies_are_two_events():
    text = ("The next meeting of the working group on fisheries is expected to take place soon, "
            "the release said.\n\nJon Vale suggested that the next meeting of the chief "
            "negotiators be held in Velm in July.")
    assert _rows(text) == [("meeting", "expected", None, None),
                           ("meeting", "proposed", "2026-07", "Velm")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The two ministers also agreed to keep up high-level contacts and to hold a "
         "senior-officials dialogue on maritime security in the second half of the year.",
         [("meeting", "planned", "2026", None)]),
        # the practice of talking is no sitting; the next one in Lisk is
        ("Officials said constructive dialogue works, and Norland called for a return to "
         "dialogue through a maritime dialogue channel. Both governments further agreed to host "
         "their next dialogue in Lisk, according to the ministry.",
         [("meeting", "planned", None, "Lisk")]),
    ],
    ids=["vice-ministerial-dialogue", "next-dialogue-not-the-practice"],
)
def test_a_dialogue_counted_is_a_sitting(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a modifier the lexicon does not list stands between the plan and the noun
        ("The two ministers agreed to hold a vice-ministerial meeting on fisheries.",
         [("meeting", "planned", None, None)]),
        # (and a half year at the end of the sentence names no deal of that year)
        ("The ministers agreed to stage a technical meeting on grazing rights in the first half "
         "of next year.", [("meeting", "planned", "2027", None)]),
    ],
    ids=["unlisted-modifier", "half-of-next-year"],
)
def test_a_sitting_planned_with_a_long_noun_phrase_is_planned(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Vale met Ruiz in Lisk on Saturday, their first meeting of this kind since November "
         "2023.", "2026-03-13",
         [("meeting", "occurred", "2026-03-07", "Lisk"), ("meeting", "occurred", "2023-11", None)]),
        ("Vale and Ruiz are to co-chair on Monday the Norland-Sudland Strategic Dialogue, the "
         "first such session since April 2019 in Velm.", "2026-03-14",
         [("meeting", "scheduled", "2026-03-16", None),
          ("talks_round", "occurred", "2019-04", "Velm")]),
    ],
    ids=["of-its-kind-since", "since-then-its-town"],
)
def test_the_sitting_before_the_first_since_is_an_event_of_its_own(text, published, expected):
    assert _rows(text, published) == expected
