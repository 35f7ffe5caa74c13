"""Events: the place a ", where" clause hangs on, brief encounters at the edge of a sitting,
and statements told with no channel, time or office."""

from __future__ import annotations

import pytest

from analysis.pipeline import analyse_articles
from analysis.seeds import load_seeds

from .test_events import _country, _events, _person, _place, _summary

_SPECS = [
    _country("Norland", "NOR"), _country("Sudland", "SDN"), _country("Ostria", "OST"),
    _place("Velm", "Velm", "NOR"), _place("Lisk", "Lisk", "SDN"), _place("Tarsk", "Tarsk", "OST"),
    _person("Jon Vale", "Jon Vale", "foreign minister", "NOR"),
    _person("Ana Ruiz", "Ana Ruiz", "envoy", "SDN"),
]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the town the clause hangs on, not the one the party arrived in
        ("The Norland team reached Velm from Lisk, where Jon Vale on Friday met Ana Ruiz of "
         "Sudland.", [("meeting", "Lisk")]),
        # a few words of time between the town and the clause
        ("Jon Vale toured Tarsk on Tuesday and Wednesday, where he held talks with Ana Ruiz.",
         [("talks_round", "Tarsk")]),
    ],
    ids=["arrived-from-a-town-where", "visited-a-town-on-days-where"],
)
def test_an_event_in_a_where_clause_is_in_the_town_it_hangs_on(text, expected):
    got = _summary(_events(text, "2026-03-13", _SPECS))
    assert [(e["type"], e["city"]) for e in got] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The second round between Norland and Sudland closed in Velm on Friday after Jon Vale "
         "and Ana Ruiz spoke face to face for a few minutes.",
         [("talks_round", "2026-03-13"), ("meeting", "2026-03-13")]),
        ("Mediators carried notes between the rooms during the round in Velm on Friday, and "
         "Jon Vale and Ana Ruiz met briefly at the close.",
         [("talks_round", "2026-03-13"), ("meeting", "2026-03-13")]),
        # a word to the press is no encounter of the parties
        ("Jon Vale spoke briefly to reporters in Velm on Friday.", []),
    ],
    ids=["spoke-face-to-face-after-a-round", "met-briefly", "spoke-briefly-to-reporters"],
)
def test_a_brief_encounter_of_the_heads_is_a_meeting_of_its_own(text, expected):
    got = _summary(_events(text, "2026-03-13", _SPECS))
    assert [(e["type"], e["start"]) for e in got] == expected


def test_a_comparison_opening_the_sentence_neither_dates_nor_places_the_event():
    text = ("Like at Lisk on Monday, Jon Vale and Ana Ruiz spoke briefly with each other at the "
            "end of the day.")
    got = _summary(_events(text, "2026-03-13", _SPECS))
    assert [(e["type"], e["start"], e["city"]) for e in got] == [("meeting", None, None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a plain summing-up sums up the talks; no statement of its own
        ("Jon Vale, who spoke second, termed the Sudland position \"a fair start\" and said he "
         "would consult Velm.", []),
        ("Ana Ruiz praised the mediators as \"patient and fair\" but added that much was left.",
         []),
        # with its day, or its office speaking, it is a statement made
        ("Ana Ruiz praised the mediators as \"patient and fair\" on Thursday.",
         [("statement", "2026-03-12")]),
        ("The Norland presidency termed the Sudland position \"a fair start\".",
         [("statement", None)]),
    ],
    ids=["a-person-termed-it", "a-person-praised", "praised-on-a-day", "an-office-termed-it"],
)
def test_a_summing_up_verb_is_a_statement_only_with_its_day_or_an_office(text, expected):
    got = _summary(_events(text, "2026-03-13", _SPECS))
    assert [(e["type"], e["start"]) for e in got] == expected


