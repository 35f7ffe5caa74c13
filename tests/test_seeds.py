"""Loading seed files: what real files do is tolerated, every bad file is reported, none is lost."""

from __future__ import annotations

import datetime as dt
import functools
import mmap
import os
import time
import weakref

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import cache, seeds
from analysis.cache import load_cached
from analysis.errors import SeedError
from analysis.seeds import ARTICLE_COLUMNS, PROBLEM_COLUMNS, load_seeds, parse_seed

from .conftest import SEED

GOOD_BODY = "Delegations met in Geneva.\n\nThe talks will resume next week."


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(f"date 2026-03-01 Talks resume\n\n{GOOD_BODY}\n", id="plain"),
        pytest.param(f" date 2026-03-01 Talks resume\n\n{GOOD_BODY}", id="leading-space-no-final-newline"),
        pytest.param(f"\ufeffdate 2026-03-01 Talks resume\n\n{GOOD_BODY}\n", id="bom"),
        pytest.param(f"date 2026-03-01 Talks resume\r\n\r\n{GOOD_BODY}\r\n".replace("\n\n", "\r\n\r\n"), id="crlf"),
        pytest.param(f"date 2026-03-01 Talks resume\r\r{GOOD_BODY}".replace("\n", "\r"), id="cr"),
        pytest.param(
            f"\n\n  date 2026-03-01   Talks resume   \n\n\n\n{GOOD_BODY}   \n\n\n", id="blank-lines-and-trailing-spaces"
        ),
        pytest.param(f"DATE 2026-03-01 Talks resume\n{GOOD_BODY}", id="upper-case-keyword"),
    ],
)
def test_real_file_quirks_load(data):
    article, warnings = parse_seed(data.encode("utf-8"), "x/2026-talks.txt")
    assert warnings == []
    assert article["doc_id"] == "2026-talks"
    assert article["published"] == dt.date(2026, 3, 1)
    assert article["title"] == "Talks resume"
    assert article["text"] == GOOD_BODY
    assert article["n_chars"] == len(GOOD_BODY)


@pytest.mark.parametrize(
    "data, line, message",
    [
        pytest.param(b"", None, "file is empty; a seed starts with a header 'date YYYY-MM-DD Title'", id="empty"),
        pytest.param(b"  \n\n \r\n", None, "file is empty", id="only-whitespace"),
        pytest.param(
            b"Talks resume\nbody", 1, "expected a header 'date YYYY-MM-DD Title'.*found 'Talks resume'", id="no-header"
        ),
        pytest.param(b"\n\ndated 2026-03-01 x\nbody", 3, "expected a header", id="malformed-keyword-line-3"),
        pytest.param(
            b"date 2026-02-30 Talks\nbody",
            1,
            r"date '2026-02-30' does not exist \(day is out of range",
            id="impossible-date",
        ),
        pytest.param(b"date 2026-13-01 Talks\nbody", 1, "date '2026-13-01' does not exist", id="month-13"),
        pytest.param(
            b"date 04/02/2026 Talks\nbody",
            1,
            r"date '04/02/2026' is not in the form YYYY-MM-DD \(e.g. 2026-02-04\)",
            id="slashed-date",
        ),
        pytest.param(
            b"date 4 February 2026 Talks\nbody", 1, "date '4' is not in the form YYYY-MM-DD", id="spelled-date"
        ),
        pytest.param(b"date 2026-03-01\nbody", 1, "header has no title after the date", id="no-title"),
        pytest.param(b"date 2026-03-01   \nbody", 1, "header has no title after the date", id="blank-title"),
        pytest.param(
            b"date 2026-03-01 T\nline two\ncaf\xe9",
            3,
            r"not valid UTF-8 \(byte 0xe9 at byte offset 30\); save the file as UTF-8",
            id="latin-1",
        ),
        pytest.param(
            b"date 2026-03-01 T\nab\x00cd", 2, r"binary content \(control byte 0x00 at byte offset 20\)", id="nul-byte"
        ),
        pytest.param(
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            2,
            r"binary content \(control byte 0x1a at byte offset 6\)",
            id="png",
        ),
    ],
)
def test_bad_file_is_rejected_with_where_and_what(data, line, message):
    with pytest.raises(SeedError, match=message) as caught:
        parse_seed(data, "seeds/bad.txt")
    assert caught.value.line == line
    assert caught.value.path == "seeds/bad.txt"
    assert isinstance(caught.value, ValueError)
    assert str(caught.value).startswith("seeds/bad.txt" + (f":{line}" if line else "") + ": ")


