"""Events: the span of talks told by how long they lasted."""

from __future__ import annotations

import pandas as pd
import pytest

from .test_events import _country, _events, _person, _place


@pytest.mark.parametrize(
    "tail, expected",
    [
        ("after three days of work and settled another stretch of the line.",
         ("2024-07-17", "2024-07-19")),
        ("after three days of hard bargaining.", ("2024-07-17", "2024-07-19")),
        ("after three days of shelling nearby.", ("2024-07-19", "2024-07-19")),
    ],
    ids=["days-of-work", "days-of-bargaining", "days-of-something-else"],
)
def test_talks_ended_after_days_of_work_span_those_days(tail, expected):
    text = ("Norland and Sudland envoys wrapped up a sitting of boundary talks in Lisk on "
            "Friday " + tail)
    specs = [_place("Lisk", "Lisk", "NOR"), _country("Norland", "NOR"), _country("Sudland", "SDN")]
    [row] = _events(text, "2024-07-22", specs).to_dict("records")
    assert (row["start"], row["end"]) == expected


def test_a_date_in_a_where_clause_is_the_places_not_the_talks():
    text = ("VELM, July 2 (Wire) - Norland and Sudland agreed on Tuesday to keep talking, but "
            "talks in Velm brought no progress over the contested Lisk reef, where boats from "
            "the two navies collided last month.")
    specs = [_place("VELM", "Velm", "NOR"), _place("Velm", "Velm", "NOR"),
             _country("Norland", "NOR"), _country("Sudland", "SDN")]
    talks = [r for r in _events(text, "2024-07-02", specs).to_dict("records")
             if r["type"] == "talks_round"]
    assert [(r["start"], r["end"]) for r in talks] == [("2024-07-02", "2024-07-02")]


def test_the_length_of_dated_talks_stays_with_them():
    text = ("Norland said on Saturday it had named its members to the commission set up at last "
            "Tuesday's meeting in Lisk.\n\nNorland and Sudland envoys wrapped up a round of "
            "boundary talks in Zelva on Friday after three days of work.")
    specs = [_place("Lisk", "Lisk", "NOR"), _place("Zelva", "Zelva", "SDN"),
             _country("Norland", "NOR"), _country("Sudland", "SDN")]
    talks = [(r["city"], r["start"], r["end"])
             for r in _events(text, "2024-07-22", specs).to_dict("records") if r["city"]]
    assert talks == [("Lisk", "2024-07-16", "2024-07-16"), ("Zelva", "2024-07-17", "2024-07-19")]


def test_a_month_and_year_before_a_noun_dates_that_noun_only():
    text = ("The previous round of the boundary talks, held in Lisk last December, was the first "
            "in five years and came after the October 2024 accord on patrols.")
    rows = [(r["start"], r["city"]) for r in _events(text, "2025-08-21", [_place("Lisk", "Lisk", "NOR")])
            .to_dict("records")]
    # (the accord is told back as a deal of its month)
    assert rows == [("2024-12", "Lisk"), ("2024-10", None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norland and Sudland looked back at the 8th JCC, which was held in Lisk on 17 January "
         "2024.", [("talks_round", "occurred", "2024-01-17", "Lisk", 8)]),
        ("Norland and Sudland agreed to hold the 10th JCC in Sudland at a date to be agreed.",
         [("talks_round", "planned", None, None, 10)]),
        ("Officials say a tenth JCC round could be held in Sudland late this year.",
         [("talks_round", "expected", "2024", None, 10)]),
        ("Leaders met at the 25th SCO summit in Lisk on Monday.",
         [("summit", "occurred", "2024-07-01", "Lisk", None)]),
    ],
    ids=["an-ordinal-and-initials", "a-planned-one", "initials-before-round", "initials-before-a-noun"],
)
def test_a_sitting_named_by_its_number_and_the_initials_of_its_series(text, expected):
    specs = [_place("Lisk", "Lisk", "NOR"), _country("Norland", "NOR"), _country("Sudland", "SDN")]
    rows = [(r["type"], r["status"], r["start"], r["city"], None if pd.isna(r["round"]) else int(r["round"]))
            for r in _events(text, "2024-07-02", specs).to_dict("records")]
    assert rows == expected


@pytest.mark.parametrize(
    "entries, expected",
    [
        ("09:02\nWelcome to our coverage from Lisk.\n", [("2025-05-20", "2025-05-20")]),
        ("", [(None, None)]),
    ],
    ids=["key-points-over-a-live-blog", "bullets-with-no-live-entries"],
)
def test_the_key_points_of_a_live_blog_tell_that_days_news(entries, expected):
    text = ("Key points\n"
            "- Envoys of Norland and Sudland met for five hours in Lisk under a Velmar chair\n"
            "- No progress on the border crossings\n\n" + entries)
    specs = [_place("Lisk", "Lisk", "NOR"), _country("Norland", "NOR"), _country("Sudland", "SDN")]
    rows = [(r["start"], r["end"]) for r in _events(text, "2025-05-20", specs)
            .to_dict("records") if "five hours" in r["evidence"]]
    assert rows == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Under the annex agreed in Lisk in March last year, Norland and Sudland committed to "
         "carry out the earlier accord in stages.", [("agreement", "2023-03", "Lisk")]),
        ('Norland and Sudland reached a "working truce" late on Sunday about supply runs, '
         "the ministry said.", [("agreement", "2024-07-21", None)]),
        ('Norland and Sudland reached an "impasse" on Sunday over supply runs.', []),
    ],
    ids=["an-annex-agreed-in-a-town", "a-quoted-truce-reached", "a-quoted-impasse"],
)
def test_an_annex_agreed_or_a_quoted_accord_reached_is_an_agreement(text, expected):
    specs = [_place("Lisk", "Lisk", "NOR"), _country("Norland", "NOR"), _country("Sudland", "SDN")]
    rows = [(r["type"], r["start"], r["city"]) for r in _events(text, "2024-07-22", specs)
            .to_dict("records")]
    assert rows == expected


