"""Events: a later sitting named as one, with nothing yet to date or place it; the span of
talks told in pieces (their length, first day and last day in different mentions); what is
done after a sitting the story reports; and a deal told as made in a reduced relative."""

from __future__ import annotations

import pytest

from .test_events import _country, _event, _events, _place, _summary


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jon Vale expects the next round to take place within a few months, naming no day.",
         ["talks_round"]),
        ("No day has yet been fixed for the next meeting, officials said.", ["meeting"]),
        ("According to an aide, the next session of the border commission is expected in the "
         "spring.", ["talks_session"]),
        # more talks in general are no one sitting
        ("Ana Ruiz promised to publish details of further talks soon.", []),
        # a sitting that only times what the sentence tells
        ("Hard bargaining over the valley is expected ahead of the next round.", []),
        # the main clause of a condition
        ("If the opposition wins the vote, the next meeting could look very different.", []),
    ],
    ids=["next-round-within-months", "no-date-for-the-next-meeting", "next-session-expected",
         "further-talks-in-general", "ahead-of-the-next-round", "in-a-condition"],
)
def test_a_later_sitting_named_as_one_is_an_event(text, expected):
    specs = [_country("Norland", "NOR"), _country("Sudland", "SDN")]
    assert [e["type"] for e in _summary(_events(text, "2026-03-13", specs))] == expected


def test_a_later_sitting_with_no_day_is_still_to_be_held():
    # not one held on the day of the report, which the dateline would give it
    text = "VELM, March 13 (Agency) - No day has yet been fixed for the next meeting."
    specs = [_place("VELM", "Velm", "NOR")]
    rows = [e for e in _summary(_events(text, "2026-03-13", specs)) if e["type"] == "meeting"]
    assert rows == [_event("meeting", "undecided", None, None, "Velm")]


def test_the_length_of_the_talks_runs_from_the_day_they_began():
    text = ("LISK, March 13 (Agency) - Mediators said on Friday that five days of talks held in "
            "Ostria had closed without a deal.\n\n"
            "The talks, which began on March 9 at a lakeside hotel, were hosted by Velmar.")
    specs = [_place("LISK", "Lisk", "OST"), _country("Ostria", "OST"),
             _country("Velmar", "VLM")]
    talks = [e for e in _summary(_events(text, "2026-03-13", specs)) if e["type"] == "talks_round"]
    assert [(e["start"], e["end"]) for e in talks] == [("2026-03-09", "2026-03-13")]


@pytest.mark.parametrize(
    "told, expected",
    [
        ("At the close of the meeting, which ran for two hours, the Norland ministry put out "
         "a statement on the quotas.", ("statement", "2026-03-12", "Velm")),
        ("After the talks, the Sudland minister told reporters that the gap had narrowed.",
         ("statement", "2026-03-12", "Velm")),
        ("Ana Ruiz received the two deputy ministers after the session.",
         ("meeting", "2026-03-12", "Velm")),
    ],
    ids=["opening-at-the-close-of-the-meeting", "opening-after-the-talks",
         "received-after-the-session"],
)
def test_what_is_done_after_the_sitting_takes_its_day_and_town(told, expected):
    text = ("Jon Vale and his Sudland counterpart met in Velm on Thursday to discuss fishing "
            "quotas.\n\n" + told)
    specs = [_place("Velm", "Velm", "NOR"), _country("Norland", "NOR"),
             _country("Sudland", "SDN")]
    rows = _summary(_events(text, "2026-03-13", specs))
    assert (rows[-1]["type"], rows[-1]["start"], rows[-1]["city"]) == expected


def test_talks_over_end_on_the_last_day_told_of_them():
    text = ("LISK, March 13 (Agency) - Ostria and Velmar agreed on Friday to keep the border "
            "open, at talks hosted by Norland.\n\n"
            "Norland's foreign minister convened the talks, which began on March 2 at a "
            "lakeside hotel.")
    specs = [_place("LISK", "Lisk", "OST"), _country("Ostria", "OST"),
             _country("Velmar", "VLM"), _country("Norland", "NOR")]
    talks = [e for e in _summary(_events(text, "2026-03-13", specs)) if e["type"] == "talks_round"]
    assert [(e["start"], e["end"]) for e in talks] == [("2026-03-02", "2026-03-13")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The talks built on the framework accord reached between Ostria and Velmar on "
         "3 May 2021.", [("agreement", "2021-05-03")]),
        ("Under a truce struck in Lisk in April 2022, both armies pulled back.",
         [("agreement", "2022-04")]),
    ],
    ids=["accord-reached-between", "truce-struck-in"],
)
def test_a_deal_told_as_made_in_a_reduced_relative_is_an_agreement(text, expected):
    specs = [_country("Ostria", "OST"), _country("Velmar", "VLM"), _place("Lisk", "Lisk", "OST")]
    rows = _summary(_events(text, "2026-03-13", specs))
    assert [(e["type"], e["start"]) for e in rows if e["type"] == "agreement"] == expected


@pytest.mark.parametrize("speech", ["a nationwide address", "a national broadcast"])
def test_a_leader_speaking_to_the_nation_makes_a_statement(speech):
    text = ("Norland has sent a note of protest to Sudland over the patrol boat, Jon Vale said "
            f"in {speech} on Saturday.")
    specs = [_country("Norland", "NOR"), _country("Sudland", "SDN")]
    rows = _summary(_events(text, "2026-03-13", specs))
    assert [(e["type"], e["start"]) for e in rows] == [("statement", "2026-03-07")]