def test_artillery_exchanges_are_fighting_not_a_swap():
    text = ("Fighting flared on May 4 when a mine hurt Norland soldiers, and two days of mortar "
            "and rocket exchanges followed near Tarsk.")
    got = _summary(_events(text, "2026-05-10", _SPECS))
    assert [e["type"] for e in got if e["type"] == "prisoner_exchange"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a statement cited for what it lays down is no statement made
        ("In line with what was agreed in the joint statement, border officers of Norland and "
         "Sudland met near Tarsk at dawn today.", [("meeting", None)]),
        # nor does its town place the sitting it lays down
        ("The dawn meeting of sector commanders laid down in the Velm joint statement went "
         "ahead today at a crossing.", [("meeting", None)]),
        ("Norland and Sudland issued a joint statement in Lisk on Friday.",
         [("statement", "Lisk")]),
    ],
    ids=["agreed-in-the-statement", "laid-down-in-the-town-statement", "a-statement-issued"],
)
def test_a_statement_cited_for_what_it_lays_down_is_no_statement(text, expected):
    got = _summary(_events(text, "2026-03-13", _SPECS))
    assert [(e["type"], e["city"]) for e in got] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Earlier this week, Jon Vale said Norland would talk in any format.", ["statement"]),
        ("In a post on his own platform early Friday, Jon Vale wrote that a deal was near.",
         ["statement"]),
        ("At a joint press appearance in Velm, Ana Ruiz said the border would stay shut.",
         ["statement"]),
        ("Jon Vale said at a farming forum in Tarsk that the levy was unfair.", ["statement"]),
        ("Ana Ruiz said at Lisk Town Hall that Sudland had kept its word.", ["statement"]),
        # a plain saying with none of these is left to the outcomes
        ("Ana Ruiz said Sudland had kept its word.", []),
    ],
    ids=["time-heading-the-sentence", "a-post-on-a-platform", "a-press-appearance",
         "said-at-a-forum", "said-at-a-hall", "plain-said"],
)
def test_a_statement_told_by_its_occasion_or_its_post(text, expected):
    got = _summary(_events(text, "2026-03-13", _SPECS))
    assert [e["type"] for e in got] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On Monday, Jon Vale spent nearly four hours with Ana Ruiz in Lisk.",
         [("meeting", "2026-03-09", "2026-03-09", "Lisk")]),
        ("The Norland team then spent two days, from 10 to 11 March, with Ana Ruiz in Velm.",
         [("meeting", "2026-03-10", "2026-03-11", "Velm")]),
        ("Jon Vale spent the weekend with his family in Tarsk.", []),
    ],
    ids=["hours-with-a-person", "days-with-a-person", "with-his-family"],
)
def test_time_spent_with_the_other_side_is_a_sitting(text, expected):
    got = _summary(_events(text, "2026-03-13", _SPECS))
    assert [(e["type"], e["start"], e["end"], e["city"]) for e in got] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The plan took shape after Ana Ruiz received Jon Vale at her residence on March 2.",
         [("meeting", "2026-03-02")]),
        # a thing received is no guest
        ("Norland received Sudland's written reply on Monday.", []),
        ("Ana Ruiz left the session with the Norland team early to call Jon Vale.",
         [("phone_call", None)]),
        ("Jon Vale called Ana Ruiz on Tuesday about the border.", [("phone_call", "2026-03-10")]),
        ("Jon Vale called the Sudland draft hollow.", []),
    ],
    ids=["received-a-person", "received-a-reply", "to-call-a-person", "called-a-person",
         "called-a-thing"],
)
def test_a_person_received_or_called_is_a_meeting_or_a_call(text, expected):
    got = _summary(_events(text, "2026-03-13", _SPECS))
    assert [(e["type"], e["start"]) for e in got if e["type"] != "talks_round"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Neither capital suggested the dialogue had run aground.", []),
        ("Ana Ruiz has since suggested that the Norland position was weak.", []),
        ("Jon Vale suggested a new round in Tarsk.", ["talks_round"]),
    ],
    ids=["suggested-a-clause", "suggested-that", "suggested-a-round"],
)
def test_suggested_with_a_clause_is_a_view_not_a_proposal(text, expected):
    got = _summary(_events(text, "2026-03-13", _SPECS))
    assert [e["type"] for e in got] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jon Vale urged Sudland to free the nine Norland soldiers held since May.", []),
        ("Sudland proposed that Norland hand over 200 bodies of fallen soldiers.", []),
        ("Norland and Sudland will swap 40 prisoners each next week.", ["prisoner_exchange"]),
    ],
    ids=["urged-to-free", "proposed-to-hand-over", "a-swap-set"],
)
def test_a_swap_only_asked_for_is_no_exchange(text, expected):
    got = _summary(_events(text, "2026-03-13", _SPECS))
    assert [e["type"] for e in got] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Sudland defence ministry confirmed that 40 of its men were back home.",
         [("statement", None)]),
        ("Jon Vale confirmed on Tuesday that the envoys would stay in Lisk.",
         [("statement", "2026-03-10")]),
    ],
    ids=["an-office-confirmed", "confirmed-on-a-day"],
)
def test_confirmed_is_a_verb_of_speech(text, expected):
    got = _summary(_events(text, "2026-03-13", _SPECS))
    assert [(e["type"], e["start"]) for e in got] == expected


