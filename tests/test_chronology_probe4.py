"""Chronology merges: a meeting an article tells as still to come is none over before the
article was written; an agreement named by its year is the deal of that year; two ministers
meeting on the sidelines of a three-way meeting is a meeting of its own; one plan with no day
and no town, told twice in a few days, is one plan."""

from __future__ import annotations

import pandas as pd

from analysis.chronology import build_chronology
from analysis.events import EVENT_COLUMNS

from .test_chronology import _ev as _event


def _ev(doc, n, type_="meeting", start=None, end=None, city=None, participants=(),
        status="occurred"):
    return _event(doc, n, type_, start=start, end=end, city=city, participants=participants,
                  status=status)


def _groups(*rows, **published):
    frame = pd.DataFrame(list(rows), columns=list(EVENT_COLUMNS))
    frame["round"] = frame["round"].astype("Int64")
    articles = pd.DataFrame({
        "doc_id": list(published),
        "published": pd.to_datetime(list(published.values())).astype("datetime64[s]"),
    })
    return sorted(tuple(ids) for ids in build_chronology(frame, articles)["event_ids"])


def test_a_meeting_due_later_this_month_is_not_one_held_before_its_report():
    # a (4 March): "the envoy met the president on Thursday" (no parties named; the article
    # is about Norland and Sudland); b (19 March): "Jon Vale is due to meet the Sudland
    # leader in Lisk later this month"
    rows = (
        _ev("a", 1, "summit", start="2026-03-04", end="2026-03-04"),
        _ev("a", 2, "statement", start="2026-03-04", end="2026-03-04",
            participants=("NOR", "SUD")),
        _ev("b", 1, "summit", start="2026-03", end="2026-03", city="Lisk",
            participants=("NOR", "SUD"), status="planned"),
    )
    assert _groups(*rows, a="2026-03-04", b="2026-03-19") == [
        ("a#e1",), ("a#e2",), ("b#e1",)]

    # but the plan told on 1 March is still the meeting held on the 4th
    rows = (
        _ev("a", 1, start="2026-03-04", end="2026-03-04", city="Lisk",
            participants=("NOR", "SUD")),
        _ev("b", 1, start="2026-03", end="2026-03", city="Lisk",
            participants=("NOR", "SUD"), status="planned"),
    )
    assert _groups(*rows, a="2026-03-05", b="2026-03-01") == [("a#e1", "b#e1")]

    # and "the sides were to meet on 2 March" told as planned in a report of 9 March: a misread
    # past, still the meeting another report tells
    rows = (
        _ev("a", 1, start="2026-03-02", end="2026-03-02", city="Lisk",
            participants=("NOR", "SUD")),
        _ev("b", 1, start="2026-03-02", end="2026-03-02", city="Lisk",
            participants=("NOR", "SUD"), status="planned"),
    )
    assert _groups(*rows, a="2026-03-03", b="2026-03-09") == [("a#e1", "b#e1")]


def test_an_agreement_named_by_its_year_is_the_deal_signed_that_year():
    # a: "the Lisk accord, which the sides signed in December 2018"; b: "a panel set up by
    # the 2018 agreement" (no town)
    rows = (
        _ev("a", 1, "agreement", start="2018-12", end="2018-12", city="Lisk",
            participants=("NOR", "SUD")),
        _ev("b", 1, "agreement", start="2018", end="2018", participants=("NOR",)),
    )
    assert _groups(*rows, a="2023-03-20", b="2023-03-21") == [("a#e1", "b#e1")]

    # but "talks in 2018" hold every round of those parties that year
    rows = (
        _ev("a", 1, "talks_round", start="2018-12", end="2018-12", city="Lisk",
            participants=("NOR", "SUD")),
        _ev("b", 1, "talks_round", start="2018", end="2018", participants=("NOR", "SUD")),
    )
    assert _groups(*rows, a="2023-03-20", b="2023-03-21") == [("a#e1",), ("b#e1",)]


