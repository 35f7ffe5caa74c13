"""Chronology merges: a region, an island or an estate named as the venue is no other town
than the town in it that another report names; two agreements whose days share neither
their first nor their last day are two agreements."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from analysis import chronology
from analysis.chronology import build_chronology
from analysis.events import EVENT_COLUMNS

from .test_chronology import _ev as _event
from .test_chronology import _pairwise, _random_keys

NS = ("NOR", "SUD")  # Norland and Sudland, as codes


def _ev(doc, n, type_="summit", start=None, end=None, city=None, participants=NS,
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


DAY = {"start": "2026-03-04", "end": "2026-03-04"}


@pytest.mark.parametrize("cities, expected", [
    pytest.param(("Normandy", "Caen"), [("a#e1", "b#e1")], id="region-and-its-town"),
    pytest.param(("Caen", "Normandy"), [("a#e1", "b#e1")], id="town-and-its-region"),
    pytest.param(("Caen", "Rouen"), [("a#e1",), ("b#e1",)], id="two-towns"),
    pytest.param(("Normandy", "Crimea"), [("a#e1",), ("b#e1",)], id="two-regions"),
])
def test_a_wide_place_is_no_other_town_than_a_town_in_it(cities, expected):
    # "the Normandy summit of Jon Vale and Ana Ruiz" and "their summit in Caen that day"
    rows = [_ev("a", 1, **DAY, city=cities[0]), _ev("b", 1, **DAY, city=cities[1])]
    assert _groups(*rows, a="2026-03-05", b="2026-03-06") == expected


def test_a_wide_place_joins_the_group_of_a_town_and_a_report_without_town():
    # the group of Caen's report and a report naming no town takes the region's report too
    rows = [
        _ev("a", 1, **DAY, city="Caen"),
        _ev("b", 1, **DAY),
        _ev("c", 1, **DAY, city="Normandy", participants=()),
        _ev("c", 2, "statement", participants=NS),
    ]
    assert _groups(*rows, a="2026-03-05", b="2026-03-06", c="2026-03-07") == [
        ("a#e1", "b#e1", "c#e1"), ("c#e2",)]


def test_a_wide_place_and_an_undated_report_at_a_town_stay_apart():
    # an undated report is one by its venue and parties: a region is no venue for that
    rows = [_ev("a", 1, **DAY, city="Normandy"), _ev("b", 1, city="Caen")]
    assert _groups(*rows, a="2026-03-05", b="2026-03-06") == [("a#e1",), ("b#e1",)]


def test_the_gazetteer_tells_wide_places_from_towns():
    wide = chronology._wide_places()
    assert {"normandy", "crimea"} <= wide
    assert not {"caen", "geneva", "istanbul"} & wide


@pytest.mark.parametrize("seed", range(150))
def test_the_indexed_merge_with_wide_places_gives_the_groups_of_the_pairwise_walk(seed):
    rng = random.Random(seed)
    cities = ("lusaka", "normandy", "caen", "crimea", None)
    keys = sorted(
        (k._replace(city=rng.choice(cities)) for k in _random_keys(rng, rng.randint(2, 40))),
        key=lambda k: k.doc)
    assert chronology._merge(keys) == _pairwise(keys)


@pytest.mark.parametrize("days, expected", [
    pytest.param((("2026-07-28", "2026-07-28"), ("2026-07-26", "2026-08-07")),
                 [("a#e1",), ("b#e1",)], id="a-truce-and-a-later-accord"),
    pytest.param((("2026-07-28", "2026-07-28"), ("2026-07-26", "2026-07-28")),
                 [("a#e1", "b#e1")], id="the-last-day-of-its-talks"),
    pytest.param((("2026-07-28", "2026-07-28"), ("2026-07-28", "2026-07-29")),
                 [("a#e1", "b#e1")], id="agreed-and-in-force-next-day"),
    pytest.param((("2026-07-28", "2026-07-28"), ("2026-07-01", "2026-07-31")),
                 [("a#e1", "b#e1")], id="a-month"),
])
def test_agreements_whose_days_share_no_end_are_two(days, expected):
    # "Norland and Sudland agreed a truce on the 28th" and "the accord the two signed in
    # Brenna, after talks from 26 July to 7 August"
    (a0, a1), (b0, b1) = days
    rows = [_ev("a", 1, "agreement", start=a0, end=a1), _ev("b", 1, "agreement", start=b0, end=b1)]
    assert _groups(*rows, a="2026-08-08", b="2026-08-09") == expected


def test_talks_on_a_day_within_a_rounds_days_are_that_round():
    # the rule is the agreements' own: a report of one day of a round is that round
    rows = [_ev("a", 1, "talks_round", start="2026-07-26", end="2026-07-30", city="Tarsk"),
            _ev("b", 1, "talks_round", start="2026-07-28", end="2026-07-28")]
    assert _groups(*rows, a="2026-08-08", b="2026-08-09") == [("a#e1", "b#e1")]


def test_a_numbered_round_is_no_sideline_meeting_of_its_hosts_gathering():
    # "the first round of Norland-Sudland talks opened in Velm on Wednesday" and "Ostria
    # hosted the two delegations there": the round is the sitting that another report of the
    # first round tells, whatever third party that report adds to it
    rows = [
        _ev("a", 1, "talks_round", **DAY, city="Velm") | {"round": 1},
        _ev("a", 2, "meeting", **DAY, city="Velm", participants=(*NS, "OST")),
        _ev("b", 1, "talks_round", **DAY, city="Velm", participants=(*NS, "VEL")) | {"round": 1},
    ]
    assert _groups(*rows, a="2026-03-05", b="2026-04-01") == [("a#e1", "b#e1"), ("a#e2",)]
