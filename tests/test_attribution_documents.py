"""Tests for analysis.attribution: documents cited by their noun, and a document's provisions
given by a sentence that opens on "It" or "They"."""

from __future__ import annotations

import pytest

from .test_attribution_speakers import _table

_ORG = "organisation"
_JOINT = "joint_statement"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ferry will run again from June, according to the note, which named no date.",
         _ORG),
        ("In the minutes, both delegations agreed to keep their patrols apart on the river.",
         _JOINT),
        ("After the Velm meeting the presidency issued a communiqué stating that the curfew "
         "would end.", _ORG),
        ("The river commission will sit in Lisk, the protocol states.", _JOINT),
    ],
    ids=["according-to-the-note", "in-the-minutes", "issued-a-communique", "protocol-states"],
)
def test_a_document_cited_by_its_noun_claims_the_sentence(text, expected):
    assert _table(text)[0][1] == expected


def test_in_the_minutes_of_time_cites_no_document():
    text = "In the minutes before the vote, Norland and Ostria agreed to reopen the ferry."
    assert _table(text)[0][1] != _JOINT


@pytest.mark.parametrize(
    "verb",
    ["called for", "urged", "proposed", "set out"],
)
def test_what_a_document_does_after_it_is_the_documents_claim(verb):
    text = ("Norland and Ostria first put the plan in writing in their joint statement of 3 May "
            f"in Velm. It {verb} a truce of three months along the river.")
    assert _table(text)[1][1] == _JOINT


def test_it_after_a_speaker_is_no_provision():
    text = ("Jon Vale, the Norland envoy, said the talks went well. It called for patience, "
            "a columnist wrote later.")
    assert _table(text)[1][1] != _JOINT

