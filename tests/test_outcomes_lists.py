"""Tests for analysis.outcomes: enumerations of agreed steps, proposals the sides took up,
mastheads that name the issuer, and the issue words of confidence-building steps."""

from __future__ import annotations

import pytest

from analysis.outcomes import extract_outcomes
from analysis.sentences import split_sentences

from .test_outcomes import _articles, _claims, _pairs, _run


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jon Vale said the ministers had agreed on three initiatives, namely transport "
         "links to Lisk, demining and a technical committee on youth.",
         [("economic", "agreed"), ("military_dialogue", "agreed"),
          ("negotiation_process", "agreed")]),
        ("Sudland approved the Norland plan for a truce along the Zelva.",
         [("ceasefire", "agreed")]),
        # a proposal verb after "agreed to" is no object taken up
        ("The sides agreed that the offer of a truce should be studied by experts.",
         [("ceasefire", "discussed")]),
        ("Norland rejected the initiative on a truce.", [("ceasefire", "disagreement")]),
    ],
    ids=["agreed-on-initiatives", "approved-the-plan", "agreed-that-the-offer",
         "rejected-the-initiative"],
)
def test_a_proposal_the_sides_took_up_is_agreed(text, expected):
    """A proposal noun that is the object of an agreed verb ("agreed on three initiatives:
    ...") gives its issues "agreed", not "discussed"."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # (no comma before the "and": the last item holds the last two)
        ("Ana Ruiz told us the two leaders settled on four steps: transport links, a technical "
         "committee on youth, joint grain projects and demining near Tarsk. She added that "
         "both delegations would meet again in Brenna in July.",
         [("economic", "agreed"), ("negotiation_process", "agreed"), ("economic", "agreed"),
          ("military_dialogue", "agreed"), ("negotiation_process", "agreed")]),
        # (an aside between commas is no item: one row per kind, as before)
        ("Norland, which hosted the round, said trade and grain were agreed. It added that "
         "fisheries were agreed too.",
         [("economic", "agreed")]),
    ],
    ids=["enumeration-then-another-issue-of-its-kind", "aside-is-no-enumeration"],
)
def test_an_enumeration_without_a_serial_comma_keeps_its_items_apart(text, expected):
    """The items of "A, B, C and D" are each an outcome; one of them does not stand for a
    later issue of its kind ("they had agreed to meet again")."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The sides agreed on demining along the Zelva.", [("military_dialogue", "agreed")]),
        ("The leaders signed up to clearing the last minefields near Velm.",
         [("military_dialogue", "agreed")]),
        ("Norland and Sudland agreed to form a working group on joint border management.",
         [("military_dialogue", "agreed")]),
        ("Velmar and Ostria renewed a commitment to de-escalate tensions near Tarsk.",
         [("military_issues_general", "agreed")]),
        ("Norland tabled a plan for resupply missions to its outpost at Lisk.",
         [("military_issues_general", "discussed")]),
        ("An aide said de-escalation was on the table for two days, without a result.",
         [("separation_of_forces", "unresolved")]),
        ("They also agreed to resume direct flights between Velm and Lisk.",
         [("economic", "agreed")]),
        # (two infinitives under one verb: two outcomes of one kind)
        ("Ostria and Velmar agreed to open grain trade at the pass, and to resume direct flights "
         "between their capitals.", [("economic", "agreed"), ("economic", "agreed")]),
        ("The Lisk pact provides for land plots to be swapped, and for exchanges of land.",
         [("territory", "agreed")]),
        ("Norland repeated that the 2011 arbitral award is binding, a view Sudland does not "
         "accept.", [("territory", "disagreement")]),
        ("Under the deal, herders from Velm keep their access to pastures.",
         [("economic", "agreed")]),
        ("A separate pact on the Brenna dam is still being drafted, officials said.",
         [("economic", "unresolved")]),
        ("Demarcation has not started, and officials say it could take years.",
         [("territory", "unresolved")]),
        # (what a treaty sets out, and a link it provides for)
        ("Under the treaty, the Brenna dam will be run jointly by both utilities.",
         [("economic", "agreed")]),
        ("The Ostrian enclave of Zelva will be connected by a new road to Ostria proper.",
         [("territory", "agreed")]),
    ],
    ids=["demining", "minefields", "border-management-remit", "tensions", "resupply",
         "de-escalation-without-result", "direct-flights", "two-infinitives", "land-exchange-is-no-prisoners",
         "arbitral-award", "pastures", "still-being-drafted", "not-started", "under-the-treaty",
         "a-link-provided-for"],
)
def test_issue_and_status_words_of_confidence_building_and_borders(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "heading, expected",
    [
        ("Republic of Norland\nMinistry of Foreign Affairs\nPRESS RELEASE",
         ("Ministry of Foreign Affairs", "organisation")),
        ("Republic of Norland\nPRESS RELEASE\nMinistry of Foreign Affairs",
         ("Ministry of Foreign Affairs", "organisation")),
        ("Republic of Norland\nMinistry of Foreign Affairs\nWeekly Digest", (None, "media")),
    ],
    ids=["office-above-the-release-line", "office-below-it", "no-release-line"],
)
def test_a_masthead_names_the_office_next_to_its_release_line(heading, expected):
    articles = _articles(f"{heading}\n\n4 May 2025\n\nThe two sides agreed to exchange prisoners.")
    sentences = split_sentences(articles)
    out = extract_outcomes(articles, sentences, _claims(sentences))
    row = out[out["category"] == "prisoners"].iloc[0]
    assert (row["claimant"], row["claimant_type"]) == expected


