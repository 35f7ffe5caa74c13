"""Write an analysis as the export JSON that the scorers and other tools read."""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from .pipeline import Analysis

__all__ = ["EXPORT_KEYS", "to_export", "write_export"]

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


def _export(result: Analysis) -> Iterator[tuple[str, Iterator[dict[str, Any]]]]:
    """Each key of the export with its records, made one at a time."""
    yield "documents", _records(result.articles, ["doc_id", "path", "published", "title"])
    yield "problems", _records(result.problems, ["path", "line", "severity", "message"])
    yield "actors", _records(result.actors)
    yield "mentions", _records(result.mentions)
    yield "events", _located(_records(result.events))
    yield "chronology", _located(_records(result.chronology))
    yield "outcomes", _records(result.outcomes)
    yield "assessments", _records(result.assessments)


def to_export(result: Analysis) -> dict[str, list[dict[str, Any]]]:
    """The export document (see ``EXPORT.md``): one list of records per key of ``EXPORT_KEYS``.

    Events and chronology entries carry their place as ``location: {venue, city, country}``
    (or null); the other keys are the columns of the stage tables, with extra columns kept.
    """
    return {key: list(records) for key, records in _export(result)}


def write_export(result: Analysis, out: str | os.PathLike) -> Path:
    """Write :func:`to_export` as UTF-8 JSON to ``out`` (``-`` is not special) and return the path.

    One record per line: readable and diffable, and each line is written by ``json``'s C
    encoder (an indented dump is pure Python, and took as long as every stage after tagging).
    Records are made and written one at a time, so the export never holds a second copy of
    the tables as Python objects.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    encode = json.JSONEncoder(ensure_ascii=False).encode
    with out.open("w", encoding="utf-8") as f:
        f.write("{")
        for n, (key, records) in enumerate(_export(result)):
            f.write(f"{',' if n else ''}\n{encode(key)}: [")
            i = -1
            for i, record in enumerate(records):
                f.write(f"{',' if i else ''}\n{encode(record)}")
            f.write("\n]" if i >= 0 else "]")
        f.write("\n}\n")
    return out
