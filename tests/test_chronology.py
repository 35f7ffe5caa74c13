"""One chronology across articles: merging, conflicts, series of rounds, gaps and timeline bars."""

from __future__ import annotations

import datetime as dt
import random

import pandas as pd
import pyarrow as pa
import pytest

from analysis import chronology
from analysis.chronology import (
    CHRONOLOGY_COLUMNS,
    GAP_COLUMNS,
    TIMELINE_COLUMNS,
    build_chronology,
    round_gaps,
    timeline_data,
)
from analysis.dates import spans_overlap
from analysis.events import EVENT_COLUMNS


def _ev(
    doc,
    n,
    type_="talks_round",
    start=None,
    end=None,
    city=None,
    participants=("RUS", "UKR"),
    round_=None,
    format_=None,
    status="occurred",
):
    return {
        "doc_id": doc,
        "event_id": f"{doc}#e{n}",
        "sentence_idx": n,
        "type": type_,
        "status": status,
        "start": start,
        "end": end,
        "venue": None,
        "city": city,
        "country": {"Istanbul": "TUR", "Abu Dhabi": "ARE", "Geneva": "CHE", "Doha": "QAT"}.get(
            city
        ),
        "participants": tuple(sorted(participants)),
        "hosts_mediators": (),
        "round": round_,
        "format": format_,
        "cameo": None,
        "evidence": f"sentence {n} of {doc}",
    }


def _events(*rows):
    frame = pd.DataFrame(list(rows), columns=list(EVENT_COLUMNS))
    frame["round"] = frame["round"].astype("Int64")
    return frame


def _articles(**published):
    return pd.DataFrame(
        {
            "doc_id": list(published),
            "published": pd.to_datetime(list(published.values())).astype("datetime64[s]"),
        }
    )


def _groups(chron):
    return [tuple(ids) for ids in chron["event_ids"]]


