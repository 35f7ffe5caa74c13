"""Events: statements that sum something up in a quoted word, a year a measure runs for, an
update note over a dateline, and status cues read past the adjectives of an event noun."""

from __future__ import annotations

import pytest

from .test_events import _country, _event, _events, _place, _summary


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sudland's foreign ministry called the round \"a useful first step\" and said more "
         "work was needed.", ["statement"]),
        ("Ana Ruiz described the exchanges as \"blunt but honest\" on her return.",
         ["statement"]),
        ("A Norland foreign ministry spokesman Jon Vale said the border crossings would "
         "reopen.", ["statement"]),
        # a name the speaker gives a thing, not a statement
        ("Velmar backed what its ministry called a \"phased plan\" for the valley.", []),
        # a quote right after the verb names a thing
        ("Their route is called \"the north corridor\" by farmers in the valley.", []),
        # one person left unnamed is a source quoted, no statement of a party
        ("One Ostrian envoy termed the idea \"worth a look\" at a later stage.", []),
    ],
    ids=["a-ministry-called-it", "a-person-described-it-as", "an-office-and-its-officer-said",
         "what-the-ministry-called", "called-then-the-quote", "one-unnamed-official"],
)
def test_a_verb_that_sums_up_in_a_quote_is_a_statement(text, expected):
    specs = [_country("Sudland", "SDN"), _country("Norland", "NOR"), _country("Velmar", "VLM")]
    assert [e["type"] for e in _summary(_events(text, "2026-03-13", specs))] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the year a fishing deal runs for is no day of the signing
        ("Norland and Sudland signed the fishing deal for 2027 on Friday.",
         [_event("agreement", "occurred", "2026-03-13", "2026-03-13", None, ["NOR", "SDN"])]),
        ("Norland and Sudland signed the fishing deal for 2027.",
         [_event("agreement", "occurred", None, None, None, ["NOR", "SDN"])]),
        # a word of scheduling makes the year the time of the event
        ("The next round of talks between Norland and Sudland is scheduled for 2027.",
         [_event("talks_round", "scheduled", "2027", "2027", None, ["NOR", "SDN"])]),
    ],
    ids=["the-term-and-a-weekday", "the-term-alone", "scheduled-for-a-year"],
)
def test_a_year_after_for_is_the_term_of_a_measure(text, expected):
    specs = [_country("Norland", "NOR"), _country("Sudland", "SDN")]
    assert _summary(_events(text, "2026-03-13", specs)) == expected


def test_an_update_note_in_parentheses_over_the_dateline_is_skipped():
    text = ("(Adds comments from the Sudland minister in paragraph 3, changes dateline)\n\n"
            "By Jon Vale\n\n"
            "VELM, March 13 (Agency) - Leaders of Norland and Sudland today signed a border "
            "treaty.")
    specs = [_place("VELM", "Velm", "NOR"), _country("Norland", "NOR"), _country("Sudland", "SDN")]
    assert [e["city"] for e in _summary(_events(text, "2026-03-13", specs))] == ["Velm"]


@pytest.mark.parametrize(
    "text, status",
    [
        ("Norland and Sudland are due to stage separate informal direct talks in Lisk.",
         "planned"),
        ("Norland and Sudland will hold a fresh high-level trilateral round in Lisk.",
         "scheduled"),
    ],
    ids=["due-to-past-two-adjectives", "will-hold-past-a-fresh-round"],
)
def test_the_status_cue_is_read_past_the_adjectives_of_the_event_noun(text, status):
    specs = [_country("Norland", "NOR"), _country("Sudland", "SDN"), _place("Lisk", "Lisk", "NOR")]
    [row] = _summary(_events(text, "2026-03-13", specs))
    assert row["status"] == status


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The first round sat in Lisk on 3-5 November, the second in Velm on 17-19 "
         "November, and the third in Zelva on 1-4 December.",
         [("2025-11-03", "Lisk", 1), ("2025-11-17", "Velm", 2), ("2025-12-01", "Zelva", 3)]),
        ("It came after two rounds that failed: the first in the river port of Lisk last "
         "month and a second in Velm on Nov. 18-20.",
         [("2025-11", "Lisk", 1), ("2025-11-18", "Velm", 2)]),
    ],
    ids=["comma-then-and", "colon-then-a-second"],
)
def test_each_item_of_a_list_of_elided_ordinals_is_a_round(text, expected):
    specs = [_place("Lisk", "Lisk", "NOR"), _place("Velm", "Velm", "NOR"),
             _place("Zelva", "Zelva", "SDN")]
    rows = _summary(_events(text, "2025-12-09", specs))
    assert [(e["start"], e["city"], e["round"]) for e in rows] == expected


def test_a_date_set_off_between_a_verb_and_its_object_dates_the_event():
    text = ("The ministry announces that Ostria staged today, Friday, the fourth round of "
            "indirect talks between Norland and Sudland.")
    specs = [_country("Norland", "NOR"), _country("Sudland", "SDN"), _country("Ostria", "OST")]
    [row] = _summary(_events(text, "2026-03-13", specs))
    assert (row["type"], row["start"]) == ("talks_round", "2026-03-13")


def test_a_sitting_on_one_day_inside_a_rounds_span_is_a_session_of_its_own():
    text = ("The fifth round of talks between Norland and Sudland was held in Velm on 24-25 "
            "June. The working groups of both sides met on 25 June.")
    specs = [_country("Norland", "NOR"), _country("Sudland", "SDN"), _place("Velm", "Velm", "NOR")]
    rows = _summary(_events(text, "2025-06-27", specs))
    assert [(e["start"], e["end"]) for e in rows] == [
        ("2025-06-24", "2025-06-25"), ("2025-06-25", "2025-06-25")]


@pytest.mark.parametrize(
    "text",
    ["Jon Vale, for his part, told Norland media that the talks had been hard.",
     "On Tuesday Jon Vale told the foreign affairs committee the talks had been hard."],
    ids=["media-named-by-its-country", "a-committee-of-the-legislature"],
)
def test_told_to_an_audience_is_a_statement(text):
    rows = _summary(_events(text, "2026-03-13", [_country("Norland", "NOR")]))
    assert [e["type"] for e in rows][:1] == ["statement"]
