"""Events: the common ways news tells a visit received by a host, a call over a hotline or
a phone line, and a deal struck or reached in the passive (cue words in events.yaml)."""

from __future__ import annotations

import pytest

from .test_events import _brief, _country, _events, _place

_SPECS = [_country("Norland", "NOR"), _country("Sudland", "SDN"), _place("Velm", "Velm", "NOR"),
          _place("Lisk", "Lisk", "SDN")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norland's foreign minister hosted his Sudland counterpart in Velm on Wednesday.",
         [("meeting", "occurred", "2026-03-11", "2026-03-11", "Velm")]),
        ("Sudland's president hosted her Norland counterpart in Lisk on Monday.",
         [("meeting", "occurred", "2026-03-09", "2026-03-09", "Lisk")]),
        # a host of an exhibition receives no visitor, and one that hosted a meeting between
        # presidents is told by the meeting's noun
        ("Velm hosted a trade fair on Monday, and Norland's farmers sold out.", []),
        ("Velm hosted between the presidents of Norland and Sudland a dinner on Monday.", []),
    ],
    ids=["hosted-his-counterpart", "hosted-her-counterpart", "hosted-a-fair", "hosted-between"],
)
def test_a_host_receiving_a_counterpart_is_a_meeting(text, expected):
    assert _brief(_events(text, "2026-03-12", _SPECS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The army chiefs of Norland and Sudland talked over their hotline late on Monday.",
         [("phone_call", "occurred", "2026-03-09", "2026-03-09", None)]),
        ("Norland's and Sudland's commanders had a long conversation over the hotline on Tuesday.",
         [("phone_call", "occurred", "2026-03-10", "2026-03-10", None)]),
        ("Norland and Sudland agreed on a truce during a call between the two army chiefs "
         "on Saturday.",
         [("phone_call", "occurred", "2026-03-07", "2026-03-07", None)]),
        ("The ministers of Norland and Sudland spoke over the phone on Monday.",
         [("phone_call", "occurred", "2026-03-09", "2026-03-09", None)]),
    ],
    ids=["talked-over-their-hotline", "conversation-over-the-hotline", "a-call-between",
         "spoke-over-the-phone"],
)
def test_a_call_told_by_its_line_is_a_phone_call(text, expected):
    got = _brief(_events(text, "2026-03-12", _SPECS))
    assert [e for e in got if e[0] == "phone_call"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("An agreement on the border between Norland and Sudland was reached in Lisk on Monday.",
         [("agreement", "occurred", "2026-03-09", "2026-03-09", "Lisk")]),
        ("Norland and Sudland struck a deal on grazing rights in Velm on Monday.",
         [("agreement", "occurred", "2026-03-09", "2026-03-09", "Velm")]),
        # what was reached is no accord: no agreement
        ("The convoy from Norland was reached by Sudland's rescuers in Lisk on Monday.", []),
    ],
    ids=["an-agreement-was-reached", "struck-a-deal", "a-convoy-was-reached"],
)
def test_a_deal_struck_or_reached_in_the_passive_is_an_agreement(text, expected):
    got = _brief(_events(text, "2026-03-12", _SPECS))
    assert [e for e in got if e[0] == "agreement"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The president of Norland said in a televised speech on Friday that the border would "
         "reopen.", [("statement", "occurred", "2026-03-06", "2026-03-06", None)]),
        ("Sudland's prime minister, who spoke in a Sunday address to the nation, called the "
         "truce fragile.", [("statement", "occurred", "2026-03-08", "2026-03-08", None)]),
        # freedom of speech is no speech given
        ("Norland's press union asked Sudland to respect freedom of speech in Lisk.", []),
    ],
    ids=["a-televised-speech", "an-address-to-the-nation", "freedom-of-speech"],
)
def test_a_speech_or_an_address_to_the_nation_is_a_statement(text, expected):
    got = _brief(_events(text, "2026-03-12", _SPECS))
    assert [e for e in got if e[0] == "statement"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Technical teams from Norland and Sudland initialled the text in Velm on Monday.",
         [("agreement", "occurred", "2026-03-09", "2026-03-09", "Velm")]),
        ("Norland and Sudland signed three memoranda of understanding in Velm on Monday.",
         [("agreement", "occurred", "2026-03-09", "2026-03-09", "Velm")]),
        ("The two commission chairs signed regulations on the joint work of the commissions in "
         "Lisk on Monday.", [("agreement", "occurred", "2026-03-09", "2026-03-09", "Lisk")]),
        # a signed copy is no signing
        ("Norland's envoy showed reporters the signed text in Velm on Monday.", []),
    ],
    ids=["initialled-the-text", "signed-memoranda", "signed-regulations", "the-signed-text"],
)
def test_a_text_initialled_or_signed_is_an_agreement(text, expected):
    assert _brief(_events(text, "2026-03-12", _SPECS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Sudland delegation was received by the president of Norland in Velm on Monday.",
         [("meeting", "occurred", "2026-03-09", "2026-03-09", "Velm")]),
        ("On Monday, Ana Ruiz was received by Jon Vale in Velm.",
         [("meeting", "occurred", "2026-03-09", "2026-03-09", "Velm")]),
        # a thing received is no visit
        ("A copy of the plan was received by Norton Press on Monday.", []),
        ("The letter from Sudland was received by Velm on Monday.", []),
    ],
    ids=["delegation-received-by-the-president", "a-named-visitor", "a-copy-received",
         "a-letter-received"],
)
def test_a_visitor_received_in_the_passive_is_a_meeting(text, expected):
    assert _brief(_events(text, "2026-03-12", _SPECS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The round in Velm ended on Monday after Jon Vale and Ana Ruiz spoke directly for a "
         "few minutes.", [("talks_round", "2026-03-09"), ("meeting", "2026-03-09")]),
        ("Jon Vale and Ana Ruiz spoke directly by phone on Monday.", [("phone_call", "2026-03-09")]),
        ("Jon Vale spoke directly to reporters in Velm on Monday.", []),
    ],
    ids=["spoke-directly-at-a-round", "spoke-directly-by-phone", "spoke-directly-to-reporters"],
)
def test_the_heads_speaking_directly(text, expected):
    assert [(e[0], e[2]) for e in _brief(_events(text, "2026-03-12", _SPECS))] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norland and Sudland said on March 2 that they had agreed the text of the Treaty on "
         "the Border.", [("agreement", "occurred", "2026-03-02", "2026-03-02", None)]),
        ("The peace treaty whose text Velm and Lisk finalised in February binds both sides.",
         [("agreement", "occurred", "2026-02", "2026-02", None)]),
        ("The text of the Treaty on the Border between Norland and Sudland was agreed in Velm "
         "on Monday.", [("agreement", "occurred", "2026-03-09", "2026-03-09", "Velm")]),
        # an earlier text cited, and plans settled, are no deal
        ("In line with what was agreed in the joint statement, the two sides will meet again.",
         [("meeting", "scheduled", None, None, None)]),
        ("The two sides finalised the agenda for the next round.", []),
    ],
    ids=["had-agreed-the-text", "whose-text-they-finalised", "the-text-was-agreed",
         "what-was-agreed", "finalised-an-agenda"],
)
def test_a_text_agreed_or_finalised_is_an_agreement(text, expected):
    assert _brief(_events(text, "2026-03-12", _SPECS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jon Vale unveiled the plan on Monday after hosting Sudland President Ana Ruiz in Velm.",
         [("meeting", "occurred", "2026-03-09", "2026-03-09", "Velm")]),
        ("On Monday, Norland's foreign minister hosted his counterparts from Sudland in Velm.",
         [("meeting", "occurred", "2026-03-09", "2026-03-09", "Velm")]),
        ("Norland hosted Sudland negotiators in Velm on Monday.",
         [("meeting", "occurred", "2026-03-09", "2026-03-09", "Velm")]),
        # the host of talks, or a host at the end of a sentence, receives no guest
        ("Norland hosted the talks in Velm on Monday.",
         [("talks_round", "occurred", "2026-03-09", "2026-03-09", "Velm")]),
        ("The round opened in Velm, the city Norland chose for hosting.",
         [("talks_round", "ongoing", None, None, "Velm")]),
    ],
    ids=["after-hosting-a-president", "hosted-his-counterparts", "hosted-negotiators",
         "hosted-the-talks", "hosting-at-the-end"],
)
def test_a_host_with_the_guest_named_by_title_is_a_meeting(text, expected):
    assert _brief(_events(text, "2026-03-12", _SPECS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In exchange, Norland would free 250 Sudland prisoners.", ["planned"]),
        ("In exchange for the truce, Norland will free 250 Sudland prisoners.", ["planned"]),
        ("The last 20 captives came home on Monday in exchange for 2,000 Sudland prisoners.",
         ["occurred"]),
    ],
    ids=["in-exchange-comma", "in-exchange-for-opening", "in-exchange-for"],
)
def test_in_exchange_is_in_return(text, expected):
    got = _brief(_events(text, "2026-03-12", _SPECS))
    assert [e[1] for e in got if e[0] == "prisoner_exchange"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norland and Sudland have reached agreement in their tariff talks in Velm on Monday.",
         ["agreement"]),
        ("The statement builds on the political agreement reached by the two presidents in "
         "Velm on March 2.", ["agreement"]),
        # agreement on a matter is an outcome of the talks, and an act one side signs alone
        # is no deal
        ("The sides reached agreement on new prisoner exchanges.", []),
        ("Norland's president signed an executive order implementing the trade agreement with "
         "Sudland on Monday.", []),
    ],
    ids=["reached-agreement-in", "agreement-reached-by", "agreement-on-a-matter",
         "signed-an-executive-order"],
)
def test_agreement_reached_without_an_article_or_by_its_parties(text, expected):
    got = _brief(_events(text, "2026-03-12", _SPECS))
    assert [e[0] for e in got if e[0] == "agreement"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jon Vale and Ana Ruiz spoke by phone for about 45 minutes and agreed to meet in person.",
         [("phone_call", "occurred")]),
        ("Jon Vale and Ana Ruiz spoke by phone for about 45 minutes, and then decided to meet.",
         [("phone_call", "occurred")]),
    ],
    ids=["and-agreed-to-meet", "and-then-decided"],
)
def test_a_plan_in_a_predicate_of_its_own_is_not_the_calls(text, expected):
    got = _brief(_events(text, "2026-03-12", _SPECS))
    assert [e[:2] for e in got if e[0] == "phone_call"] == expected