def test_visitors_received_under_a_pronoun_with_their_day_are_a_meeting():
    text = "The envoys took the new draft to Lisk, where Ana Ruiz received them on 2 March."
    got = _summary(_events(text, "2026-03-13", _SPECS))
    assert [(e["type"], e["start"], e["city"]) for e in got] == [("meeting", "2026-03-02", "Lisk")]


def test_a_round_that_opened_something_else_is_not_under_way():
    text = ("Norland and Sudland held a fifth round of talks in Velm on Sunday. The previous "
            "round, in Lisk on 28 February, had opened a parallel track of expert talks.")
    got = _summary(_events(text, "2026-03-13", _SPECS))
    assert [(e["status"], e["start"], e["end"], e["city"]) for e in got] == [
        ("occurred", "2026-03-08", "2026-03-08", "Velm"),
        ("occurred", "2026-02-28", "2026-02-28", "Lisk")]


def test_the_day_and_town_of_a_plan_given_up_are_not_the_rounds():
    text = ("Norland and Sudland held a fourth round of talks in Velm on Sunday. The round was "
            "first planned for 3 March in Lisk but was put off by Ostria, which cited the weather.")
    got = _summary(_events(text, "2026-03-13", _SPECS))
    assert [(e["start"], e["city"]) for e in got if e["start"] == "2026-03-03"
            or e["city"] == "Lisk"] == []


def test_a_meeting_before_the_talks_is_its_own_on_their_day_and_in_their_town():
    text = ("Norland and Sudland held a third round of talks in Velm on Monday. Before the "
            "talks, Jon Vale met with Piet Lund of Ostria.")
    got = _summary(_events(text, "2026-03-13", _SPECS))
    assert [(e["type"], e["start"], e["city"]) for e in got] == [
        ("talks_round", "2026-03-09", "Velm"), ("meeting", "2026-03-09", "Velm")]


def test_a_sitting_recalled_with_no_cue_is_one_held_not_one_to_come():
    text = ("Norland and Sudland held a third round of talks in Velm on Monday.\n\n"
            "The heads will meet again next Saturday in Tarsk.\n\n"
            "Jon Vale and Ana Ruiz also spoke briefly at the end of the session.")
    got = _summary(_events(text, "2026-03-13", _SPECS))
    assert [(e["type"], e["start"], e["city"]) for e in got if e["status"] == "occurred"] == [
        ("talks_round", "2026-03-09", "Velm"), ("meeting", "2026-03-09", "Velm")]


