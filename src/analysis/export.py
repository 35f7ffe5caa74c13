"""Write an analysis as the export JSON that the scorers and other tools read."""

from __future__ import annotations

import contextlib
import functools
import json
import math
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from .chronology import EVENT_COLUMNS_READ, build_chronology
from .engine import map_articles
from .pipeline import Analysis, article_tables, with_failures

__all__ = ["EXPORT_KEYS", "export_articles", "to_export", "write_export"]

EXPORT_KEYS = ("documents", "problems", "actors", "mentions", "events", "chronology", "outcomes")


def _records(frame: pd.DataFrame, columns: list[str] | None = None) -> Iterator[dict[str, Any]]:
    columns = list(frame.columns) if columns is None else columns
    values = [_column(frame[c]) for c in columns]
    return (dict(zip(columns, row, strict=True)) for row in zip(*values, strict=True))


def _column(series: pd.Series) -> list[Any]:
    """One column as JSON-ready Python values, converted column by column, not cell by cell."""
    if series.dtype.kind == "M":
        values = series.dt.strftime("%Y-%m-%d").astype(object)
    else:
        values = series.astype(object)
    missing = series.isna()
    if missing.any():
        values = values.where(~missing, None)
    if series.dtype == object:  # tuples, lists, numpy scalars
        return list(map(_plain, values.tolist()))
    return values.tolist()


def _plain(value: Any) -> Any:
    """JSON-ready: NaN/NA to None, timestamps to ISO dates, tuples to lists, numpy scalars to Python."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "item"):
        return value.item()
    return value


def _located(records: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Records with their place as ``location: {venue, city, country}`` (or None)."""
    for row in records:
        place = {key: row.pop(key, None) for key in ("venue", "city", "country")}
        row["location"] = place if any(v is not None for v in place.values()) else None
        yield row


# The keys whose records come from each article alone, and the columns each key writes
# (None: every column of its table).
_ARTICLE_KEYS = ("actors", "mentions", "events", "outcomes", "assessments")
_COLUMNS = {"documents": ["doc_id", "path", "published", "title"],
            "problems": ["path", "line", "severity", "message"]}
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode
# The events' columns that the chronology reads, as the parts hand them over: Arrow arrays
# hold about a fifth of what a Python object per cell does.
_EVENTS_HELD = pa.schema(
    [(c, pa.list_(pa.string()) if c == "participants" else pa.int64() if c == "round"
      else pa.string()) for c in EVENT_COLUMNS_READ]
)


def _key_records(key: str, frame: pd.DataFrame) -> Iterator[dict[str, Any]]:
    records = _records(frame, _COLUMNS.get(key))
    return _located(records) if key in ("events", "chronology") else records


def _export(result: Analysis) -> Iterator[tuple[str, Iterator[dict[str, Any]]]]:
    """Each key of the export with its records, made one at a time."""
    for key in (*EXPORT_KEYS, "assessments"):
        frame = result.articles if key == "documents" else getattr(result, key)
        yield key, _key_records(key, frame)


def to_export(result: Analysis) -> dict[str, list[dict[str, Any]]]:
    """The export document (see ``EXPORT.md``): one list of records per key of ``EXPORT_KEYS``.

    Events and chronology entries carry their place as ``location: {venue, city, country}``
    (or null); the other keys are the columns of the stage tables, with extra columns kept.
    """
    return {key: list(records) for key, records in _export(result)}


