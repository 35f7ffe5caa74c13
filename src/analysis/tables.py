"""Write the tables of an analysis as Parquet and CSV files for use in other tools."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .pipeline import Analysis

__all__ = ["DOCUMENT_COLUMNS", "LIST_SEPARATOR", "TABLES", "table_frames", "write_tables"]

# The tables written, in this order; each is a field of Analysis except documents (articles
# without the body text, which stays in the seed files).
TABLES = (
    "documents", "problems", "mentions", "actors", "events", "chronology", "outcomes",
    "assessments",
)
DOCUMENT_COLUMNS = ("doc_id", "path", "published", "title", "n_chars")
# Tuple columns (participants, event_ids...) are lists in Parquet and joined with this in CSV.
LIST_SEPARATOR = ";"


def table_frames(result: Analysis) -> dict[str, pd.DataFrame]:
    """The frames that :func:`write_tables` writes, keyed by the names in ``TABLES``."""
    frames = {"documents": result.articles[list(DOCUMENT_COLUMNS)]}
    frames.update({name: getattr(result, name) for name in TABLES[1:]})
    return frames


def write_tables(result: Analysis, out_dir: str | os.PathLike) -> list[Path]:
    """Write each table of ``TABLES`` as ``<name>.parquet`` and ``<name>.csv`` into ``out_dir``.

    Columns keep the names and meaning of the stage tables. In Parquet, tuple columns (such as
    ``participants``) are list columns and dates are ``date32``; in CSV, tuples are joined with
    ``";"`` (``"RUS;UKR"``, empty for an empty tuple), dates are ``YYYY-MM-DD`` and missing values
    are empty cells.

    Returns
    -------
    list of Path
        The files written, Parquet then CSV for each table in ``TABLES`` order.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in table_frames(result).items():
        parquet, csv = out / f"{name}.parquet", out / f"{name}.csv"
        pq.write_table(_arrow_table(frame), parquet)
        _csv_frame(frame).to_csv(csv, index=False, date_format="%Y-%m-%d", lineterminator="\n")
        written += [parquet, csv]
    return written


def _kind(values: pd.Series) -> str:
    """What an object column holds: ``list`` (tuples or lists), ``json`` (dicts) or ``scalar``."""
    for value in values:
        if isinstance(value, tuple | list):
            return "list"
        if isinstance(value, dict):
            return "json"
    return "scalar"


def _arrow_table(frame: pd.DataFrame) -> pa.Table:
    arrays, names = [], []
    for column in frame.columns:
        values = frame[column]
        if pd.api.types.is_datetime64_any_dtype(values):
            array = pa.array(values.dt.date, type=pa.date32(), from_pandas=True)
        elif values.dtype == object:
            kind = _kind(values)
            if kind == "list":
                items = [None if v is None else [_text(x) for x in v] for v in values]
                array = pa.array(items, type=pa.list_(pa.string()))
            elif kind == "json":
                array = pa.array([_json(v) for v in values], type=pa.string())
            else:
                texts = [None if _missing(v) else str(v) for v in values]
                array = pa.array(texts, type=pa.string())
        else:
            array = pa.Array.from_pandas(values)
        arrays.append(array)
        names.append(str(column))
    return pa.Table.from_arrays(arrays, names=names)


def _csv_frame(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for column in frame.columns:
        if frame[column].dtype == object:
            kind = _kind(frame[column])
            if kind == "list":
                out[column] = [
                    None if v is None else LIST_SEPARATOR.join(map(_text, v)) for v in frame[column]
                ]
            elif kind == "json":
                out[column] = [_json(v) for v in frame[column]]
    return out


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def _text(value: object) -> str:
    """One element of a list column as text (dicts, in a list of conflicts say, as JSON)."""
    return _json(value) if isinstance(value, dict | list | tuple) else str(value)


def _json(value: object) -> str | None:
    return None if _missing(value) else json.dumps(value, ensure_ascii=False, default=str)
