"""Events as news tells them: sittings denied or ruled out, calls named by the line, the
venue's country as a party, mediators named before their verb, trips to a sitting."""

from __future__ import annotations

import pytest

from .test_events import _country, _events, _person, _place, _summary

_SPECS = [_country("Norland", "NOR"), _country("Sudland", "SDN"), _country("Ostria", "OST"),
          _country("Velmar", "VLM"),
          _place("Velm", "Velm", "NOR"), _place("Lisk", "Lisk", "SDN"),
          _place("Zelva", "Zelva", "OST"), _place("Brenna", "Brenna", "OST"),
          _place("Tarsk", "Tarsk", "OST"),
          _person("Jon Vale", "Jon Vale", "Foreign Minister", "NOR"),
          _person("Ana Ruiz", "Ana Ruiz", "President", "SDN"),
          _person("Lena Hart", "Lena Hart", "Foreign Minister", "OST"),
          _person("Omar Said", "Omar Said", "Prime Minister", "OST")]
_PUBLISHED = "2026-03-12"  # a Thursday


def _rows(text: str) -> list[tuple]:
    return [(e["type"], e["status"], e["start"], e["end"], e["city"], e["participants"],
             e["hosts_mediators"]) for e in _summary(_events(text, _PUBLISHED, _SPECS))]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sitting told as off is undecided, as one called off; the tag's day is the saying's
        ("The meeting did not take place, a Sudland official said on Wednesday.",
         [("meeting", "undecided", None, None, None, (), ())]),
        ("The summit in Brenna did not go ahead.",
         [("summit", "undecided", None, None, "Brenna", (), ())]),
        ("The planned summit in Brenna was scrapped.",
         [("summit", "undecided", None, None, "Brenna", (), ())]),
        # a meeting's verb negated, ruled out or denied: no sitting
        ("Sudland denied that its envoys had met Norland officials in Velm.", []),
        ("Norland dismissed reports of a secret meeting in Lisk.", []),
        ("Jon Vale said there were no plans to meet Ana Ruiz.", []),
        ("Jon Vale did not meet Ana Ruiz during his visit to Lisk on Tuesday.", []),
        ("The two presidents have never met.", []),
        ("There were no talks on Tuesday, a spokesman said.", []),
        ("Jon Vale said a meeting with Ana Ruiz was unlikely before the summer.", []),
        ('Jon Vale said a meeting with Ana Ruiz was "not on the agenda".', []),
        # and what those words do not govern is still told as held
        ("The two leaders have not met since 2022.",
         [("meeting", "occurred", "2022", "2022", None, (), ())]),
        ("Norland denied reports that talks with Sudland were held in Lisk last week.", []),
        ("Norland denied that the meeting with Sudland had ended without a deal.",
         [("meeting", "occurred", None, None, None, ("NOR", "SDN"), ())]),
        ("Sudland denied that the talks in Zelva had collapsed.",
         [("talks_round", "occurred", None, None, "Zelva", ("SDN",), ())]),
        ("Sudland denied the shelling, but its envoys met Norland officials in Velm on Tuesday.",
         [("meeting", "occurred", "2026-03-10", "2026-03-10", "Velm", ("NOR", "SDN"), ())]),
    ],
    ids=["did-not-take-place", "did-not-go-ahead", "was-scrapped", "denied-had-met",
         "dismissed-reports-of", "no-plans-to-meet", "did-not-meet", "have-never-met",
         "no-talks", "was-unlikely", "not-on-the-agenda", "not-met-since-a-year",
         "denied-were-held", "denied-an-ending",
         "denied-a-collapse", "denial-then-but"],
)
def test_a_sitting_denied_or_off_is_not_told_as_held(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the venue's country named as a party stays a party
        ("Norland and Sudland are set to meet in Lisk on March 20, officials said.",
         [("meeting", "scheduled", "2026-03-20", "2026-03-20", "Lisk", ("NOR", "SDN"), ())]),
        # (a president and a foreign minister: a meeting, no summit)
        ("Jon Vale met Ana Ruiz in Lisk on Tuesday.",
         [("meeting", "occurred", "2026-03-10", "2026-03-10", "Lisk", ("NOR", "SDN"), ())]),
        ("Jon Vale met his Sudland counterpart in Lisk on Tuesday.",
         [("meeting", "occurred", "2026-03-10", "2026-03-10", "Lisk", ("NOR", "SDN"), ())]),
        # the source in the closing tag is no party
        ("The leaders of Norland and Sudland could meet as early as Friday, Ostria said.",
         [("meeting", "expected", "2026-03-13", "2026-03-13", None, ("NOR", "SDN"), ())]),
        # but both sides speaking are the parties, and the speaker is its statement's party
        ("The talks were constructive, Norland and Sudland said in a joint statement.",
         [("talks_round", "occurred", None, None, None, ("NOR", "SDN"), ()),
          ("statement", "occurred", None, None, None, ("NOR", "SDN"), ())]),
        ("The talks will resume on Friday, the Ostria foreign ministry said in a statement.",
         [("talks_round", "scheduled", "2026-03-13", "2026-03-13", None, (), ()),
          ("statement", "occurred", None, None, None, ("OST",), ())]),
        # a mediator named before its verb or noun
        ("Ostria will mediate the next round of talks between Norland and Sudland in Brenna.",
         [("talks_round", "planned", None, None, "Brenna", ("NOR", "SDN"), ("OST",))]),
        ("Talks between Norland and Sudland resumed in Zelva on Tuesday under Ostria mediation.",
         [("talks_round", "ongoing", "2026-03-10", None, "Zelva", ("NOR", "SDN"), ("OST",))]),
        ("Talks between Norland and Sudland resumed in Zelva on Tuesday with Ostria and Velmar "
         "mediators.",
         [("talks_round", "ongoing", "2026-03-10", None, "Zelva", ("NOR", "SDN"),
           ("OST", "VLM"))]),
        ("Ostria proposed hosting a new round of talks between Norland and Sudland in Zelva.",
         [("talks_round", "proposed", None, None, "Zelva", ("NOR", "SDN"), ("OST",))]),
        ("With Ostria acting as mediator, Norland and Sudland met in Zelva on Tuesday.",
         [("meeting", "occurred", "2026-03-10", "2026-03-10", "Zelva", ("NOR", "SDN"),
           ("OST",))]),
        ("Norland and Sudland held talks in Zelva on Tuesday, mediated by Ostria.",
         [("talks_round", "occurred", "2026-03-10", "2026-03-10", "Zelva", ("NOR", "SDN"),
           ("OST",))]),
    ],
    ids=["venue-country-joined", "venue-country-met", "counterpart-of-the-venue",
         "source-in-the-tag", "both-sides-in-the-tag", "speaker-of-the-statement",
         "will-mediate", "under-x-mediation", "with-x-and-y-mediators", "proposed-hosting",
         "acting-as-mediator",
         "mediated-by"],
)
def test_parties_and_mediators(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In a call with Lena Hart on Tuesday, Jon Vale discussed the ceasefire.",
         [("phone_call", "occurred", "2026-03-10", "2026-03-10", None, ("NOR", "OST"), ())]),
        ("Jon Vale spoke with Lena Hart by phone on Monday.",
         [("phone_call", "occurred", "2026-03-09", "2026-03-09", None, ("NOR", "OST"), ())]),
        # the call the speaker spoke in was held, whatever its "would" tells of the talks
        ("Jon Vale said in a call with Lena Hart that the talks would resume.",
         [("phone_call", "occurred", None, None, None, ("NOR", "OST"), ())]),
        ("Jon Vale told reporters in Lisk that he had spoken with Ana Ruiz by phone.",
         [("statement", "occurred", None, None, "Lisk", ("NOR", "SDN"), ()),
          ("phone_call", "occurred", None, None, None, ("NOR", "SDN"), ())]),
        # messages and lists exchanged are no swap of prisoners
        ("Norland and Sudland exchanged messages on the prisoner issue last week.", []),
        ("Sudland handed over a list of 200 prisoners to Ostria mediators.", []),
        ("Two soldiers were killed in an exchange of fire on Tuesday.", []),
        ("Sudland freed 12 Norland soldiers in an exchange brokered by Ostria.",
         [("prisoner_exchange", "occurred", None, None, None, ("NOR", "SDN"), ("OST",))]),
        ("Sudland handed over the remains of 40 soldiers to Norland on Wednesday.",
         [("bodies_repatriation", "occurred", "2026-03-11", "2026-03-11", None, ("NOR", "SDN"),
           ())]),
        ("Norland said it was preparing a new exchange of prisoners.",
         [("prisoner_exchange", "planned", None, None, None, ("NOR",), ())]),
        # a statement not issued is none
        ("Norland has not issued a statement on the talks.",
         [("talks_round", "occurred", None, None, None, ("NOR",), ())]),
        ("Norland and Sudland exchanged 90 prisoners each on Friday.",
         [("prisoner_exchange", "occurred", "2026-03-06", "2026-03-06", None, ("NOR", "SDN"),
           ())]),
    ],
    ids=["in-a-call-with", "spoke-with-by-phone", "said-in-a-call", "had-spoken-by-phone",
         "exchanged-messages", "handed-over-a-list", "exchange-of-fire", "freed-soldiers",
         "remains-of-soldiers",
         "preparing-an-exchange", "statement-not-issued", "exchanged-prisoners"],
)
def test_calls_and_exchanges(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a trip to the sitting: its day, its destination and its status are the sitting's
        ("Ana Ruiz will travel to Velm on March 18 to meet Jon Vale.",
         [("meeting", "scheduled", "2026-03-18", "2026-03-18", "Velm", ("NOR", "SDN"), ())]),
        ("Jon Vale is expected to travel to Lisk next week for talks with Ana Ruiz.",
         [("talks_round", "expected", None, None, "Lisk", ("NOR", "SDN"), ())]),
        # but the day of an agreeing is not the sitting's
        ("Norland and Sudland agreed on Tuesday to meet again in Zelva in April.",
         [("meeting", "planned", "2026-04", "2026-04", "Zelva", ("NOR", "SDN"), ())]),
        # a summit set for a month is news of it
        ("A summit between Norland and Sudland has been tentatively set for April.",
         [("summit", "scheduled", "2026-04", "2026-04", None, ("NOR", "SDN"), ())]),
        # two leaders meeting are a summit
        ("Ana Ruiz will travel to Brenna on March 18 to meet Omar Said.",
         [("summit", "scheduled", "2026-03-18", "2026-03-18", "Brenna", ("OST", "SDN"), ())]),
        # a sitting something is done at: its time is the verb's, its day the deal's
        ("Norland and Sudland will sign a peace treaty at the summit in Brenna on March 20.",
         [("agreement", "planned", "2026-03-20", "2026-03-20", None, ("NOR", "SDN"), ()),
          ("summit", "planned", "2026-03-20", "2026-03-20", "Brenna", ("NOR", "SDN"), ())]),
        ("Norland and Sudland will not sign a peace treaty at the summit in Brenna next week, "
         "an official said on Friday.",
         [("summit", "planned", None, None, "Brenna", ("NOR", "SDN"), ())]),
        ("Norland and Sudland signed the deal at the summit in Brenna on Monday.",
         [("agreement", "occurred", "2026-03-09", "2026-03-09", "Brenna", ("NOR", "SDN"), ()),
          ("summit", "occurred", "2026-03-09", "2026-03-09", "Brenna", ("NOR", "SDN"), ())]),
        # a day once planned is not the day it was held on
        ("The summit, originally planned for February, was held in Brenna on March 2.",
         [("summit", "occurred", "2026-03-02", "2026-03-02", "Brenna", (), ())]),
        # a meeting to prepare a summit is a meeting of its own
        ("Officials from both sides will meet in Tarsk on March 20 to prepare the summit.",
         [("meeting", "scheduled", "2026-03-20", "2026-03-20", "Tarsk", (), ())]),
        # the talks a proposal was put forward at were held
        ("Sudland put forward a proposal for a ceasefire at the talks in Zelva on Monday.",
         [("proposal", "proposed", "2026-03-09", "2026-03-09", None, ("SDN",), ()),
          ("talks_round", "occurred", "2026-03-09", "2026-03-09", "Zelva", ("SDN",), ())]),
        # a deal reached on a topic is reached, its "agreement on" no cue of a plan (and the
        # exchanges it is on are its subject, no event of their own)
        ("Norland and Sudland reached an agreement on prisoner exchanges at the talks in Zelva "
         "on Tuesday.",
         [("agreement", "occurred", "2026-03-10", "2026-03-10", "Zelva", ("NOR", "SDN"), ()),
          ("talks_round", "occurred", "2026-03-10", "2026-03-10", "Zelva", ("NOR", "SDN"), ())]),
        # a draft initialled is the agreement, no proposal
        ("Negotiators from Norland and Sudland initialled the draft agreement in Velm on Monday.",
         [("agreement", "occurred", "2026-03-09", "2026-03-09", "Velm", ("NOR", "SDN"), ())]),
    ],
    ids=["travel-to-meet", "travel-for-talks", "agreed-on-a-day-to-meet", "set-for-a-month",
         "two-leaders-meet", "sign-at-the-summit-on-a-day", "not-sign-at-the-summit-next-week",
         "signed-at-the-summit", "held-not-on-the-day-once-planned", "meet-to-prepare",
         "proposal-at-the-talks", "agreement-on-a-topic", "initialled-the-draft"],
)
def test_plans_trips_and_papers(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a statement still to come is no event yet, nor is the meeting it is to follow held
        ("A joint statement is expected after the meeting.", []),
        ("A joint statement will be issued after the talks in Zelva on Friday.",
         [("talks_round", "scheduled", "2026-03-13", "2026-03-13", "Zelva", (), ())]),
        ("A joint statement was issued after the talks in Zelva on Tuesday.",
         [("statement", "occurred", None, None, None, (), ()),
          ("talks_round", "occurred", "2026-03-10", "2026-03-10", "Zelva", (), ())]),
        # a plan told in the past: not held as planned
        ("The two ministers were to have met in Zelva on Monday.",
         [("meeting", "undecided", "2026-03-09", "2026-03-09", "Zelva", (), ())]),
        ("Jon Vale had been due to meet Ana Ruiz in Lisk.",
         [("meeting", "undecided", None, None, "Lisk", ("NOR", "SDN"), ())]),
        # a willingness is no talks held; talks in their third day go on
        ("Both sides said they were willing to attend talks in Zelva.",
         [("talks_round", "planned", None, None, "Zelva", (), ())]),
        ("Sudland said it was open to talks with Norland in Zelva.",
         [("talks_round", "planned", None, None, "Zelva", ("NOR", "SDN"), ())]),
        ("The talks in Zelva are in their third day.",
         [("talks_round", "ongoing", None, None, "Zelva", (), ())]),
    ],
    ids=["statement-expected-after", "statement-to-be-issued", "statement-issued-after",
         "were-to-have-met", "had-been-due-to-meet", "willing-to-attend", "open-to-talks",
         "in-their-third-day"],
)
def test_what_is_still_to_come_or_was_not_held_as_planned(text, expected):
    assert _rows(text) == expected


def test_a_call_told_in_the_perfect_is_a_call():
    # "had spoken by telephone": the participle tells the call as "spoke by telephone" does
    rows = _rows("Jon Vale said on Wednesday he had spoken by telephone to Ana Ruiz.")
    assert [r[:2] for r in rows if r[0] == "phone_call"] == [("phone_call", "occurred")]
