"""Load seed folders through a Parquet cache that re-parses only new or changed files."""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq
from tqdm import tqdm

from . import seeds
from .errors import SeedError
from .seeds import ARTICLE_COLUMNS, PROBLEM_COLUMNS, Corpus, iter_seed_paths, parse_seed

__all__ = [
    "CACHE_COLUMNS",
    "CACHE_DIR_ENV",
    "CACHE_VERSION",
    "NO_CACHE_ENV",
    "cache_dir",
    "cache_path",
    "load_cached",
]

log = logging.getLogger(__name__)

CACHE_DIR_ENV = "TALKS_CACHE_DIR"
NO_CACHE_ENV = "TALKS_NO_CACHE"
# Bump when the layout below changes; a cache written by another version is rebuilt.
CACHE_VERSION = "2"
# One row per seed file that was parsed: its key (path relative to the folder, size, mtime),
# then either the article fields or the error that stopped it, and its warnings as JSON.
# The rows are stored in the order load_seeds returns the articles, then the other files in
# listing order, so that an unchanged folder's articles are the first rows as read.
CACHE_COLUMNS = (
    "file", "size", "mtime_ns", "doc_id", "published", "title", "text", "n_chars",
    "error_line", "error", "warnings",
)
_SCHEMA = pa.schema([
    ("file", pa.large_string()),
    ("size", pa.int64()),
    ("mtime_ns", pa.int64()),
    ("doc_id", pa.large_string()),
    ("published", pa.timestamp("ms")),  # Parquet has no second unit
    ("title", pa.large_string()),
    ("text", pa.large_string()),
    ("n_chars", pa.int64()),
    ("error_line", pa.int64()),
    ("error", pa.large_string()),
    ("warnings", pa.large_string()),
])
# What each load adds to the cached columns: the path as load_seeds spells it, and why the
# file was not parsed (not a .txt file, unreadable, ...).
_FILES = _SCHEMA.append(pa.field("path", pa.large_string())).append(
    pa.field("skip", pa.large_string())
)
# The fields of parse_seed's article that are cached.
_PARSED = ("doc_id", "published", "title", "text", "n_chars")
_META_KEY = b"talks-workbook.cache"
# A file modified this close to the moment the cache is written may change again within the
# same mtime tick without its key changing ("racily clean"); such files are not cached.
_RACY_NS = 2_000_000_000
# Small row groups read through a small buffer, by one thread with the system allocator (which
# hands the decoding buffers back at once), keep the reload's peak memory near the size of the
# columns it returns; one large group, or a memory-mapped file, counts the text twice.
_ROW_GROUP_BYTES = 2 << 20
_FORMAT = ds.ParquetFileFormat(
    default_fragment_scan_options=ds.ParquetFragmentScanOptions(pre_buffer=False, buffer_size=1 << 20)
)
_BATCH = 1024  # files parsed before their columns are turned into Arrow arrays
_ORDER = [("published", "ascending"), ("doc_id", "ascending")]
_STR = pd.api.types.pandas_dtype("str")
_TRUE = {"1", "true", "yes", "on"}


