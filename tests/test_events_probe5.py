"""Events: calls over a hotline or placed by a caller, a clock time told with its day, a
sitting placed "here" by a relative clause after it."""

from __future__ import annotations

import pytest

from .test_events import _brief, _country, _events, _place

_SPECS = [_place("Velm", "Velm", "NOR"), _place("Lisk", "Lisk", "SDN"),
          _country("Norland", "NOR"), _country("Sudland", "SDN")]


def _rows(text: str, published: str = "2026-05-12") -> list[tuple]:
    return [(r["type"], r["status"], r["start"])
            for r in _events(text, published, _SPECS).to_dict("records")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The army chiefs of Norland and Sudland spoke over a hotline on Monday evening.",
         [("phone_call", "occurred", "2026-05-11")]),
        ("The border commanders of Norland and Sudland last held routine talks over the "
         "hotline on May 2.",
         [("phone_call", "occurred", "2026-05-02")]),
        ("The crisis ended on Saturday, when Jon Vale placed a call to Ana Ruiz in Lisk.",
         [("phone_call", "occurred", "2026-05-09")]),
    ],
    ids=["spoke-over-a-hotline", "talks-over-the-hotline", "placed-a-call-to"],
)
def test_a_call_told_by_its_line_or_its_caller(text, expected):
    assert _rows(text) == expected


def test_a_clock_time_told_with_its_day_is_on_that_day():
    text = ("The generals of Norland and Sudland first spoke by phone at 4:10 p.m. Norland time "
            "on Saturday, officials in Velm said.")
    assert _rows(text) == [("phone_call", "occurred", "2026-05-09")]


def test_a_sitting_ended_here_is_in_the_datelines_town():
    text = ("TARSK, May 12. /Agency/. The third round of the Tarsk forum on river trade, which "
            "ended here on Monday, brought no deal, Jon Vale said.")
    assert [row[:4] for row in _brief(_events(text, "2026-05-12", []))
            if row[0] == "talks_round"] == [("talks_round", "occurred", "2026-05-11",
                                             "2026-05-11")]
    assert [row[4] for row in _brief(_events(text, "2026-05-12", []))
            if row[0] == "talks_round"] == ["Tarsk"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The border board has met often since the October 2025 truce between Norland and "
         "Sudland.",
         ("agreement", "occurred", "2025-10")),
        ("Since the October 2025 ceasefire, the border board has met every month.",
         ("agreement", "occurred", "2025-10")),
        ("Norland accused Sudland of breaking the 3 June 2019 ceasefire agreement.",
         ("agreement", "occurred", "2019-06-03")),
        ("Norland accused Sudland of breaking the UN-brokered 3 June 2019 ceasefire.",
         ("agreement", "occurred", "2019-06-03")),
    ],
    ids=["month-truce", "month-ceasefire", "day-ceasefire-agreement", "brokered-day-ceasefire"],
)
def test_a_deal_named_by_its_month_or_day_is_told_back(text, expected):
    assert expected in _rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "On Friday, Norland handed back a Sudland border guard who had strayed across the river.",
        "On Friday, Sudland handed back Norland constable Jon Vale at the Lisk crossing.",
    ],
    ids=["border-guard", "constable"],
)
def test_one_held_handed_back_is_a_swap(text):
    assert _rows(text) == [("prisoner_exchange", "occurred", "2026-05-08")]


def test_a_deal_agreed_in_a_month():
    text = "Norland and Sudland agreed last October on a framework for reopening the river port."
    assert [row for row in _rows(text) if row[0] == "agreement"] == [
        ("agreement", "occurred", "2025-10")]


def test_a_sitting_proposed_in_a_relative_clause_is_that_sitting_proposed():
    text = "The seat of the next round, which the mediators proposed for July, is still open."
    assert _rows(text) == [("talks_round", "proposed", "2026-07")]


def test_remarks_by_an_official_on_a_day_are_a_statement():
    text = "The row followed remarks by the Sudland defence minister in the assembly on Friday."
    assert _rows(text) == [("statement", "occurred", "2026-05-08")]


def test_a_sitting_at_a_mission_is_in_the_missions_town():
    text = ("A second round followed on April 19 at the Norlandic embassy in Velm, and a third "
            "on April 26 back in Lisk.")
    # the tagger names the mission with its town, as one organisation
    mission = ("organisation", "Norlandic embassy in Velm", "Norlandic embassy in Velm", None,
               None, "NOR")
    rows = _events(text, "2026-05-12", [mission, _place("Lisk", "Lisk", "SDN")]).to_dict("records")
    assert [(r["start"], r["city"]) for r in rows] == [("2026-04-19", "Velm"),
                                                       ("2026-04-26", "Lisk")]


def test_a_sitting_told_with_its_teller_set_off_by_commas_is_still_to_come():
    text = "The third round, officials said, will be held in Velm."
    assert _rows(text) == [("talks_round", "scheduled", None)]


@pytest.mark.parametrize(
    "text",
    ["Norland and Sudland agree on a mechanism for the exchange of prisoners.",
     "The accord provides for a prisoner swap."],
    ids=["mechanism-for", "provides-for"],
)
def test_a_swap_a_text_sets_up_or_allows_for_is_no_swap(text):
    assert [row for row in _rows(text) if row[0] == "prisoner_exchange"] == []


@pytest.mark.parametrize(
    "text",
    ["The release of the 18 Sudland soldiers held in Norland since July has not yet happened.",
     "The prisoner swap agreed in May has not taken place."],
    ids=["not-yet-happened", "not-taken-place"],
)
def test_a_swap_that_has_not_come_to_pass_is_undecided(text):
    assert [row[:2] for row in _rows(text) if row[0] == "prisoner_exchange"] == [
        ("prisoner_exchange", "undecided")]
