"""Tests for analysis.attribution: general rules of who speaks (unnamed officials after an
auxiliary or an adverb, a sub-heading that ends a speaker's turn, a verb in the singular
after two subjects, an office in lower case before a name, a speaker's second verb)."""

from __future__ import annotations

import pytest

from .test_attribution_probe3 import _rows


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Velmar officials have said the border crossing at Tarsk will stay shut.",
                     "anonymous_source", id="have-said"),
        pytest.param("Officials in Lisk, for their part, have continued to insist that the "
                     "troops must leave the valley first.", "anonymous_source",
                     id="aside-and-continued-to"),
        pytest.param("The Norland Foreign Ministry said Sudlandic officials had observed the "
                     "round in Velm.", "organisation", id="officials-in-what-is-said"),
    ],
)
def test_unnamed_officials_with_an_auxiliary_or_an_adverb(text, expected):
    assert _rows(text)[0][1] == expected


def test_a_sub_heading_ends_the_turn_a_quoting_sub_heading_opened():
    text = ("Vale: 'A turning point'\n\n"
            "Jon Vale called the accord a turning point for the valley.\n\n"
            "The Norland Bureau said in a statement that it would send monitors to Tarsk.\n\n"
            "What is left for the autumn\n\n"
            "The accord leaves the water quota of Lisk to a later round.")
    rows = _rows(text)
    assert rows[0] == ("Jon Vale", "named_official")
    assert rows[2] == ("Norland Bureau", "organisation")
    assert rows[4] == (None, None)


def test_a_verb_in_the_singular_after_two_subjects_is_a_noun():
    text = ("Ana Ruiz met Jon Vale in Lisk. "
            'The Norland Bureau said in a statement that it accepted the plan "in full," and '
            "called on Vale and the guarantor states to see that Sudland keeps to it.")
    assert _rows(text)[1] == ("Norland Bureau", "organisation")


def test_an_office_in_lower_case_before_a_name_with_a_participle_of_speech():
    text = ("Foreign Ministry spokesman Jon Vale rejected the demand on Monday, saying Norland "
            'would "never give up" its fishing quota.')
    assert _rows(text) == [("Jon Vale", "named_official")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param('Norland Foreign Minister Jon Vale cited "technical reasons" and said a new '
                     "date for the Tarsk round would be set later.",
                     ("Jon Vale", "named_official"), id="subject"),
        pytest.param("The round came after Sudland President Ana Ruiz spoke by phone with both "
                     "leaders on Friday and said they had agreed to meet in Brenna.",
                     ("Ana Ruiz", "named_official"), id="subject-of-a-clause"),
        pytest.param("Jon Vale arrived in Zelva on Sunday and said nothing about the quota.",
                     (None, None), id="said-nothing"),
    ],
)
def test_a_second_verb_of_speech_of_the_subject(text, expected):
    assert _rows(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Norland and Sudland negotiators said on Sunday they had drawn up a shorter "
                     "framework in Brenna.", ("joint statement", "joint_statement"),
                     id="negotiators"),
        pytest.param("The Norland and Sudland delegations say they have agreed on a quota for "
                     "the Lisk fisheries.", ("joint statement", "joint_statement"),
                     id="delegations"),
        pytest.param("The Bureau said Norland and Sudland negotiators had met in Tarsk.",
                     ("the Bureau", "organisation"), id="inside-what-another-says"),
    ],
)
def test_the_teams_of_two_parties_named_speak_together(text, expected):
    assert _rows(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('Norland Foreign Minister Jon Vale said the round went well. "Some points '
                     'suit us, others do not," the Kremlin aide said.', id="body-aide"),
        pytest.param("Peruvian Foreign Minister Jon Vale said the round in Velm went well. "
                     "Speaking to reporters after the session, the top Peruvian diplomat said the "
                     "sides had agreed on the ferries.", id="nation-diplomat"),
    ],
)
def test_an_insider_a_body_or_a_nation_qualifies_is_the_speaker_not_the_body(text):
    assert _rows(text)[1] == ("Jon Vale", "named_official")


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Norland and Sudland signed a joint statement in Velm on Friday. Under it the "
                     "ferry will run again. The next round will be held in Brenna within a month.",
                     ("joint statement", "joint_statement"), id="same-paragraph"),
        pytest.param("According to the joint statement read out in Lisk, the two sides agreed to "
                     "reopen the ferry.\n\nA border committee meeting will be hosted by Sudland "
                     "on 4 May.", ("joint statement", "joint_statement"), id="next-paragraph"),
        pytest.param("Jon Vale said the talks in Velm were useful. The next round will be held "
                     "in Brenna within a month.", (None, None), id="not-after-speech"),
    ],
)
def test_a_plan_in_the_future_after_a_document_is_one_of_its_provisions(text, expected):
    assert _rows(text)[-1] == expected