def cache_dir(directory: str | os.PathLike | None = None) -> Path | None:
    """Where the cache files go, or None when caching is switched off.

    ``directory`` when given, else ``$TALKS_CACHE_DIR``, else ``$XDG_CACHE_HOME/talks-workbook``,
    else ``~/.cache/talks-workbook``. Setting ``$TALKS_NO_CACHE`` to ``1`` switches it off.
    """
    if directory is not None:
        return Path(directory).expanduser()
    if os.environ.get(NO_CACHE_ENV, "").strip().lower() in _TRUE:
        return None
    if os.environ.get(CACHE_DIR_ENV):
        return Path(os.environ[CACHE_DIR_ENV]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "talks-workbook"


def cache_path(
    folder: str | os.PathLike, directory: str | os.PathLike | None = None
) -> Path | None:
    """The cache file of one seed folder: ``<cache_dir>/<hash of its absolute path>.parquet``."""
    base = cache_dir(directory)
    if base is None:
        return None
    key = hashlib.sha256(os.fsencode(Path(folder).resolve())).hexdigest()[:24]
    return base / f"{key}.parquet"


def load_cached(
    *paths: str | os.PathLike,
    cache_dir: str | os.PathLike | None = None,
    progress: bool = False,
) -> Corpus:
    """Load seeds like :func:`analysis.seeds.load_seeds`, reusing a cache for each folder.

    Each folder in ``paths`` has one Parquet file in the cache directory (see :func:`cache_dir`)
    keyed on every file's relative path, size and modification time: an unchanged file is taken
    from the cache without being opened; a new or changed one is parsed and the cache rewritten.
    A cache that cannot be read, or was written by another version of the layout or of the seed
    parser, is ignored and rebuilt. Files given one by one are parsed without a cache.

    Parameters
    ----------
    *paths : str or PathLike
        Folders or ``.txt`` files.
    cache_dir : str or PathLike, optional
        Overrides the cache directory; ``$TALKS_NO_CACHE=1`` switches the cache off when not given.
    progress : bool
        Show a progress bar (bytes parsed) on stderr while files are parsed.

    Returns
    -------
    Corpus
        The same ``articles`` (columns ``ARTICLE_COLUMNS``) and ``problems`` (columns
        ``PROBLEM_COLUMNS``) as ``load_seeds`` gives for the same files.
    """
    if not paths:
        raise TypeError("load_cached() needs at least one folder or file")
    base = _cache_base(cache_dir)
    if base is None:
        return seeds.load_seeds(*paths)
    tables, orders, start = [], [], 0
    for root in map(Path, paths):
        if root.is_dir() and not _inside(base, root):
            table, order = _load_folder(root, base, progress)
        else:
            listing = [(str(path), _reason(skip)) for path, skip in iter_seed_paths(root)]
            table = _parse_files(listing)
            order = np.arange(len(table))
        tables.append(table)
        orders.append(order + start)
        start += len(table)
    return _assemble(pa.concat_tables(tables), np.concatenate(orders))


def _cache_base(directory: str | os.PathLike | None) -> Path | None:
    # The module-level function is shadowed by load_cached's parameter of the same name.
    return cache_dir(directory)


def _inside(base: Path, root: Path) -> bool:
    """True when the cache directory is the seed folder or under it (never cache there)."""
    base, root = base.resolve(), root.resolve()
    if base == root or root in base.parents:
        log.warning("cache directory %s is inside the seed folder %s; not caching it", base, root)
        return True
    return False


@functools.cache
def _fingerprint() -> str:
    """Layout version and a hash of the seed parser's source: a new parser means a new cache."""
    source = Path(seeds.__file__).read_bytes()
    return f"{CACHE_VERSION}:{hashlib.sha256(source).hexdigest()[:16]}"


def _reason(skip: SeedError | None) -> str | None:
    return None if skip is None else skip.message


def _prefix(root: Path) -> str:
    """What goes before a relative path to spell it as ``load_seeds`` does (``Path(root) / rel``)."""
    top = str(root)
    return "" if top == "." else os.path.join(top, "")


def _key(path: str) -> tuple[int, int]:
    """Size and mtime of a file, (-1, -1) when it cannot be stat'ed."""
    try:
        st = os.stat(path)
    except OSError:
        return -1, -1
    return st.st_size, st.st_mtime_ns


def _load_folder(
    root: Path, base: Path, progress: bool, trust_listing: bool = True
) -> tuple[pa.Table, np.ndarray]:
    """The files of one folder, each parsed or taken from the cache.

    When no folder under ``root`` has a new modification time since the cache was written, no
    file was added, removed or renamed, so the listing stored with the cache stands in for
    :func:`analysis.seeds.iter_seed_paths`; each file is still checked with one ``stat``.

    Returns
    -------
    table : pyarrow.Table
        One row per file (columns of ``_FILES``): the cached rows, then the files parsed now.
    order : numpy.ndarray
        The rows of ``table`` in listing order (cached rows of changed or deleted files are
        left out).
    """
    target = cache_path(root, base)
    cached, stamp = _read_cache(target, root)
    listing = _stored_listing(root, stamp) if trust_listing else None
    full = listing is None
    if full:
        found = iter_seed_paths(root)
        names = [path.relative_to(root).as_posix() for path, _ in found]
        skipped = {i: skip.message for i, (_, skip) in enumerate(found) if skip is not None}
    else:
        names, skipped = listing
    prefix = _prefix(root)
    seed_at = np.delete(np.arange(len(names)), list(skipped))
    rels = [names[i] for i in seed_at] if skipped else names
    keys = np.fromiter(
        itertools.chain.from_iterable(_key(prefix + rel) for rel in rels),
        dtype=np.int64, count=2 * len(rels),
    ).reshape(-1, 2)
    if not full and (keys < 0).any():  # gone or broken since the listing was stored: list again
        return _load_folder(root, base, progress, trust_listing=False)
    row = _cached_rows(cached, rels, keys)
    hit = row >= 0
    fresh = np.ones(len(names), dtype=bool)
    fresh[seed_at[hit]] = False
    fresh_at = np.flatnonzero(fresh)
    rank = np.full(len(names), -1, dtype=np.int64)
    rank[seed_at] = np.arange(len(rels))
    todo = [(int(i), int(r)) for i, r in zip(fresh_at, rank[fresh_at], strict=True)]
    file_keys = [(names[i], *map(int, keys[r])) if r >= 0 and keys[r, 0] >= 0 else (None,) * 3
                 for i, r in todo]
    nbytes = sum(key[1] for key in file_keys if key[0] is not None)
    with tqdm(total=nbytes, unit="B", unit_scale=True, desc=f"parsing {root}",
              disable=not progress or not nbytes) as bar:
        parsed = _parse_files([(prefix + names[i], skipped.get(i)) for i, _ in todo], file_keys,
                              bar.update)
    reused = 0 if cached is None else len(cached)
    order = np.empty(len(names), dtype=np.int64)
    order[seed_at[hit]] = row[hit]
    order[fresh_at] = reused + np.arange(len(fresh_at))
    table = parsed if cached is None else pa.concat_tables([_with_paths(cached, prefix), parsed])
    stored = _listing_stamp(root, names, skipped) if full else stamp.get("listing")
    changed = any(r >= 0 for _, r in todo) or np.count_nonzero(hit) != reused
    if cached is None or changed or stored != stamp.get("listing"):
        _write_cache(target, root, table, order, stored)
    return table, order


def _cached_rows(cached: pa.Table | None, rels: list[str], keys: np.ndarray) -> np.ndarray:
    """For each file of ``rels``, its row in ``cached`` when its size and mtime (``keys``) are
    the stored ones, else -1; compared for all files at once."""
    row = np.full(len(rels), -1, dtype=np.int64)
    if cached is None or not rels:
        return row
    found = pc.index_in(pa.array(rels, pa.large_string()), value_set=cached["file"])
    row = pc.fill_null(found, -1).to_numpy().astype(np.int64)
    known = np.flatnonzero(row >= 0)
    stored = np.column_stack([cached["size"].to_numpy(), cached["mtime_ns"].to_numpy()])
    row[known[(stored[row[known]] != keys[known]).any(axis=1)]] = -1
    return row


def _with_paths(cached: pa.Table, prefix: str) -> pa.Table:
    """The cached rows with the ``path`` and ``skip`` columns of ``_FILES``."""
    text = pa.large_string()
    paths = pc.binary_join_element_wise(
        pa.scalar(prefix, text), cached["file"], pa.scalar("", text)
    )
    return cached.append_column("path", paths).append_column(
        "skip", pa.nulls(len(cached), pa.large_string())
    )


def _stored_listing(root: Path, stamp: dict) -> tuple[list[str], dict[int, str]] | None:
    """The listing stored with the cache (every file's relative path, and the messages of the
    files skipped by position) when every folder's mtime is unchanged, else None."""
    listing = stamp.get("listing")
    if not listing:
        return None
    for rel, mtime in listing["dirs"].items():
        try:
            if os.stat(os.path.join(root, rel)).st_mtime_ns != mtime:
                return None
        except OSError:
            return None
    return listing["files"], dict(listing["skipped"])


def _listing_stamp(root: Path, names: list[str], skipped: dict[int, str]) -> dict | None:
    """What :func:`_stored_listing` needs, or None when the listing cannot be trusted later."""
    if any(not message.startswith("skipped") for message in skipped.values()):
        return None  # broken links and the like can change without their folder changing
    dirs = {}
    racy = time.time_ns() - _RACY_NS
    for dirpath, _, _ in os.walk(root):
        mtime = os.stat(dirpath).st_mtime_ns
        if mtime >= racy:
            return None
        dirs[Path(dirpath).relative_to(root).as_posix()] = mtime
    return {"dirs": dirs, "files": names, "skipped": [[i, m] for i, m in sorted(skipped.items())]}


def _parse_files(
    listing: list[tuple[str, str | None]],
    keys: list[tuple] | None = None,
    progress: Callable[[int], object] | None = None,
) -> pa.Table:
    """Parse each file of ``listing`` (its path, and why it is skipped or None).

    ``keys`` gives each file's cache key (``file``, ``size``, ``mtime_ns``), None for no key.
    Returns one row per file with the columns of ``_FILES``, built a batch of files at a time
    so that the parsed texts are not held as Python strings and Arrow arrays at once.
    """
    keys = keys or [(None, None, None)] * len(listing)
    batches = [
        _parse_batch(listing[start:start + _BATCH], keys[start:start + _BATCH], progress)
        for start in range(0, len(listing), _BATCH)
    ]
    return pa.Table.from_batches(batches, schema=_FILES)


def _parse_batch(
    listing: list[tuple[str, str | None]],
    keys: list[tuple],
    progress: Callable[[int], object] | None,
) -> pa.RecordBatch:
    columns: dict[str, list] = {name: [None] * len(listing) for name in _FILES.names}
    columns["path"] = [path for path, _ in listing]
    columns["skip"] = [skip for _, skip in listing]
    columns["file"], columns["size"], columns["mtime_ns"] = map(list, zip(*keys, strict=True))
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
        for name in _PARSED:
            columns[name][n] = article[name]
        if warnings:
            columns["warnings"][n] = json.dumps([[w.line, w.message] for w in warnings])
    published = pa.array(columns.pop("published"), pa.date32()).cast(pa.timestamp("ms"))
    arrays = {name: pa.array(values, _FILES.field(name).type) for name, values in columns.items()}
    return pa.RecordBatch.from_pydict({**arrays, "published": published}, schema=_FILES)


def _read_cache(target: Path, root: Path) -> tuple[pa.Table | None, dict]:
    """The cached rows and the stamp, or (None, {}) when there is no usable cache."""
    if not target.exists():
        return None, {}
    try:
        table = ds.dataset(target, format=_FORMAT).to_table(
            use_threads=False, memory_pool=pa.system_memory_pool()
        )
        meta = table.schema.metadata or {}
        stamp = json.loads(meta.get(_META_KEY, b"{}"))
        if stamp.get("version") != _fingerprint() or stamp.get("root") != str(root.resolve()):
            log.info("cache %s is from another version or folder; rebuilding it", target)
            return None, {}
        table = table.replace_schema_metadata(None)
        if not table.schema.equals(_SCHEMA):
            raise ValueError(f"unexpected columns {table.schema.names}")
        _check_cache(table)
    except Exception as err:  # noqa: BLE001 - any failure to read derived data means: rebuild it
        log.warning("ignoring unreadable cache %s (%s); rebuilding it", target, err)
        return None, {}
    return table, stamp


def _check_cache(table: pa.Table) -> None:
    """Raise ValueError when the rows cannot have been written by :func:`_write_cache`."""
    if any(table[name].null_count for name in ("file", "size", "mtime_ns")) or (
        pc.count_distinct(table["file"]).as_py() != len(table)
    ):
        raise ValueError("missing or duplicate file keys")
    article = pc.is_null(table["error"])
    for name in _PARSED:
        if pc.any(pc.and_(article, pc.is_null(table[name])), min_count=0).as_py():
            raise ValueError("article rows with missing fields")
    length_ok = pc.equal(pc.utf8_length(table["text"]), table["n_chars"])
    if not pc.all(pc.or_kleene(pc.invert(article), length_ok), min_count=0).as_py():
        raise ValueError("n_chars does not match the text")


def _write_cache(
    target: Path, root: Path, table: pa.Table, order: np.ndarray, listing: dict | None
) -> None:
    """Write the rows of ``order`` atomically, articles first in their final order; files
    modified in the last moments are left out."""
    articles, _ = _select(table, order)
    rows = np.concatenate([articles, order[~np.isin(order, articles)]])
    now = time.time_ns()
    keyed = table["file"].is_valid().to_numpy(zero_copy_only=False)
    settled = pc.fill_null(table["mtime_ns"], now).to_numpy() < now - _RACY_NS
    rows = rows[(keyed & settled)[rows]]
    frame = _take(table.select(list(CACHE_COLUMNS)), rows)
    stamp = {"version": _fingerprint(), "root": str(root.resolve()), "listing": listing}
    frame = frame.replace_schema_metadata({_META_KEY: json.dumps(stamp).encode()})
    group = max(1, int(len(frame) * _ROW_GROUP_BYTES / max(frame.nbytes, 1)))
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # Uncompressed: the cache trades disk for reload speed (decompressing text dominated it).
        pq.write_table(frame, partial, compression="none", use_dictionary=False,
                       write_statistics=False, row_group_size=group)
        os.replace(partial, target)
    except OSError as err:
        log.warning("cannot write the cache %s (%s); continuing without it", target, err)
        partial.unlink(missing_ok=True)


def _select(table: pa.Table, order: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Which rows of ``table`` are the articles, as ``load_seeds`` decides it.

    Returns
    -------
    articles : numpy.ndarray
        Rows of the files that loaded, the first of each ``doc_id`` in listing order, sorted by
        ``published`` then ``doc_id``.
    earlier : numpy.ndarray
        For each file in listing order, the listing position of an earlier file with the same
        ``doc_id``, or -1.
    """
    listed = table.select(["doc_id", "published", "error", "skip"]).take(order).combine_chunks()
    ok = pc.and_(pc.is_null(listed["error"]), pc.is_null(listed["skip"]))
    doc_id = pc.if_else(ok, listed["doc_id"], pa.scalar(None, pa.large_string())).combine_chunks()
    first = pc.index_in(doc_id, value_set=doc_id).to_numpy(zero_copy_only=False)
    ok = ok.to_numpy(zero_copy_only=False)
    position = np.arange(len(order))
    earlier = np.where(ok & (first != position), first, -1)
    kept = np.flatnonzero(ok & (earlier < 0))
    by = listed.select(["published", "doc_id"]).take(kept)
    return order[kept][pc.sort_indices(by, sort_keys=_ORDER).to_numpy()], earlier


def _assemble(table: pa.Table, order: np.ndarray) -> Corpus:
    """Turn per-file rows (``order`` is listing order) into the articles and problems of
    ``load_seeds``."""
    rows, earlier = _select(table, order)
    problems = _problems(table, order, earlier)
    for problem in problems:
        log.warning("%s:%s: %s", problem["path"], problem["line"], problem["message"])
    found = table.select(list(ARTICLE_COLUMNS))
    # An unchanged folder's articles are the cache's first rows: no copy of the text is made.
    if np.array_equal(rows, np.arange(len(rows))):
        found = found.slice(0, len(rows))
    else:
        found = _take(found, rows)
    index = found.schema.get_field_index("published")
    found = found.set_column(index, "published", found["published"].cast(pa.timestamp("s")))
    articles = found.to_pandas(types_mapper={pa.large_string(): _STR}.get)
    problems_df = pd.DataFrame(problems, columns=list(PROBLEM_COLUMNS))
    problems_df["line"] = problems_df["line"].astype("Int64")
    return Corpus(articles, problems_df)


def _take(table: pa.Table, rows: np.ndarray) -> pa.Table:
    """``table.take(rows)`` one block of rows at a time: Arrow's take first joins the chunks of
    each column, which would hold the text twice over."""
    batches = table.to_batches()
    starts = np.cumsum([0, *map(len, batches)])
    blocks = []
    for block in np.split(rows, range(_BATCH, len(rows), _BATCH)):
        which = np.searchsorted(starts, block, side="right") - 1
        by = np.argsort(which, kind="stable")
        parts = [batches[b].take(block[by][which[by] == b] - starts[b]) for b in np.unique(which)]
        joined = pa.Table.from_batches(parts, schema=table.schema).combine_chunks()
        blocks.extend(joined.take(np.argsort(by)).to_batches())
    return pa.Table.from_batches(blocks, schema=table.schema)


def _problems(table: pa.Table, order: np.ndarray, earlier: np.ndarray) -> list[dict]:
    """The problems of the files in listing order: skipped, failed, duplicate or warned."""
    listed = table.select(["doc_id", "error_line", "error", "warnings", "skip"]).take(order)
    flagged = earlier >= 0
    for name in ("error", "warnings", "skip"):
        flagged |= listed[name].is_valid().to_numpy(zero_copy_only=False)
    at = np.flatnonzero(flagged)
    named = np.union1d(at, earlier[at][earlier[at] >= 0])
    path_of = dict(zip(named, table["path"].take(order[named]).to_pylist(), strict=True))
    problems = []
    for i, file in zip(at, listed.take(at).to_pylist(), strict=True):
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