MERGES = [
    (
        [
            _ev("a", 1, start="2025-05-16", end="2025-05-16", city="Istanbul"),
            _ev("b", 1, start="2025-05-16", end="2025-05-16", city="Istanbul"),
        ],
        [("a#e1", "b#e1")],
    ),
    (  # one inside the other, same parties, one without a venue
        [
            _ev(
                "a",
                1,
                start="2026-01-23",
                end="2026-01-24",
                city="Abu Dhabi",
                participants=("RUS", "UKR", "USA"),
            ),
            _ev("b", 1, start="2026-01-24", end="2026-01-24", participants=("RUS", "UKR", "USA")),
        ],
        [("a#e1", "b#e1")],
    ),
    (  # same day, different cities
        [
            _ev("a", 1, start="2025-05-16", end="2025-05-16", city="Istanbul"),
            _ev("b", 1, start="2025-05-16", end="2025-05-16", city="Geneva"),
        ],
        [("a#e1",), ("b#e1",)],
    ),
    (  # same city, different days
        [
            _ev("a", 1, start="2025-05-16", end="2025-05-16", city="Istanbul"),
            _ev("b", 1, start="2025-06-02", end="2025-06-02", city="Istanbul"),
        ],
        [("a#e1",), ("b#e1",)],
    ),
    (  # same numbered round of the same parties, dates disagree
        [
            _ev("a", 1, start="2025-06-02", end="2025-06-02", city="Istanbul", round_=2),
            _ev("b", 1, start="2025-06-03", end="2025-06-03", city="Istanbul", round_=2),
        ],
        [("a#e1", "b#e1")],
    ),
    (  # different round numbers never merge
        [
            _ev("a", 1, start="2025-06-02", city="Istanbul", round_=2),
            _ev("b", 1, start="2025-06-02", city="Istanbul", round_=3),
        ],
        [("a#e1",), ("b#e1",)],
    ),
    (  # undated, same venue and parties
        [
            _ev("a", 1, city="Doha", participants=("ISR", "PSE")),
            _ev(
                "b",
                1,
                start="2025-05-03",
                end="2025-05-03",
                city="Doha",
                participants=("ISR", "PSE"),
            ),
        ],
        [("a#e1", "b#e1")],
    ),
    (  # undated, same venue, other parties
        [
            _ev("a", 1, city="Doha", participants=("AFG", "USA")),
            _ev(
                "b",
                1,
                start="2025-05-03",
                end="2025-05-03",
                city="Doha",
                participants=("ISR", "PSE"),
            ),
        ],
        [("a#e1",), ("b#e1",)],
    ),
    (  # different families on the same day and place
        [
            _ev("a", 1, start="2025-05-16", end="2025-05-16", city="Istanbul"),
            _ev("b", 1, type_="statement", start="2025-05-16", end="2025-05-16", city="Istanbul"),
        ],
        [("a#e1",), ("b#e1",)],
    ),
    (  # two events of one article are never merged here
        [
            _ev("a", 1, start="2025-05-16", end="2025-05-16", city="Istanbul"),
            _ev("a", 2, start="2025-05-16", end="2025-05-16", city="Istanbul"),
        ],
        [("a#e1",), ("a#e2",)],
    ),
    (  # a digest's two talks on one day in two towns, and a report of one without its town
        [
            _ev("a", 1, start="2025-05-15", end="2025-05-16", city="Istanbul",
                participants=("AZE", "IRN", "KEN", "SOM")),
            _ev("a", 2, start="2025-05-16", end="2025-05-16", city="Geneva",
                participants=("KEN", "SOM")),
            _ev("b", 1, start="2025-05-16", end="2025-05-16", participants=("KEN", "SOM")),
        ],
        [("a#e1", "b#e1"), ("a#e2",)],
    ),
    (  # "the talks resumed on Tuesday" in a story about Ostia and Zelnik's talks
        [
            _ev("a", 1, start="2026-03-10", end="2026-03-10", city="Lusaka",
                participants=("OST", "ZEL")),
            _ev("a", 2, start="2026-03-03", end="2026-03-03", participants=()),
            _ev("a", 3, type_="statement", start="2026-03-11", participants=("ZEL",)),
            _ev("b", 1, start="2026-03-03", end="2026-03-03", participants=("OST", "ZEL")),
        ],
        [("a#e1",), ("a#e2", "b#e1"), ("a#e3",)],
    ),
    (  # in a round-up of two negotiations, a report that names no parties is of the story it
        # follows in the text (e9 before e10), not of the whole article's
        [
            _ev("a", 1, start="2026-03-10", end="2026-03-10", city="Lusaka",
                participants=("OST", "ZEL")),
            _ev("a", 9, start="2026-03-11", end="2026-03-11", city="Harare",
                participants=("NOR", "SUD")),
            _ev("a", 10, start="2026-03-03", end="2026-03-03", participants=()),
            _ev("b", 1, start="2026-03-03", end="2026-03-03", participants=("OST", "ZEL")),
            _ev("c", 1, start="2026-03-03", end="2026-03-03", participants=("NOR", "SUD")),
        ],
        [("a#e1",), ("a#e9",), ("a#e10", "c#e1"), ("b#e1",)],
    ),
    (  # parties that chain through a mediator are one negotiation
        [
            _ev("a", 1, start="2026-03-10", end="2026-03-10", participants=("OST", "ZEL")),
            _ev("a", 2, type_="statement", start="2026-03-12", participants=("NOR", "ZEL")),
            _ev("a", 3, type_="phone_call", start="2026-03-14", participants=("NOR",)),
            _ev("a", 4, start="2026-03", participants=()),
            _ev("b", 1, start="2026-03-20", end="2026-03-21", participants=("NOR", "OST")),
        ],
        [("a#e1",), ("a#e2",), ("a#e3",), ("a#e4", "b#e1")],
    ),
    (  # one report of a meeting names the host, the other the guests: each is its article's
        # negotiation (the articles name both sides elsewhere)
        [
            _ev("a", 1, start="2026-03-10", end="2026-03-10", city="Lisk",
                participants=("OST", "ZEL")),
            _ev("a", 2, start="2026-03-03", end="2026-03-04", participants=("ZEL",)),
            _ev("b", 1, start="2026-03-03", end="2026-03-04", participants=("OST",)),
            _ev("b", 2, type_="statement", start="2026-03-05", participants=("OST", "ZEL")),
        ],
        [("a#e1",), ("a#e2", "b#e1"), ("b#e2",)],
    ),
    (  # but each side's statement on one day is its own
        [
            _ev("a", 1, start="2026-03-10", end="2026-03-10", participants=("OST", "ZEL")),
            _ev("a", 2, type_="statement", start="2026-03-11", participants=("ZEL",)),
            _ev("b", 1, start="2026-03-10", end="2026-03-10", participants=("OST", "ZEL")),
            _ev("b", 2, type_="statement", start="2026-03-11", participants=("OST",)),
        ],
        [("a#e1", "b#e1"), ("a#e2",), ("b#e2",)],
    ),
    (  # an undated report that names no parties does not take its article's at a town
        [
            _ev("a", 1, start="2026-03-10", end="2026-03-10", city="Lusaka",
                participants=("OST", "ZEL")),
            _ev("a", 2, city="Lusaka", participants=()),
            _ev("b", 1, start="2026-03-03", end="2026-03-03", city="Lusaka",
                participants=("OST", "ZEL")),
        ],
        [("a#e1",), ("a#e2",), ("b#e1",)],
    ),
    (  # "Velm City" and "Velm" are one town; "Velm Bay" is another
        [
            _ev("a", 1, start="2026-03-10", end="2026-03-10", city="Velm City"),
            _ev("b", 1, start="2026-03-10", end="2026-03-10", city="Velm"),
            _ev("c", 1, start="2026-03-10", end="2026-03-10", city="Velm Bay"),
        ],
        [("a#e1", "b#e1"), ("c#e1",)],
    ),
    (  # each article spells the town as it does: "Lisé" and "Lise" are one town
        [
            _ev("a", 1, start="2026-03-10", end="2026-03-10", city="Lisé"),
            _ev("b", 1, start="2026-03-10", end="2026-03-10", city="Lise"),
        ],
        [("a#e1", "b#e1")],
    ),
    (  # one source dates the second round to the month before (it read "the clashes last
        # month" as the talks' month); two others give the day: a report of talks at Velm
        # that month, with no number, is that round
        [
            _ev("a", 1, start="2026-02", end="2026-02", city="Velm", round_=2),
            _ev("b", 1, start="2026-03-10", end="2026-03-10", city="Velm", round_=2),
            _ev("c", 1, start="2026-03-10", end="2026-03-10", city="Velm", round_=2),
            _ev("d", 1, start="2026-03", end="2026-03", city="Velm"),
        ],
        [("a#e1", "b#e1", "c#e1", "d#e1")],
    ),
    (  # but a report on the one source's days is not let in by it
        [
            _ev("a", 1, start="2026-02-03", end="2026-02-03", city="Velm", round_=2),
            _ev("b", 1, start="2026-03-10", end="2026-03-10", city="Velm", round_=2),
            _ev("c", 1, start="2026-03-10", end="2026-03-10", city="Velm", round_=2),
            _ev("d", 1, start="2026-02-03", end="2026-02-03", city="Velm"),
        ],
        [("a#e1", "b#e1", "c#e1"), ("d#e1",)],
    ),
    (  # each side speaks for itself ("Norland said", "Sudland replied"), no event names both:
        # still one negotiation, whose talks are those of the article that names both
        [
            _ev("a", 1, start="2026-03", end="2026-03", participants=()),
            _ev("a", 2, type_="statement", start="2026-03-11", participants=("NOR",)),
            _ev("a", 3, type_="statement", start="2026-03-12", participants=("SUD",)),
            _ev("b", 1, start="2026-03-10", end="2026-03-10", city="Tarsk",
                participants=("NOR", "SUD")),
        ],
        [("a#e1", "b#e1"), ("a#e2",), ("a#e3",)],
    ),
    (  # two numbers for one sitting at Velm on the same two days (one report took its number
        # from "the first session"): one sitting; on other days, two rounds
        [
            _ev("a", 1, start="2026-03-10", end="2026-03-11", city="Velm",
                participants=("NOR", "SUD"), round_=1),
            _ev("b", 1, start="2026-03-10", end="2026-03-11", city="Velm",
                participants=("NOR", "SUD"), round_=7),
            _ev("c", 1, start="2026-03-11", end="2026-03-11", city="Velm",
                participants=("NOR", "SUD"), round_=6),
        ],
        [("a#e1", "b#e1"), ("c#e1",)],
    ),
    (  # and the number fewer reports give keeps no report of the other number out
        [
            _ev("a", 1, start="2026-03-10", end="2026-03-11", city="Velm",
                participants=("NOR", "SUD"), round_=1),
            _ev("b", 1, start="2026-03-10", end="2026-03-11", city="Velm",
                participants=("NOR", "SUD"), round_=7),
            _ev("c", 1, start="2026-03-10", end="2026-03-11", city="Velm",
                participants=("NOR", "SUD"), round_=7),
            _ev("d", 1, start="2026-03-11", end="2026-03-11", city="Velm",
                participants=("NOR", "SUD"), round_=7),
        ],
        [("a#e1", "b#e1", "c#e1", "d#e1")],
    ),
    (  # a report of four days of talks at Brenna and of one evening's dinner there on the
        # last day (a round-up types both as talks): another report's talks take the first,
        # and the dinner, an event of its own, stays out of their group
        [
            _ev("a", 1, start="2026-04-06", end="2026-04-09", city="Brenna",
                participants=("NOR", "SUD")),
            _ev("a", 2, start="2026-04-09", end="2026-04-09", city="Brenna",
                participants=("NOR", "SUD")),
            _ev("b", 1, start="2026-04-06", end="2026-04-09", city="Brenna",
                participants=("NOR", "SUD")),
        ],
        [("a#e1", "b#e1"), ("a#e2",)],
    ),
    (  # two reports of a week of talks at Zelva, two of the ministers' session that closed
        # them on the Friday: the whole and one of its sittings, though no report tells both
        [
            _ev("a", 1, start="2026-05-04", end="2026-05-08", city="Zelva",
                participants=("OST", "VEL")),
            _ev("b", 1, type_="talks_session", start="2026-05-08", end="2026-05-08",
                city="Zelva", participants=("OST", "VEL")),
            _ev("c", 1, start="2026-05-04", end="2026-05-08", city="Zelva",
                participants=("OST", "VEL")),
            _ev("d", 1, type_="talks_session", start="2026-05-08", end="2026-05-08",
                city="Zelva", participants=("OST", "VEL")),
        ],
        [("a#e1", "c#e1"), ("b#e1", "d#e1")],
    ),
    (  # a session on the very day of one-day talks, or in their month, is not told apart
        [
            _ev("a", 1, start="2026-05-08", end="2026-05-08", city="Zelva",
                participants=("OST", "VEL")),
            _ev("b", 1, type_="talks_session", start="2026-05-08", end="2026-05-08",
                city="Zelva", participants=("OST", "VEL")),
            _ev("c", 1, type_="talks_session", start="2026-05", end="2026-05",
                city="Zelva", participants=("OST", "VEL")),
        ],
        [("a#e1", "b#e1", "c#e1")],
    ),
    (  # "Norland and Sudland met in 2026" is not shown to be their talks of 2 June: a year
        # holds every round of two parties; the same town (Tarsk) or round number (the
        # fourth) tells which one a year-dated report is
        [
            _ev("a", 1, start="2026", end="2026", participants=("NOR", "SUD")),
            _ev("b", 1, start="2026-06-02", end="2026-06-02", participants=("NOR", "SUD")),
            _ev("c", 1, start="2026", end="2026", city="Tarsk", participants=("OST", "VEL")),
            _ev("d", 1, start="2026-09", end="2026-09", city="Tarsk",
                participants=("OST", "VEL")),
            _ev("e", 1, start="2026", end="2026", participants=("NOR", "OST"), round_=4),
            _ev("f", 1, start="2026-11-20", end="2026-11-20", round_=4,
                participants=("NOR", "OST")),
        ],
        [("a#e1",), ("b#e1",), ("c#e1", "d#e1"), ("e#e1", "f#e1")],
    ),
    (  # one report calls the leaders' meeting a summit, another a meeting
        [
            _ev("a", 1, type_="summit", start="2026-04-12", end="2026-04-12", city="Velm",
                participants=()),
            _ev("b", 1, type_="meeting", start="2026-04-12", end="2026-04-12", city="Velm",
                participants=()),
        ],
        [("a#e1", "b#e1")],
    ),
    (  # a summit dated by its month, a meeting on one of its days at the same town
        [
            _ev("a", 1, type_="summit", start="2026-04", city="Lisk"),
            _ev("b", 1, type_="meeting", start="2026-04-20", end="2026-04-20", city="Lisk"),
        ],
        [("a#e1", "b#e1")],
    ),
    (  # the same days in two towns: two gatherings, whatever they are called
        [
            _ev("a", 1, type_="summit", start="2026-04-12", end="2026-04-12", city="Velm"),
            _ev("b", 1, type_="talks_round", start="2026-04-12", end="2026-04-12", city="Lisk"),
        ],
        [("a#e1",), ("b#e1",)],
    ),
    (  # article a tells a townless remark on the 12th before the talks at Velm; b tells
        # talks at Velm in April: the talks at the town are b's, whatever a's order
        [
            _ev("a", 1, type_="meeting", start="2026-04-12", end="2026-04-12",
                participants=("NOR", "SUD")),
            _ev("a", 2, start="2026-04-09", end="2026-04-10", city="Velm",
                participants=("NOR", "SUD")),
            _ev("b", 1, start="2026-04", city="Velm", participants=("NOR", "SUD")),
        ],
        [("a#e1",), ("a#e2", "b#e1")],
    ),
    (  # a summit hoped for at Tarsk, no day given, and talks held there: two events
        [
            _ev("a", 1, type_="summit", city="Tarsk", participants=("NOR", "SUD"),
                status="proposed"),
            _ev("b", 1, start="2026-05-02", end="2026-05-02", city="Tarsk",
                participants=("NOR", "SUD")),
        ],
        [("a#e1",), ("b#e1",)],
    ),
    (  # a report from the first day gives the talks at Lisk no last day ("opened on
        # Monday", its second round); a later one gives their five days and calls them the
        # fourth: one town, one first day, one sitting, with a's day report of it too
        [
            _ev("a", 1, start="2026-06-01", city="Lisk", participants=("NOR", "SUD"), round_=2),
            _ev("b", 1, start="2026-06-01", end="2026-06-05", city="Lisk",
                participants=("NOR", "SUD"), round_=4),
            _ev("c", 1, type_="meeting", start="2026-06-01", end="2026-06-01", city="Lisk",
                participants=("NOR", "SUD")),
        ],
        [("a#e1", "b#e1", "c#e1")],
    ),
    (  # but a sitting from the next day, or one at another town, is another round
        [
            _ev("a", 1, start="2026-06-01", city="Lisk", participants=("NOR", "SUD"), round_=2),
            _ev("b", 1, start="2026-06-02", end="2026-06-05", city="Lisk",
                participants=("NOR", "SUD"), round_=4),
            _ev("c", 1, start="2026-06-01", end="2026-06-03", city="Zelva",
                participants=("NOR", "SUD"), round_=5),
        ],
        [("a#e1",), ("b#e1",), ("c#e1",)],
    ),
]
MERGE_IDS = [
    "same-day-same-city",
    "one-inside-other",
    "other-city",
    "other-day",
    "same-round-dates-differ",
    "other-round",
    "undated-same-venue-parties",
    "undated-other-parties",
    "other-family",
    "same-article",
    "same-article-other-towns",
    "no-parties-takes-its-articles",
    "round-up-lends-the-story-before",
    "parties-chained-by-a-mediator",
    "meeting-naming-one-side-is-its-articles",
    "statements-of-each-side-stay-apart",
    "undated-takes-no-article-parties",
    "town-with-and-without-city",
    "town-with-and-without-accents",
    "one-source-slip-outvoted",
    "outvoted-days-let-nobody-in",
    "two-sides-each-on-its-own-are-one-negotiation",
    "one-sitting-two-round-numbers",
    "the-number-fewer-give-is-outvoted",
    "an-articles-two-events-never-join-one-group",
    "a-session-inside-longer-talks-is-a-part",
    "a-session-on-the-talks-own-days-is-one",
    "a-year-tells-no-round-from-another-without-town-or-number",
    "a-summit-and-a-meeting-of-one-day-and-town-are-one",
    "a-summit-in-a-month-and-a-meeting-in-it-at-its-town-are-one",
    "a-summit-and-talks-in-two-towns-stay-apart",
    "a-month-report-joins-the-meeting-at-its-town-not-a-townless-one",
    "an-undated-summit-is-not-the-talks-held-at-its-town",
    "a-first-day-with-no-last-day-is-the-sitting-that-began-then",
    "another-first-day-or-town-is-another-round",
]


