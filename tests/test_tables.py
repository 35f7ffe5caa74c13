"""Tables out: every table as Parquet (list columns, dates) and CSV ("a;b" lists)."""

from __future__ import annotations

import datetime as dt
import shutil

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from analysis.cli import main
from analysis.pipeline import Analysis
from analysis.tables import DOCUMENT_COLUMNS, TABLES, write_tables

from .conftest import SEED


def _analysis() -> Analysis:
    """A small hand-made analysis: two articles, two events, one chronology entry."""
    articles = pd.DataFrame({
        "doc_id": ["a", "b"],
        "path": ["seeds/a.txt", "seeds/b.txt"],
        "published": pd.to_datetime(["2026-02-04", "2026-02-05"]).astype("datetime64[s]"),
        "title": ["Talks in Geneva", "Envoys, again"],
        "text": ["Body A", "Body B"],
        "n_chars": [6, 6],
    })
    events = pd.DataFrame({
        "doc_id": ["a", "b"],
        "event_id": ["a#e1", "b#e1"],
        "start": ["2026-02-03", None],
        "participants": [("RUS", "UKR"), ()],
        "hosts_mediators": [("CHE",), ("United Nations",)],
        "round": pd.array([2, None], dtype="Int64"),
    })
    chronology = pd.DataFrame({
        "chronology_id": ["c1"],
        "participants": [("RUS", "UKR")],
        "event_ids": [("a#e1", "b#e1")],
        "conflicts": [({"field": "start", "values": ["2026-02-03", "2026-02-04"]},)],
        "dated": [True],
    })
    empty = pd.DataFrame({"doc_id": pd.Series([], dtype="str")})
    problems = pd.DataFrame({
        "path": ["seeds/c.md"], "line": pd.array([None], dtype="Int64"),
        "severity": ["warning"], "message": ["skipped: only .txt files are seeds"],
    })
    return Analysis(
        articles=articles, problems=problems, sentences=empty, mentions=empty, actors=empty,
        claims=empty, dates=empty, events=events, outcomes=empty, assessments=empty,
        chronology=chronology,
    )


@pytest.fixture
def written(tmp_path):
    out = tmp_path / "tables"
    return out, write_tables(_analysis(), out)


def test_every_table_in_both_formats(written):
    out, files = written
    assert [f.name for f in files] == [f"{t}.{ext}" for t in TABLES for ext in ("parquet", "csv")]
    assert sorted(p.name for p in out.iterdir()) == sorted(f.name for f in files)


def test_tuple_columns_are_lists_in_parquet(written):
    out, _ = written
    events = pq.read_table(out / "events.parquet")
    assert events.schema.field("participants").type == pa.list_(pa.string())
    assert events.column("participants").to_pylist() == [["RUS", "UKR"], []]
    assert events.column("hosts_mediators").to_pylist() == [["CHE"], ["United Nations"]]
    assert events.column("round").to_pylist() == [2, None]
    assert events.column("start").to_pylist() == ["2026-02-03", None]


@pytest.mark.parametrize(
    "table, column, expected",
    [
        ("events", "participants", ["RUS;UKR", ""]),
        ("events", "hosts_mediators", ["CHE", "United Nations"]),
        ("events", "round", ["2", ""]),
        ("events", "start", ["2026-02-03", ""]),
        ("chronology", "event_ids", ["a#e1;b#e1"]),
        (
            "chronology", "conflicts",
            ['{"field": "start", "values": ["2026-02-03", "2026-02-04"]}'],
        ),
        ("documents", "published", ["2026-02-04", "2026-02-05"]),
        ("problems", "line", [""]),
    ],
    ids=[
        "list", "one-element", "nullable-int", "missing", "ids", "dicts-as-json", "dates",
        "no-line",
    ],
)
def test_csv_cells(written, table, column, expected):
    out, _ = written
    frame = pd.read_csv(out / f"{table}.csv", dtype=str, keep_default_na=False)
    assert frame[column].tolist() == expected


def test_documents_leave_out_the_body(written):
    out, _ = written
    documents = pq.read_table(out / "documents.parquet")
    assert documents.column_names == list(DOCUMENT_COLUMNS)
    assert documents.schema.field("published").type == pa.date32()
    assert documents.column("published").to_pylist() == [dt.date(2026, 2, 4), dt.date(2026, 2, 5)]
    csv = pd.read_csv(out / "documents.csv")
    assert list(csv.columns) == list(DOCUMENT_COLUMNS)


def test_empty_tables_keep_their_columns(written):
    out, _ = written
    assert pq.read_table(out / "mentions.parquet").column_names == ["doc_id"]
    assert (out / "mentions.csv").read_text() == "doc_id\n"


def test_export_command_writes_tables_for_the_project_seed(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("TALKS_CACHE_DIR", str(tmp_path / "cache"))
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds)
    out, tables = tmp_path / "out.json", tmp_path / "t"
    code = main(["export", str(seeds), "-o", str(out), "--tables", str(tables)])
    assert code == 0
    err = capsys.readouterr().err
    assert "wrote 16 table files" in err
    assert "it/s" not in err and "%|" not in err  # no progress bar when stderr is not a terminal
    documents = pq.read_table(tmp_path / "t" / "documents.parquet").to_pylist()
    assert [d["doc_id"] for d in documents] == ["000_3b9b93f1f23eb8a6"]
    events = pq.read_table(tmp_path / "t" / "events.parquet")
    assert events.schema.field("participants").type == pa.list_(pa.string())
    csv = pd.read_csv(tmp_path / "t" / "events.csv", dtype=str, keep_default_na=False)
    assert csv["participants"].tolist() == [
        ";".join(p) for p in events.column("participants").to_pylist()
    ]
    assert len(csv) == events.num_rows
