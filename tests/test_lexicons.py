"""Integrity of every shipped lexicon: each validates, ids are unique, codes are real."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from analysis import lexicon
from analysis.lexicon import LEXICON_PACKAGE, check_lexicons, lexicon_names, read_lexicon, validate_entries


def test_every_lexicon_validates():
    assert check_lexicons() == []


@pytest.mark.parametrize("name", lexicon_names(), ids=lexicon_names())
def test_ids_unique(name):
    entries = read_lexicon(name).get("entries")
    if isinstance(entries, list):
        ids = [e["id"] for e in entries]
        assert len(ids) == len(set(ids))


def test_every_sovereign_state_has_demonyms_and_a_capital():
    entries = read_lexicon("countries")["entries"]
    assert len(entries) >= 195
    missing = [e["id"] for e in entries if not e.get("capitals")]
    assert missing == []
    no_demonym = [e["id"] for e in entries if not e.get("demonyms")]
    assert no_demonym == ["DMA"]  # "Dominican" belongs to the Dominican Republic


def test_at_least_a_hundred_outlets():
    assert len(read_lexicon("media")["entries"]) >= 100


@pytest.mark.parametrize(
    "data, message",
    [
        ({"kind": "media", "entries": [{"id": "x", "name": "X", "patterns": ["X"]},
                                       {"id": "x", "name": "Y", "patterns": ["Y"]}]},
         "entries\\[1\\] \\(id 'x'\\): duplicate id 'x'"),
        ({"kind": "media", "entries": [{"id": "x", "name": "X", "patterns": []}]},
         "missing or empty 'patterns'"),
        ({"kind": "media", "entries": [{"id": "x", "name": "X", "patterns": ["Same Name"]},
                                       {"id": "y", "name": "Y", "patterns": ["same name"]}]},
         "pattern 'same name' is already claimed by id 'x'"),
        ({"kind": "place", "entries": [{"id": "x", "name": "X", "country": "XX"}]},
         "'XX' is not an ISO 3166 alpha-3"),
        ({"kind": "attribution", "entries": [{"id": "x", "claimant_type": "gossip",
                                              "patterns": ["x"]}]},
         "claimant_type 'gossip' is not one of"),
    ],
    ids=["duplicate-id", "empty-patterns", "pattern-two-ids", "bad-country", "bad-type"],
)
def test_validation_messages(data, message):
    problems = validate_entries("bad", data)
    assert len(problems) == 1
    assert problems[0].startswith("bad.yaml: entries[")
    pytest.importorskip("re").search(message, problems[0]) or pytest.fail(problems[0])


def test_no_form_names_both_a_body_and_an_outlet():
    def forms(name: str) -> dict[str, str]:
        return {p.casefold(): e["id"] for e in read_lexicon(name)["entries"] for p in e["patterns"]}

    organisations, media = forms("organisations"), forms("media")
    assert {f: (organisations[f], media[f]) for f in organisations.keys() & media.keys()} == {}


def test_a_name_goes_on_after_a_country_only_from_a_head_word():
    organisations = read_lexicon("organisations")
    assert set(organisations["country_heads"]) - set(organisations["heads"]) == set()


def test_an_institution_is_named_by_a_head_word():
    organisations = read_lexicon("organisations")
    assert organisations["institution_heads"]
    assert set(organisations["institution_heads"]) - set(organisations["heads"]) == set()


def test_state_nouns_are_lower_case_and_no_private_titles():
    nouns = read_lexicon("countries")["state_nouns"]
    private = {p for e in read_lexicon("titles")["entries"]
               if e["id"] in ("expert", "profession", "public-figure") for p in e["patterns"]}
    assert [n for n in nouns if n != n.lower() or n in private] == []


def test_the_fast_yaml_loader_reads_every_lexicon_as_the_safe_loader_does():
    for name in lexicon_names():
        text = (resources.files(LEXICON_PACKAGE) / f"{name}.yaml").read_text(encoding="utf-8")
        assert yaml.load(text, Loader=lexicon._SAFE_LOADER) == yaml.safe_load(text), name


def test_the_fast_yaml_loader_builds_no_python_objects():
    with pytest.raises(yaml.constructor.ConstructorError):
        yaml.load("!!python/object/apply:os.getcwd []", Loader=lexicon._SAFE_LOADER)