def test_a_day_first_foreseen_does_not_date_the_talks():
    text = ("The expert talks, first foreseen for the following Wednesday, were put back and in "
            "the end opened in Tarsk on March 2.")
    got = _summary(_events(text, "2026-03-13", _SPECS))
    assert [(e["start"], e["city"]) for e in got] == [("2026-03-02", "Tarsk")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The first round of talks between Norland and Sudland since 2022 was held in Velm on "
         "March 2.", [("talks_round", "2026-03-02")]),
        ("The first meeting of the two envoys since 2019 took place in Lisk on March 4.",
         [("meeting", "2026-03-04")]),
        # a clause of its own after "since" still dates its own verb, not the talks
        ("The first talks since the war broke out on March 1 were held in Velm.",
         [("talks_round", None)]),
    ],
    ids=["since-a-year-then-held-on", "since-a-year-then-took-place-on", "since-a-clause-control"],
)
def test_a_year_after_since_leaves_the_day_of_the_sitting_to_it(text, expected):
    got = _summary(_events(text, "2026-03-13", _SPECS))
    assert [(e["type"], e["start"]) for e in got] == expected


@pytest.mark.parametrize(
    "second, expected",
    [
        ("The round moved to Tarsk on March 9.", ("Tarsk", None)),
        ("In February, Jon Vale met Ana Ruiz at the same palace.", ("Velm", "Velm Palace")),
        ("In February, Jon Vale met Ana Ruiz in the same city.", ("Velm", None)),
    ],
    ids=["moved-to-a-town", "same-palace", "same-city-no-site"],
)
def test_a_sitting_moved_to_or_held_in_the_same_place(second, expected):
    text = f"Norland and Sudland held talks at the Velm Palace in Velm on March 2. {second}"
    got = _events(text, "2026-03-13", [*_SPECS, _place("Velm Palace", "Velm Palace", "NOR")])
    assert tuple(got.iloc[0][["city", "venue"]]) == ("Velm", "Velm Palace")
    assert tuple(got.iloc[-1][["city", "venue"]]) == expected


def test_a_palace_named_by_an_alias_is_in_the_gazetteer_s_town():
    text = "The round between Norland and Sudland was held at Dolmabahçe Palace on March 2."
    got = _events(text, "2026-03-13", [*_SPECS, _place("Dolmabahçe Palace", "Dolmabahçe Palace", "TUR")])
    assert list(got[["venue", "city"]].itertuples(index=False, name=None)) == [
        ("Dolmabahçe Palace", "Istanbul")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jon Vale, speaking separately at the Norland consulate, said the round had gone well.",
         ["statement"]),
        ("Speaking at a briefing in Velm, Jon Vale said the round had gone well.", ["statement"]),
        ("Jon Vale said the round had gone well.", []),  # (no occasion: no statement of its own)
    ],
    ids=["speaking-separately-at", "speaking-at-a-briefing", "plain-said-control"],
)
def test_a_statement_told_by_where_it_was_spoken(text, expected):
    got = _events(text, "2026-03-13", _SPECS)
    assert [t for t in got["type"] if t == "statement"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("LISK, March 13 (Wire) - Jon Vale said on Monday he had spoken by telephone with "
         "Ana Ruiz about the talks.", ("phone_call", "2026-03-09")),
        ("LISK, March 13 (Wire) - Jon Vale said on Monday he had met Ana Ruiz in Velm.",
         ("meeting", "2026-03-09")),
        # a day of its own stays its own
        ("LISK, March 13 (Wire) - Jon Vale said on Monday he had met Ana Ruiz in Velm on "
         "March 2.", ("meeting", "2026-03-02")),
    ],
    ids=["call-had-spoken", "meeting-had-met", "own-day-control"],
)
def test_what_a_speaker_had_done_was_done_by_the_day_of_the_saying(text, expected):
    got = _summary(_events(text, "2026-03-13", _SPECS))
    assert [(e["type"], e["start"]) for e in got if e["type"] != "statement"] == [expected]


