"""Load a folder of seed articles into a DataFrame, accounting for every file."""

from __future__ import annotations

import datetime as dt
import json
import logging
import mmap
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .errors import SeedError, where

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
# One row per file as it is parsed: the article fields or the error that stopped it, the
# warnings as JSON, the path as given and why the file was not parsed (not a .txt file, ...).
# ``published`` is in milliseconds, the unit the cache's Parquet file stores.
_ROWS = pa.schema([
    ("doc_id", pa.large_string()),
    ("published", pa.timestamp("ms")),
    ("title", pa.large_string()),
    ("text", pa.large_string()),
    ("n_chars", pa.int64()),
    ("error_line", pa.int64()),
    ("error", pa.large_string()),
    ("warnings", pa.large_string()),
    ("path", pa.large_string()),
    ("skip", pa.large_string()),
])
_BATCH = 1024  # files parsed before their columns become Arrow arrays
_CHUNK = 64  # rows per Arrow chunk of a parsed batch: the unit in which _gather frees text
_ORDER = [("published", "ascending"), ("doc_id", "ascending")]
# Arrow memory for the small columns comes from the C allocator, as Python's does, so that each
# reuses what the other freed (Arrow's default pool holds on to what it freed).
_POOL = pa.system_memory_pool()
_STR = pd.api.types.pandas_dtype("str")


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
    return [(Path(path), skip) for path, skip in _walk(*paths)]


def _walk(*paths: str | os.PathLike) -> Iterator[tuple[str, SeedError | None]]:
    """What :func:`iter_seed_paths` lists, each path spelled as its ``Path``, one at a time:
    strings, as a Path kept for each of many files costs memory long after it is gone."""
    for root in map(Path, paths):
        if root.is_dir():
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames.sort()
                prefix = _prefix(Path(dirpath))
                filenames.sort()
                yield from (_classify(prefix + name) for name in filenames)
        else:
            yield _classify(str(root))


def _listing(*paths: str | os.PathLike) -> list[tuple[str, str | None]]:
    """The files of :func:`_walk`, each with the message saying why it is skipped, or None."""
    return [(path, None if skip is None else skip.message) for path, skip in _walk(*paths)]


def _prefix(folder: Path) -> str:
    """What goes before a file's name to spell its path in ``folder`` as ``folder / name`` does."""
    top = str(folder)
    return "" if top == "." else os.path.join(top, "")


def _classify(path: str) -> tuple[str, SeedError | None]:
    file = Path(path)
    if not file.exists():
        return path, SeedError(path, None, "no such file or folder (or a broken link)")
    if not file.is_file():
        return path, SeedError(path, None, "not a regular file; give a folder or .txt files")
    if file.suffix.lower() != SEED_SUFFIX:
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
    return _corpus(*_parse_files(_listing(*paths)), log)


def _parse_files(
    listing: list[tuple[str, str | None]], progress: Callable[[int], object] | None = None
) -> tuple[list[pa.RecordBatch], np.ndarray]:
    """Parse each file of ``listing`` (its path, and why it is skipped or None), ``_BATCH`` files
    at a time, so that the Python strings of one batch are freed before the next is read.

    Returns
    -------
    batches : list of pyarrow.RecordBatch
        One row per file, columns of ``_ROWS``. Each batch of files is sorted by ``published``
        then ``doc_id`` and cut into chunks of ``_CHUNK`` rows, the text of each in memory of
        its own (see :func:`_strings`): :func:`_gather` meets the rows of a chunk close
        together when it puts all rows in order, and lets the chunk go soon after.
    order : numpy.ndarray
        The row of each file of ``listing``.
    """
    batches: list[pa.RecordBatch] = []
    order = np.empty(len(listing), dtype=np.int64)
    done = 0
    for start in range(0, len(listing), _BATCH):
        chunks, ranked = _parse_batch(listing[start:start + _BATCH], progress)
        batches.extend(chunks)
        order[start + np.asarray(ranked, dtype=np.int64)] = done + np.arange(len(ranked))
        done += len(ranked)
    return batches, order