@pytest.mark.parametrize("rows, expected", MERGES, ids=MERGE_IDS)
def test_merge(rows, expected):
    chron = build_chronology(_events(*rows), _articles(a="2026-02-04", b="2026-02-05"))
    assert sorted(_groups(chron)) == sorted(expected)
    assert list(chron.columns) == list(CHRONOLOGY_COLUMNS)


@pytest.mark.parametrize(
    "dates",
    [
        [("2025-05-16", "2025-05-16")],
        [("2025-05-16", None)],
        [("2025-05-16", "2025-05-18")],
        [("2025-05-16", None), ("2025-05", None)],
    ],
    ids=["one-day", "open-ended", "three-days", "a-day-and-its-month"],
)
def test_many_reports_of_one_dated_event_are_each_looked_at_once(monkeypatch, dates):
    # the first report lists every other one; once they are its group, nobody lists them again
    listed = []
    later = chronology._Candidates.later

    def spy(self, *args):
        found = later(self, *args)
        listed.extend(found)
        return found

    monkeypatch.setattr(chronology._Candidates, "later", spy)
    reports = dates * 20
    rows = [_ev(f"r{i:02d}", 1, start=s, end=e, city="Istanbul") for i, (s, e) in enumerate(reports)]
    chron = build_chronology(_events(*rows))
    assert _groups(chron) == [tuple(f"r{i:02d}#e1" for i in range(len(reports)))]
    assert sorted(listed) == list(range(1, len(reports)))


