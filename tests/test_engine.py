"""The Dask engine gives the same tables and export as the pandas one."""

from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest

from analysis import engine
from analysis.engine import combine_tables, run_articles
from analysis.export import export_articles, to_export, write_export
from analysis.pipeline import analyse_articles
from analysis.seeds import load_seeds

from .conftest import SEED

ARTICLES = {
    "armenia_azerbaijan.txt": """date 2025-08-08 Armenia and Azerbaijan initial peace deal in Washington

Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Washington on August 8 and initialled a peace agreement, the White House said.

The two leaders agreed to open a transit route through southern Armenia, according to a joint declaration. Talks on border demarcation will continue in September, officials said.
""",
    "sudan_jeddah.txt": """date 2023-05-12 Sudan's warring sides sign humanitarian pledge in Jeddah

Representatives of the Sudanese army and the Rapid Support Forces signed a declaration in Jeddah on Thursday committing to protect civilians, Saudi Arabia and the United States said in a joint statement.

No ceasefire was agreed. A source close to the talks told Reuters that a second round could start next week.
""",
    "colombia_havana.txt": """date 2016-06-23 Colombia and FARC agree bilateral ceasefire in Havana

The Colombian government and FARC rebels signed a bilateral ceasefire in Havana on Thursday, with Cuba and Norway acting as guarantors.

President Juan Manuel Santos said a final peace accord could be signed within weeks. Rebel commander Timoleon Jimenez said the war was over.
""",
    "empty_issue.txt": """date 2024-01-15 Statement on prisoner exchange

Russia and Ukraine exchanged prisoners on January 3, mediated by the United Arab Emirates.
""",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("engine") / "seeds"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    shutil.copy(SEED, folder)
    return load_seeds(folder)


@pytest.fixture(scope="module")
def expected(corpus):
    return analyse_articles(corpus.articles, corpus.problems)


@pytest.fixture(scope="module")
def cluster():
    pytest.importorskip("distributed", reason="the dask engine needs: pip install '.[dask]'")
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address=None,
    ) as running:
        yield running


def _assert_same(got, expected):
    assert got._fields == expected._fields
    for name in expected._fields:
        pd.testing.assert_frame_equal(getattr(got, name), getattr(expected, name), obj=name)
    assert to_export(got) == to_export(expected)


@pytest.mark.parametrize(
    "npartitions", [1, 2, 50], ids=["one", "two", "more-than-articles"]
)
def test_dask_on_a_local_cluster_equals_pandas(corpus, expected, cluster, npartitions):
    got = engine.run_dask(
        corpus.articles, corpus.problems, scheduler=cluster.scheduler_address,
        npartitions=npartitions,
    )
    _assert_same(got, expected)
    assert len(got.articles) == 5


def test_engine_choice_runs_dask_with_default_partitions(corpus, expected, cluster):
    got = run_articles(
        corpus.articles, corpus.problems, engine="dask", scheduler=cluster.scheduler_address
    )
    _assert_same(got, expected)


def test_the_local_cluster_neither_profiles_nor_steals():
    pytest.importorskip("distributed", reason="the dask engine needs: pip install '.[dask]'")
    import dask

    with engine._client(None, 2) as client:
        profiling = client.run(lambda: dask.config.get("distributed.worker.profile.enabled"))
        stealing = client.run_on_scheduler(lambda dask_scheduler: "stealing" in dask_scheduler.extensions)
    assert list(profiling.values()) == [False, False]
    assert stealing is False


def test_dask_with_no_articles(corpus, cluster):
    empty = corpus.articles.iloc[:0]
    got = engine.run_dask(empty, corpus.problems, scheduler=cluster.scheduler_address)
    _assert_same(got, analyse_articles(empty, corpus.problems))


def test_pandas_progress_slices_give_the_same_tables(corpus, expected, monkeypatch, capsys):
    monkeypatch.setattr(engine, "_CHUNK_CHARS", 1)  # one article per slice
    got = run_articles(corpus.articles, corpus.problems, progress=True)
    _assert_same(got, expected)
    assert "analysing" in capsys.readouterr().err


def test_chunks_are_contiguous_slices_of_about_the_size_asked():
    articles = pd.DataFrame({"doc_id": list("abcde"), "n_chars": [5, 5, 12, 1, 1]})
    chunks = engine._chunks(articles, 10)
    assert [list(c["doc_id"]) for c in chunks] == [["a"], ["b"], ["c", "d", "e"]]


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"engine": "spark"}, "unknown engine 'spark'; choose one of pandas, dask"),
        ({"scheduler": "tcp://127.0.0.1:8786"}, "a scheduler address needs engine='dask'"),
    ],
    ids=["unknown-engine", "scheduler-without-dask"],
)
def test_bad_engine_arguments(corpus, kwargs, message):
    with pytest.raises(ValueError, match=message):
        run_articles(corpus.articles, corpus.problems, **kwargs)


