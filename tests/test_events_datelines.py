"""Events: the town of a dateline (in title case, over an editor's note, heading an item of a
digest) and the town of a venue."""

from __future__ import annotations

import pytest

from .test_events import _country, _event, _events, _place, _summary


@pytest.mark.parametrize(
    "text, specs, expected",
    [
        ("Velm, 13 March 2025 - Leaders of Norland and Sudland today signed a border "
         "treaty at the state residence.",
         [_place("Velm", "Velm", "NOR"), _country("Norland", "NOR"), _country("Sudland", "SDN")],
         [_event("agreement", "occurred", "2025-03-13", "2025-03-13", "Velm", ["NOR", "SDN"])]),
        # the capital tagged as the state it stands for
        ("Velm, 13 March 2025 (Velm Press) — Leaders of Norland and Sudland today signed "
         "a border treaty at the state residence.",
         [_country("Velm", "NOR"), _country("Norland", "NOR"), _country("Sudland", "SDN")],
         [_event("agreement", "occurred", "2025-03-13", "2025-03-13", "Velm", ["NOR", "SDN"])]),
        # a town opening a sentence with no day and dash after it is no dateline
        ("Velm, as expected, signed a border treaty with Sudland on 13 March.",
         [_country("Velm", "NOR"), _country("Sudland", "SDN")],
         [_event("agreement", "occurred", "2025-03-13", "2025-03-13", None, ["NOR", "SDN"])]),
    ],
    ids=["a-title-case-dateline", "a-capital-standing-for-its-state", "no-day-no-dateline"],
)
def test_a_dateline_in_title_case_places_the_lead_event(text, specs, expected):
    assert _summary(_events(text, "2025-03-13", specs)) == expected


def test_an_editors_note_over_the_dateline_is_skipped():
    text = ("[Translated from the Norlandic original by our desk.]\n\n"
            "VELM, 13 March 2025 - Leaders of Norland and Sudland today signed a border "
            "treaty.")
    specs = [_place("VELM", "Velm", "NOR"), _country("Norland", "NOR"), _country("Sudland", "SDN")]
    assert _summary(_events(text, "2025-03-13", specs)) == [
        _event("agreement", "occurred", "2025-03-13", "2025-03-13", "Velm", ["NOR", "SDN"])]


@pytest.mark.parametrize(
    "venue, city",
    [("Palais des Nations", "Geneva"), ("Hyderabad House", "New Delhi"),
     ("Lancaster House", "London")],
    ids=["palais-des-nations", "hyderabad-house", "lancaster-house"],
)
def test_a_venue_the_gazetteer_places_puts_the_event_in_its_town(venue, city):
    text = f"Norland and Sudland held a round of talks at the {venue} on Tuesday."
    specs = [_place(venue, venue, "CHE"), _country("Norland", "NOR"), _country("Sudland", "SDN")]
    [row] = _events(text, "2025-06-26", specs).to_dict("records")
    assert (row["venue"], row["city"]) == (venue, city)


def test_talks_opened_years_before_are_not_the_round_told_later():
    text = ("When the Velm forum talks opened in October 2008, the first session did not "
            "survive the morning. The round of the talks, held on June 23 and 24, followed a "
            "script.")
    assert [(e["start"], e["end"]) for e in _summary(_events(text, "2025-06-30", []))] == [
        ("2008-10", None), ("2025-06-23", "2025-06-24")]


def test_the_items_of_a_digest_under_their_own_datelines_are_other_stories():
    text = ("LISK - Norland and Sudland envoys ended a round of boundary talks in Lisk on "
            "Saturday. Their next round falls in Sudland's Tarsk district in August.\n\n"
            "BRENNA - Ostria and Velmar still differ over the truce. Another round of "
            "talks is expected in Brenna within weeks.")
    specs = [_place("LISK", "Lisk", "NOR"), _place("Lisk", "Lisk", "NOR"),
             _place("BRENNA", "Brenna", "AUT"), _place("Brenna", "Brenna", "AUT"),
             _country("Norland", "NOR"), _country("Sudland", "SDN"), _country("Ostria", "AUT"),
             _country("Velmar", "VEN")]
    rows = [(r["status"], r["start"], r["city"]) for r in _summary(_events(text, "2024-07-22", specs))
            if r["type"] == "talks_round"]
    assert ("expected", None, "Brenna") in rows
    assert not any(start == "2024-08" and city == "Brenna" for _, start, city in rows)



def test_a_dateline_places_its_sentence_s_statement_and_the_sittings_of_its_day():
    text = ("VELM, March 13 (Velm Press) - Norland's president said on Thursday the truce "
            "would hold.\n\nThe two leaders met the envoy separately on Thursday.\n\n"
            "Earlier, on 2 March, they had met in Lisk.")
    specs = [_place("VELM", "Velm", "NOR"), _place("Lisk", "Lisk", "SDN"),
             _country("Norland", "NOR")]
    assert [(e["type"], e["start"], e["city"]) for e in _summary(_events(text, "2025-03-13", specs))
            ] == [("statement", "2025-03-13", "Velm"), ("summit", "2025-03-13", "Velm"),
                  ("meeting", "2025-03-02", "Lisk")]


@pytest.mark.parametrize(
    "text",
    [
        "Velm, 13 March (Velm Press).- Leaders of Norland and Sudland today signed a border treaty.",
        # the South Asian papers' colon
        "Velm, March 13: Leaders of Norland and Sudland today signed a border treaty.",
    ],
    ids=["stop-and-dash", "colon"],
)
def test_a_title_case_dateline_closed_by_a_stop_and_a_dash_or_a_colon(text):
    specs = [_place("Velm", "Velm", "NOR"), _country("Norland", "NOR"), _country("Sudland", "SDN")]
    assert [(e["type"], e["city"]) for e in _summary(_events(text, "2025-03-13", specs))] == [
        ("agreement", "Velm")]
