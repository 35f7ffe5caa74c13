"""Write an analysis as the export JSON that the scorers and other tools read."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Any

import pandas as pd

from .pipeline import Analysis

__all__ = ["EXPORT_KEYS", "to_export", "write_export"]

EXPORT_KEYS = ("documents", "problems", "actors", "mentions", "events", "chronology", "outcomes")


def _records(frame: pd.DataFrame, columns: list[str]) -> list[dict[str, Any]]:
    values = [_column(frame[c]) for c in columns]
    return [dict(zip(columns, row, strict=True)) for row in zip(*values, strict=True)]


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


def _location(row: dict) -> dict[str, Any] | None:
    place = {key: row.pop(key) for key in ("venue", "city", "country")}
    return place if any(v is not None for v in place.values()) else None


def to_export(result: Analysis) -> dict[str, list[dict[str, Any]]]:
    """The export document (see ``EXPORT.md``): one list of records per key of ``EXPORT_KEYS``.

    Events and chronology entries carry their place as ``location: {venue, city, country}``
    (or null); the other keys are the columns of the stage tables, with extra columns kept.
    """
    events = _records(result.events, list(result.events.columns))
    for row in events:
        row["location"] = _location(row)
    chronology = _records(result.chronology, list(result.chronology.columns))
    for row in chronology:
        row.setdefault("venue", None)
        row["location"] = _location(row)
    return {
        "documents": _records(result.articles, ["doc_id", "path", "published", "title"]),
        "problems": _records(result.problems, ["path", "line", "severity", "message"]),
        "actors": _records(result.actors, list(result.actors.columns)),
        "mentions": _records(result.mentions, list(result.mentions.columns)),
        "events": events,
        "chronology": chronology,
        "outcomes": _records(result.outcomes, list(result.outcomes.columns)),
        "assessments": _records(result.assessments, list(result.assessments.columns)),
    }


def write_export(result: Analysis, out: str | os.PathLike) -> Path:
    """Write :func:`to_export` as UTF-8 JSON to ``out`` (``-`` is not special) and return the path.

    One record per line: readable and diffable, and each line is written by ``json``'s C
    encoder (an indented dump is pure Python, and took as long as every stage after tagging).
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    encode = json.JSONEncoder(ensure_ascii=False).encode
    keys = []
    for key, records in to_export(result).items():
        body = ",\n".join(map(encode, records))
        keys.append(f"{encode(key)}: [\n{body}\n]" if records else f"{encode(key)}: []")
    out.write_text("{\n" + ",\n".join(keys) + "\n}\n", encoding="utf-8")
    return out