def _lines(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """Each record as ``",\n{json}"``: one record per line, each written by ``json``'s C
    encoder (an indented dump is pure Python, and took as long as every stage after tagging)."""
    return (f",\n{_ENCODE(record)}" for record in records)


def _write(out: str | os.PathLike, keys: Iterable[tuple[str, Iterable[str]]]) -> Path:
    """Write the export document from each key's pieces of ``_lines`` text, in order."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        f.write("{")
        for n, (key, pieces) in enumerate(keys):
            f.write(f"{',' if n else ''}\n{_ENCODE(key)}: [")
            first = True
            for piece in pieces:
                if piece:
                    f.write(piece[1:] if first else piece)  # no comma before the first record
                    first = False
            f.write("]" if first else "\n]")
        f.write("\n}\n")
    return out


def write_export(result: Analysis, out: str | os.PathLike) -> Path:
    """Write :func:`to_export` as UTF-8 JSON to ``out`` (``-`` is not special) and return the path.

    One record per line, readable and diffable. Records are made and written one at a time,
    so the export never holds a second copy of the tables as Python objects.
    """
    return _write(out, ((key, _lines(records)) for key, records in _export(result)))


def export_articles(
    articles: pd.DataFrame,
    problems: pd.DataFrame,
    out: str | os.PathLike,
    engine: str = "pandas",
    scheduler: str | None = None,
    progress: bool = False,
    release_text: bool = False,
) -> dict[str, int]:
    """Run every stage and write the export, holding one part of the corpus at a time.

    The same file as :func:`write_export` of :func:`analysis.engine.run_articles`, without
    ever holding every table: the per-article stages run on parts of the articles
    (:func:`analysis.engine.map_articles`, either engine), and each part comes back as the
    export text of its rows, which goes to a temporary file next to ``out``, and its events,
    which the chronology needs at the end. Memory then grows with the events, not with every
    mention, claim and sentence; on Dask the workers also encode the JSON.

    With ``release_text`` the ``text`` column of ``articles`` is deleted (in place) once the
    per-article stages are done: the chronology and the writing read only the articles' ids
    and dates, and the text, the largest part of a corpus, would otherwise stay in memory
    through them. For a caller with no further use for the text (``analysis export``).

    Returns
    -------
    dict
        The number of records written under each key of the export.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    counts = {"documents": len(articles), "problems": len(problems)}
    with (tempfile.TemporaryDirectory(dir=out.parent, prefix=f".{out.name}.") as tmp,
          contextlib.ExitStack() as stack):
        files = {key: stack.enter_context(open(Path(tmp, key), "w+", encoding="utf-8"))
                 for key in _ARTICLE_KEYS}
        events, failures = [], []
        for texts, part_events, part_failures in map_articles(_export_part, articles, engine,
                                                              scheduler, progress):
            for key, (text, n) in texts.items():
                files[key].write(text)
                counts[key] = counts.get(key, 0) + n
            events.append(part_events)
            failures.append({"failures": part_failures})
        problems = with_failures(problems, failures)
        counts["problems"] = len(problems)
        if release_text and "text" in articles:
            del articles["text"]
        frame = pa.concat_tables(events).to_pandas(types_mapper=pd.ArrowDtype)
        events.clear()
        chronology = build_chronology(frame, articles)
        del frame
        counts["chronology"] = len(chronology)
        pieces = {
            "documents": _lines(_key_records("documents", articles)),
            "problems": _lines(_key_records("problems", problems)),
            "chronology": _lines(_key_records("chronology", chronology)),
        }
        for key, f in files.items():
            f.seek(0)
            pieces[key] = iter(functools.partial(f.read, 1 << 20), "")
        _write(out, ((key, pieces[key]) for key in (*EXPORT_KEYS, "assessments")))
    return counts


def _export_part(articles: pd.DataFrame) -> tuple[dict[str, tuple[str, int]], pa.Table, pd.DataFrame]:
    """The per-article stages on some articles: per key, the export text of their rows and
    how many; the columns of their events that the chronology reads, as Arrow; and the
    articles the stages failed on, as problems."""
    tables = article_tables(articles)
    texts = {key: ("".join(_lines(_key_records(key, tables[key]))), len(tables[key]))
             for key in _ARTICLE_KEYS}
    events = tables["events"][list(EVENT_COLUMNS_READ)]
    return (texts, pa.Table.from_pandas(events, schema=_EVENTS_HELD, preserve_index=False),
            tables["failures"])
