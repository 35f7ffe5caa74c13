"""Loading seed files: what real files do is tolerated, every bad file is reported, none is lost."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
