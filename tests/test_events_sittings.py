"""Events: one sitting told twice in other words, sittings told by a verb of gathering with
its people as the subject, towns that host, and the edge of a gathering where a meeting is
held (its cue words read from the lexicon)."""

from __future__ import annotations

import pytest

from .test_events import _brief, _country, _events, _place, _summary

_SPECS = [_country("Norland", "NOR"), _country("Sudland", "SDN"), _place("Velm", "Velm", "NOR"),
          _place("Lisk", "Lisk", "SDN")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a summit of the leaders and the talks of that day in that town: one sitting
        ("Norland and Sudland held a summit in Velm on Sunday and agreed to reopen the "
         "border. Farmers' unions welcomed Sunday's talks and asked for a quick start.",
         [("summit", "occurred", "2026-03-08", "2026-03-08", "Velm")]),
        # talks of two days and the summit of those days, in the same town
        ("Norland and Sudland ended two days of talks in Velm on Tuesday. The summit held "
         "in Velm on Monday and Tuesday was the first since the war.",
         [("talks_round", "occurred", "2026-03-09", "2026-03-10", "Velm")]),
        # two days, two sittings
        ("Norland and Sudland held a summit in Velm on Sunday. Their delegations held "
         "talks in Velm on Tuesday.",
         [("summit", "occurred", "2026-03-08", "2026-03-08", "Velm"),
          ("talks_round", "occurred", "2026-03-10", "2026-03-10", "Velm")]),
        # two towns, two sittings
        ("Norland and Sudland held a summit in Velm on Sunday. Their delegations held "
         "talks in Lisk on Sunday.",
         [("summit", "occurred", "2026-03-08", "2026-03-08", "Velm"),
          ("talks_round", "occurred", "2026-03-08", "2026-03-08", "Lisk")]),
    ],
    ids=["summit-and-the-days-talks", "summit-on-the-talks-days", "another-day",
         "another-town"],
)
def test_one_sitting_told_as_talks_and_as_a_summit_is_one_event(text, expected):
    assert _brief(_events(text, "2026-03-12", _SPECS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ministers from Norland and Sudland gathered at a hotel in Lisk on Sunday.",
         [("meeting", "occurred", "2026-03-08", "2026-03-08", "Lisk")]),
        ("The two delegations assembled in Velm on Monday.",
         [("meeting", "occurred", "2026-03-09", "2026-03-09", "Velm")]),
        # a crowd gathers too: no sitting
        ("Protesters gathered outside the Sudland embassy in Velm on Monday.", []),
        ("Farmers gathered in Lisk on Monday to block the road to Velm.", []),
    ],
    ids=["ministers-gathered", "delegations-assembled", "protesters-gathered",
         "farmers-gathered-in-another-clause"],
)
def test_a_verb_of_gathering_is_a_sitting_when_its_subject_are_its_people(text, expected):
    assert _brief(_events(text, "2026-03-12", _SPECS)) == expected


@pytest.mark.parametrize(
    "text",
    ["The next round of border talks will be held in May, with Sudland as host.",
     "Norland and Sudland envoys will meet again in June, with Sudland as the host."],
    ids=["with-a-state-as-host", "with-a-state-as-the-host"],
)
def test_a_state_named_as_host_hosts_the_sitting(text):
    [row] = _summary(_events(text, "2026-03-12", _SPECS))
    assert row["hosts_mediators"] == ("SDN",)


def test_a_site_outside_a_town_is_placed_in_the_town():
    text = "Envoys of Norland and Sudland met at a lodge outside Lisk on Monday."
    assert [e["city"] for e in _summary(_events(text, "2026-03-12", _SPECS))] == ["Lisk"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Talks between Norland and Sudland were hosted by the Ostrian capital on Monday.",
         "Zelva"),
        ("Talks between Norland and Sudland, hosted by Ostria, opened on Monday.",
         None),
    ],
    ids=["hosted-by-a-capital", "hosted-by-a-state"],
)
def test_a_town_that_hosts_is_where_the_event_is(text, expected):
    specs = [*_SPECS, ("place", "the Ostrian capital", "Zelva", None, None, "OST"),
             _country("Ostria", "OST")]
    [row] = _summary(_events(text, "2026-03-12", specs))
    assert row["city"] == expected
    assert "OST" in row["hosts_mediators"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a meeting at the edge of a gathering takes its town and day, in each wording the
        # lexicon lists
        ("The foreign ministers of Norland and Sudland met on the fringes of the river "
         "forum in Velm on 4 March.",
         ("meeting", "2026-03-04", "Velm")),
        ("The foreign ministers of Norland and Sudland met on the margins of the river "
         "forum in Velm on 4 March.",
         ("meeting", "2026-03-04", "Velm")),
    ],
    ids=["on-the-fringes-of", "on-the-margins-of"],
)
def test_a_meeting_at_the_edge_of_a_gathering_takes_its_town_and_day(text, expected):
    rows = _summary(_events(text, "2026-03-12", _SPECS))
    assert (rows[0]["type"], rows[0]["start"], rows[0]["city"]) == expected


def test_an_agreement_signed_on_the_margins_of_talks_takes_their_town():
    text = ("Norland and Sudland signed a grazing accord on the margins of the talks in "
            "Lisk.")
    rows = _summary(_events(text, "2026-03-12", _SPECS))
    assert [(r["type"], r["city"]) for r in rows if r["type"] == "agreement"] == [
        ("agreement", "Lisk")]


