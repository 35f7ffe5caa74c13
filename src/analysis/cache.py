"""Load seed folders through a Parquet cache that re-parses only new or changed files."""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pyarrow as pa
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
CACHE_VERSION = "1"
# One row per seed file that was parsed: its key (path relative to the folder, size, mtime),
# then either the article fields or the error that stopped it, and its warnings as JSON.
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
_META_KEY = b"talks-workbook.cache"
# A file modified this close to the moment the cache is written may change again within the
# same mtime tick without its key changing ("racily clean"); such files are not cached.
_RACY_NS = 2_000_000_000
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
    parts: list[pd.DataFrame] = []
    for root in map(Path, paths):
        if root.is_dir() and not _inside(base, root):
            parts.append(_load_folder(root, base, progress))
        else:
            parts.append(_parse_files(iter_seed_paths(root)))
    return _assemble(parts)


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


def _load_folder(
    root: Path, base: Path, progress: bool, trust_listing: bool = True
) -> pd.DataFrame:
    """The files of one folder, each parsed or taken from the cache, in listing order.

    When no folder under ``root`` has a new modification time since the cache was written, no
    file was added, removed or renamed, so the listing stored with the cache stands in for
    :func:`analysis.seeds.iter_seed_paths`; each file is still checked with one ``stat``.
    """
    target = cache_path(root, base)
    cached, stamp = _read_cache(target, root)
    entries = _stored_listing(root, stamp) if trust_listing else None
    full = entries is None
    if full:
        entries = [
            (path.relative_to(root).as_posix(), skip) for path, skip in iter_seed_paths(root)
        ]
    known = {} if cached is None else dict(
        zip(cached.index, zip(cached["size"], cached["mtime_ns"], strict=True), strict=True)
    )
    top = str(root)
    hits: list[tuple[int, str, str]] = []
    fresh: list[tuple[int, str, SeedError | None, str | None, tuple[int, int] | None]] = []
    for pos, (rel, skip) in enumerate(entries):
        path = os.path.join(top, rel)
        if isinstance(skip, str):
            skip = SeedError(path, None, skip)
        key = stat = None
        if skip is None:
            try:
                st = os.stat(path)
            except OSError:
                if not full:  # gone or broken since the listing was stored: list again
                    return _load_folder(root, base, progress, trust_listing=False)
            else:
                key, stat = rel, (st.st_size, st.st_mtime_ns)
                if known.get(key) == stat:
                    hits.append((pos, path, key))
                    continue
        fresh.append((pos, path, skip, key, stat))
    todo = sum(stat[0] for *_, stat in fresh if stat is not None)
    with tqdm(total=todo, unit="B", unit_scale=True, desc=f"parsing {root}",
              disable=not progress or not todo) as bar:
        parsed = _parse_files([(Path(path), skip) for _, path, skip, _, _ in fresh], bar.update)
    parsed["pos"] = [item[0] for item in fresh]
    parsed["file"] = [item[3] for item in fresh]
    parsed["size"] = pd.array([None if s is None else s[0] for *_, s in fresh], dtype="Int64")
    parsed["mtime_ns"] = pd.array([None if s is None else s[1] for *_, s in fresh], dtype="Int64")
    frames = [parsed]
    if hits:
        reused = cached.loc[[key for _, _, key in hits]].reset_index()
        reused["pos"] = [pos for pos, _, _ in hits]
        reused["path"] = [path for _, path, _ in hits]
        reused["skip"] = pd.Series([None] * len(hits), dtype=object)
        frames.insert(0, reused)
    files = pd.concat(frames, ignore_index=True) if len(frames) > 1 else parsed
    # Back to listing order: the order decides which of two files with one doc_id wins.
    files = files.sort_values("pos", ignore_index=True).drop(columns="pos")
    listing = _listing_stamp(root, entries) if full else stamp.get("listing")
    if cached is None or fresh or len(hits) != len(cached) or listing != stamp.get("listing"):
        _write_cache(target, root, files, listing)
    return files


