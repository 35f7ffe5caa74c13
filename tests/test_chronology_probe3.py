"""Chronology merges: talks reported while they go on, and recaps of a sitting whose article
names no parties for it."""

from __future__ import annotations

import pandas as pd

from analysis.chronology import build_chronology
from analysis.events import EVENT_COLUMNS

from .test_chronology import _ev as _event


def _ev(doc, n, type_="talks_round", start=None, end=None, city=None, participants=(),
        status="occurred"):
    return _event(doc, n, type_, start=start, end=end, city=city, participants=participants,
                  status=status)


def _groups(*rows):
    frame = pd.DataFrame(list(rows), columns=list(EVENT_COLUMNS))
    frame["round"] = frame["round"].astype("Int64")
    return sorted(tuple(ids) for ids in build_chronology(frame)["event_ids"])


def test_talks_told_while_they_go_on_are_not_a_sitting_planned_weeks_later():
    # a: "the talks opened in Lisk on 11 March" (no last day yet); b: "the sides will meet
    # again in Lisk in May"; c: the talks of 11-20 March, and the May meeting
    assert _groups(
        _ev("a", 1, start="2026-03-11", city="Lisk", participants=("NOR", "SUD"),
            status="ongoing"),
        _ev("b", 1, "meeting", start="2026-05", end="2026-05", city="Lisk",
            participants=("NOR", "SUD"), status="planned"),
        _ev("c", 1, start="2026-03-11", end="2026-03-20", city="Lisk"),
        _ev("c", 2, "meeting", start="2026-05", end="2026-05", city="Lisk",
            participants=("NOR",), status="planned"),
    ) == [("a#e1", "c#e1"), ("b#e1", "c#e2")]


def test_a_recap_of_a_round_with_no_parties_named_joins_another_articles_month_of_it():
    # a: "the last round took place in Brenna on 9-10 October 2019" (no parties named; its
    # article is about Norland and Ostria); b: talks "have not convened since October 2019"
    # naming Norland and two other states
    assert _groups(
        _ev("a", 1, start="2019-10-09", end="2019-10-10", city="Brenna"),
        _ev("a", 2, "statement", start="2025-05-21", end="2025-05-21",
            participants=("NOR", "OST")),
        _ev("b", 1, start="2019-10", end="2019-10", participants=("NOR", "SUD", "VEL")),
    ) == [("a#e1", "b#e1"), ("a#e2",)]

    # but two reports that each name their parties need more than one in common
    assert _groups(
        _ev("a", 1, start="2019-10-09", end="2019-10-10", city="Brenna",
            participants=("NOR", "OST")),
        _ev("b", 1, start="2019-10", end="2019-10", participants=("NOR", "SUD", "VEL")),
    ) == [("a#e1",), ("b#e1",)]
