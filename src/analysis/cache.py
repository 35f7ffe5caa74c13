"""Load seed folders through a Parquet cache that re-parses only new or changed files."""

from __future__ import annotations

import base64
import functools
import hashlib
import itertools
import json
import logging
import operator
import os
import time
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from tqdm import tqdm

from . import seeds
from .seeds import (
    _POOL,
    _ROWS,
    Corpus,
    _arrange,
    _corpus,
    _listing,
    _parse_files,
    _prefix,
    _select,
    _walk,
)

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
CACHE_VERSION = "4"
# One row per seed file that was parsed: its key (path relative to the folder, size, mtime),
# then either the article fields or the error that stopped it, and its warnings as JSON.
# The rows are stored in the order load_seeds returns the articles, then the other files in
# listing order, so that an unchanged folder's articles are the first rows as read.
CACHE_COLUMNS = (
    "file", "size", "mtime_ns", "doc_id", "published", "title", "text", "n_chars",
    "error_line", "error", "warnings",
)
_KEYS = pa.schema([("file", pa.large_string()), ("size", pa.int64()), ("mtime_ns", pa.int64())])
_SCHEMA = pa.schema([*_KEYS, *(_ROWS.field(name) for name in CACHE_COLUMNS[len(_KEYS):])])
# The file also stores each text's length in bytes, which a reload compares with the text it
# reads (from the string offsets, without reading the text again) and then drops.
_TEXT_BYTES = pa.field("text_bytes", pa.int64())
_STORED = _SCHEMA.append(_TEXT_BYTES)
# What each load adds to the cached columns: the path as load_seeds spells it, and why the
# file was not parsed (not a .txt file, unreadable, ...).
_FILES = pa.schema([*_SCHEMA, _ROWS.field("path"), _ROWS.field("skip")])
# The fields of parse_seed's article that are cached.
_PARSED = ("doc_id", "published", "title", "text", "n_chars")
_META_KEY = b"talks-workbook.cache"
# A file modified this close to the moment the cache is written may change again within the
# same mtime tick without its key changing ("racily clean"); such files are not cached.
_RACY_NS = 2_000_000_000
# Small row groups, read one at a time through a small buffer, keep the reload's peak memory
# near the size of the columns it returns; one large group, or a memory-mapped file, counts
# the text twice.
_ROW_GROUP_BYTES = 2 << 20
_TRUE = {"1", "true", "yes", "on"}
_SIZE_MTIME = operator.attrgetter("st_size", "st_mtime_ns")


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
    batches, orders, start = [], [], 0
    for root in map(Path, paths):
        if root.is_dir() and not _inside(base, root):
            found, order = _load_folder(root, base, progress)
        else:
            found, order = _parse_files(_listing(root))
        batches.extend(found)
        orders.append(order + start)
        start += sum(map(len, found))
    return _corpus(batches, np.concatenate(orders), log)


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


def _keys(root: Path, rels: list[str]) -> np.ndarray:
    """Size and mtime of each file of ``rels`` (paths relative to ``root``), one row each;
    (-1, -1) for a file that cannot be stat'ed."""
    if os.stat in os.supports_dir_fd:
        try:  # every file there, as on most loads: one stat each, relative to the open folder
            folder = os.open(root, os.O_RDONLY)
            try:
                stats = (os.stat(rel, dir_fd=folder) for rel in rels)
                pairs = itertools.chain.from_iterable(map(_SIZE_MTIME, stats))
                return np.fromiter(pairs, dtype=np.int64, count=2 * len(rels)).reshape(-1, 2)
            finally:
                os.close(folder)
        except OSError:
            pass
    keys = np.full((len(rels), 2), -1, dtype=np.int64)
    prefix = _prefix(root)
    for i, rel in enumerate(rels):
        try:
            keys[i] = _SIZE_MTIME(os.stat(prefix + rel))
        except OSError:
            pass
    return keys