def test_undated_reports_are_not_compared_with_every_dated_one_at_their_city(monkeypatch):
    # ten undated reports of talks at a city, then thirty of talks there on thirty days: the
    # undated ones join the first dated one, and then only what overlaps its day is looked at
    compared = []
    keys_match = chronology._keys_match
    monkeypatch.setattr(chronology, "_keys_match", lambda a, b: compared.append(1) or keys_match(a, b))
    undated = [_ev(f"a{i}", 1, city="Lusaka") for i in range(10)]
    days = [f"2026-03-{d:02d}" for d in range(1, 31)]
    dated = [_ev(f"d{d[-2:]}", 1, start=d, end=d, city="Lusaka") for d in days]
    chron = build_chronology(_events(*undated, *dated))
    assert sorted(_groups(chron)) == sorted(
        [tuple(f"a{i}#e1" for i in range(10)) + ("d01#e1",)] + [(f"d{d[-2:]}#e1",) for d in days[1:]]
    )
    assert len(compared) == 10


def _pairwise(keys):
    """The merge as its docstring defines it: every event with every later one, in order."""
    group = list(range(len(keys)))
    says = [{(k.city, k.round, k.span): {k.doc}} for k in keys]
    for x, a in enumerate(keys):
        for y in range(x + 1, len(keys)):
            b, gx, gy = keys[y], group[x], group[y]
            if a.doc == b.doc or gx == gy:
                continue
            articles = [set().union(*says[g].values()) for g in (gx, gy)]
            # (a group holds no two speakers: those of its members, one by one, with the other's)
            voices = [[keys[p].speaker for p in range(len(keys))
                       if group[p] == g and keys[p].speaker is not None] for g in (gx, gy)]
            if (chronology._keys_match(a, b) and chronology._fits(says[gx], b)
                    and chronology._fits(says[gy], a) and articles[0].isdisjoint(articles[1])
                    and all(chronology._one_speaker(p, q) for p in voices[0] for q in voices[1])):
                if len(says[gx]) < len(says[gy]):
                    gx, gy = gy, gx
                group = [gx if g == gy else g for g in group]
                for said, docs in says[gy].items():
                    says[gx].setdefault(said, set()).update(docs)
    groups = {}
    for p, g in enumerate(group):
        groups.setdefault(g, []).append(p)
    return list(groups.values())


