"""Events: the place a ", where" clause hangs on, brief encounters at the edge of a sitting,
and statements told with no channel, time or office."""

from __future__ import annotations

import pytest

from .test_events import _country, _events, _person, _place, _summary

_SPECS = [
    _country("Norland", "NOR"), _country("Sudland", "SDN"), _country("Ostria", "OST"),
    _place("Velm", "Velm", "NOR"), _place("Lisk", "Lisk", "SDN"), _place("Tarsk", "Tarsk", "OST"),
    _person("Jon Vale", "Jon Vale", "foreign minister", "NOR"),
    _person("Ana Ruiz", "Ana Ruiz", "envoy", "SDN"),
]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the town the clause hangs on, not the one the party arrived in
        ("The Norland team reached Velm from Lisk, where Jon Vale on Friday met Ana Ruiz of "
         "Sudland.", [("meeting", "Lisk")]),
        # a few words of time between the town and the clause
        ("Jon Vale toured Tarsk on Tuesday and Wednesday, where he held talks with Ana Ruiz.",
         [("talks_round", "Tarsk")]),
    ],
    ids=["arrived-from-a-town-where", "visited-a-town-on-days-where"],
)
def test_an_event_in_a_where_clause_is_in_the_town_it_hangs_on(text, expected):
    got = _summary(_events(text, "2026-03-13", _SPECS))
    assert [(e["type"], e["city"]) for e in got] == expected