def test_states_that_signed_a_deal_signed_it():
    got = _brief(_events("Norland and Sudland, the two states that signed the accord in Velm on "
                         "Monday, met again.", "2026-03-12", _SPECS))
    assert [e[0] for e in got if e[0] == "agreement"] == ["agreement"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norland's president suspended peace talks with Sudland on Monday.",
         [("announcement", "occurred", "2026-03-09", "2026-03-09", None)]),
        ("Sudland broke off the direct negotiations with Norland on Monday.",
         [("announcement", "occurred", "2026-03-09", "2026-03-09", None)]),
    ],
    ids=["suspended-peace-talks", "broke-off-the-direct-negotiations"],
)
def test_talks_suspended_are_news_of_the_suspension_not_talks_held(text, expected):
    assert _brief(_events(text, "2026-03-12", _SPECS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the owner of an agenda is a sitting, not a topic
        ("The border will be on the agenda of the Norland–Sudland summit in Velm on 20 March.",
         [("summit", "scheduled", "2026-03-20", "2026-03-20", "Velm")]),
        # a truce renewed or brought about by a mediator
        ("On Monday the two delegations agreed to extend the truce by five days.",
         [("agreement", "occurred", "2026-03-09", "2026-03-09", None)]),
        ("The mediators brokered a 24-hour ceasefire on 10 March.",
         [("agreement", "occurred", "2026-03-10", "2026-03-10", None)]),
        # the participle as an adjective halts nothing: the talks are taken up again
        ("Norland and Sudland will resume the suspended talks in Velm on 20 March.",
         [("talks_round", "scheduled", "2026-03-20", "2026-03-20", "Velm")]),
        ("Sudland said it would return to the negotiating table in Lisk on 20 March.",
         [("meeting", "planned", "2026-03-20", "2026-03-20", "Lisk")]),
    ],
    ids=["agenda-of-a-summit", "agreed-to-extend", "brokered", "the-suspended-talks",
         "return-to-the-table"],
)
def test_summits_truces_and_talks_taken_up_again(text, expected):
    assert _brief(_events(text, "2026-03-12", _SPECS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The first round opened in Velm on 6 January as informal talks.",
         [("talks_round", "occurred", "2026-01-06", None, "Velm")]),
        ("The talks opened in Velm on 6 January and are continuing.",
         [("talks_round", "ongoing", "2026-01-06", None, "Velm")]),
        ("The talks opened in Velm on Monday.",
         [("talks_round", "ongoing", "2026-03-09", None, "Velm")]),
    ],
    ids=["opened-weeks-ago", "still-continuing", "opened-this-week"],
)
def test_talks_begun_weeks_before_the_report_are_history(text, expected):
    assert _brief(_events(text, "2026-03-12", _SPECS)) == expected