def _parse_batch(
    listing: list[tuple[str, str | None]], progress: Callable[[int], object] | None
) -> tuple[list[pa.RecordBatch], list[int]]:
    """The rows of one batch of files in sorted order, and the file of each row."""
    columns: dict[str, list] = {name: [None] * len(listing) for name in _ROWS.names}
    columns["path"] = [path for path, _ in listing]
    columns["skip"] = [skip for _, skip in listing]
    for n, (path, skip) in enumerate(listing):
        if skip is not None:
            continue
        try:
            data = Path(path).read_bytes()
        except OSError as err:
            columns["skip"][n] = f"cannot read: {err.strerror}"
            continue
        if progress is not None:
            progress(len(data))
        try:
            article, warnings = parse_seed(data, path)
        except SeedError as err:
            columns["error_line"][n], columns["error"][n] = err.line, err.message
            continue
        for name in ARTICLE_COLUMNS:
            columns[name][n] = article[name]
        if warnings:
            columns["warnings"][n] = json.dumps([[w.line, w.message] for w in warnings])
    published, doc_id = columns["published"], columns["doc_id"]
    ranked = sorted(range(len(listing)), key=lambda n: (published[n] or dt.date.max, doc_id[n] or ""))
    chunks = []
    for start in range(0, len(ranked), _CHUNK):
        rows = ranked[start:start + _CHUNK]
        arrays = [_array(field, [columns[field.name][n] for n in rows]) for field in _ROWS]
        chunks.append(pa.RecordBatch.from_arrays(arrays, schema=_ROWS))
    return chunks, ranked


def _array(field: pa.Field, values: list) -> pa.Array:
    """One column (``field`` of ``_ROWS``) of a chunk of parsed rows."""
    if field.name == "text":
        return _strings([None if text is None else text.encode() for text in values])
    if field.name == "published":
        return pc.cast(pa.array(values, pa.date32(), memory_pool=_POOL), field.type, memory_pool=_POOL)
    return pa.array(values, field.type, memory_pool=_POOL)


def _corpus(batches: list[pa.RecordBatch], order: np.ndarray, logger: logging.Logger) -> Corpus:
    """The articles and problems of :func:`load_seeds` from the rows of :func:`_parse_files`
    (``order`` is the row of each file in listing order); the problems are logged to ``logger``.
    ``batches`` is emptied: its text moves into the articles."""
    table = pa.Table.from_batches(batches, _ROWS)
    rows, earlier = _select(table, order)
    problems = _problems(table, order, earlier)
    del table  # so that _arrange lets each column go once it is copied
    for problem in problems:
        logger.warning("%s: %s", where(problem["path"], problem["line"]), problem["message"])
    found = _arrange(batches, rows, _ROWS).select(list(ARTICLE_COLUMNS))
    index = found.schema.get_field_index("published")
    found = found.set_column(index, "published", found["published"].cast(pa.timestamp("s")))
    articles = found.to_pandas(types_mapper={pa.large_string(): _STR}.get)
    problems_df = pd.DataFrame(problems, columns=list(PROBLEM_COLUMNS))
    problems_df["line"] = problems_df["line"].astype("Int64")
    return Corpus(articles, problems_df)


