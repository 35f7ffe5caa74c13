"""Chronology merges: a region, an island or an estate named as the venue is no other town
than the town in it that another report names; two agreements whose days share neither
their first nor their last day are two agreements; a numbered round is no sideline meeting;
an undated report of talks is none held a year or more before it; two plans at one town,
one without its day, told within days of each other, are one plan."""

from __future__ import annotations

import datetime as dt
import functools
import random

import pytest

from analysis import chronology

from .test_chronology import _ev as _event
from .test_chronology import _pairwise, _random_keys
from .test_chronology_probe4 import _groups

NS = ("NOR", "SUD")  # Norland and Sudland, as codes


def _ev(doc, n, type_="summit", start=None, end=None, city=None, participants=NS,
        status="occurred"):
    return _event(doc, n, type_, start=start, end=end, city=city, participants=participants,
                  status=status)


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
    told = [None, dt.date(2026, 2, 20), dt.date(2026, 3, 2), dt.date(2026, 3, 30),
            dt.date(2027, 6, 1)]
    keys = sorted(
        (k._replace(city=rng.choice(cities), after=rng.choice((None, *told[1:4])),
                    told=rng.choice(told))
         for k in _random_keys(rng, rng.randint(2, 40))),
        key=lambda k: k.doc)
    assert chronology._merge(keys) == _pairwise(keys)


@pytest.mark.parametrize("days, expected", [
    pytest.param((("2026-05-05", "2026-05-05"), ("2026-05-03", "2026-05-15")),
                 [("a#e1",), ("b#e1",)], id="a-truce-and-a-later-accord"),
    pytest.param((("2026-05-05", "2026-05-05"), ("2026-05-03", "2026-05-05")),
                 [("a#e1", "b#e1")], id="the-last-day-of-its-talks"),
    pytest.param((("2026-05-05", "2026-05-05"), ("2026-05-05", "2026-05-06")),
                 [("a#e1", "b#e1")], id="agreed-and-in-force-next-day"),
    pytest.param((("2026-05-05", "2026-05-05"), ("2026-05-01", "2026-05-31")),
                 [("a#e1", "b#e1")], id="a-month"),
])
def test_agreements_whose_days_share_no_end_are_two(days, expected):
    # "Norland and Sudland agreed a truce on the 5th" and "the accord the two signed in
    # Brenna, after talks from 3 to 15 May"
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


def test_an_undated_report_of_talks_is_none_held_years_before_it():
    # "the envoys met the two delegations in Velm" (this week) and "the last summit of the
    # two leaders, in Velm in June three years ago"
    rows = [
        _ev("a", 1, "meeting", start="2023-06", end="2023-06", city="Velm"),
        _ev("b", 1, "meeting", city="Velm"),
        _ev("c", 1, "meeting", start="2026-03-04", end="2026-03-04", city="Velm"),
    ]
    assert _groups(*rows, a="2026-03-01", b="2026-03-05", c="2026-03-06") == [
        ("a#e1",), ("b#e1", "c#e1")]


def test_an_undated_report_of_talks_is_the_talks_of_its_year():
    rows = [_ev("a", 1, "meeting", start="2026-01", end="2026-01", city="Velm"),
            _ev("b", 1, "meeting", city="Velm")]
    assert _groups(*rows, a="2026-02-01", b="2026-06-05") == [("a#e1", "b#e1")]


def test_an_undated_report_of_an_agreement_is_its_deal_of_any_year():
    rows = [_ev("a", 1, "agreement", start="2015-02", end="2015-02", city="Velm"),
            _ev("b", 1, "agreement", city="Velm")]
    assert _groups(*rows, a="2016-02-01", b="2026-06-05") == [("a#e1", "b#e1")]


def _plan(doc, day=None, city="Lisk", participants=NS, status="expected"):
    return _ev(doc, 1, "talks_round", start=day, end=day, city=city,
               participants=participants, status=status)


