"""Tests for analysis.attribution: unnamed sources in their commoner forms, the views of a
person quoted just before, former office holders, and bodies told again by a noun."""

from __future__ import annotations

import pytest

from .test_attribution_speakers import _table

_NONE = (None, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("An Ostrian official I met in Lisk went further, saying the ferry deal was near.",
         [("An Ostrian official", "anonymous_source")]),
        ("Two delegates who sat in the hall told us the quota was open.",
         [("Two delegates", "anonymous_source")]),
        ("Of the ferry steps, diplomats tell us only one has moved.",
         [("diplomats", "anonymous_source")]),
    ],
    ids=["participle-saying", "told-us", "diplomats-tell-us"],
)
def test_an_unnamed_insider_speaks_by_any_verb_of_saying(text, expected):
    assert [row[:2] for row in _table(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norland and Ostria met in Velm.\n\nI understand that the Ostrian side offered a "
         "ferry line.", [_NONE, ("unnamed sources", "anonymous_source")]),
        ("Norland and Ostria met in Velm. I am told the quota stays open.",
         [_NONE, ("unnamed sources", "anonymous_source")]),
        # a quoted "I am told" is the quoted speaker's
        ('"I am told nothing," Jon Vale said.', [("Jon Vale", "named_official")]),
        ("Norland and Ostria met in Velm. We understand the worries of the fishermen.",
         [_NONE, _NONE]),
    ],
    ids=["i-understand-that", "i-am-told", "quoted-i-am-told", "we-understand-no-that"],
)
def test_a_column_authors_unnamed_contacts_are_anonymous_sources(text, expected):
    assert [row[:2] for row in _table(text)] == expected


@pytest.mark.parametrize(
    "opening",
    ["In her view, the quota will not be settled this year.",
     "To her mind, the quota will not be settled this year."],
    ids=["in-her-view", "to-her-mind"],
)
def test_a_view_opening_a_sentence_is_the_person_quoted_before(opening):
    text = f"Ana Ruiz, the Ostrian trade minister, said the ferry deal was done. {opening}"
    assert [row[:2] for row in _table(text)] == [("Ana Ruiz", "named_official")] * 2


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"The truce holds, but barely," said Jon Vale, a former envoy to Ostria.',
         ("Jon Vale", "observers")),
        ("Jon Vale, former deputy foreign minister of Norland, said the truce was fragile.",
         ("Jon Vale", "observers")),
        # a former office as a title before the name: someone who may serve again
        ("The Norland delegate, former envoy Jon Vale, said the truce was fragile.",
         ("Jon Vale", "named_official")),
        ("Jon Vale, the former envoy's deputy, said the truce was fragile.",
         ("Jon Vale", "named_official")),
    ],
    ids=["a-former-envoy", "former-minister-apposed", "former-title-before", "envoys-deputy"],
)
def test_a_former_office_holder_apposed_to_the_name_is_an_observer(text, expected):
    assert _table(text)[0] == expected


def test_a_former_office_holder_keeps_the_type_in_a_view_after():
    text = ("Jon Vale, a former ambassador to Ostria, said the truce was fragile. In his "
            "view, the quota will not be settled this year.")
    assert [row[:2] for row in _table(text)] == [("Jon Vale", "observers")] * 2


def test_a_document_cited_in_a_turn_is_the_speakers_word():
    text = ("Velm Weekly | Interview\n\nWe spoke to Jon Vale, Norland's deputy foreign "
            "minister, who led the talks.\n\nQ: What did the sides sign?\n\nVALE: A ferry "
            "line. The declaration says the quota talks open in May.\n\nQ: And the border?"
            "\n\nVALE: The joint statement says nothing on it.")
    rows = [row[:2] for row in _table(text)]
    vale = ("Jon Vale", "named_official")
    assert rows[-4:] == [vale, vale, _NONE, vale]


def test_called_again_for_is_a_demand_not_speech():
    text = ("Prime Minister Jon Vale wrote online that the deal was a step. He thanked "
            "Ostria, Velmar and Sudland, and called again for the return of the soldiers, "
            "an issue he said Ostria had left open.")
    assert [row[:2] for row in _table(text)] == [("Jon Vale", "named_official")] * 2


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Norland State Border Committee met on Monday. The river section is still "
         "open, according to the committee.", "Norland State Border Committee"),
        ("The Ostrian Border Agency met on Monday. The agency added that talks go on.",
         "Ostrian Border Agency"),
    ],
    ids=["according-to-the-committee", "the-agency-added"],
)
def test_a_body_told_again_by_the_last_noun_of_its_name_speaks(text, expected):
    assert _table(text)[1] == (expected, "organisation")


def test_a_head_noun_no_body_named_before_ends_in_names_no_one():
    text = "Norland and Ostria met on Monday. The committee said the ferry would run."
    assert _table(text)[1] != ("Norland", "organisation")

