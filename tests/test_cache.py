"""The Parquet cache of seed folders: reused, re-parsed file by file, rebuilt when bad."""

from __future__ import annotations

import os
import shutil
import time

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from analysis import cache, seeds
from analysis.cache import cache_dir, cache_path, load_cached
from analysis.seeds import load_seeds

from .conftest import SEED

GENEVA = "date 2026-02-04 Talks resume in Geneva\n\nDelegations met in Geneva on Monday.\n"
DOHA = "date 2026-03-01 Envoys meet in Doha\n\nQatar hosted envoys from Sudan and Chad.\n"
CAIRO = "date 2026-01-10 Cairo round ends\n\nThe third round ended without a deal.\n"
LONG_AGO = time.time() - 3600


@pytest.fixture
def folder(write_seed, tmp_path):
    """A seed folder with good, warned, bad, skipped and duplicate files, all an hour old."""
    write_seed("a_geneva.txt", GENEVA)
    write_seed("b_doha.txt", DOHA)
    write_seed("sub/c_cairo.txt", CAIRO)
    write_seed("sub/a_geneva.txt", GENEVA.replace("Monday", "Tuesday"))  # duplicate doc_id
    write_seed("d_empty_body.txt", "date 2026-02-05 Header only\n")
    write_seed("e_bad_header.txt", "Talks resume\n\nNo header here.\n")
    write_seed("f_binary.txt", b"date 2026-02-05 X\n\x00\x01")
    write_seed("notes.md", "not a seed")
    seeds = tmp_path / "seeds"
    _age(seeds)
    return seeds


@pytest.fixture
def store(tmp_path):
    return tmp_path / "cache"


@pytest.fixture
def parses(monkeypatch):
    """Count the calls of parse_seed made through the cache (a list of the paths parsed)."""
    calls = []
    real_parse, real_parse_files = seeds.parse_seed, cache._parse_files

    def counting(data, path="<bytes>"):
        calls.append(os.path.basename(path))
        return real_parse(data, path)

    def parse_files(*args, **kwargs):
        with monkeypatch.context() as patch:
            patch.setattr(seeds, "parse_seed", counting)
            return real_parse_files(*args, **kwargs)

    monkeypatch.setattr(cache, "_parse_files", parse_files)
    return calls


def _age(folder, when=LONG_AGO):
    for path in [*folder.rglob("*"), folder]:
        os.utime(path, (when, when))


def _same(corpus, expected):
    pd.testing.assert_frame_equal(corpus.articles, expected.articles)
    pd.testing.assert_frame_equal(corpus.problems, expected.problems)


PARSED_FILES = sorted(
    ["a_geneva.txt", "b_doha.txt", "d_empty_body.txt", "e_bad_header.txt", "f_binary.txt",
     "a_geneva.txt", "c_cairo.txt"]
)


def test_first_load_and_reload_equal_load_seeds(folder, store, parses):
    expected = load_seeds(folder)
    _same(load_cached(folder, cache_dir=store), expected)
    assert sorted(parses) == PARSED_FILES
    assert cache_path(folder, store).is_file()
    parses.clear()
    _same(load_cached(folder, cache_dir=store), expected)
    assert parses == []
    assert list(expected.articles["doc_id"]) == ["c_cairo", "a_geneva", "d_empty_body", "b_doha"]
    assert list(expected.problems["severity"]) == ["warning", "error", "error", "warning", "error"]


def test_unchanged_reload_opens_no_seed_file(folder, store, monkeypatch):
    load_cached(folder, cache_dir=store)
    opened = []
    real = type(folder).read_bytes

    def spy(self):
        opened.append(self.name)
        return real(self)

    monkeypatch.setattr(type(folder), "read_bytes", spy)
    corpus = load_cached(folder, cache_dir=store)
    assert opened == []
    assert len(corpus.articles) == 4


def test_changed_file_is_the_only_one_parsed(folder, store, parses):
    load_cached(folder, cache_dir=store)
    parses.clear()
    (folder / "b_doha.txt").write_text(DOHA.replace("Chad", "South Sudan"), encoding="utf-8")
    corpus = load_cached(folder, cache_dir=store)
    assert parses == ["b_doha.txt"]
    text = corpus.articles.set_index("doc_id").at["b_doha", "text"]
    assert text == "Qatar hosted envoys from Sudan and South Sudan."
    _same(corpus, load_seeds(folder))