def _load_folder(
    root: Path, base: Path, progress: bool, trust_listing: bool = True
) -> tuple[list[pa.RecordBatch], np.ndarray]:
    """The files of one folder, each parsed or taken from the cache.

    When no folder under ``root`` has a new modification time since the cache was written, no
    file was added, removed or renamed, so the listing stored with the cache stands in for
    :func:`analysis.seeds.iter_seed_paths`; each file is still checked with one ``stat``.

    Returns
    -------
    batches : list of pyarrow.RecordBatch
        One row per file (the columns of ``analysis.seeds._ROWS``): the cached rows, then the
        files parsed now; or, when the cache is written, the rows in the order it stores them.
    order : numpy.ndarray
        The row of each file in listing order.
    """
    target = cache_path(root, base)
    cache, stamp = _open_cache(target, root)
    # The rows are read while the files are listed and stat'ed: both mostly wait on the system.
    with ThreadPoolExecutor(max_workers=1) as pool:
        reading = None if cache is None else pool.submit(_read_rows, cache, target)
        listing = _stored_listing(root, stamp) if trust_listing else None
        full = listing is None
        names, skipped = _list_folder(root) if full else listing
        prefix = _prefix(root)
        seed_at = np.delete(np.arange(len(names)), list(skipped))
        rels = [names[i] for i in seed_at] if skipped else names
        keys = _keys(root, rels)
        cached = None if reading is None else reading.result()
    if not full and (keys < 0).any():  # gone or broken since the listing was stored: list again
        return _load_folder(root, base, progress, trust_listing=False)
    row = _cached_rows(cached, rels, keys)
    hit = row >= 0
    fresh = np.ones(len(names), dtype=bool)
    fresh[seed_at[hit]] = False
    fresh_at = np.flatnonzero(fresh)
    rank = np.full(len(names), -1, dtype=np.int64)
    rank[seed_at] = np.arange(len(rels))
    fresh_rank = rank[fresh_at]
    keyed = fresh_rank >= 0  # a file that is no seed, or cannot be stat'ed, has no key
    keyed[keyed] = keys[fresh_rank[keyed], 0] >= 0
    fresh_keys = np.zeros((len(fresh_at), 2), dtype=np.int64)
    fresh_keys[keyed] = keys[fresh_rank[keyed]]
    nbytes = int(fresh_keys[keyed, 0].sum())
    todo = [(prefix + names[i], skipped.get(i)) for i in fresh_at.tolist()]
    if progress and nbytes:
        with tqdm(total=nbytes, unit="B", unit_scale=True, desc=f"parsing {root}") as bar:
            parsed, parsed_at = _parse_files(todo, bar.update)
    else:  # no bar at all: even a disabled one costs a lock
        parsed, parsed_at = _parse_files(todo)
    reused = 0 if cached is None else len(cached)
    order = np.empty(len(names), dtype=np.int64)
    order[seed_at[hit]] = row[hit]
    order[fresh_at] = reused + parsed_at
    stored = _listing_stamp(root, names, skipped) if full else stamp.get("listing")
    changed = bool((fresh_rank >= 0).any()) or np.count_nonzero(hit) != reused
    write = cached is None or changed or stored != stamp.get("listing")
    # From here on only ``batches`` holds the text, and _arrange lets it go as it copies it.
    batches = [] if cached is None else _with_paths(cached, prefix).to_batches()
    files = [names[i] for i in fresh_at.tolist()]
    batches += _with_keys(parsed, parsed_at, files, fresh_keys, keyed)
    del cached, parsed, todo
    if write:
        batches, order = _store(target, root, batches, order, stored)
    return [batch.select(_ROWS.names) for batch in batches], order


def _list_folder(root: Path) -> tuple[list[str], dict[int, str]]:
    """Every file's path relative to ``root``, and the messages of the skipped files by position."""
    start = len(_prefix(root))
    names: list[str] = []
    skipped: dict[int, str] = {}
    for path, skip in _walk(root):  # one path at a time: no list of every full path
        if skip is not None:
            skipped[len(names)] = skip.message
        names.append(path[start:].replace(os.sep, "/"))
    return names, skipped


def _with_keys(
    batches: list[pa.RecordBatch], rows_at: np.ndarray, files: list[str], keys: np.ndarray,
    keyed: np.ndarray,
) -> list[pa.RecordBatch]:
    """``batches`` with the columns of ``_FILES``: each file's cache key before its row.

    ``rows_at`` (the row of each file), ``files``, ``keys`` (size and mtime) and ``keyed``
    (False: the file has no key) are in the order of the files parsed.
    """
    file_of = np.empty(len(rows_at), dtype=np.int64)
    file_of[rows_at] = np.arange(len(rows_at))
    columns = [files, keys[:, 0], keys[:, 1]]
    key = pa.record_batch(
        [pa.array(values, field.type, mask=~keyed, memory_pool=_POOL)
         for values, field in zip(columns, _KEYS, strict=True)],
        schema=_KEYS,
    )
    key = pc.take(key, file_of, memory_pool=_POOL)
    keyed_batches, start = [], 0
    for batch in batches:
        head = key.slice(start, len(batch))
        keyed_batches.append(pa.RecordBatch.from_arrays([*head.columns, *batch.columns], schema=_FILES))
        start += len(batch)
    return keyed_batches


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
    files = zlib.decompress(base64.b64decode(listing["files"])).decode()
    return (files.split("\0") if files else []), dict(listing["skipped"])


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
    # The names packed: the Parquet writer copies the stamp many times over.
    files = base64.b64encode(zlib.compress("\0".join(names).encode())).decode()
    return {"dirs": dirs, "files": files, "skipped": [[i, m] for i, m in sorted(skipped.items())]}