@pytest.mark.parametrize("rows, published, expected", [
    pytest.param([_plan("a", "2026-03-20"), _plan("b", participants=())],
                 ("2026-03-12", "2026-03-15"), [("a#e1", "b#e1")], id="dated-and-undated"),
    pytest.param([_plan("a", "2026-03-20", participants=()), _plan("b")],
                 ("2026-03-12", "2026-03-15"), [("a#e1", "b#e1")], id="undated-names-parties"),
    pytest.param([_plan("a", "2026-03-20"), _plan("b", city="Zelva", participants=())],
                 ("2026-03-12", "2026-03-15"), [("a#e1",), ("b#e1",)], id="two-towns"),
    pytest.param([_plan("a", "2026-03-20"), _plan("b", participants=())],
                 ("2026-01-12", "2026-03-15"), [("a#e1",), ("b#e1",)], id="months-apart"),
    pytest.param([_plan("a", "2026-03-20"), _plan("b", participants=("OST", "VEL"))],
                 ("2026-03-12", "2026-03-15"), [("a#e1",), ("b#e1",)], id="other-parties"),
    pytest.param([_plan("a", "2026-03-20"), _plan("b", participants=(), status="occurred")],
                 ("2026-03-12", "2026-03-15"), [("a#e1",), ("b#e1",)], id="one-held"),
])
def test_two_plans_at_one_town_one_without_its_day_are_one(rows, published, expected):
    # "the next round is expected in Lisk on the 20th" and, three days on, "a round could
    # take place in Lisk", of the same negotiation
    others = [_ev(d, 2, "statement", participants=NS) for d in "ab"]  # (the articles' parties)
    assert _groups(*rows, *others, a=published[0], b=published[1]) == sorted(
        [*expected, ("a#e2",), ("b#e2",)])


@pytest.mark.parametrize("type_, day, published, parties, expected", [
    pytest.param("prisoner_exchange", "2026-05-12", "2026-05-12", NS, [("a#e1", "b#e1")],
                 id="swap-of-the-day"),
    pytest.param("prisoner_exchange", "2026-05-11", "2026-05-12", (*NS, "OST"),
                 [("a#e1", "b#e1")], id="swap-of-the-day-before-with-its-mediator"),
    pytest.param("phone_call", "2026-05-11", "2026-05-12", NS, [("a#e1", "b#e1")],
                 id="call-of-the-day-before"),
    pytest.param("prisoner_exchange", "2026-05-09", "2026-05-12", NS,
                 [("a#e1",), ("b#e1",)], id="days-before"),
    pytest.param("prisoner_exchange", "2026-05-13", "2026-05-12", NS,
                 [("a#e1",), ("b#e1",)], id="the-day-after"),
    pytest.param("prisoner_exchange", "2026-05-12", "2026-05-12", ("OST", "VEL"),
                 [("a#e1",), ("b#e1",)], id="other-parties"),
    pytest.param("statement", "2026-05-12", "2026-05-12", NS, [("a#e1",), ("b#e1",)],
                 id="statements-are-many-a-day"),
])
def test_an_undated_report_is_the_news_of_its_articles_day(type_, day, published, parties,
                                                           expected):
    # "Norland and Sudland swapped 84 prisoners each, Jon Vale announced" (published on the
    # 12th, no date) and "the swap of 12 May" told months later
    rows = [_ev("a", 1, type_, start=day, end=day, participants=parties),
            _ev("b", 1, type_, participants=NS)]
    assert _groups(*rows, a="2026-12-10", b=published) == expected


def test_a_plan_is_not_the_news_of_its_day():
    rows = [_ev("a", 1, "phone_call", start="2026-05-12", end="2026-05-12"),
            _ev("b", 1, "phone_call", status="planned")]
    assert _groups(*rows, a="2026-12-10", b="2026-05-12") == [("a#e1",), ("b#e1",)]


def test_the_towns_of_a_few_names_are_read_as_the_whole_list_gives_them(monkeypatch):
    from analysis import towns

    names = frozenset({"caen", "rouen", "normandy", "geneva"})
    whole = {n: c for n in names if (c := towns.town_countries().get(n)) is not None}
    assert towns.town_countries_of(names) == whole  # (the list held: looked up)
    monkeypatch.setattr(towns, "town_countries", functools.cache(towns.town_countries.__wrapped__))
    assert towns.town_countries_of(names) == whole  # (not held: read line by line)
    assert whole["caen"] == ("FRA",) and "normandy" not in whole


def test_a_town_spelt_with_and_without_its_apostrophe_is_one_town():
    # two undated reports of one visit, one spelling the town "Lisk'a", the other "Liska"
    rows = [_ev("a", 1, type_="meeting", city="Lisk'a"), _ev("b", 1, type_="meeting", city="Liska")]
    assert _groups(*rows, a="2026-03-05", b="2026-03-06") == [("a#e1", "b#e1")]
