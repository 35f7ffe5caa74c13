"""Load a folder of seed articles into a DataFrame, accounting for every file."""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from .errors import SeedError

__all__ = [
    "ARTICLE_COLUMNS",
    "PROBLEM_COLUMNS",
    "Corpus",
    "iter_seed_paths",
    "load_seeds",
    "parse_seed",
]

log = logging.getLogger(__name__)

ARTICLE_COLUMNS = ("doc_id", "path", "published", "title", "text", "n_chars")
PROBLEM_COLUMNS = ("path", "line", "severity", "message")

SEED_SUFFIX = ".txt"
HEADER_FORM = "'date YYYY-MM-DD Title' (for example 'date 2026-02-04 Talks resume in Geneva')"
_HEADER = re.compile(r"date[ \t]+(?P<date>\S+)(?:[ \t]+(?P<title>.*))?", re.IGNORECASE)
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_NEWLINES = re.compile(r"\r\n?")
# Control bytes that never occur in text (tab, newlines, form feed and escape are allowed).
_BINARY = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


class Corpus(NamedTuple):
    """What :func:`load_seeds` returns: the loaded articles and the problems met on the way."""

    articles: pd.DataFrame
    problems: pd.DataFrame


def parse_seed(data: bytes, path: str | os.PathLike = "<bytes>") -> tuple[dict, list[SeedError]]:
    """Parse the bytes of one seed file.

    Parameters
    ----------
    data : bytes
        The whole file.
    path : str or PathLike
        Used for ``doc_id`` (the stem) and in messages.

    Returns
    -------
    article : dict
        ``doc_id``, ``path``, ``published`` (datetime.date), ``title``, ``text`` (the body with
        line ends normalised to ``\\n``; offsets of later stages point into it) and ``n_chars``.
    warnings : list of SeedError
        Problems that do not stop the file from loading (an empty body).

    Raises
    ------
    SeedError
        For anything that stops the file from loading: the message names the line, what was
        found and what is allowed.
    """
    path = str(path)
    if not data.strip():
        raise SeedError(path, None, f"file is empty; a seed starts with a header {HEADER_FORM}")
    control = _BINARY.search(data)
    if control:
        offset = control.start()
        line = data.count(b"\n", 0, offset) + 1
        raise SeedError(
            path,
            line,
            f"binary content (control byte 0x{data[offset]:02x} at byte offset {offset}); "
            "seeds must be plain UTF-8 text files",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise SeedError(
            path,
            line,
            f"not valid UTF-8 (byte 0x{data[err.start]:02x} at byte offset {err.start}); save the file as UTF-8",
        ) from None
    text = _NEWLINES.sub("\n", text.removeprefix("\ufeff"))
    lines = text.split("\n")
    header_no = next(i for i, line in enumerate(lines) if line.strip())
    published, title = _parse_header(lines[header_no].strip(), path, header_no + 1)
    body = "\n".join(line.rstrip() for line in lines[header_no + 1 :]).strip("\n")
    warnings = []
    if not body.strip():
        warnings.append(SeedError(path, header_no + 1, "header but no body text; loaded empty"))
        body = ""
    article = {
        "doc_id": Path(path).stem,
        "path": path,
        "published": published,
        "title": title,
        "text": body,
        "n_chars": len(body),
    }
    return article, warnings


def _parse_header(line: str, path: str, line_no: int) -> tuple[dt.date, str]:
    match = _HEADER.fullmatch(line)
    if not match:
        raise SeedError(path, line_no, f"expected a header {HEADER_FORM}, found {line[:60]!r}")
    raw = match["date"]
    if not _ISO.fullmatch(raw):
        raise SeedError(path, line_no, f"date {raw[:30]!r} is not in the form YYYY-MM-DD (e.g. 2026-02-04)")
    try:
        published = dt.date.fromisoformat(raw)
    except ValueError as err:
        raise SeedError(path, line_no, f"date {raw!r} does not exist ({err})") from None
    title = (match["title"] or "").strip()
    if not title:
        raise SeedError(path, line_no, f"header has no title after the date; expected {HEADER_FORM}")
    return published, title


def iter_seed_paths(*paths: str | os.PathLike) -> list[tuple[Path, SeedError | None]]:
    """List the files under ``paths`` in a stable order, each with the reason it is skipped.

    A folder is walked recursively; files that are not ``.txt`` come with a warning, paths that
    do not exist or are not regular files with an error.
    """
    found: list[tuple[Path, SeedError | None]] = []
    for root in map(Path, paths):
        if root.is_dir():
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames.sort()
                for name in sorted(filenames):
                    found.append(_classify(Path(dirpath) / name))
        else:
            found.append(_classify(root))
    return found


def _classify(path: Path) -> tuple[Path, SeedError | None]:
    if not path.exists():
        return path, SeedError(path, None, "no such file or folder (or a broken link)")
    if not path.is_file():
        return path, SeedError(path, None, "not a regular file; give a folder or .txt files")
    if path.suffix.lower() != SEED_SUFFIX:
        return path, SeedError(path, None, f"skipped: only {SEED_SUFFIX} files are seeds")
    return path, None


def load_seeds(*paths: str | os.PathLike) -> Corpus:
    """Load every seed under ``paths`` (folders or files).

    One bad file never stops the others: each file is either a row of ``articles`` or a row
    of ``problems`` (files that load with a warning are in both).

    Returns
    -------
    Corpus
        ``articles`` with columns ``ARTICLE_COLUMNS`` (``published`` as ``datetime64``), sorted
        by ``published`` then ``doc_id``; ``problems`` with columns ``PROBLEM_COLUMNS``,
        ``severity`` being ``error`` (not loaded) or ``warning`` (loaded, or skipped on purpose).
    """
    if not paths:
        raise TypeError("load_seeds() needs at least one folder or file")
    rows, problems, seen = [], [], {}
    for path, skip in iter_seed_paths(*paths):
        if skip is not None:
            severity = "warning" if skip.message.startswith("skipped") else "error"
            problems.append(_problem(skip, severity))
            continue
        try:
            article, warnings = parse_seed(path.read_bytes(), path)
        except OSError as err:
            problems.append(_problem(SeedError(path, None, f"cannot read: {err.strerror}"), "error"))
            continue
        except SeedError as err:
            problems.append(_problem(err, "error"))
            continue
        if article["doc_id"] in seen:
            err = SeedError(
                path,
                None,
                f"duplicate doc_id {article['doc_id']!r}: already loaded from "
                f"{seen[article['doc_id']]}; rename one of the files",
            )
            problems.append(_problem(err, "error"))
            continue
        seen[article["doc_id"]] = path
        problems.extend(_problem(w, "warning") for w in warnings)
        rows.append(article)
    for problem in problems:
        log.warning("%s:%s: %s", problem["path"], problem["line"], problem["message"])
    articles = pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))
    articles["published"] = pd.to_datetime(articles["published"]).astype("datetime64[s]")
    articles["n_chars"] = articles["n_chars"].astype("int64")
    articles = articles.sort_values(["published", "doc_id"], ignore_index=True)
    problems_df = pd.DataFrame(problems, columns=list(PROBLEM_COLUMNS))
    problems_df["line"] = problems_df["line"].astype("Int64")
    return Corpus(articles, problems_df)


def _problem(err: SeedError, severity: str) -> dict:
    return {"path": err.path, "line": err.line, "severity": severity, "message": err.message}