def test_same_size_new_mtime_is_parsed_again(folder, store, parses):
    load_cached(folder, cache_dir=store)
    parses.clear()
    path = folder / "sub" / "c_cairo.txt"
    path.write_text(CAIRO.replace("third", "fifth"), encoding="utf-8")  # same length
    os.utime(path, (LONG_AGO + 60, LONG_AGO + 60))
    corpus = load_cached(folder, cache_dir=store)
    assert parses == ["c_cairo.txt"]
    assert corpus.articles.set_index("doc_id").at["c_cairo", "text"].startswith("The fifth round")


def test_new_file_is_the_only_one_parsed(folder, store, parses, write_seed):
    load_cached(folder, cache_dir=store)
    parses.clear()
    write_seed("g_oslo.txt", "date 2026-04-01 Oslo channel\n\nTalks opened in Oslo.\n")
    corpus = load_cached(folder, cache_dir=store)
    assert parses == ["g_oslo.txt"]
    assert "g_oslo" in set(corpus.articles["doc_id"])
    _same(corpus, load_seeds(folder))


def test_deleted_file_leaves_articles_and_cache(folder, store, parses):
    load_cached(folder, cache_dir=store)
    parses.clear()
    (folder / "b_doha.txt").unlink()
    corpus = load_cached(folder, cache_dir=store)
    assert parses == []
    assert "b_doha" not in set(corpus.articles["doc_id"])
    files = pq.read_table(cache_path(folder, store)).column("file").to_pylist()
    assert "b_doha.txt" not in files
    assert sorted(files) == [
        "a_geneva.txt", "d_empty_body.txt", "e_bad_header.txt", "f_binary.txt",
        "sub/a_geneva.txt", "sub/c_cairo.txt",
    ]
    _same(corpus, load_seeds(folder))


def test_deleting_the_cache_is_safe(folder, store, parses):
    load_cached(folder, cache_dir=store)
    shutil.rmtree(store)
    parses.clear()
    _same(load_cached(folder, cache_dir=store), load_seeds(folder))
    assert sorted(parses) == PARSED_FILES


def _garbage(path):
    path.write_bytes(b"PAR1 this is not parquet")


def _truncated(path):
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _other_version(path):
    table = pq.read_table(path)
    stamp = {b"talks-workbook.cache": b'{"version": "0"}'}
    pq.write_table(table.replace_schema_metadata(stamp), path)


def _missing_column(path):
    table = pq.read_table(path)
    smaller = table.drop_columns(["warnings"]).replace_schema_metadata(table.schema.metadata)
    pq.write_table(smaller, path)


def _other_type(path):
    table = pq.read_table(path)
    index = table.schema.get_field_index("n_chars")
    texts = pa.array([str(v) for v in table["n_chars"].to_pylist()])
    table = table.set_column(index, "n_chars", texts)
    pq.write_table(table.replace_schema_metadata(table.schema.metadata), path)


def _tampered_text(path):
    frame = pq.read_table(path)
    texts = [None if t is None else t + " extra" for t in frame["text"].to_pylist()]
    index = frame.schema.get_field_index("text")
    frame = frame.set_column(index, frame.schema.field("text"), pa.array(texts, pa.large_string()))
    pq.write_table(frame, path)


@pytest.mark.parametrize(
    "damage",
    [_garbage, _truncated, _other_version, _missing_column, _other_type, _tampered_text],
    ids=["garbage", "truncated", "other-version", "missing-column", "other-type", "tampered-text"],
)
def test_bad_cache_is_rebuilt(folder, store, parses, damage, caplog):
    load_cached(folder, cache_dir=store)
    target = cache_path(folder, store)
    damage(target)
    parses.clear()
    _same(load_cached(folder, cache_dir=store), load_seeds(folder))
    assert sorted(parses) == PARSED_FILES
    parses.clear()
    load_cached(folder, cache_dir=store)  # the rebuilt cache is trusted again
    assert parses == []