def test_a_report_of_the_secretary_general_speaks_for_its_author():
    articles = _articles("The two leaders agreed to exchange prisoners.")
    articles["title"] = ["Report by the Secretary-General on the Lisk talks"]
    sentences = split_sentences(articles)
    out = extract_outcomes(articles, sentences, _claims(sentences))
    assert (out["claimant"].iloc[0], out["claimant_type"].iloc[0]) == (
        "Secretary-General", "organisation")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("At the 41st round in Velm, Norland tabled a new draft of the treaty on the border.",
         [("territory", "discussed")]),
        ("At their fourth round, Norland and Sudland discussed the border.",
         [("territory", "discussed")]),
        # (a round still to come may be what the clause sets)
        ("At the next round, the sides will sign the border deal.",
         [("negotiation_process", "agreed"), ("territory", "agreed")]),
    ],
    ids=["at-a-numbered-round", "at-an-ordinal-round", "at-the-next-round"],
)
def test_a_clause_that_opens_at_a_round_reports_what_happened_there(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ana Ruiz, who heads Norland's negotiating team, told us the ceasefire was not "
         "agreed.", [("ceasefire", "unresolved")]),
        ("Ostria and Velmar will reopen border trade at two passes.", [("economic", "agreed")]),
        ("Jon Vale said Sudland blocked any talk on the return of displaced persons.",
         [("humanitarian", "disagreement")]),
        ("The IDP session collapsed.", [("humanitarian", "stalled")]),
        ("Both armies agreed to set up general-level mechanisms in two more sectors.",
         [("military_dialogue", "agreed")]),
        ("The round ended with a walkout from the relief group when the item on IDPs came up.",
         [("humanitarian", "stalled")]),
        ("Norland and Sudland agreed to hold the 12th JBC in Velm at a date to be fixed.",
         [("negotiation_process", "agreed")]),
        ("The mediators and both sides agreed the process would continue.",
         [("negotiation_process", "agreed")]),
    ],
    ids=["team-a-person-heads", "border-trade", "blocked-discussion", "idp-session",
         "general-level-mechanisms", "walkout", "the-nth-sitting-of-a-body", "process-goes-on"],
)
def test_titles_trade_across_a_border_blocked_items_and_sittings(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # (an elaboration inside one item ends with it; a proposal word inside an issue's
        # name gives the items after it no status of its own)
        ("Velmar and Ostria settled on four steps: the opening of a new ferry route to Lisk, "
         "environmental initiatives including on river pollution, solar power near Tarsk and "
         "the restoration of cemeteries.",
         [("economic", "agreed"), ("economic", "agreed"), ("humanitarian", "agreed")]),
        # (a long item opens with its article; a long aside does not)
        ("The envoys agreed on three measures, namely the creation of a technical committee on "
         "river traffic, demining near Zelva, and the reopening of the grain market.",
         [("negotiation_process", "agreed"), ("military_dialogue", "agreed"),
          ("economic", "agreed")]),
        # (the points of a numbered paragraph keep the items of its enumeration apart)
        ("7. The delegations agreed that the process would continue. The two leaders agreed on "
         "several steps, namely demining, a technical committee on youth, solar power and the "
         "restoration of cemeteries.",
         [("negotiation_process", "agreed"), ("military_dialogue", "agreed"),
          ("negotiation_process", "agreed"), ("economic", "agreed"),
          ("humanitarian", "agreed")]),
    ],
    ids=["elaboration-ends-with-its-item", "long-items-with-articles", "numbered-paragraph"],
)
def test_the_items_of_a_long_enumeration_each_take_its_status(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jon Vale said that in Velm the mapping working groups initialled the last set of "
         "texts.", []),
        ("The joint commission has approved the new fishing quota.", [("economic", "agreed")]),
        # (a body set up, or approved, is still an outcome)
        ("The working group was approved by both sides.", [("negotiation_process", "agreed")]),
        ("Norland and Ostria will form a joint working group.", [("negotiation_process", "agreed")]),
    ],
    ids=["groups-that-initialled", "commission-that-approved", "group-approved",
         "group-set-up"],
)
def test_a_body_that_does_what_the_clause_says_is_its_agent(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # points lettered under a line that agrees
        ("4. Under the declaration, the two sides agreed to:\n\n(a) pull heavy weapons back "
         "from the border;\n\n(b) pursue the demarcation of the land boundary; and\n\n"
         "(c) reopen the border crossings to trade.\n\n5. Norland thanked the mediators.",
         [("separation_of_forces", "agreed"), ("territory", "agreed"), ("economic", "agreed")]),
        # the list ends at a point of another kind: a numbered paragraph after it takes nothing
        ("The two sides agreed to:\n\n- pull heavy weapons back from the border;\n\n"
         "- pursue the demarcation of the land boundary.\n\n3. The prisoners were discussed.",
         [("separation_of_forces", "agreed"), ("territory", "agreed"),
          ("prisoners", "discussed")]),
        # a line with a colon and no status word opens nothing
        ("The declaration covers:\n\n(a) the demarcation of the land boundary.", []),
    ],
    ids=["lettered-points", "list-ends-at-another-mark", "no-status-no-lead"],
)
def test_the_points_of_a_list_take_the_status_of_the_line_that_opens_it(text, expected):
    assert _pairs(_run(text)) == expected
