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
         "held in Velm.\n\nSudland did not say when another meeting would take place.",
         [("talks_round", "planned", None, "Velm"), ("meeting", "undecided", None, None)]),
        ("The envoys met in Velm on Tuesday.\n\nNorland would not say when another meeting "
         "would take place.",
         [("meeting", "occurred", "2026-03-10", "Velm"), ("meeting", "undecided", None, None)]),
    ],
    ids=["did-not-say-when", "would-not-say-when"],
)
def test_a_sitting_whose_day_is_withheld_is_undecided(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The envoys of Norland and Sudland met on Wednesday at the office of the UN mission in "
        "Lisk, in the first face-to-face meeting in more than seven months.",
        "HARTA, March 12 - The envoys of Norland and Sudland met on Wednesday at the office of "
        "the UN mission in Lisk, in their first face-to-face meeting in more than seven months.",
    ],
    ids=["no-dateline", "dateline-elsewhere"],
)
def test_a_sitting_described_after_its_verb_is_that_sitting(text):
    assert _rows(text) == [("meeting", "occurred", "2026-03-11", "Lisk")]


def test_the_next_sittings_of_two_bodies_are_two_events():
    text = ("The next meeting of the working group on fisheries is expected to take place soon, "
            "the release said.\n\nJon Vale proposed that the next meeting of the chief "
            "negotiators be held in Velm in July.")
    assert _rows(text) == [("meeting", "expected", None, None),
                           ("meeting", "proposed", "2026-07", "Velm")]
