"""Events: a past deal dated in a phrase that modifies it (a truce "brokered by the U.N. in
April 2022", one "that took effect in April last year"), and the mention that dates a deal
most closely as its evidence."""

from __future__ import annotations

import pytest

from .test_events import _country, _events


def _dated(text: str, published: str, specs: list[tuple], kind: str) -> list[tuple]:
    rows = _events(text, published, specs).to_dict("records")
    return [(r["start"], r["end"]) for r in rows if r["type"] == kind]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A truce brokered by the U.N. in April 2022 lapsed in the autumn.", ("2022-04", "2022-04")),
        ("The truce the mediators brokered in May 2021 broke down within weeks.",
         ("2021-05", "2021-05")),
        ("A truce that took effect in March last year has mostly held along the line.",
         ("2025-03", "2025-03")),
        ("The border accord, which came into force in June 2019, is still honoured by Ostria.",
         ("2019-06", "2019-06")),
    ],
    ids=["brokered-by-agent", "brokered-by-subject", "took-effect", "came-into-force"],
)
def test_a_past_deal_dated_in_its_modifier_is_an_agreement(text, expected):
    specs = [_country("Ostria", "OST")]
    assert _dated(text, "2026-03-13", specs, "agreement") == [expected]


def test_a_deal_is_told_where_it_is_dated_most_closely():
    # (a real capital, so that the name gives the deal a town)
    text = ("The commission was set up under the 2019 Oslo Agreement between Norland and "
            "Sudland.\n\n"
            "Under the Oslo deal, signed in November 2019, both sides pledged to free all "
            "captives.")
    specs = [_country("Norland", "NOR"), _country("Sudland", "SDN")]
    rows = [r for r in _events(text, "2026-03-13", specs).to_dict("records")
            if r["type"] == "agreement"]
    assert [(r["start"], r["evidence"][:9]) for r in rows] == [("2019-11", "Under the")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # agency copy drops the "on" before the weekday
        ("The Red Cross said Tuesday its teams would start visiting the camps in the coming "
         "days.", [("statement", "2026-03-10")]),
        ("Sudland's chief negotiator, Jon Vale, said Wednesday that the file stayed open.",
         [("statement", "2026-03-11")]),
        ("The ministry in Lisk said in a written comment to the agency that nothing was settled "
         "on the river.", [("statement", None)]),
    ],
    ids=["said-tuesday", "said-wednesday-that", "written-comment"],
)
def test_a_statement_told_by_its_day_or_its_channel(text, expected):
    specs = [_country("Sudland", "SDN")]
    rows = _events(text, "2026-03-13", specs).to_dict("records")
    assert [(r["type"], r["start"]) for r in rows] == expected


def test_talks_going_on_for_some_time_are_a_process_of_their_own():
    text = ("LISK, March 13 - Norland and Sudland closed a week of talks in Velm on Thursday "
            "with a deal on the crossings.\n\n"
            "The deal comes as Ostria and the rebels have been talking directly, with Velmar "
            "as the go-between.")
    specs = [_country("Norland", "NOR"), _country("Sudland", "SDN"), _country("Ostria", "OST"),
             _country("Velmar", "VLM")]
    rows = _events(text, "2026-03-13", specs).to_dict("records")
    assert [(r["status"], r["evidence"][:8]) for r in rows] == [
        ("occurred", "LISK, Ma"), ("ongoing", "The deal")]


def test_talks_held_for_some_time_are_not_the_round_the_story_reports():
    text = ("LISK, March 13 - Norland and Sudland closed a week of talks in Velm on Thursday "
            "with a deal on the crossings.\n\n"
            "Meanwhile Ostria has been holding back-channel talks with the rebels, officials "
            "in Lisk say.")
    specs = [_country("Norland", "NOR"), _country("Sudland", "SDN"), _country("Ostria", "OST")]
    rows = [r for r in _events(text, "2026-03-13", specs).to_dict("records")
            if r["type"].startswith("talks")]
    assert [r["status"] for r in rows] == ["occurred", "ongoing"]