def test_a_deal_signed_at_the_end_of_talks_told_by_their_opening_has_no_day_of_theirs():
    text = "The deal was signed in Velm at the end of talks that began on 2 March."
    assert _brief(_events(text, "2026-03-12", _SPECS)) == [
        ("agreement", "occurred", None, None, "Velm"),
        ("talks_round", "occurred", "2026-03-02", None, "Velm")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the host named by a long title and a name with a particle
        ("On the last day, the delegation was received by Defence Minister Jon bin Vale.",
         [("meeting", "occurred", None, None, None)]),
        ("The exchange was carried out from 4 to 6 March, with planes flying between Velm and "
         "Lisk.", [("prisoner_exchange", "occurred", "2026-03-04", "2026-03-06", None)]),
        ("An exchange of views was carried out on 4 March.", []),
    ],
    ids=["received-by-a-long-title", "exchange-carried-out", "exchange-of-views"],
)
def test_hosts_with_long_titles_and_swaps_carried_out(text, expected):
    assert _brief(_events(text, "2026-03-12", _SPECS)) == expected


def test_a_deal_told_as_signed_by_officials_speaking_today_is_the_one_signed_yesterday():
    # the day of the closing tag is the saying's, so the lead joins the later, dated report
    text = ("Norland and Sudland have signed a declaration to protect civilians, but remain far "
            "apart on a truce, officials said on Thursday.\n\n"
            "The declaration was signed late on Wednesday in Velm.")
    assert _brief(_events(text, "2026-03-12", _SPECS)) == [
        ("agreement", "occurred", "2026-03-11", "2026-03-11", "Velm")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a reaction told by itself is a statement
        ("The Secretary-General welcomed the agreement as a first step.",
         [("statement", "occurred", None, None, None)]),
        ("The chair of the commission congratulated the parties on the accord on Monday.",
         [("statement", "occurred", "2026-03-09", "2026-03-09", None)]),
        ("10:30 – Jon Vale reads out the main points of the declaration.",
         [("statement", "occurred", "2026-03-12", "2026-03-12", None)]),
        # a delegation's arrival is a visit there
        ("On 2 March, a Norland delegation led by Jon Vale arrived in Velm, the first such "
         "visit in two years.", [("meeting", "occurred", "2026-03-02", "2026-03-02", "Velm")]),
        ("Refugees arrived in Velm on Monday.", []),
    ],
    ids=["welcomed-the-agreement", "congratulated-the-parties", "reads-out",
         "a-delegation-arrived", "refugees-arrived"],
)
def test_reactions_readings_and_arrivals(text, expected):
    assert _brief(_events(text, "2026-03-12", _SPECS)) == expected


def test_a_sitting_dated_by_the_day_of_a_when_clause_is_of_that_day():
    text = ("The two delegations last met formally in Velm on 26 November 2025, when they signed "
            "a deal on a social fund.")
    assert _brief(_events(text, "2026-03-12", _SPECS)) == [
        ("meeting", "occurred", "2025-11-26", "2025-11-26", "Velm"),
        ("agreement", "occurred", "2025-11-26", "2025-11-26", "Velm")]