def test_header_without_body_loads_with_a_warning():
    article, warnings = parse_seed(b"date 2026-03-01 Only a title\n\n", "a.txt")
    assert article["text"] == "" and article["title"] == "Only a title"
    assert [(w.line, w.message) for w in warnings] == [(1, "header but no body text; loaded empty")]


def test_one_bad_file_never_stops_the_others_and_every_path_is_accounted_for(write_seed, tmp_path):
    good = write_seed("b-good.txt", f"date 2026-03-02 Second\n{GOOD_BODY}")
    write_seed("a-good.txt", f"date 2026-03-01 First\n{GOOD_BODY}")
    write_seed("bad-date.txt", "date 2026/03/01 Wrong\nbody")
    write_seed("latin1.txt", b"date 2026-03-01 x\n\xe9t\xe9")
    write_seed("empty-body.txt", "date 2026-03-03 Header only")
    write_seed("notes.md", "# not a seed")
    write_seed("nested/c-good.txt", f"date 2026-02-28 Nested\n{GOOD_BODY}")
    os.symlink(tmp_path / "missing.txt", tmp_path / "seeds" / "dangling.txt")

    articles, problems = load_seeds(tmp_path / "seeds")

    assert tuple(articles.columns) == ARTICLE_COLUMNS and tuple(problems.columns) == PROBLEM_COLUMNS
    assert list(articles["doc_id"]) == ["c-good", "a-good", "b-good", "empty-body"]  # by date
    assert str(articles["published"].dtype) == "datetime64[s]"
    assert articles.loc[articles["doc_id"] == "b-good", "path"].item() == str(good)
    by_file = {
        os.path.basename(p): (sev, msg)
        for p, sev, msg in zip(problems["path"], problems["severity"], problems["message"], strict=True)
    }
    assert by_file == {
        "bad-date.txt": ("error", "date '2026/03/01' is not in the form YYYY-MM-DD (e.g. 2026-02-04)"),
        "latin1.txt": ("error", "not valid UTF-8 (byte 0xe9 at byte offset 18); save the file as UTF-8"),
        "empty-body.txt": ("warning", "header but no body text; loaded empty"),
        "notes.md": ("warning", "skipped: only .txt files are seeds"),
        "dangling.txt": ("error", "no such file or folder (or a broken link)"),
    }
    loaded = set(articles["path"])
    every_file = {str(p) for p in (tmp_path / "seeds").rglob("*") if p.is_file() or p.is_symlink()}
    assert every_file == loaded | set(problems["path"])


def test_problems_are_logged_with_their_line_or_none(write_seed, tmp_path, caplog):
    write_seed("bad-date.txt", "date 2026/03/01 Wrong\nbody")
    write_seed("notes.md", "# not a seed")
    folder = tmp_path / "seeds"

    with caplog.at_level("WARNING", logger="analysis.seeds"):
        load_seeds(folder)

    assert sorted(caplog.messages) == [
        f"{folder / 'bad-date.txt'}:1: date '2026/03/01' is not in the form YYYY-MM-DD (e.g. 2026-02-04)",
        f"{folder / 'notes.md'}: skipped: only .txt files are seeds",  # a whole file: no line
    ]