def test_a_matter_raised_on_the_fringes_of_a_meeting_is_no_topic_of_talk():
    text = ("The question of the dam was raised on the fringes of the meeting of Norland "
            "and Sudland in Velm on Monday.")
    assert [r["type"] for r in _summary(_events(text, "2026-03-12", _SPECS))] == ["meeting"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the sitting noun is the object of the verb of a plan: planned, as the verb is
        ("The two ministers agreed to convene a joint border trade meeting in Velm before "
         "the end of May.",
         [("meeting", "planned", None, "2026-05-31", "Velm")]),
        # a verb of a sitting held leaves its object held
        ("The two ministers met for a working meeting in Velm on Monday.",
         [("meeting", "occurred", "2026-03-09", "2026-03-09", "Velm")]),
    ],
    ids=["agreed-to-convene-a-meeting", "met-for-a-meeting"],
)
def test_a_sitting_noun_takes_the_status_of_the_verb_it_is_the_object_of(text, expected):
    assert _brief(_events(text, "2026-03-12", _SPECS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a capital or a gazetteer town before the sitting's noun, left untagged
        ("The grazing truce came out of the Harare meeting on 4 March.",
         [("meeting", "occurred", "2026-03-04", "2026-03-04", "Harare")]),
        ("Both sides recalled the Lusaka talks of 2-3 March.",
         [("talks_round", "occurred", "2026-03-02", "2026-03-03", "Lusaka")]),
        # a name that is no town places nothing
        ("Both sides recalled the Vale talks of 2-3 March.",
         [("talks_round", "occurred", "2026-03-02", "2026-03-03", None)]),
    ],
    ids=["the-capitals-meeting", "the-capitals-talks", "not-a-town"],
)
def test_a_sitting_named_by_its_town_was_held_there(text, expected):
    assert _brief(_events(text, "2026-03-12", [])) == expected



_CAPITALS = [_place("Lusaka", "Lusaka", "ZMB"), _place("Harare", "Harare", "ZWE"),
             ("place", "the Zambian capital", "Lusaka", None, None, "ZMB")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # no dateline: the capital named last before it
        ("The envoy flew into the Zambian capital on Monday. The border board met in the "
         "capital last week as well.",
         [("meeting", "occurred", None, None, "Lusaka")]),
        # the dateline's capital is the report's home, whatever capital came between
        ("Harare, 12 March (Agency). - The board closed its session in Lusaka today.\n\n"
         "At the board's last session, held in October in the capital, nothing was agreed.",
         [("talks_session", "occurred", "2026-03-12", "2026-03-12", "Lusaka"),
          ("talks_session", "occurred", "2025-10", "2025-10", "Harare")]),
        # the capital of a state named after it is no capital told before
        ("The border board met in the capital of the province last week.",
         [("meeting", "occurred", None, None, None)]),
    ],
    ids=["the-capital-named-last", "the-datelines-capital", "the-capital-of"],
)
def test_a_sitting_in_the_capital_is_in_the_capital_told_before(text, expected):
    assert _brief(_events(text, "2026-03-12", _CAPITALS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the day in the phrase after "since" dates what came before, not the meeting
        ("It was the first private meeting of the two leaders since the presidential "
         "vote of 9 October.", [("meeting", "occurred", None, None, None)]),
        # a day of its own still dates it
        ("The two leaders met on 2 March, their first talk since the presidential vote of "
         "9 October.", [("summit", "occurred", "2026-03-02", "2026-03-02", None)]),
    ],
    ids=["since-the-elections-of", "a-day-of-its-own"],
)
def test_a_day_after_since_dates_the_phrase_it_is_in(text, expected):
    assert _brief(_events(text, "2026-03-12", _SPECS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # no dateline: the speaker names where "here" is, and the events told "here" are there
        ("Q: On Monday the two sides signed a river accord here in Lisk. What comes next?\n\n"
         "A: In May the envoys issued a joint statement here on the ferries.",
         [("agreement", "occurred", "2026-03-09", "2026-03-09", "Lisk"),
          ("statement", "occurred", "2025-05", "2025-05", "Lisk")]),
        # a statement told "here" under a dateline is in the dateline's town
        ("LISK - The envoys issued a joint statement here on Tuesday.",
         [("statement", "occurred", "2026-03-10", "2026-03-10", "Lisk")]),
    ],
    ids=["here-in-a-town", "a-statement-here-under-a-dateline"],
)
def test_here_is_the_town_the_text_names_for_it(text, expected):
    assert _brief(_events(text, "2026-03-12", _SPECS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The first round took place in Velm on March 2, followed by a second at the Norland "
         "embassy in Lisk.", [("talks_round", "2026-03-02", 1), ("talks_round", None, 2)]),
        ("Norland and Sudland have held five rounds. The fifth, again in Lisk, followed on the "
         "9th.", [("talks_round", "2026-03-09", 5)]),
    ],
    ids=["followed-by-a-second", "the-fifth-again-in"],
)
def test_a_sitting_told_by_its_ordinal_after_another(text, expected):
    got = _events(text, "2026-03-12", _SPECS)
    assert [(t, s, r) for t, s, r in zip(got["type"], got["start"], got["round"], strict=True)] == expected