def _random_statements(rng, n):
    """Statements of few speakers ("Vale" among them, short for "Jon Vale"), some with
    none, over few days, some undated in articles of those days."""
    days = [dt.date(2026, 3, d) for d in (1, 2, 3, 10)]
    speakers = [("jon", "vale"), ("vale",), ("ana", "ruiz"), ("eli", "vale"), None]
    return [
        chronology._Key(
            f"d{p // 2 if rng.random() < 0.6 else rng.randrange(n)}", "statement",
            rng.choice(("Lusaka", None, None)), None,
            frozenset(rng.sample(("NOR", "ZEL"), rng.randint(0, 2))),
            None if rng.random() < 0.4 else (d := rng.choice(days), d),
            told=rng.choice(days), speaker=rng.choice(speakers),
        )
        for p in range(n)
    ]


@pytest.mark.parametrize("seed", range(200))
def test_the_indexed_merge_of_statements_gives_the_groups_of_the_pairwise_walk(seed):
    # the speakers' blocks list every statement one speaker may have made on a day
    rng = random.Random(seed)
    keys = sorted(_random_statements(rng, rng.randint(2, 30)), key=lambda k: k.doc)
    assert chronology._merge(keys) == _pairwise(keys)


def _random_keys(rng, n):
    days = [dt.date(2026, 3, d) for d in (1, 2, 3, 10, 20)]

    def span():
        if rng.random() < 0.4:
            return None
        first = rng.choice(days)
        return (first, rng.choice([first, None, first + dt.timedelta(days=rng.choice((1, 9)))]))

    return [
        chronology._Key(
            f"d{p // 3 if rng.random() < 0.7 else rng.randrange(n)}",
            rng.choice(("talks", "talks", "call")),
            rng.choice(("Lusaka", "Harare", None)),
            rng.choice((None, None, 1, 2)),
            frozenset(rng.sample(("NOR", "ZEL", "OST"), rng.randint(0, 2))),
            span(),
            frozenset(rng.sample(("NOR", "ZEL", "OST"), rng.choice((0, 2)))),
            rng.random() < 0.2,  # a session
        )
        for p in range(n)
    ]


@pytest.mark.parametrize("seed", range(300))
def test_the_indexed_merge_gives_the_groups_of_the_pairwise_walk(seed):
    # many reports of few cities, parties, rounds and days, undated ones among them, so that
    # groups take dates, rounds and articles that rule later events out
    rng = random.Random(seed)
    keys = sorted(_random_keys(rng, rng.randint(2, 40)), key=lambda k: k.doc)
    assert chronology._merge(keys) == _pairwise(keys)


def test_an_undated_reports_group_is_followed_when_most_of_it_comes_to_give_other_days():
    # a (undated, at Lisk) joins c (round 1, from 20 March), then d and e (round 1, 2-3
    # March): most of its reports now give early March, and f (1-10 March, no number) fits
    # those days; the events left for a are listed again for them, as the pairwise walk finds
    day = dt.date(2026, 3, 1).replace

    def key(doc, city, round_, parties, span, context=()):
        return chronology._Key(doc, "talks", city, round_, frozenset(parties), span,
                               frozenset(context))

    keys = [
        key("a", "Lisk", None, ["NOR"], None),
        key("b", None, 1, ["NOR"], (day(day=20), day(day=20)), ["SUD", "OST"]),
        key("c", "Lisk", 1, ["NOR", "SUD"], (day(day=20), None)),
        key("d", "Lisk", 1, ["NOR"], (day(day=2), day(day=2)), ["NOR", "OST"]),
        key("e", "Lisk", 1, ["NOR"], (day(day=2), day(day=3)), ["NOR", "OST"]),
        key("f", "Lisk", None, ["NOR", "SUD"], (day(day=1), day(day=10))),
    ]
    assert chronology._merge(keys) == _pairwise(keys) == [[0, 2, 3, 4, 5], [1]]


def test_the_dated_index_finds_exactly_the_overlapping_spans():
    # open spans (no last day), one-day, longer and reversed spans, as day ordinals
    spans = {(f, t) for f in range(10, 20) for t in (None, f - 1, f, f + 1, f + 5, f + 20)}
    index = chronology._Dated(spans)
    for first, last in spans:
        found = index.overlapping(first, last)
        assert len(found) == len(set(found))
        assert set(found) == {s for s in spans if spans_overlap((first, last), s)}


def test_conflicting_dates_are_listed_and_the_most_reported_wins():
    rows = [
        _ev(
            "x",
            1,
            start="2026-01-24",
            end="2026-01-24",
            city="Abu Dhabi",
            participants=("RUS", "UKR", "USA"),
        ),
        _ev(
            "y",
            1,
            start="2026-01-23",
            end="2026-01-24",
            city="Abu Dhabi",
            participants=("RUS", "UKR", "USA"),
        ),
        _ev(
            "z",
            1,
            start="2026-01-23",
            end="2026-01-24",
            city="Abu Dhabi",
            participants=("RUS", "UKR", "USA"),
        ),
    ]
    chron = build_chronology(_events(*rows))
    assert chron[["start", "end", "sources", "conflicts"]].to_dict("records") == [
        {
            "start": "2026-01-23",
            "end": "2026-01-24",
            "sources": 3,
            "conflicts": ("doc y, z says start 2026-01-23, doc x says start 2026-01-24",),
        }
    ]


def test_a_tie_takes_the_earliest_date_and_a_vaguer_date_is_no_conflict():
    rows = [
        _ev("x", 1, start="2025-06-03", end="2025-06-03", city="Istanbul", round_=2),
        _ev("y", 1, start="2025-06-02", end="2025-06-02", city="Istanbul", round_=2),
        _ev("z", 1, start="2025-06", end="2025-06", city="Istanbul", round_=2),
    ]
    chron = build_chronology(_events(*rows))
    assert chron.loc[0, "start"] == "2025-06-02"
    assert chron.loc[0, "conflicts"] == (
        "doc y says start 2025-06-02, doc x says start 2025-06-03",
        "doc y says end 2025-06-02, doc x says end 2025-06-03",
    )