def test_a_meeting_on_the_sidelines_of_a_three_way_one_is_not_that_one():
    # a: the Norland, Sudland and Ostria ministers met in Velm on 22 March; b: "on the
    # sidelines, Jon Vale held talks with Ana Ruiz" (Norland and Sudland), then the three
    # ministers' meeting
    rows = (
        _ev("a", 1, start="2026-03-22", end="2026-03-22", city="Velm",
            participants=("NOR", "OST", "SUD")),
        _ev("b", 1, start="2026-03-22", end="2026-03-22", city="Velm",
            participants=("NOR", "SUD")),
        _ev("b", 2, start="2026-03-22", end="2026-03-22", city="Velm",
            participants=("NOR", "OST", "SUD")),
    )
    assert _groups(*rows, a="2026-03-22", b="2026-03-23") == [("a#e1", "b#e2"), ("b#e1",)]

    # nor is it another report's meeting of two others of the three on its sidelines
    rows = (
        _ev("a", 1, start="2026-03-22", end="2026-03-22", city="Velm",
            participants=("NOR", "OST", "SUD")),
        _ev("a", 2, start="2026-03-22", end="2026-03-22", city="Velm",
            participants=("NOR", "SUD")),
        _ev("b", 1, start="2026-03-22", end="2026-03-22", city="Velm",
            participants=("NOR", "OST", "SUD")),
        _ev("b", 2, start="2026-03-22", end="2026-03-22", city="Velm",
            participants=("NOR", "OST")),
    )
    assert _groups(*rows, a="2026-03-22", b="2026-03-23") == [
        ("a#e1", "b#e1"), ("a#e2",), ("b#e2",)]

    # a plan for the month of a larger gathering is no meeting on those days: b's account
    # of the talks of 3 March (naming Norland alone) is still a's
    rows = (
        _ev("a", 1, start="2026-03-03", end="2026-03-03", city="Velm",
            participants=("NOR", "SUD")),
        _ev("b", 1, start="2026-03-03", end="2026-03-03", participants=("NOR",)),
        _ev("b", 2, "summit", start="2026-03", end="2026-03", city="Tarsk",
            participants=("NOR", "OST", "SUD"), status="planned"),
    )
    assert _groups(*rows, a="2026-03-04", b="2026-03-05") == [
        ("a#e1", "b#e1"), ("b#e2",)]

    # a report that names two of the three and tells no larger meeting is still the three's
    rows = (
        _ev("a", 1, start="2026-03-22", end="2026-03-22", city="Velm",
            participants=("NOR", "OST", "SUD")),
        _ev("b", 1, start="2026-03-22", end="2026-03-22", city="Velm",
            participants=("NOR", "SUD")),
    )
    assert _groups(*rows, a="2026-03-22", b="2026-03-23") == [("a#e1", "b#e1")]


def test_talks_still_to_come_with_no_day_or_town_told_twice_in_a_few_days_are_one():
    # a (10 May): "Norland and Sudland will meet in a third country"; b (12 May): "asked
    # when the two sides would sit down together abroad, Ana Ruiz gave no date"
    rows = (
        _ev("a", 1, "talks_round", participants=("NOR", "SUD"), status="undecided"),
        _ev("b", 1, "talks_round", participants=("NOR", "SUD"), status="planned"),
    )
    assert _groups(*rows, a="2026-05-10", b="2026-05-12") == [("a#e1", "b#e1")]

    # but not months apart, nor with a third party, nor talks held
    rows = (
        _ev("a", 1, "talks_round", participants=("NOR", "SUD"), status="undecided"),
        _ev("b", 1, "talks_round", participants=("NOR", "SUD"), status="planned"),
        _ev("c", 1, "talks_round", participants=("NOR", "OST", "SUD"), status="planned"),
        _ev("d", 1, "talks_round", participants=("NOR", "SUD")),
    )
    assert _groups(*rows, a="2026-05-10", b="2026-08-12", c="2026-05-11", d="2026-05-11") == [
        ("a#e1",), ("b#e1",), ("c#e1",), ("d#e1",)]
