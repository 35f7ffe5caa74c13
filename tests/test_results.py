"""The stored tables of an analysis: taken again for the same articles and code, never else."""

from __future__ import annotations

import logging
import os
import time

import pandas as pd
import pytest

import analysis
from analysis import results
from analysis.pipeline import Analysis
from analysis.results import results_path

LUSAKA = (
    "date 2026-02-04 Talks resume in Lusaka\n\n"
    "Delegations of Zambia and Malawi met in Lusaka on Monday for a second round of talks.\n"
    "The two sides agreed on a joint border commission, the Zambian foreign minister said.\n"
)
HARARE = (
    "date 2026-03-01 Envoys meet in Harare\n\n"
    "Envoys of Zimbabwe and Mozambique met in Harare on Friday.\n"
    "They failed to agree on water sharing, officials said.\n"
)
LONG_AGO = time.time() - 3600


@pytest.fixture
def folder(write_seed, tmp_path):
    write_seed("a_lusaka.txt", LUSAKA)
    write_seed("b_harare.txt", HARARE)
    return _aged(tmp_path / "seeds")


def _aged(folder):
    for path in folder.iterdir():
        os.utime(path, (LONG_AGO, LONG_AGO))
    return folder


@pytest.fixture
def runs(monkeypatch):
    """The articles that went through the per-article stages (not taken from the store), one
    list per call of the stages."""
    seen = []
    real = results.article_tables

    def counting(articles):
        if len(articles):
            seen.append(sorted(articles["doc_id"]))
        return real(articles)

    monkeypatch.setattr(results, "article_tables", counting)
    return seen


def _assert_same(got: Analysis, want: Analysis) -> None:
    for name in Analysis._fields:
        pd.testing.assert_frame_equal(getattr(got, name), getattr(want, name), obj=name)


def test_a_second_analysis_of_the_same_folder_takes_the_stored_tables(folder, runs):
    first = analysis.analyse(folder)
    again = analysis.analyse(folder)
    assert runs == [["a_lusaka", "b_harare"]]  # the second one ran no stage
    fresh = analysis.analyse(folder, cache=False)
    _assert_same(again, fresh)
    _assert_same(first, fresh)
    assert len(fresh.events) and len(fresh.outcomes)  # something worth storing was stored
    assert results_path(folder).exists()


@pytest.mark.parametrize(
    ("change", "analysed"),
    [("edit", ["b_harare"]), ("add", ["c_lilongwe"]), ("delete", []), ("rename", ["d_harare"])],
    ids=["changed article", "new article", "deleted article", "renamed file"],
)
def test_only_new_and_changed_articles_are_analysed_again(folder, write_seed, runs, change, analysed):
    write_seed("e_maputo.txt", HARARE.replace("Harare", "Maputo").replace("Friday", "Sunday"))
    before = analysis.analyse(_aged(folder))
    runs.clear()
    if change == "edit":
        write_seed("b_harare.txt", HARARE.replace("failed to agree", "agreed"))
    elif change == "add":
        write_seed("c_lilongwe.txt", LUSAKA.replace("Lusaka", "Lilongwe"))
    elif change == "delete":
        (folder / "b_harare.txt").unlink()
    else:  # another file name is another doc_id: its rows change
        (folder / "b_harare.txt").rename(folder / "d_harare.txt")
    after = analysis.analyse(_aged(folder))
    assert runs == ([analysed] if analysed else [])
    # the tables of the kept articles and those made again line up as one fresh run's
    _assert_same(after, analysis.analyse(folder, cache=False))
    changed = after.outcomes if change == "edit" else after.chronology
    assert not changed.equals(before.outcomes if change == "edit" else before.chronology)


def test_a_new_article_between_kept_ones_keeps_the_order_of_the_folder(folder, write_seed, runs):
    analysis.analyse(folder)
    write_seed("ab_blantyre.txt", LUSAKA.replace("Lusaka", "Blantyre").replace("second", "third"))
    got = analysis.analyse(_aged(folder))
    assert runs[1:] == [["ab_blantyre"]]
    assert got.events["doc_id"].drop_duplicates().tolist() == ["a_lusaka", "ab_blantyre", "b_harare"]
    _assert_same(got, analysis.analyse(folder, cache=False))


def test_results_of_other_code_are_not_taken(folder, runs, monkeypatch):
    analysis.analyse(folder)
    monkeypatch.setattr(results, "code_fingerprint", lambda: "another version of the package")
    analysis.analyse(folder)
    analysis.analyse(folder)
    assert len(runs) == 2  # once per version of the code


def test_the_fingerprint_of_the_code_reads_every_module_and_lexicon(monkeypatch):
    read = []
    real = results.Path.read_bytes

    def reading(path):
        read.append(path.name)
        return real(path)

    monkeypatch.setattr(results.Path, "read_bytes", reading)
    fingerprint = results.code_fingerprint.__wrapped__()
    package = results.Path(results.__file__).parent
    assert set(read) == {p.name for p in [*package.glob("*.py"), *package.glob("lexicons/*.yaml"),
                                          *package.glob("lexicons/*.tsv")]}
    assert {"issues.yaml", "outcomes.py", "results.py", "towns.tsv"} <= set(read)
    assert fingerprint == results.code_fingerprint()


@pytest.mark.parametrize(
    "damage",
    [b"", b"not a pickle at all", b"\x80\x05K\x01."],
    ids=["empty file", "garbage", "a pickle of something else"],
)
def test_a_damaged_store_is_reported_and_replaced(folder, runs, caplog, damage):
    analysis.analyse(folder)
    store = results_path(folder)
    store.write_bytes(damage)
    with caplog.at_level(logging.WARNING, logger="analysis.results"):
        got = analysis.analyse(folder)
    if damage in (b"", b"not a pickle at all"):
        assert str(store) in caplog.text and "analysing again" in caplog.text
    analysis.analyse(folder)
    assert len(runs) == 2  # analysed again once, then the rewritten store is taken
    _assert_same(got, analysis.analyse(folder, cache=False))


def test_no_cache_keeps_no_results(folder, monkeypatch):
    monkeypatch.setenv("TALKS_NO_CACHE", "1")
    analysis.analyse(folder)
    assert results_path(folder) is None
    monkeypatch.delenv("TALKS_NO_CACHE")
    assert not results_path(folder).exists()