def test_vaguer_dates_back_the_precise_day_within_them():
    # two reports say "in March", one "on 10 March": nobody gave another day
    rows = [
        _ev("x", 1, start="2026-03", end="2026-03", city="Zelva", round_=4),
        _ev("y", 1, start="2026-03", end="2026-03", city="Zelva", round_=4),
        _ev("z", 1, start="2026-03-10", end="2026-03-11", city="Zelva", round_=4),
    ]
    chron = build_chronology(_events(*rows))
    assert chron[["start", "end", "conflicts"]].to_dict("records") == [
        {"start": "2026-03-10", "end": "2026-03-11", "conflicts": ()}
    ]


def test_order_ids_and_undated_entries_placed_by_publication():
    rows = [
        _ev("b", 1, type_="statement", participants=("TUR",)),
        _ev("a", 1, start="2025-07-23", end="2025-07-23", city="Istanbul"),
        _ev("c", 1, start="2025-05-16", end="2025-05-16", city="Istanbul"),
    ]
    chron = build_chronology(
        _events(*rows), _articles(a="2025-07-25", b="2025-06-01", c="2025-05-17")
    )
    assert chron[["chronology_id", "event_ids", "dated"]].to_dict("records") == [
        {"chronology_id": "c001", "event_ids": ("c#e1",), "dated": True},
        {"chronology_id": "c002", "event_ids": ("b#e1",), "dated": False},
        {"chronology_id": "c003", "event_ids": ("a#e1",), "dated": True},
    ]


def test_ids_are_deterministic_whatever_the_input_order():
    rows = [
        _ev("a", 1, start="2025-05-16", end="2025-05-16", city="Istanbul"),
        _ev("b", 1, start="2025-05-16", end="2025-05-16", city="Istanbul"),
        _ev("c", 1, start="2025-06-02", end="2025-06-02", city="Istanbul", round_=2),
    ]
    one = build_chronology(_events(*rows))
    two = build_chronology(_events(*reversed(rows)))
    pd.testing.assert_frame_equal(one, two)


def _rounds():
    tri = ("RUS", "UKR", "USA")
    return _events(
        _ev(
            "a",
            1,
            start="2026-01-23",
            end="2026-01-24",
            city="Abu Dhabi",
            participants=tri,
            round_=1,
            format_="trilateral",
        ),
        _ev(
            "a",
            2,
            start="2026-02-04",
            city="Abu Dhabi",
            participants=tri,
            round_=2,
            format_="trilateral",
            status="ongoing",
        ),
        _ev(
            "b",
            1,
            start="2025-05-16",
            end="2025-05-16",
            city="Istanbul",
            round_=1,
            format_="direct",
        ),
        _ev(
            "b",
            2,
            start="2025-06-02",
            end="2025-06-02",
            city="Istanbul",
            round_=2,
            format_="direct",
        ),
        _ev(
            "c",
            1,
            start="2025-07-23",
            end="2025-07-23",
            city="Istanbul",
            round_=3,
            format_="direct",
        ),
        _ev("c", 2, type_="statement", participants=("TUR",)),
    )


def test_numbered_rounds_form_series():
    chron = build_chronology(_rounds(), _articles(a="2026-02-04", b="2025-06-03", c="2025-07-25"))
    numbered = chron[chron["round"].notna()]
    assert numbered[["series", "round", "start"]].to_dict("records") == [
        {"series": "s1", "round": 1, "start": "2025-05-16"},
        {"series": "s1", "round": 2, "start": "2025-06-02"},
        {"series": "s1", "round": 3, "start": "2025-07-23"},
        {"series": "s2", "round": 1, "start": "2026-01-23"},
        {"series": "s2", "round": 2, "start": "2026-02-04"},
    ]
    assert chron["series"].isna().sum() == 1


def test_round_gaps():
    gaps = round_gaps(build_chronology(_rounds()))
    assert list(gaps.columns) == list(GAP_COLUMNS)
    assert gaps.astype(object).to_dict("records") == [
        {"series": "s1", "round_from": 1, "round_to": 2, "days_between": 17},
        {"series": "s1", "round_from": 2, "round_to": 3, "days_between": 51},
        {"series": "s2", "round_from": 1, "round_to": 2, "days_between": 12},
    ]


def test_timeline_data_bars_labels_and_order():
    articles = _articles(a="2026-02-04", b="2025-06-03", c="2025-07-25")
    bars = timeline_data(build_chronology(_rounds(), articles), articles)
    assert list(bars.columns) == list(TIMELINE_COLUMNS)
    got = bars[["label", "lane", "start", "end", "open_ended", "venue", "dated", "conflict"]]
    ts = pd.Timestamp
    assert got.to_dict("records") == [
        {
            "label": "Talks, round 1",
            "lane": "s1: RUS, UKR",
            "start": ts("2025-05-16"),
            "end": ts("2025-05-16"),
            "open_ended": False,
            "venue": "Istanbul",
            "dated": True,
            "conflict": False,
        },
        {
            "label": "Talks, round 2",
            "lane": "s1: RUS, UKR",
            "start": ts("2025-06-02"),
            "end": ts("2025-06-02"),
            "open_ended": False,
            "venue": "Istanbul",
            "dated": True,
            "conflict": False,
        },
        {
            "label": "Talks, round 3",
            "lane": "s1: RUS, UKR",
            "start": ts("2025-07-23"),
            "end": ts("2025-07-23"),
            "open_ended": False,
            "venue": "Istanbul",
            "dated": True,
            "conflict": False,
        },
        {
            "label": "Statement",
            "lane": "Statement",
            "start": ts("2025-07-25"),
            "end": ts("2025-07-25"),
            "open_ended": True,
            "venue": "",
            "dated": False,
            "conflict": False,
        },
        {
            "label": "Talks, round 1",
            "lane": "s2: RUS, UKR, USA",
            "start": ts("2026-01-23"),
            "end": ts("2026-01-24"),
            "open_ended": False,
            "venue": "Abu Dhabi",
            "dated": True,
            "conflict": False,
        },
        {
            "label": "Talks, round 2",
            "lane": "s2: RUS, UKR, USA",
            "start": ts("2026-02-04"),
            "end": ts("2026-02-04"),
            "open_ended": True,
            "venue": "Abu Dhabi",
            "dated": True,
            "conflict": False,
        },
    ]