def test_duplicate_cache_row_is_dropped_without_parsing_again(folder, store, parses):
    load_cached(folder, cache_dir=store)
    target = cache_path(folder, store)
    table = pq.read_table(target)
    doubled = pa.concat_tables([table, table.slice(0, 1)])
    pq.write_table(doubled.replace_schema_metadata(table.schema.metadata), target)
    parses.clear()
    _same(load_cached(folder, cache_dir=store), load_seeds(folder))
    assert parses == []
    files = pq.read_table(target)["file"].to_pylist()
    assert sorted(files) == sorted(table["file"].to_pylist())


def test_cache_written_by_another_seed_parser_is_rebuilt(folder, store, parses, monkeypatch):
    load_cached(folder, cache_dir=store)
    monkeypatch.setattr(cache, "_fingerprint", lambda: "1:another-parser")
    parses.clear()
    load_cached(folder, cache_dir=store)
    assert sorted(parses) == PARSED_FILES


def test_file_modified_just_now_is_not_cached(folder, store, parses):
    os.utime(folder / "b_doha.txt", None)  # now: its mtime may not change on the next edit
    load_cached(folder, cache_dir=store)
    parses.clear()
    load_cached(folder, cache_dir=store)
    assert parses == ["b_doha.txt"]


def test_cache_dir_inside_the_seed_folder_is_not_used(folder, parses):
    inside = folder / ".cache"
    _same(load_cached(folder, cache_dir=inside), load_seeds(folder))
    assert not inside.exists()


def test_files_given_one_by_one_are_parsed_without_cache(folder, store, parses):
    paths = [folder / "a_geneva.txt", folder / "b_doha.txt"]
    _same(load_cached(*paths, cache_dir=store), load_seeds(*paths))
    assert not store.exists()


def test_two_folders_keep_the_order_of_load_seeds(folder, store, write_seed, tmp_path):
    other = tmp_path / "more"
    other.mkdir()
    (other / "a_geneva.txt").write_text(GENEVA, encoding="utf-8")  # duplicate of the first
    (other / "h_vienna.txt").write_text(CAIRO.replace("Cairo", "Vienna"), encoding="utf-8")
    _age(other)
    for _ in range(2):
        _same(load_cached(folder, other, cache_dir=store), load_seeds(folder, other))
    assert len(list(store.glob("*.parquet"))) == 2


def test_project_seed_through_the_cache(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds)
    _age(seeds)
    expected = load_seeds(seeds)
    for _ in range(2):
        _same(load_cached(seeds, cache_dir=tmp_path / "cache"), expected)
    assert expected.articles.at[0, "doc_id"] == "000_3b9b93f1f23eb8a6"


