"""Events: what news tells as not made or not held. An agreement denied ("No agreement was
reached", "did not sign") is no agreement; a round put off with no new day is undecided, and
one moved to a day is set for that day; a closing tag's day ("..., officials said on Monday")
is the day of the saying, not of a round still to come."""

from __future__ import annotations

import pytest

from .test_events import _brief, _country, _events, _place

_SPECS = [_country("Norland", "NOR"), _country("Sudland", "SDN"), _place("Velm", "Velm", "NOR"),
          _place("Lisk", "Lisk", "SDN")]
_PUBLISHED = "2026-03-12"  # a Thursday


@pytest.mark.parametrize(
    "text, expected",
    [
        ("No agreement was reached on the border, the Norland delegation said in Velm.",
         [("statement", "occurred", None, None, "Velm")]),
        ("Norland's envoy said on Monday that no final deal had been struck.",
         [("statement", "occurred", "2026-03-09", "2026-03-09", None)]),
        ("Norland and Sudland did not sign the accord on Friday as planned.", []),
        # a day and a place after the participle: "was struck in Velm on Tuesday"
        ("No deal was struck in Velm on Tuesday.", []),
        ("Norland and Sudland did not agree on Tuesday to reopen the border.", []),
        ("A deal was struck in Velm on Tuesday.",
         [("agreement", "occurred", "2026-03-10", "2026-03-10", "Velm")]),
        ("Sudland refused to sign the protocol in Lisk on Tuesday.", []),
        ("The talks in Velm ended without a memorandum of understanding.",
         [("talks_round", "occurred", None, None, "Velm")]),
        # the swap the agreement was to settle is not made either
        ("No agreement was reached on the exchange of prisoners.", []),
        # and a deal told as made still is one
        ("An agreement on the exchange of prisoners was reached in Velm on Tuesday.",
         [("agreement", "occurred", "2026-03-10", "2026-03-10", "Velm"),
          ("prisoner_exchange", "planned", None, None, None)]),
        ("Norland and Sudland signed the accord in Lisk on Tuesday.",
         [("agreement", "occurred", "2026-03-10", "2026-03-10", "Lisk")]),
    ],
    ids=["no-agreement-reached", "no-deal-struck", "did-not-sign", "no-deal-on-a-day",
         "did-not-agree-on-a-day", "deal-struck-on-a-day", "refused-to-sign",
         "without-a-memorandum", "no-swap-either", "agreement-reached", "signed"],
)
def test_an_agreement_denied_is_no_agreement(text, expected):
    assert _brief(_events(text, _PUBLISHED, _SPECS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The fifth round of talks has been postponed indefinitely, officials said on Monday.",
         [("talks_round", "undecided", None, None, None)]),
        ("The ministers' meeting in Velm was postponed until further notice.",
         [("meeting", "undecided", None, None, "Velm")]),
        ("The talks in Lisk, planned for Friday, were cancelled.",
         [("talks_round", "undecided", "2026-03-13", "2026-03-13", "Lisk")]),
        ("The talks in Lisk, planned for Friday, were postponed to March 20.",
         [("talks_round", "scheduled", "2026-03-20", "2026-03-20", "Lisk")]),
        ("Originally due on Monday, the meeting in Velm was pushed back to Saturday.",
         [("meeting", "scheduled", "2026-03-14", "2026-03-14", "Velm")]),
        ("The talks will resume in Velm, officials said on Monday.",
         [("talks_round", "scheduled", None, None, "Velm")]),
    ],
    ids=["postponed-indefinitely", "until-further-notice", "cancelled", "postponed-to-a-day",
         "pushed-back-to-a-weekday", "closing-tag-day"],
)
def test_a_round_put_off(text, expected):
    assert _brief(_events(text, _PUBLISHED, _SPECS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("No prisoners had been exchanged as of Tuesday, officials in Velm said.", []),
        ("No list of detainees has been swapped so far.", []),
        ('"Norland has not released a single one of our fighters," Jon Vale said.', []),
        ("The two sides have not yet exchanged any prisoners.", []),
        # a handover told as made still is one
        ("Norland released 40 prisoners on Tuesday.",
         [("prisoner_exchange", "occurred", "2026-03-10", "2026-03-10", None)]),
    ],
    ids=["no-prisoners-exchanged", "no-list-swapped", "has-not-released", "not-yet-exchanged",
         "released-control"],
)
def test_a_handover_denied_is_no_exchange(text, expected):
    assert _brief(_events(text, _PUBLISHED, _SPECS)) == expected