@pytest.mark.parametrize(
    "second, expected",
    [
        (_ev("b", 1, start="2026-01-14", end="2026-01-15", participants=(), round_=26),
         [("a#e1", "b#e1")]),
        (_ev("b", 1, start="2026-01-14", end="2026-01-15", participants=(), round_=25),
         [("a#e1",), ("b#e1",)]),
        (_ev("b", 1, start="2026-01-15", end="2026-01-15", participants=(), round_=26),
         [("a#e1",), ("b#e1",)]),
        (_ev("b", 1, start="2026-01", end="2026-01", participants=(), round_=26),
         [("a#e1",), ("b#e1",)]),
    ],
    ids=["same-number-same-days", "another-number", "a-day-within-them", "the-month-they-fell-in"],
)
def test_one_numbered_round_on_the_same_days_needs_no_town_or_parties(second, expected):
    first = _ev("a", 1, start="2026-01-14", end="2026-01-15", city="Istanbul", round_=26)
    chron = build_chronology(_events(first, second))
    assert sorted(_groups(chron)) == expected


def test_a_series_of_one_round_shares_its_types_lane():
    # round 4 of one format alone in the corpus, beside two rounds of another pair
    rows = [
        _ev("a", 1, start="2026-03-02", end="2026-03-02", city="Lusaka", participants=("NOR", "ZEL"), round_=4),
        _ev("b", 1, start="2026-01-12", end="2026-01-12", city="Harare", participants=("OST", "ZEL"), round_=1),
        _ev("c", 1, start="2026-02-16", end="2026-02-16", city="Harare", participants=("OST", "ZEL"), round_=2),
        _ev("d", 1, start="2026-02-20", end="2026-02-20", city="Harare", type_="statement"),
    ]
    chron = build_chronology(_events(*rows))
    assert [s if isinstance(s, str) else None for s in chron["series"]] == ["s1", "s1", None, "s2"]
    assert timeline_data(chron, _articles(a="2026-03-03", b="2026-01-13", c="2026-02-17", d="2026-02-21"))[
        ["label", "lane"]
    ].to_dict("records") == [
        {"label": "Talks, round 1", "lane": "s1: OST, ZEL"},
        {"label": "Talks, round 2", "lane": "s1: OST, ZEL"},
        {"label": "Statement", "lane": "Statement"},
        {"label": "Talks, round 4", "lane": "Talks"},
    ]


@pytest.mark.parametrize(
    "column",
    [
        pd.Series(["Lusaka", None, "Harare", "Lusaka", None], dtype="str"),
        pd.Series(["talks", None, "talks", float("nan")], dtype=object),
        pd.Series([("OST", "ZEL"), (), ("OST", "ZEL"), None], dtype=object),
        pd.Series([["OST"], ["OST"], None], dtype=object),
        pd.Series([3.0, float("nan"), 3.0, 1.0, float("nan")]),
    ],
    ids=["strings with missing", "objects with None", "tuples", "lists", "floats"],
)
def test_a_column_held_as_codes_gives_back_each_cell_as_tolist_does(column):
    codes, values = chronology._distinct(column)
    expected = column.tolist()
    got = [values[c] for c in codes]
    assert [type(v) for v in got] == [type(v) for v in expected]
    assert [None if pd.isna(v) else v for v in got] == [None if pd.isna(v) else v for v in expected]
    hashable = column.map(lambda v: not isinstance(v, list)).all()
    # each distinct value is held once, and the missing marker once unless they differ
    markers = {type(v) for v in expected if pd.isna(v)}
    missing = column.isna().sum() if len(markers) > 1 else len(markers)
    assert len(values) == (column.nunique(dropna=True) + missing if hashable else len(column))


@pytest.mark.parametrize(
    "cells, arrow_type, expected",
    [
        (["Lusaka", None, "Harare", "Lusaka"], pa.string(), ["Lusaka", None, "Harare", "Lusaka"]),
        ([["OST", "ZEL"], None, [], ["OST", "ZEL"]], pa.list_(pa.string()),
         [("OST", "ZEL"), None, (), ("OST", "ZEL")]),
        ([2, None, 2], pa.int64(), [2, None, 2]),
    ],
    ids=["strings", "lists-as-tuples", "integers"],
)
def test_an_arrow_column_reads_as_its_python_values(cells, arrow_type, expected):
    column = pd.Series(pd.array(cells, dtype=pd.ArrowDtype(arrow_type)))
    codes, values = chronology._distinct(column)
    assert [values[c] for c in codes] == expected
    assert len(values) == len({repr(v) for v in expected})


def test_the_chronology_of_arrow_events_is_that_of_the_frame():
    # the export hands its events over as Arrow columns (about a fifth of the memory)
    rows = [
        _ev("a", 1, start="2026-03-03", end="2026-03-04", city="Geneva", round_=2,
            format_="trilateral"),
        _ev("b", 1, start="2026-03-03", city="Geneva", participants=("RUS", "UKR", "USA")),
        _ev("c", 1, city="Geneva", round_=2),
        _ev("c", 2, type_="statement", start="2026-03", participants=()),
        _ev("d", 1, start="2026-04-01", end=None, city=None, round_=3),
    ]
    frame = _events(*rows)
    arrow = pa.Table.from_pandas(frame[list(chronology.EVENT_COLUMNS_READ)], preserve_index=False)
    expected = build_chronology(frame, _articles(a="2026-03-05", b="2026-03-05", c="2026-03-06",
                                                 d="2026-03-20"))
    got = build_chronology(arrow.to_pandas(types_mapper=pd.ArrowDtype),
                           _articles(a="2026-03-05", b="2026-03-05", c="2026-03-06",
                                     d="2026-03-20"))
    pd.testing.assert_frame_equal(got, expected)
    assert expected["sources"].tolist() == [1, 3, 1]


_QUICK_ROWS = [
    _ev("a", 1, start="2026-03-03", end="2026-03-04", city="Velm City", round_=2,
        format_="trilateral, direct"),
    _ev("a", 2, type_="talks_session", start="2026-03-04", end="2026-03-04", city="Velm"),
    _ev("b", 1, start="2026-03", city=None, participants=()),
    _ev("b", 2, type_="statement", start=None, end="2026-03-09", participants=("NOR",)),
    _ev("c", 1, type_="meeting", start="2026", end=None, city="Lisk", participants=("SUD",)),
    _ev("d", 1, start="XXXX-03", end=None, city=float("nan"), participants=("NOR", "SUD")),
]