def test_what_an_official_described_as_is_a_label_not_a_report():
    text = ("Peruvian Defence Minister Jon Vale said the talks went well. Officials began their "
            "work on the 4th and on Tuesday they finished the draft after what one Peruvian "
            'official described as "long and heated" talks.')
    assert _rows(text)[1] == (None, None)


def test_the_speaker_of_the_main_clause_claims_it_over_an_unnamed_one_after():
    text = ('Foreign Ministry spokesman Jon Vale said the new date "will depend on Sudland," '
            "while a Sudlandic official told reporters the round would take place soon.")
    assert _rows(text) == [("Jon Vale", "named_official")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Foreign Minister Jon Vale rejected the claim that the Lisk ferry was closed.",
                     [("Jon Vale", "named_official")], id="named-person"),
        pytest.param("Foreign Minister Ana Ruiz spoke in Lisk. She rejected allegations made by "
                     "the Norland army this morning that Sudland troops had crossed the river "
                     'near Tarsk after the truce began, calling them "baseless".',
                     [(None, None), ("Ana Ruiz", "named_official")], id="pronoun-participle"),
        pytest.param("Norland rejected the plan for the Lisk ferry.", [(None, None)],
                     id="not-a-state"),
    ],
)
def test_a_person_who_opens_a_sentence_and_takes_a_stance_claims_it(text, expected):
    assert _rows(text) == expected


def test_a_retort_is_speech():
    text = ('"There is no question of a withdrawal," Foreign Minister Jon Vale countered in an '
            "interview.")
    assert _rows(text) == [("Jon Vale", "named_official")]


def test_the_head_of_state_is_the_president_named_before():
    text = ('President Jon Vale announced the swap on Sunday. "Our people are home," the head of '
            "state wrote.")
    assert _rows(text)[1] == ("Jon Vale", "named_official")



@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Peruvian President Jon Vale met the envoy. At the joint press appearance "
                     "after the talks, the Peruvian leader said a deal was possible only if the "
                     "root causes were removed.", id="after-an-opening-phrase"),
        pytest.param("Peruvian President Jon Vale met the envoy. The Peruvian leader said the idea "
                     "was interesting.", id="subject"),
    ],
)
def test_a_leader_a_nation_qualifies_is_a_person_not_the_state(text):
    assert _rows(text)[1][1] == "named_official"


def test_he_after_a_person_who_opens_the_clause_is_that_person():
    text = ("Foreign Minister Ana Ruiz spoke in Lisk. Before the round President Jon Vale had "
            'threatened "severe steps" if Sudland did not agree, but on Friday he said he would '
            "wait.")
    assert _rows(text)[1] == ("Jon Vale", "named_official")


def test_a_person_in_what_a_body_says_is_no_speaker_of_the_sentence():
    text = ('The Norland Bureau said in a statement on Saturday that the talks were "very '
            'positive" and that Foreign Minister Jon Vale had told the envoy the quota was open.')
    assert _rows(text) == [("Norland Bureau", "organisation")]


def test_he_who_takes_a_stance_after_an_unnamed_insider_is_that_insider():
    text = ("Foreign Minister Jon Vale met the envoy. A Sudlandic diplomat said the talks were "
            "useful. He rejected reports that the ferry was closed.")
    assert _rows(text)[2] == ("A Sudlandic diplomat", "anonymous_source")


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Diplomats following the talks said the truce was the main sticking point.",
                     "anonymous_source", id="diplomats-following"),
        pytest.param("Two people involved in the talks said the truce was agreed.",
                     "anonymous_source", id="people-involved-in"),
        pytest.param("A joint Norland-Sudland statement said the truce would be monitored.",
                     "joint_statement", id="joint-named-statement"),
        # the joint drills of two armies are no statement
        pytest.param("Norland held joint Sudland drills, and Jon Vale said the truce was agreed.",
                     "named_official", id="joint-drills"),
    ],
)
def test_insiders_told_by_what_they_follow_and_joint_statements_named(text, expected):
    assert _rows(text)[0][1] == expected