@pytest.mark.parametrize(
    "env, expected",
    [
        ({}, "{home}/.cache/talks-workbook"),
        ({"XDG_CACHE_HOME": "{tmp}/xdg"}, "{tmp}/xdg/talks-workbook"),
        ({"XDG_CACHE_HOME": "{tmp}/xdg", "TALKS_CACHE_DIR": "{tmp}/mine"}, "{tmp}/mine"),
        ({"TALKS_CACHE_DIR": "{tmp}/mine", "TALKS_NO_CACHE": "1"}, None),
    ],
    ids=["home", "xdg", "relocated", "switched-off"],
)
def test_cache_dir_from_environment(env, expected, monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for name in ("XDG_CACHE_HOME", "TALKS_CACHE_DIR", "TALKS_NO_CACHE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value.format(tmp=tmp_path))
    got = cache_dir()
    if expected is None:
        assert got is None
    else:
        assert got == type(tmp_path)(expected.format(tmp=tmp_path, home=tmp_path / "home"))


def test_switched_off_cache_writes_nothing(folder, tmp_path, monkeypatch, parses):
    monkeypatch.setenv("TALKS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("TALKS_NO_CACHE", "1")
    _same(load_cached(folder), load_seeds(folder))
    assert not (tmp_path / "cache").exists()


def test_cache_file_is_named_by_the_folder_hash(folder, store, tmp_path):
    assert cache_path(folder, store) == cache_path(tmp_path / "seeds" / ".." / "seeds", store)
    assert cache_path(folder, store).parent == store
    assert cache_path(folder, store).suffix == ".parquet"
    assert cache_path(folder, store) != cache_path(tmp_path, store)


def test_no_paths_is_a_type_error():
    with pytest.raises(TypeError, match="at least one folder or file"):
        load_cached()


def test_progress_bar_only_when_asked(folder, store, capsys):
    load_cached(folder, cache_dir=store)
    assert capsys.readouterr().err == ""
    shutil.rmtree(store)
    load_cached(folder, cache_dir=store, progress=True)
    err = capsys.readouterr().err
    assert "parsing" in err and "100%" in err


def test_unchanged_folders_are_not_listed_again(folder, store, monkeypatch):
    load_cached(folder, cache_dir=store)
    listed = []
    real = cache._walk
    monkeypatch.setattr(cache, "_walk", lambda *p: listed.append(p) or real(*p))
    _same(load_cached(folder, cache_dir=store), load_seeds(folder))
    assert listed == []
    (folder / "sub" / "i_minsk.txt").write_text(CAIRO.replace("Cairo", "Minsk"), encoding="utf-8")
    _same(load_cached(folder, cache_dir=store), load_seeds(folder))
    assert listed == [(folder,)]


def test_file_gone_behind_an_unchanged_folder_mtime_is_noticed(folder, store, parses):
    load_cached(folder, cache_dir=store)
    (folder / "b_doha.txt").unlink()
    os.utime(folder, (LONG_AGO, LONG_AGO))  # as if the folder had not changed
    corpus = load_cached(folder, cache_dir=store)
    _same(corpus, load_seeds(folder))
    assert "b_doha" not in set(corpus.articles["doc_id"])


def test_reload_of_an_unchanged_folder_does_not_rewrite_the_cache(folder, store):
    load_cached(folder, cache_dir=store)  # the folder holds a skipped file, notes.md
    before = cache_path(folder, store).stat()
    load_cached(folder, cache_dir=store)
    after = cache_path(folder, store).stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_cache_stores_the_articles_first_in_their_order(folder, store):
    articles = load_cached(folder, cache_dir=store).articles
    table = pq.read_table(cache_path(folder, store))
    assert table.column("doc_id").to_pylist()[: len(articles)] == list(articles["doc_id"])
    assert table.column("file").to_pylist() == [
        "sub/c_cairo.txt", "a_geneva.txt", "d_empty_body.txt", "b_doha.txt",
        "e_bad_header.txt", "f_binary.txt", "sub/a_geneva.txt",
    ]


def test_folder_given_as_dot_spells_paths_like_load_seeds(folder, store, monkeypatch):
    monkeypatch.chdir(folder)
    expected = load_seeds(".")
    for _ in range(2):
        _same(load_cached(".", cache_dir=store), expected)
    assert expected.articles.at[0, "path"] == "sub/c_cairo.txt"


@pytest.mark.parametrize("batch", [1, 2, 1024], ids=["batch-1", "batch-2", "batch-1024"])
def test_changed_new_and_deleted_files_at_once(folder, store, parses, write_seed, monkeypatch,
                                               batch):
    monkeypatch.setattr(seeds, "_BATCH", batch)  # rows spread over many Arrow chunks
    monkeypatch.setattr(seeds, "_CHUNK", batch)
    load_cached(folder, cache_dir=store)
    parses.clear()
    (folder / "b_doha.txt").write_text(DOHA.replace("2026-03-01", "2025-12-31"), encoding="utf-8")
    (folder / "sub" / "c_cairo.txt").unlink()
    write_seed("sub/g_oslo.txt", "date 2026-02-04 Oslo channel\n\nTalks opened in Oslo.\n")
    for path in ("b_doha.txt", "sub/g_oslo.txt", "sub", "."):  # settled, so they get cached
        os.utime(folder / path, (LONG_AGO + 60, LONG_AGO + 60))
    expected = load_seeds(folder)
    _same(load_cached(folder, cache_dir=store), expected)
    assert sorted(parses) == ["b_doha.txt", "g_oslo.txt"]
    assert list(expected.articles["doc_id"]) == ["b_doha", "a_geneva", "g_oslo", "d_empty_body"]
    parses.clear()
    _same(load_cached(folder, cache_dir=store), expected)
    assert parses == []