def _select(table: pa.Table, order: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Which rows of ``table`` (columns of ``_ROWS``) are the articles.

    Returns
    -------
    articles : numpy.ndarray
        Rows of the files that loaded, the first of each ``doc_id`` in listing order (``order``
        gives the row of each file), sorted by ``published`` then ``doc_id``.
    earlier : numpy.ndarray
        For each file in listing order, the listing position of an earlier file with the same
        ``doc_id``, or -1.
    """
    loaded = table["error"].is_null().to_numpy() & table["skip"].is_null().to_numpy()
    at = np.flatnonzero(loaded[order])  # listing positions of the files that loaded
    doc_id = pc.take(table["doc_id"], order[at], memory_pool=_POOL)
    first = pc.index_in(doc_id, value_set=doc_id, memory_pool=_POOL).to_numpy()
    again = first != np.arange(len(at))
    earlier = np.full(len(order), -1)
    earlier[at[again]] = at[first[again]]
    kept = order[at[~again]]
    by = pc.take(table.select(["published", "doc_id"]), kept, memory_pool=_POOL)
    return kept[pc.sort_indices(by, sort_keys=_ORDER, memory_pool=_POOL).to_numpy()], earlier


def _arrange(
    batches: list[pa.RecordBatch], rows: np.ndarray, schema: pa.Schema, block: int | None = None
) -> pa.Table:
    """The rows ``rows`` of ``batches`` in that order; ``batches`` is emptied.

    Nothing is copied when ``rows`` are the first rows in order. Otherwise the text is copied
    by :func:`_gather` in chunks of ``block`` rows (``_BATCH`` when None), the other columns at
    once.
    """
    if np.array_equal(rows, np.arange(len(rows))):
        table = pa.Table.from_batches(batches, schema).slice(0, len(rows))
        batches.clear()
        return table
    at = schema.get_field_index("text")
    texts = [batch.column(at) for batch in batches]
    rest = pa.Table.from_batches(batches, schema).remove_column(at)
    batches.clear()
    rest = pc.take(rest, rows, memory_pool=_POOL)
    return rest.add_column(at, schema.field("text"), _gather(texts, rows, block or _BATCH))


def _gather(texts: list[pa.Array], rows: np.ndarray, block: int) -> pa.ChunkedArray:
    """The strings ``rows`` of the arrays ``texts`` (rows numbered through them all) in that
    order, in chunks of ``block``; ``texts`` is emptied as the copy goes.

    Each array is let go after the last chunk that takes a row from it. The rows of
    :func:`_parse_files` come in sorted runs of small arrays, each in memory of its own: these
    go back to the system as fast as the copy grows, so that the text is held once, not twice.
    """
    starts = np.cumsum([0, *map(len, texts)])
    chunk = np.searchsorted(starts, rows, side="right") - 1
    local = rows - starts[chunk]
    last = np.full(len(texts), -1)
    np.maximum.at(last, chunk, np.arange(len(rows)) // block)
    done: list[list[int]] = [[] for _ in range(0, len(rows), block)]
    for c in np.flatnonzero(last >= 0).tolist():
        done[last[c]].append(c)
    for c in np.flatnonzero(last < 0).tolist():
        texts[c] = None
    views: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray | None]] = {}
    out = []
    for n, start in enumerate(range(0, len(rows), block)):
        pieces = []
        for c, i in zip(chunk[start:start + block].tolist(), local[start:start + block].tolist(), strict=True):
            if c not in views:
                views[c], texts[c] = _string_views(texts[c]), None
            data, offsets, valid = views[c]
            pieces.append(data[offsets[i]:offsets[i + 1]] if valid is None or valid[i] else None)
        for c in done[n]:
            del views[c]
        out.append(_strings(pieces))
    texts.clear()
    return pa.chunked_array(out, pa.large_string())


def _string_views(strings: pa.Array) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """The bytes, the offsets and the validity (None: no nulls) of a ``large_string`` array."""
    _, offsets, data = strings.buffers()
    offsets = np.frombuffer(offsets, dtype=np.int64)[strings.offset:strings.offset + len(strings) + 1]
    data = np.empty(0, dtype=np.uint8) if data is None else np.frombuffer(data, dtype=np.uint8)
    is_valid = strings.is_valid().to_numpy(zero_copy_only=False) if strings.null_count else None
    return data, offsets, is_valid


def _strings(pieces: list) -> pa.Array:
    """A ``large_string`` array of UTF-8 ``pieces`` (bytes-like, or None for null) whose bytes
    sit in an anonymous memory map of their own: they go back to the system the moment the
    array is let go, whatever else the allocators hold around them."""
    offsets = np.zeros(len(pieces) + 1, dtype=np.int64)
    np.cumsum([0 if piece is None else len(piece) for piece in pieces], out=offsets[1:])
    data = mmap.mmap(-1, max(int(offsets[-1]), 1))
    for piece in pieces:
        if piece is not None:
            data.write(piece)
    valid = [piece is not None for piece in pieces]
    validity = None if all(valid) else pa.py_buffer(np.packbits(valid, bitorder="little"))
    return pa.Array.from_buffers(
        pa.large_string(), len(pieces), [validity, pa.py_buffer(offsets), pa.py_buffer(data)]
    )


def _problems(table: pa.Table, order: np.ndarray, earlier: np.ndarray) -> list[dict]:
    """The problems of the files in listing order: skipped, failed, duplicate or warned."""
    flagged = earlier >= 0
    for name in ("error", "warnings", "skip"):
        flagged |= table[name].is_valid().to_numpy()[order]
    at = np.flatnonzero(flagged)
    named = np.union1d(at, earlier[at][earlier[at] >= 0])
    path_of = dict(zip(named, table["path"].take(order[named]).to_pylist(), strict=True))
    listed = table.select(["doc_id", "error_line", "error", "warnings", "skip"]).take(order[at])
    problems = []
    for i, file in zip(at, listed.to_pylist(), strict=True):
        path = path_of[i]
        if file["skip"] is not None:
            severity = "warning" if file["skip"].startswith("skipped") else "error"
            problems.append(_problem(path, None, severity, file["skip"]))
        elif file["error"] is not None:
            problems.append(_problem(path, file["error_line"], "error", file["error"]))
        elif earlier[i] >= 0:
            message = (
                f"duplicate doc_id {file['doc_id']!r}: already loaded from "
                f"{path_of[earlier[i]]}; rename one of the files"
            )
            problems.append(_problem(path, None, "error", message))
        else:
            for line, message in json.loads(file["warnings"]):
                problems.append(_problem(path, line, "warning", message))
    return problems


def _problem(path: str, line: int | None, severity: str, message: str) -> dict:
    return {"path": path, "line": line, "severity": severity, "message": message}