def _stored_listing(root: Path, stamp: dict) -> list[tuple[str, str | None]] | None:
    """The listing stored with the cache when every folder's mtime is unchanged, else None."""
    listing = stamp.get("listing")
    if not listing:
        return None
    for rel, mtime in listing["dirs"].items():
        try:
            if os.stat(os.path.join(root, rel)).st_mtime_ns != mtime:
                return None
        except OSError:
            return None
    return [(rel, skip) for rel, skip in listing["entries"]]


def _listing_stamp(root: Path, entries: list[tuple[str, SeedError | None]]) -> dict | None:
    """What :func:`_stored_listing` needs, or None when the listing cannot be trusted later."""
    if any(skip is not None and not skip.message.startswith("skipped") for _, skip in entries):
        return None  # broken links and the like can change without their folder changing
    dirs = {}
    racy = time.time_ns() - _RACY_NS
    for dirpath, _, _ in os.walk(root):
        mtime = os.stat(dirpath).st_mtime_ns
        if mtime >= racy:
            return None
        dirs[Path(dirpath).relative_to(root).as_posix()] = mtime
    return {
        "dirs": dirs,
        "entries": [[rel, None if skip is None else skip.message] for rel, skip in entries],
    }


def _parse_files(
    listing: list[tuple[Path, SeedError | None]], progress: Callable[[int], object] | None = None
) -> pd.DataFrame:
    """Parse each file of ``listing``: one row per file (cache columns, ``path`` and ``skip``)."""
    rows = []
    for path, skip in listing:
        row = dict.fromkeys(CACHE_COLUMNS)
        row.update(path=str(path), skip=skip, warnings=None)
        if skip is None:
            try:
                data = path.read_bytes()
            except OSError as err:
                row["skip"] = SeedError(path, None, f"cannot read: {err.strerror}")
            else:
                if progress is not None:
                    progress(len(data))
                try:
                    article, warnings = parse_seed(data, path)
                except SeedError as err:
                    row.update(error_line=err.line, error=err.message)
                else:
                    article.pop("path")
                    row.update(article)
                    if warnings:
                        row["warnings"] = json.dumps([[w.line, w.message] for w in warnings])
        rows.append(row)
    frame = pd.DataFrame(rows, columns=[*CACHE_COLUMNS, "path", "skip"])
    frame["published"] = pd.to_datetime(frame["published"]).astype("datetime64[s]")
    for column in ("n_chars", "error_line", "size", "mtime_ns"):
        frame[column] = frame[column].astype("Int64")
    return frame


def _read_cache(target: Path, root: Path) -> tuple[pd.DataFrame | None, dict]:
    """The cached rows indexed by ``file`` and the stamp, or (None, {}) when there is no usable
    cache."""
    if not target.exists():
        return None, {}
    try:
        table = pq.read_table(target, memory_map=True)
        meta = table.schema.metadata or {}
        stamp = json.loads(meta.get(_META_KEY, b"{}"))
        if stamp.get("version") != _fingerprint() or stamp.get("root") != str(root.resolve()):
            log.info("cache %s is from another version or folder; rebuilding it", target)
            return None, {}
        if not table.schema.remove_metadata().equals(_SCHEMA):
            raise ValueError(f"unexpected columns {table.schema.names}")
        frame = table.to_pandas(types_mapper={pa.int64(): pd.Int64Dtype()}.get)
        _check_cache(frame)
    except Exception as err:  # noqa: BLE001 - any failure to read derived data means: rebuild it
        log.warning("ignoring unreadable cache %s (%s); rebuilding it", target, err)
        return None, {}
    return frame.set_index("file"), stamp