@pytest.mark.parametrize(
    "tail, expected",
    [
        ("The first, in Brenna on March 17-18, ended with a short plan.",
         [("2025-07-16", "Lisk"), ("2025-03-17", "Brenna")]),
        ("The first, in my view, was the better one.", [("2025-07-16", "Lisk")]),
    ],
    ids=["an-ordinal-before-its-place-and-days", "an-ordinal-before-an-aside"],
)
def test_an_ordinal_set_off_before_its_place_is_a_sitting(tail, expected):
    text = "The envoys are invited to a second informal meeting in Lisk on July 16-17. " + tail
    specs = [_place("Lisk", "Lisk", "NOR"), _place("Brenna", "Brenna", "NOR")]
    rows = [(r["start"], r["city"]) for r in _events(text, "2025-06-27", specs).to_dict("records")]
    assert rows == expected


@pytest.mark.parametrize(
    "text",
    [
        "The draft statement on the river border is still only a draft.",
        "Norland's envoys put forward a new draft of a common statement about the river border.",
        "In the Velm assembly, which sat late on Wednesday, no statement was given about the envoys.",
    ],
    ids=["a-draft-statement", "a-draft-of-the-joint-statement", "no-statement-made"],
)
def test_a_statement_still_drafted_or_not_made_is_no_event(text):
    events = _events(text, "2025-06-27", [_country("Norland", "NOR")])
    assert "statement" not in set(events["type"])


@pytest.mark.parametrize(
    "when, expected",
    [
        ("in March", ("2024-03", "2024-03")),
        ("in 2023", ("2023", "2023")),
        ("on March 3", ("2024-03-03", "2024-03-03")),
        ("on March 3 and 4", ("2024-03-03", "2024-03-04")),
    ],
    ids=["month", "year", "one-day", "two-days"],
)
def test_a_month_or_a_year_is_the_start_and_the_end(when, expected):
    """Talks "in March" start and end in March, as talks "on March 3" start and end that day
    (the schema: "a single-day event has start==end"); the end has the start's precision."""
    text = f"Norland and Sudland held boundary talks in Lisk {when}."
    specs = [_place("Lisk", "Lisk", "NOR"), _country("Norland", "NOR"), _country("Sudland", "SDN")]
    [row] = _events(text, "2024-07-22", specs).to_dict("records")
    assert (row["start"], row["end"]) == expected


def test_talks_over_a_range_of_months_end_in_the_last_month():
    text = "Norland and Sudland held a round of boundary talks in Lisk from March to May 2024."
    specs = [_place("Lisk", "Lisk", "NOR"), _country("Norland", "NOR"), _country("Sudland", "SDN")]
    [row] = _events(text, "2025-06-12", specs).to_dict("records")
    assert (row["start"], row["end"]) == ("2024-03", "2024-05")


@pytest.mark.parametrize(
    "sentence",
    [
        "The two foreign ministers met on the sidelines of the summit in Tarsk on Wednesday.",
        "The ministers met briefly on the margins of the regional summit in Tarsk on Wednesday.",
    ],
    ids=["sidelines", "margins"],
)
def test_a_meeting_on_the_sidelines_of_a_gathering_takes_its_day_and_town(sentence):
    specs = [_place("Tarsk", "Tarsk", "NOR")]
    rows = _events(sentence, "2025-06-12", specs).to_dict("records")
    meeting = next(r for r in rows if r["type"] != "summit")
    assert (meeting["start"], meeting["end"], meeting["city"]) == ("2025-06-11", "2025-06-11", "Tarsk")


def test_the_gathering_a_meeting_was_held_beside_is_no_event_and_lends_no_town():
    # the summit is where the earlier meeting was held: neither an event of its own nor the
    # town of the meeting the story tells, which the text places by its state alone
    text = ("President Jon Vale and Prime Minister Ana Ruiz met in the capital of Norland on "
            "Thursday for talks on the border.\n\nVale and Ruiz had last talked face to face on "
            "May 16 on the sidelines of the regional summit in Tarsk, Sudland.")
    specs = [_person("President Jon Vale", "Jon Vale", "President", "NOR"),
             _person("Prime Minister Ana Ruiz", "Ana Ruiz", "Prime Minister", "SDN"),
             _person("Vale", "Jon Vale", "President", "NOR"),
             _person("Ruiz", "Ana Ruiz", "Prime Minister", "SDN"),
             _place("Tarsk", "Tarsk", "SDN"), _country("Norland", "NOR"),
             _country("Sudland", "SDN")]
    rows = _events(text, "2025-07-11", specs).to_dict("records")
    assert [(r["type"], r["start"], r["city"]) for r in rows] == [
        ("summit", "2025-07-10", None), ("meeting", "2025-05-16", "Tarsk")]