def test_paths_that_are_not_files(tmp_path):
    (tmp_path / "dir.txt").mkdir()
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    _, problems = load_seeds(tmp_path / "absent", fifo)
    assert list(problems["message"]) == [
        "no such file or folder (or a broken link)",
        "not a regular file; give a folder or .txt files",
    ]


def test_duplicate_doc_id_in_two_folders_is_reported(tmp_path):
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text(f"date 2026-03-01 T\n{GOOD_BODY}")
    articles, problems = load_seeds(tmp_path / "one", tmp_path / "two")
    assert len(articles) == 1
    assert problems["message"].item().startswith("duplicate doc_id 'same': already loaded from")


def test_the_project_seed_loads_unchanged():
    data = SEED.read_bytes()
    assert data.startswith(b" date 2026-02-04 ") and not data.endswith(b"\n")  # kept as the real file is
    articles, problems = load_seeds(SEED)
    assert problems.empty
    row = articles.iloc[0]
    assert row["published"] == dt.datetime(2026, 2, 4)
    assert row["title"] == "First Round of Russia-Ukraine Negotiations Shows Military Gains"
    assert row["text"].startswith("Russia and Ukraine made progress on military issues")
    assert row["text"].endswith("General Staff, Igor Kostyukov.")


def test_very_large_file_and_very_long_line(tmp_path):
    paragraph = "The delegations met again and discussed the exchange of prisoners. " * 40
    big = "date 2026-03-01 Big\n" + "\n\n".join(paragraph.strip() for _ in range(8000))  # ~22 MB
    long_line = "date 2026-03-01 Long\n" + "word " * 2_000_000  # one 10 MB line
    (tmp_path / "big.txt").write_text(big)
    (tmp_path / "long.txt").write_text(long_line)
    articles, problems = load_seeds(tmp_path)
    assert problems.empty
    assert dict(zip(articles["doc_id"], articles["n_chars"], strict=True)) == {
        "big": len(big) - len("date 2026-03-01 Big\n"),
        "long": 10_000_000 - 1,
    }


# Listed in an order unlike their dates, with a duplicate doc_id, bad, warned and skipped files.
BATCHED = {
    "a_late.txt": "date 2026-03-09 Late\n\nBody of a_late.",
    "b_early.txt": "date 2026-01-02 Early\n\nCafé talks — 会谈 😀, body of b_early.",
    "c_same.txt": "date 2026-02-01 Same day C\n\nBody of c_same.",
    "d_dup.txt": "date 2026-02-05 First copy\n\nBody of d_dup.",
    "e_bad.txt": "Talks resume\n\nNo header.",
    "f_empty_body.txt": "date 2026-02-07 Header only\n",
    "g_same.txt": "date 2026-02-01 Same day G\n\nBody of g_same.",
    "h_binary.txt": "date 2026-02-01 Binary\n\x00",
    "notes.md": "not a seed",
    "sub/a_first.txt": "date 2025-01-01 First\n\nBody of a_first.",
    "sub/d_dup.txt": "date 2025-12-31 Second copy\n\nBody of the second d_dup.",
    "sub/z_crlf.txt": "date 2026-03-09 CRLF\r\n\r\nLine one.\r\nLine two.\r\n",
}


@pytest.mark.parametrize("batch, chunk", [(1, 1), (2, 1), (3, 2), (5, 64), (1024, 64)],
                         ids=["batch-1", "batch-2-chunk-1", "batch-3-chunk-2", "batch-5", "one-batch"])