def test_the_keys_read_off_the_columns_are_those_of_the_rows():
    # the merge reads its keys off the columns' distinct values, not a dict per event
    frame = _events(*_QUICK_ROWS)[list(chronology.EVENT_COLUMNS_READ)]
    columns = {c: chronology._distinct(frame[c]) for c in frame.columns}
    rows = frame.to_dict("records")
    contexts = [frozenset({"NOR", "SUD"}), frozenset(), frozenset({"OST"})] * 2
    for r in rows:
        r["participants"] = tuple(r["participants"])
    keys = chronology._column_keys(columns, pd.RangeIndex(len(rows)).to_numpy(), contexts)
    assert keys == chronology._family_keys(rows, contexts)
    assert [k.session for k in keys] == [False, True, False, False, False, False]


@pytest.mark.parametrize("n", range(len(_QUICK_ROWS)))
def test_the_entry_of_one_event_is_that_of_any_group(n):
    # most entries of a large corpus are one report: they skip the counting, not its result
    row = _events(_QUICK_ROWS[n]).to_dict("records")[0]
    published = {"a": dt.date(2026, 3, 5), "d": dt.date(2026, 3, 20)}
    assert chronology._entry_of_one(row, published, {}) == chronology._entry_of_many(
        [row], published, {}
    )


@pytest.mark.parametrize(
    "published_b, expected",
    [
        # told the week after, with no day and no parties: the meeting held there
        ("2026-04-30", [("a#e1", "b#e1")]),
        # told two months after: another sitting in the same building
        ("2026-06-30", [("a#e1",), ("b#e1",)]),
    ],
    ids=["a-week-after", "months-after"],
)
def test_an_undated_sitting_at_a_named_venue_is_the_one_held_there_just_before(
        published_b, expected):
    dated = {**_ev("a", 1, type_="meeting", start="2026-04-26", end="2026-04-26",
                   city="Velm", participants=("NOR", "SUD")), "venue": "Lisk Basilica"}
    undated = {**_ev("b", 1, type_="meeting", city="Velm", participants=()),
               "venue": "Lisk Basilica"}
    chron = build_chronology(_events(dated, undated),
                             _articles(a="2026-04-27", b=published_b))
    assert sorted(_groups(chron)) == sorted(expected)


def test_timeline_bar_of_a_month_runs_to_its_end_and_is_not_open():
    # an event "in March" has no end told: its bar spans March, and is not drawn as running on
    events = _events(_ev("a", 1, start="2025-03", city="Velm"),
                     _ev("a", 2, type_="statement", start="2025-04-02"))
    bars = timeline_data(build_chronology(events), _articles(a="2025-04-03"))
    got = bars[["start", "end", "open_ended"]].to_dict("records")
    assert got == [
        {"start": pd.Timestamp("2025-03-01"), "end": pd.Timestamp("2025-03-31"), "open_ended": False},
        {"start": pd.Timestamp("2025-04-02"), "end": pd.Timestamp("2025-04-02"), "open_ended": True},
    ]


def _said(doc, n, speaker, start=None, participants=("NOR", "SUD"), type_="statement"):
    return {**_ev(doc, n, type_=type_, start=start, end=start, participants=participants),
            "speaker": speaker}


@pytest.mark.parametrize(
    "rows, expected",
    [
        (  # one minister's remarks of one day, whatever countries each report names
            [_said("a", 1, "Jon Vale", "2026-02-03", ("NOR",)),
             _said("b", 1, "Vale", "2026-02-03", ("SUD",))],
            [("a#e1", "b#e1")],
        ),
        (  # a statement and an announcement of one speaker on one day are one
            [_said("a", 1, "Jon Vale", "2026-02-03"),
             _said("b", 1, "Jon Vale", "2026-02-03", type_="announcement")],
            [("a#e1", "b#e1")],
        ),
        (  # two speakers' statements of one day on the same two parties stay apart
            [_said("a", 1, "Jon Vale", "2026-02-03"), _said("b", 1, "Ana Ruiz", "2026-02-03")],
            [("a#e1",), ("b#e1",)],
        ),
        (  # two people of one surname are two speakers
            [_said("a", 1, "Jon Vale", "2026-02-03"), _said("b", 1, "Eli Vale", "2026-02-03")],
            [("a#e1",), ("b#e1",)],
        ),
        (  # one speaker on two days made two statements
            [_said("a", 1, "Jon Vale", "2026-02-02"), _said("b", 1, "Jon Vale", "2026-02-04")],
            [("a#e1",), ("b#e1",)],
        ),
        (  # told with no day in the next morning's paper: that day's statement
            [_said("a", 1, "Jon Vale", "2026-02-04", ("NOR",)), _said("b", 1, "Jon Vale")],
            [("a#e1", "b#e1")],
        ),
        (  # a report with no speaker joins no two speakers' statements into one
            [_said("a", 1, "Jon Vale", "2026-02-03"), _said("b", 1, None, "2026-02-03"),
             _said("c", 1, "Ana Ruiz", "2026-02-03")],
            [("a#e1", "b#e1"), ("c#e1",)],
        ),
    ],
    ids=["surname-and-full-name", "announcement-too", "two-speakers", "same-surname-other-person",
         "two-days", "undated-news-of-its-day", "speakerless-report-joins-one-speaker"],
)
def test_statements_merge_by_their_speaker(rows, expected):
    chron = build_chronology(_events(*rows),
                             _articles(a="2026-02-04", b="2026-02-05", c="2026-02-05"))
    assert sorted(_groups(chron)) == sorted(expected)


def test_a_statements_entry_names_its_speaker_in_full_and_its_timeline_label_too():
    chron = build_chronology(
        _events(_said("a", 1, "Vale", "2026-02-03"), _said("b", 1, "Jon Vale", "2026-02-03"),
                _ev("a", 2, start="2026-02-02", end="2026-02-02")),
        _articles(a="2026-02-04", b="2026-02-05"),
    )
    said = dict(zip(chron["type"], chron["speaker"], strict=True))
    assert said["statement"] == "Jon Vale" and pd.isna(said["talks_round"])
    labels = set(chronology.timeline_data(chron, _articles(a="2026-02-04", b="2026-02-05"))["label"])
    assert labels == {"Statement by Jon Vale", "Talks"}
