"""A stage that fails on one article: the rest of the corpus is analysed, the article is a problem."""

from __future__ import annotations

import json

import pytest

import analysis
from analysis import pipeline
from analysis.cli import main

VELM = (
    "date 2026-02-04 Talks resume in Velm\n\n"
    "Delegations of Zambia and Malawi met in Lusaka on Monday for a second round of talks.\n"
    "The two sides agreed on a joint border commission, the Zambian foreign minister said.\n"
)
BROKEN = (
    "date 2026-03-01 Envoys meet in Harare\n\n"
    "Envoys of Zimbabwe and Mozambique met in Harare on Friday. TRIPWIRE\n"
)
LATER = (
    "date 2026-03-05 Envoys meet again\n\n"
    "Envoys of Kenya and Uganda met in Nairobi on Tuesday.\n"
    "They agreed to reopen the border, officials said.\n"
)


@pytest.fixture
def folder(write_seed, tmp_path, monkeypatch):
    write_seed("a_velm.txt", VELM)
    write_seed("b_broken.txt", BROKEN)
    write_seed("c_later.txt", LATER)
    real = pipeline.extract_events

    def tripping(articles, *rest):
        if articles["text"].str.contains("TRIPWIRE").any():
            raise ValueError("a bug met on the way")
        return real(articles, *rest)

    monkeypatch.setattr(pipeline, "extract_events", tripping)
    return tmp_path / "seeds"


def _check(problems, events, outcomes):
    (row,) = problems.to_dict("records")
    assert row["path"].endswith("b_broken.txt") and row["severity"] == "error"
    assert "events stage" in row["message"] and "ValueError: a bug met on the way" in row["message"]
    assert set(events["doc_id"]) == {"a_velm", "c_later"}
    assert {"a_velm", "c_later"} <= set(outcomes["doc_id"])


def test_the_other_articles_are_analysed_and_the_failure_is_reported(folder):
    result = analysis.analyse(folder, cache=False)
    _check(result.problems, result.events, result.outcomes)
    assert set(result.sentences["doc_id"]) == {"a_velm", "c_later"}  # no half-analysed article


def test_a_failure_is_not_stored_but_met_again(folder):
    first = analysis.analyse(folder)
    again = analysis.analyse(folder)
    _check(again.problems, again.events, again.outcomes)
    assert first.problems.equals(again.problems)


def test_the_export_lists_the_failure_and_strict_fails(folder, tmp_path, capsys):
    out = tmp_path / "out.json"
    assert main(["export", str(folder), "-o", str(out), "--no-cache"]) == 0
    assert main(["export", str(folder), "-o", str(out), "--no-cache", "--strict"]) == 1
    data = json.loads(out.read_text(encoding="utf-8"))
    assert "1 problem" in capsys.readouterr().err
    (problem,) = data["problems"]
    assert problem["path"].endswith("b_broken.txt") and "events stage" in problem["message"]
    assert {e["doc_id"] for e in data["events"]} == {"a_velm", "c_later"}
    assert [d["doc_id"] for d in data["documents"]] == ["a_velm", "b_broken", "c_later"]