def test_batch_and_chunk_sizes_do_not_change_the_corpus(write_seed, tmp_path, monkeypatch, batch, chunk):
    for name, data in BATCHED.items():
        write_seed(name, data)
    monkeypatch.setattr(seeds, "_BATCH", batch)
    monkeypatch.setattr(seeds, "_CHUNK", chunk)
    articles, problems = load_seeds(tmp_path / "seeds")
    assert list(zip(articles["doc_id"], articles["text"], strict=True)) == [
        ("a_first", "Body of a_first."),
        ("b_early", "Café talks — 会谈 😀, body of b_early."),
        ("c_same", "Body of c_same."),
        ("g_same", "Body of g_same."),
        ("d_dup", "Body of d_dup."),
        ("f_empty_body", ""),
        ("a_late", "Body of a_late."),
        ("z_crlf", "Line one.\nLine two."),
    ]
    assert list(articles["n_chars"]) == [len(text) for text in articles["text"]]
    assert [(os.path.relpath(path, tmp_path / "seeds"), severity) for path, severity in
            zip(problems["path"], problems["severity"], strict=True)] == [
        ("e_bad.txt", "error"),
        ("f_empty_body.txt", "warning"),
        ("h_binary.txt", "error"),
        ("notes.md", "warning"),
        ("sub/d_dup.txt", "error"),
    ]


@pytest.fixture
def mapped(monkeypatch):
    """The bytes of text held in memory maps by the loaders: now, and at most."""
    held = {"now": 0, "most": 0}

    def release(length):
        held["now"] -= length

    class Counted(mmap.mmap):
        def __new__(cls, fileno, length, *args, **kwargs):
            self = super().__new__(cls, fileno, length, *args, **kwargs)
            held["now"] += length
            held["most"] = max(held["most"], held["now"])
            weakref.finalize(self, release, length)
            return self

    monkeypatch.setattr(mmap, "mmap", Counted)
    return held


@pytest.mark.parametrize("through_cache", [False, True], ids=["load_seeds", "through-the-cache"])
def test_text_put_in_order_is_held_once_not_twice(write_seed, tmp_path, monkeypatch, mapped, through_cache):
    days = [dt.date(2026, 1, 1) + dt.timedelta(days=(37 * n) % 400) for n in range(400)]
    bodies = [f"Article {n:03d}. " + "The delegations met again. " * 36 for n in range(400)]
    for n, (day, body) in enumerate(zip(days, bodies, strict=True)):
        write_seed(f"{n:03d}.txt", f"date {day} Talks {n}\n\n{body}")
    write_seed("notes.md", "not a seed")  # not cached, and listed before a file that is
    write_seed("zz_bad.txt", "no header")
    folder, hour_ago = tmp_path / "seeds", time.time() - 3600
    for path in [*folder.iterdir(), folder]:
        os.utime(path, (hour_ago, hour_ago))  # settled, so that the cache keeps them
    monkeypatch.setattr(seeds, "_BATCH", 40)  # ten runs of files
    monkeypatch.setattr(seeds, "_CHUNK", 4)
    monkeypatch.setattr(cache, "_ROW_GROUP_BYTES", 40 * 1000)  # the cache's chunks: 40 articles
    if through_cache:
        load = functools.partial(load_cached, folder, cache_dir=tmp_path / "cache")
    else:
        load = functools.partial(load_seeds, folder)
    articles = load().articles
    text = sum(len(body.strip().encode()) for body in bodies)
    assert list(articles["published"].dt.date) == sorted(days)
    assert mapped["now"] == text  # the articles' text, and nothing else
    assert mapped["most"] < 1.3 * text  # copied into order while its source goes: not twice
    if through_cache:
        most = mapped["most"]
        pd.testing.assert_frame_equal(load().articles, articles)
        assert mapped["most"] == most  # the reload of an unchanged folder copies no text


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_raise_only_seed_errors(data):
    try:
        article, _ = parse_seed(data, "fuzz.txt")
    except SeedError as err:
        assert err.path == "fuzz.txt" and err.message
    else:
        assert isinstance(article["published"], dt.date) and article["title"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_after_a_good_header_loads_or_says_why(body):
    data = ("date 2026-03-01 Title\n" + body).encode("utf-8", "surrogatepass")
    try:
        article, _ = parse_seed(data, "fuzz.txt")
    except SeedError as err:
        assert "binary content" in err.message or "UTF-8" in err.message
    else:
        assert article["text"] == article["text"].strip("\n")
