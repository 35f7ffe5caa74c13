"""The command line: exit codes, one-line errors, and the export file."""

from __future__ import annotations

import json

import pytest

from analysis.cli import main
from analysis.export import EXPORT_KEYS

from .conftest import SEED


@pytest.fixture
def mixed_folder(write_seed):
    write_seed("good.txt", "date 2026-03-01 Talks resume\n\nDelegations met in Geneva.")
    write_seed("bad.txt", "date 01.03.2026 Talks\nbody")
    write_seed("readme.md", "notes")
    return write_seed("good.txt", "date 2026-03-01 Talks resume\n\nDelegations met in Geneva.").parent


def test_check_lists_every_problem_and_exits_1(mixed_folder, capsys):
    assert main(["check", str(mixed_folder)]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        f"{mixed_folder}/bad.txt:1: error: date '01.03.2026' is not in the form YYYY-MM-DD (e.g. 2026-02-04)",
        f"{mixed_folder}/readme.md: warning: skipped: only .txt files are seeds",
    ]
    assert err == "1 article loaded, 2 problems\n"


def test_check_a_clean_folder_exits_0(capsys):
    assert main(["check", str(SEED.parent)]) == 0
    assert capsys.readouterr().out == ""


def test_export_writes_every_key_and_keeps_going(mixed_folder, tmp_path, capsys):
    out = tmp_path / "out" / "export.json"
    assert main(["export", str(mixed_folder), "-o", str(out)]) == 0
    data = json.loads(out.read_text())
    assert set(EXPORT_KEYS) <= set(data)
    assert data["documents"] == [
        {"doc_id": "good", "path": f"{mixed_folder}/good.txt", "published": "2026-03-01", "title": "Talks resume"}
    ]
    assert [(p["path"].rsplit("/", 1)[1], p["line"]) for p in data["problems"]] == [("bad.txt", 1), ("readme.md", None)]
    assert "bad.txt:1: error: date '01.03.2026'" in capsys.readouterr().err


def test_export_strict_makes_problems_an_error(mixed_folder, tmp_path):
    assert main(["export", str(mixed_folder), "-o", str(tmp_path / "x.json"), "--strict"]) == 1
    assert main(["export", str(SEED.parent), "-o", str(tmp_path / "y.json"), "--strict"]) == 0


@pytest.mark.parametrize(
    "argv, message",
    [
        pytest.param(["export", "seeds"], "the following arguments are required: -o/--output", id="no-output"),
        pytest.param(["frobnicate"], "invalid choice: 'frobnicate'", id="unknown-command"),
        pytest.param([], "the following arguments are required: COMMAND", id="no-command"),
    ],
)
def test_usage_errors_exit_2_with_one_line(argv, message, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_unwritable_output_is_one_line(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert main(["export", str(SEED), "-o", str(blocker / "out.json")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("analysis export: error: [Errno 17] File exists")


@pytest.mark.parametrize("command", ["check", "export", "render", "check-lexicons"])
def test_help_everywhere(command, capsys):
    assert main([command, "--help"]) == 0
    assert capsys.readouterr().out.startswith(f"usage: analysis {command}")


def test_check_lexicons_passes_on_the_shipped_lexicons(capsys):
    assert main(["check-lexicons"]) == 0
    assert "problems" in capsys.readouterr().err


def test_export_values_are_plain_json_one_record_per_line(tmp_path):
    import numpy as np
    import pandas as pd

    from analysis.export import to_export, write_export
    from analysis.pipeline import analyse_articles
    from analysis.seeds import load_seeds

    result = analyse_articles(load_seeds(SEED).articles)
    odd = pd.DataFrame({
        "n": pd.array([1, None], dtype="Int64"),
        "x": [1.5, float("nan")],
        "when": pd.to_datetime(["2026-03-01", None]),
        "names": [("a", "b"), []],
        "s": pd.array(["é", None], dtype="str"),
        "flag": [True, False],
        "k": np.array([3, 4], dtype="int32"),
        "o": [np.int64(7), None],
    })
    result = result._replace(outcomes=odd, problems=result.problems.iloc[0:0])
    path = write_export(result, tmp_path / "export.json")
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    start = lines.index('"outcomes": [')
    assert [json.loads(line.rstrip(",")) for line in lines[start + 1 : start + 3]] == [
        {"n": 1, "x": 1.5, "when": "2026-03-01", "names": ["a", "b"], "s": "é", "flag": True,
         "k": 3, "o": 7},
        {"n": None, "x": None, "when": None, "names": [], "s": None, "flag": False, "k": 4,
         "o": None},
    ]
    assert lines[start + 3] == "],"
    assert '"problems": [],' in lines
    assert json.loads(text) == to_export(result)
