"""Events told as held "here" (past the venue they were held at, and under a dateline set on a
line of its own above the story), and agreements told by the text the parties adopt or initial."""

from __future__ import annotations

import pytest

from .test_events import _brief, _country, _events, _summary


@pytest.mark.parametrize(
    "text, expected",
    [
        # "here" after the venue places the venue, and the talks, in the dateline's town
        ("LISK - Sudland recalled its consul on Monday.\n\nNorland and Sudland held talks "
         "at the old customs house here on Tuesday.",
         [("talks_round", "occurred", "2026-10-27", "2026-10-27", "Lisk")]),
        # a dateline on its own line, the weekday cut short before the day
        ("TARSK, Thurs. Oct. 29, 2026\n\nNorland and Sudland held talks at the old customs "
         "house here on Tuesday.",
         [("talks_round", "occurred", "2026-10-27", "2026-10-27", "Tarsk")]),
        ("TARSK, October 29, 2026\n\nThe river board met here on Tuesday.",
         [("meeting", "occurred", "2026-10-27", "2026-10-27", "Tarsk")]),
        # a heading that is no dateline places nothing
        ("Board meets again\n\nThe river board met here on Tuesday.",
         [("meeting", "occurred", "2026-10-27", "2026-10-27", None)]),
    ],
    ids=["here-past-the-venue", "dateline-line-with-weekday", "dateline-line", "no-dateline"],
)
def test_here_is_the_datelines_town(text, expected):
    assert _brief(_events(text, "2026-10-29", [])) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Delegates initialled protocols on grazing and water rights.", ["agreement"]),
        ("The two ministers approved a joint work plan on border markets.", ["agreement"]),
        ("The summit adopted a joint declaration on the river.", ["agreement"]),
        # approving what is no text of the parties is no agreement
        ("The Norland parliament approved the budget on Sunday.", []),
    ],
    ids=["initialled-protocols", "approved-a-work-plan", "adopted-a-declaration",
         "approved-a-budget"],
)
def test_texts_adopted_or_initialled_are_agreements(text, expected):
    specs = [_country("Norland", "NOR"), _country("Sudland", "SDN")]
    assert [e["type"] for e in _summary(_events(text, "2026-03-13", specs))] == expected