def _open_cache(target: Path, root: Path) -> tuple[pq.ParquetFile | None, dict]:
    """The cache file, open, and its stamp; (None, {}) when there is no cache of this version
    and folder."""
    if not target.exists():
        return None, {}
    try:
        cache = pq.ParquetFile(target, buffer_size=1 << 20, pre_buffer=False)
        meta = cache.schema_arrow.metadata or {}
        stamp = json.loads(meta.get(_META_KEY, b"{}"))
    except Exception as err:  # noqa: BLE001 - any failure to read derived data means: rebuild it
        log.warning("ignoring unreadable cache %s (%s); rebuilding it", target, err)
        return None, {}
    if stamp.get("version") != _fingerprint() or stamp.get("root") != str(root.resolve()):
        log.info("cache %s is from another version or folder; rebuilding it", target)
        cache.close()
        return None, {}
    return cache, stamp


def _read_rows(cache: pq.ParquetFile, target: Path) -> pa.Table | None:
    """The cached rows, or None when they cannot be read or cannot have been written by
    :func:`_write_cache`. The file is closed."""
    try:
        with cache:  # a row group at a time, through a small buffer, by one thread
            groups = [cache.read_row_group(i, use_threads=False) for i in range(cache.num_row_groups)]
        table = pa.concat_tables(groups) if groups else cache.schema_arrow.empty_table()
        table = table.replace_schema_metadata(None)
        if not table.schema.equals(_STORED):
            raise ValueError(f"unexpected columns {table.schema.names}")
        _check_cache(table)
        return table.drop_columns([_TEXT_BYTES.name])
    except Exception as err:  # noqa: BLE001 - any failure to read derived data means: rebuild it
        log.warning("ignoring unreadable cache %s (%s); rebuilding it", target, err)
        return None


def _check_cache(table: pa.Table) -> None:
    """Raise ValueError when the rows cannot have been written by :func:`_write_cache`."""
    # A file's second row is never used (a reload takes its first, then rewrites the cache
    # without the rows it did not use): it needs no check of its own.
    if any(table[name].null_count for name in ("file", "size", "mtime_ns")):
        raise ValueError("missing file keys")
    article = pc.is_null(table["error"])
    for name in _PARSED:
        if pc.any(pc.and_(article, pc.is_null(table[name])), min_count=0).as_py():
            raise ValueError("article rows with missing fields")
    length_ok = pc.equal(pc.binary_length(table["text"]), table[_TEXT_BYTES.name])
    if not pc.all(pc.or_kleene(pc.invert(article), length_ok), min_count=0).as_py():
        raise ValueError("a text is not as long as when it was stored")


def _store(
    target: Path, root: Path, batches: list[pa.RecordBatch], order: np.ndarray, listing: dict | None
) -> tuple[list[pa.RecordBatch], np.ndarray]:
    """Put the rows of ``batches`` (``order`` gives each file's row) in the order the cache stores
    them and write them; return them in that order, with each file's new row."""
    articles, _ = _select(pa.Table.from_batches(batches, _FILES), order)
    rows = np.concatenate([articles, order[~np.isin(order, articles)]])
    at = np.empty(sum(map(len, batches)), dtype=np.int64)
    at[rows] = np.arange(len(rows))
    # The text is put in order in chunks the size of the row groups the cache is written in.
    size = sum(batch.nbytes for batch in batches)
    table = _arrange(batches, rows, _FILES, max(1, int(len(rows) * _ROW_GROUP_BYTES / max(size, 1))))
    _write_cache(target, root, table, listing)
    return table.to_batches(), at[order]


def _write_cache(target: Path, root: Path, table: pa.Table, listing: dict | None) -> None:
    """Write the rows of ``table`` (in the order the cache stores them) atomically; files
    modified in the last moments are left out."""
    now = time.time_ns()
    settled = pc.less(pc.fill_null(table["mtime_ns"], now), now - _RACY_NS)
    keep = pc.and_(table["file"].is_valid(), settled)
    frame = table.select(list(CACHE_COLUMNS))
    frame = frame.append_column(_TEXT_BYTES, pc.binary_length(frame["text"]).cast(pa.int64()))
    if not pc.all(keep, min_count=0).as_py():
        frame = frame.filter(keep)
    stamp = {"version": _fingerprint(), "root": str(root.resolve()), "listing": listing}
    frame = frame.replace_schema_metadata({_META_KEY: json.dumps(stamp).encode()})
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # Uncompressed: the cache trades disk for reload speed (decompressing text dominated it).
        # One row group per chunk of the table: the writer joins the chunks a group spans.
        # (its buffers from the C allocator, which hands them back at once)
        with pq.ParquetWriter(partial, frame.schema, compression="none", use_dictionary=False,
                              write_statistics=False, memory_pool=_POOL) as writer:
            for batch in frame.to_batches():
                writer.write_batch(batch)
        os.replace(partial, target)
    except OSError as err:
        log.warning("cannot write the cache %s (%s); continuing without it", target, err)
        partial.unlink(missing_ok=True)
