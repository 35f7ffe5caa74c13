"""Tests for analysis.attribution: speakers a fourth probe found misread (a label "what it
called", an account given by "according to" that runs on, an unnamed insider in a tag with
its verb first, a speaker an outlet relays, which unnamed official "the Zelvan official" is,
an outlet opening a sentence before an official's clause, chairs speaking as one, a national
insider told by role, officials with a participle of speech, "a statement from his
office")."""

from __future__ import annotations

from .test_attribution_probe3 import _rows


def test_what_it_called_is_a_label_not_a_report():
    text = ("The army said the round in Velm was useful.\n\n"
            "Shelling resumed at dawn on what it called rebel depots near Lisk.")
    assert _rows(text)[-1] == (None, None)


def test_an_account_given_by_according_to_runs_on_in_its_paragraph_not_into_a_silence():
    text = ("According to a Norlandic official who attended, the session in Velm lasted four "
            "hours. Jon Vale handed over a paper listing the demands of his side.\n\n"
            "Jon Vale proposed a new round in Lisk, according to the Sudlandic side. "
            "The Norland Bureau did not comment on that idea.")
    rows = _rows(text)
    assert rows[1] == ("a Norlandic official", "anonymous_source")
    assert rows[3] == (None, None)


def test_an_unnamed_insider_in_a_tag_with_the_verb_first():
    text = '"The truce is holding, but politics is stuck," said a Western diplomat posted in Velm.'
    assert _rows(text) == [("a Western diplomat", "anonymous_source")]


def test_a_retired_officer_in_a_tag_is_an_observer():
    text = ('"The hotline keeps the guns quiet, nothing more," said a retired army officer, '
            "now a fellow at a Velm think-tank.")
    assert _rows(text)[0][1] == "observers"


def test_a_speaker_an_outlet_relays_is_the_speaker():
    text = ('"The truce was extended until Friday," Jon Vale said, according to Pakistani media.')
    assert _rows(text) == [("Jon Vale", "named_official")]


def test_the_qualified_unnamed_official_is_the_one_of_that_nation():
    text = ("A Norlandic official said the group would only rebuild villages. A Sudlandic "
            "official, who did not want to be named, called it a first step.\n\n"
            '"We heard the same answer," the Norlandic official said.\n\n'
            "Sudland asked for faster disarmament, according to the Sudlandic official.")
    rows = _rows(text)
    assert rows[2] == ("A Norlandic official", "anonymous_source")
    assert rows[3] == ("A Sudlandic official", "anonymous_source")


def test_an_outlet_opening_the_sentence_claims_it_and_he_is_the_official():
    text = ("A Sudlandic official, who did not want to be named, said the talks were useful. "
            "Ana Ruiz attended.\n\n"
            "Lebanese media reported that Sudland could free some detainees, but the official said "
            'the matter was still open. "It is a question for later," he said.')
    rows = _rows(text)
    assert rows[2][1] == "media"
    assert rows[3] == ("A Sudlandic official", "anonymous_source")


def test_chairs_with_an_aside_speak_as_one():
    text = ("The co-chairs – UN representative Jon Vale and EU special representative Ana Ruiz – "
            "said the participants would gather again in Velm in June.")
    assert _rows(text) == [("joint statement", "joint_statement")]


def test_a_national_insider_told_by_role_is_the_person_of_that_nation():
    text = ("Russian Deputy Foreign Minister Jon Vale told reporters the round was difficult.\n\n"
            "The Russian diplomat also stated that Moscow would welcome new talks in Velm.")
    assert _rows(text)[-1] == ("Jon Vale", "named_official")


def test_officials_with_a_participle_of_speech():
    text = ("VELM — Sudlandic officials on Friday hit back at reports that the meeting in "
            "Lisk produced a deal, insisting the talks dealt only with security.")
    assert _rows(text) == [("Sudlandic officials", "anonymous_source")]


def test_a_statement_from_his_office_is_the_office_of_the_speaker():
    text = ("Ana Ruiz met the envoy on Monday.\n\n"
            "Speaker Jon Vale, an ally of the government, said the committee must stay "
            '"a technical body", according to a statement by his press office.')
    assert _rows(text)[-1] == ("Office of Jon Vale", "organisation")


def test_a_source_close_to_a_person_is_named_without_the_verb():
    text = '"Nothing like that was settled," a source close to President Jon Vale told Velm Radio.'
    assert _rows(text)[0] == ("a source close to President Jon Vale", "anonymous_source")


def test_a_person_described_as_a_member_of_a_delegation_speaks_by_name():
    text = ("Jon Vale, a lawyer by training and a member of the Norland delegation, said "
            "no deal on the jailed editor had been struck.")
    assert _rows(text) == [("Jon Vale", "named_official")]