def test_combine_restores_the_dtype_of_a_column_one_partition_left_empty():
    with_values = pd.DataFrame({"doc_id": ["a"], "via": ["RBC-Ukraine"], "n": [1]})
    all_missing = pd.DataFrame({"doc_id": ["b"], "via": [None], "n": [2]})
    no_rows = pd.DataFrame({"doc_id": pd.Series([], dtype=object), "via": [], "n": []})
    parts = [
        dict.fromkeys(engine.ARTICLE_TABLES, frame) for frame in (all_missing, no_rows, with_values)
    ]
    got = combine_tables(parts)["claims"]
    whole = pd.DataFrame({"doc_id": ["b", "a"], "via": [None, "RBC-Ukraine"], "n": [2, 1]})
    assert all_missing["via"].dtype == object
    pd.testing.assert_frame_equal(got, whole)


def _doc_ids(part):
    return list(part["doc_id"])


def _twenty(corpus):
    """The corpus four times over, under new ids: 20 articles."""
    return pd.concat(
        [corpus.articles.assign(doc_id=corpus.articles["doc_id"] + f"-{n}") for n in range(4)],
        ignore_index=True,
    )


@pytest.mark.parametrize("chunk", [1, 10**9], ids=["one-article-parts", "one-part"])
def test_pandas_map_gives_parts_in_article_order(corpus, monkeypatch, chunk):
    articles = _twenty(corpus)
    monkeypatch.setattr(engine, "_CHUNK_CHARS", chunk)
    parts = list(engine.map_articles(_doc_ids, articles))
    assert len(parts) == (20 if chunk == 1 else 1)
    assert sum(parts, []) == list(articles["doc_id"])


def test_dask_map_splits_large_text_into_more_partitions(corpus, cluster, monkeypatch):
    articles = _twenty(corpus)
    # 12 parts of text: more than four per worker thread (8 on the two-worker cluster)
    monkeypatch.setattr(engine, "_CHUNK_CHARS", -(-int(articles["n_chars"].sum()) // 12))
    parts = list(engine.map_articles(_doc_ids, articles, "dask", cluster.scheduler_address))
    assert len(parts) == 12
    assert sum(parts, []) == list(articles["doc_id"])
    monkeypatch.setattr(engine, "_CHUNK_CHARS", 10**9)
    parts = list(engine.map_articles(_doc_ids, articles, "dask", cluster.scheduler_address))
    assert len(parts) == 8
    assert sum(parts, []) == list(articles["doc_id"])


@pytest.fixture(scope="module")
def whole_export(corpus, expected, tmp_path_factory):
    """The export written from every table at once."""
    path = tmp_path_factory.mktemp("whole") / "export.json"
    write_export(expected, path)
    return path.read_bytes()


@pytest.mark.parametrize("chunk", [1, 10**9], ids=["one-article-parts", "one-part"])
def test_streamed_export_equals_the_export_of_every_table(
    corpus, expected, whole_export, tmp_path, monkeypatch, chunk
):
    monkeypatch.setattr(engine, "_CHUNK_CHARS", chunk)
    counts = export_articles(corpus.articles, corpus.problems, tmp_path / "out.json")
    assert (tmp_path / "out.json").read_bytes() == whole_export
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temporary file left
    assert counts == {key: len(rows) for key, rows in to_export(expected).items()}


def test_an_export_that_releases_the_text_writes_the_same_file(corpus, whole_export, tmp_path):
    # `analysis export` lets the text go before the chronology, which reads ids and dates only
    articles = corpus.articles.copy()
    export_articles(articles, corpus.problems, tmp_path / "out.json", release_text=True)
    assert (tmp_path / "out.json").read_bytes() == whole_export
    assert list(articles.columns) == [c for c in corpus.articles.columns if c != "text"]
    assert "text" in corpus.articles.columns  # without it, the caller's frame is left alone


def test_streamed_export_on_dask_equals_the_pandas_one(corpus, whole_export, cluster, tmp_path):
    export_articles(
        corpus.articles, corpus.problems, tmp_path / "out.json", engine="dask",
        scheduler=cluster.scheduler_address,
    )
    assert (tmp_path / "out.json").read_bytes() == whole_export


def test_streamed_export_of_no_articles(corpus, tmp_path):
    empty = corpus.articles.iloc[:0]
    export_articles(empty, corpus.problems, tmp_path / "out.json")
    write_export(analyse_articles(empty, corpus.problems), tmp_path / "whole.json")
    assert (tmp_path / "out.json").read_bytes() == (tmp_path / "whole.json").read_bytes()
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["events"] == []