def test_the_first_talks_since_a_year_start_on_their_own_day():
    got = _summary(_events("The first talks between Norland and Sudland since 2019 opened in Velm "
                           "on March 9.", "2026-03-13", _SPECS))
    assert [(e["type"], e["start"]) for e in got] == [("talks_round", "2026-03-09")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The delegations of Norland and Sudland met in Velm on Monday. The agreement was signed "
         "there on Thursday.", [("meeting", "Velm"), ("agreement", "Velm")]),
        # an existential "there" places nothing
        ("The delegations of Norland and Sudland met in Velm on Monday. There is no deal yet, "
         "but they agreed to meet again on Thursday.", [("meeting", "Velm"),
                                                        ("meeting", None)]),
        # a town told three sentences before is too far back
        ("The delegations of Norland and Sudland met in Velm on Monday. Jon Vale left. Ana Ruiz "
         "stayed. Her aides flew home. The agreement was signed there on Thursday.",
         [("meeting", "Velm"), ("agreement", None)]),
    ],
    ids=["signed-there", "there-is", "too-far-back"],
)
def test_an_event_told_there_is_in_the_town_told_just_before(text, expected):
    got = _summary(_events(text, "2026-03-13", _SPECS))
    assert [(e["type"], e["city"]) for e in got] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jon Vale and Ana Ruiz announced the deal after talks in Scotland.", None),
        ("Jon Vale and Ana Ruiz met at a golf resort in Texas on Monday.", None),
        # a town the gazetteer lacks is still read from the sitting it hosts
        ("Jon Vale and Ana Ruiz met in Zelnik on Monday.", "Zelnik"),
    ],
    ids=["talks-in-a-region", "a-site-in-a-region", "an-unlisted-town"],
)
def test_a_region_is_no_town_of_the_sitting(text, expected):
    got = _summary(_events(text, "2026-03-13", _SPECS))
    assert {e["city"] for e in got if e["type"] in ("talks_round", "meeting")} == {expected}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Later on Friday, the US president received both ministers in the Oval Office.",
         ("meeting", "Washington")),
        ("On March 2, the ministers of Norland and Sudland signed the peace agreement at the "
         "State Department.", ("agreement", "Washington")),
    ],
    ids=["in-the-oval-office", "at-the-state-department"],
)
def test_a_room_or_seat_of_government_is_in_its_capital(tmp_path, text, expected):
    # the whole pipeline: the room and the seat are read from the lexicons, not given
    (tmp_path / "a.txt").write_text(f"date 2026-03-13 Talks\n\n{text}\n", encoding="utf-8")
    corpus = load_seeds(tmp_path)
    events = analyse_articles(corpus.articles, corpus.problems).events
    assert list(zip(events["type"], events["city"], strict=True)) == [expected]


def test_a_sitting_a_dated_statement_came_after_was_held_that_day_there():
    text = ("LISK, March 14 (Wire) - Norland's minister has praised the documents.\n\n"
            "Speaking to reporters in Velm on Friday evening, after the trilateral meeting with "
            "Jon Vale and Ana Ruiz, the minister said that peace was near.\n\n"
            "Before the trilateral meeting, the minister met Jon Vale alone.")
    got = _summary(_events(text, "2026-03-14", _SPECS))
    sittings = [(e["start"], e["city"]) for e in got if e["type"] in ("summit", "talks_round", "meeting")]
    assert ("2026-03-13", "Velm") in sittings and ("2026-03-14", None) not in sittings


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Speaking to reporters in Velm on Friday evening, Jon Vale said the text was ready.\n\n"
         "\"Today we initialled the peace agreement with Sudland,\" he said.", "2026-03-13"),
        # with no speaking told before, "today" is the article's day
        ("\"Today we initialled the peace agreement with Sudland,\" Jon Vale said.", "2026-03-14"),
    ],
    ids=["today-of-the-speaking", "today-of-the-article"],
)
def test_today_in_a_quote_is_the_day_of_the_speaking(text, expected):
    got = _summary(_events(text, "2026-03-14", _SPECS))
    assert [e["start"] for e in got if e["type"] == "agreement"] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jon Vale and Ana Ruiz signed the deal at a golf resort in Zelnik on Monday.", "Zelnik"),
        ("Jon Vale and Ana Ruiz met at the president's residence in Zelnik on Monday.", "Zelnik"),
    ],
    ids=["a-golf-resort-in", "a-residence-in"],
)
def test_the_town_of_a_resort_or_residence_the_gazetteer_lacks(text, expected):
    got = _summary(_events(text, "2026-03-13", _SPECS))
    assert {e["city"] for e in got} == {expected}