def _check_cache(frame: pd.DataFrame) -> None:
    """Raise ValueError when the rows cannot have been written by :func:`_write_cache`."""
    if frame[["file", "size", "mtime_ns"]].isna().any().any() or frame["file"].duplicated().any():
        raise ValueError("missing or duplicate file keys")
    ok = frame["error"].isna()
    articles = frame[ok]
    if articles[["doc_id", "published", "title", "text", "n_chars"]].isna().any().any():
        raise ValueError("article rows with missing fields")
    if not (articles["text"].str.len() == articles["n_chars"]).all():
        raise ValueError("n_chars does not match the text")


def _write_cache(target: Path, root: Path, files: pd.DataFrame, listing: dict | None) -> None:
    """Write the parsed rows atomically; files modified in the last moments are left out."""
    now = time.time_ns()
    keep = (files["file"].notna() & (files["mtime_ns"] < now - _RACY_NS)).fillna(False)
    frame = files.loc[keep, list(CACHE_COLUMNS)]
    table = pa.Table.from_pandas(frame, schema=_SCHEMA, preserve_index=False)
    stamp = {"version": _fingerprint(), "root": str(root.resolve()), "listing": listing}
    table = table.replace_schema_metadata({_META_KEY: json.dumps(stamp).encode()})
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # Uncompressed: the cache trades disk for reload speed (decompressing text dominated it).
        pq.write_table(table, partial, compression="none", use_dictionary=False)
        os.replace(partial, target)
    except OSError as err:
        log.warning("cannot write the cache %s (%s); continuing without it", target, err)
        partial.unlink(missing_ok=True)


def _assemble(parts: list[pd.DataFrame]) -> Corpus:
    """Turn per-file rows (in listing order) into the articles and problems of ``load_seeds``."""
    files = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    problems: list[dict] = []
    first_path: dict[str, str] = {}
    keep = []
    has_warnings = files["warnings"].notna().to_numpy()
    errors = files["error"].notna().to_numpy()
    skips = files["skip"].to_numpy()
    doc_ids = files["doc_id"].to_numpy()
    paths = files["path"].to_numpy()
    lines = files["error_line"].to_numpy()
    messages = files["error"].to_numpy()
    warnings = files["warnings"].to_numpy()
    for i in range(len(files)):
        skip = skips[i]
        if skip is not None:
            severity = "warning" if skip.message.startswith("skipped") else "error"
            problems.append(_problem(skip.path, skip.line, severity, skip.message))
            continue
        if errors[i]:
            line = None if pd.isna(lines[i]) else int(lines[i])
            problems.append(_problem(paths[i], line, "error", messages[i]))
            continue
        doc_id = doc_ids[i]
        if doc_id in first_path:
            message = (
                f"duplicate doc_id {doc_id!r}: already loaded from {first_path[doc_id]}; "
                "rename one of the files"
            )
            problems.append(_problem(paths[i], None, "error", message))
            continue
        first_path[doc_id] = paths[i]
        if has_warnings[i]:
            for line, message in json.loads(warnings[i]):
                problems.append(_problem(paths[i], line, "warning", message))
        keep.append(i)
    for problem in problems:
        log.warning("%s:%s: %s", problem["path"], problem["line"], problem["message"])
    articles = files.iloc[keep].reset_index(drop=True)
    articles = pd.DataFrame({c: articles[c] for c in ARTICLE_COLUMNS})
    for column in ("doc_id", "path", "title", "text"):
        articles[column] = articles[column].astype("str")
    articles["published"] = articles["published"].astype("datetime64[s]")
    articles["n_chars"] = articles["n_chars"].astype("int64")
    articles = articles.sort_values(["published", "doc_id"], ignore_index=True)
    problems_df = pd.DataFrame(problems, columns=list(PROBLEM_COLUMNS))
    problems_df["line"] = problems_df["line"].astype("Int64")
    return Corpus(articles, problems_df)


def _problem(path: str, line: int | None, severity: str, message: str) -> dict:
    return {"path": str(path), "line": line, "severity": severity, "message": message}
