"""Rendering: parameters checked, failures atomic, payloads escaped, output deterministic."""

from __future__ import annotations

import os
import re
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from analysis.errors import ParameterError, RenderError
from analysis.paths import ROOT_ENV
from analysis.render import check_parameters, find_notebooks, render_notebook, render_reports


@pytest.fixture
def tiny_project(tmp_path, monkeypatch):
    """A project folder with one small notebook that fails on demand."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "pyproject.toml").write_text("")
    nb = new_notebook(metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    params = new_code_cell(
        "n: int = 3  # how many\nratio: float = 0.5  # share\nflag: bool = False  # fail when true\n"
        "when: str | None = None  # a date\ncodes: list[str] = []  # countries"
    )
    params.metadata["tags"] = ["parameters"]
    nb.cells = [
        new_markdown_cell("# Tiny"),
        params,
        new_code_cell("print(n * 2, codes)"),
        new_code_cell("1 / 0 if flag else None"),
    ]
    path = tmp_path / "notebooks" / "01-tiny.ipynb"
    path.parent.mkdir()
    nbformat.write(nb, path)
    monkeypatch.setenv(ROOT_ENV, str(tmp_path))
    return path


@pytest.mark.parametrize(
    "given, expected",
    [
        pytest.param({"n": "7"}, {"n": 7}, id="int-from-string"),
        pytest.param({"n": 7}, {"n": 7}, id="int"),
        pytest.param({"ratio": "1e-1"}, {"ratio": 0.1}, id="float"),
        pytest.param({"flag": "yes"}, {"flag": True}, id="bool-yes"),
        pytest.param({"flag": "False"}, {"flag": False}, id="bool-false"),
        pytest.param({"when": "null"}, {"when": None}, id="optional-none"),
        pytest.param({"when": "2026-01-05"}, {"when": "2026-01-05"}, id="optional-str"),
        pytest.param({"codes": "RUS,UKR"}, {"codes": ["RUS", "UKR"]}, id="list-comma"),
        pytest.param({"codes": "[RUS, UKR]"}, {"codes": ["RUS", "UKR"]}, id="list-yaml"),
    ],
)
def test_parameters_are_converted_to_the_declared_type(tiny_project, given, expected):
    assert check_parameters(tiny_project, given) == expected


@pytest.mark.parametrize(
    "given, message",
    [
        pytest.param(
            {"bogus": 1},
            r"01-tiny.ipynb: unknown parameter 'bogus'; it takes: n: int = 3  # how many; ratio",
            id="unknown",
        ),
        pytest.param({"n": "seven"}, r"parameter 'n' expects int, got 'seven'; it takes: n: int", id="not-int"),
        pytest.param({"n": True}, r"parameter 'n' expects int, got True", id="bool-is-not-int"),
        pytest.param({"flag": "maybe"}, r"parameter 'flag' expects bool, got 'maybe'", id="not-bool"),
        pytest.param({"codes": 3}, r"parameter 'codes' expects list\[str\], got 3", id="not-list"),
    ],
)
def test_bad_parameters_are_errors_that_list_the_parameters(tiny_project, given, message):
    with pytest.raises(ParameterError, match=message):
        check_parameters(tiny_project, given)


def test_unknown_parameter_for_every_notebook_is_refused_before_running(tiny_project, tmp_path):
    with pytest.raises(
        ParameterError,
        match="unknown parameter 'colour': none of 01-tiny.ipynb declares it; they take: codes, flag, n, ratio, when",
    ):
        render_reports(parameters={"colour": "red"}, out_dir=tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_failure_keeps_the_previous_report_and_the_failed_run(tiny_project, tmp_path):
    out = tmp_path / "reports"
    good = render_notebook(tiny_project, out, {"n": "21", "codes": "RUS"})
    assert "42 ['RUS']" in good.ipynb.read_text()
    before = (good.ipynb.read_bytes(), good.html.read_bytes())

    with pytest.raises(
        RenderError,
        match=r"^01-tiny.ipynb: cell 4 failed: ZeroDivisionError: division by zero; see .*01-tiny.failed.ipynb$",
    ):
        render_notebook(tiny_project, out, {"flag": True})

    assert (good.ipynb.read_bytes(), good.html.read_bytes()) == before
    failed = nbformat.read(out / "01-tiny.failed.ipynb", as_version=4)
    assert failed.metadata["papermill"]["exception"] is True
    assert sorted(p.name for p in out.iterdir()) == ["01-tiny.failed.ipynb", "01-tiny.html", "01-tiny.ipynb"]

    render_notebook(tiny_project, out, {})  # a later success clears the failed copy
    assert not (out / "01-tiny.failed.ipynb").exists()


@pytest.mark.skipif(os.name != "posix", reason="IPC sockets are files on POSIX only")
def test_the_kernel_talks_over_private_socket_files_not_tcp_ports(tiny_project, tmp_path, capfd):
    # ports race between renders side by side, and ipykernel warns that TCP is unencrypted
    nb = nbformat.read(tiny_project, as_version=4)
    nb.cells.append(new_code_cell(
        "from ipykernel.connect import get_connection_info\n"
        "info = get_connection_info(unpack=True)\n"
        "print(info['transport'], info['ip'].startswith(tempfile.gettempdir()))"
    ))
    nb.cells.insert(0, new_code_cell("import tempfile"))
    nbformat.write(nb, tiny_project)
    rendered = nbformat.read(render_notebook(tiny_project, tmp_path / "out", {}).ipynb, as_version=4)
    assert rendered.cells[-1].outputs[0]["text"] == "ipc True\n"
    assert "without encryption" not in capfd.readouterr().err
    # the socket files went with their folder: none in the project, the reports or here
    leftovers = [*tmp_path.rglob("kernel*"), *Path.cwd().glob("kernel*")]
    assert leftovers == []


def test_html_has_no_code_and_nothing_from_the_network(tiny_project, tmp_path):
    page = render_notebook(tiny_project, tmp_path, {}).html.read_text()
    assert "print(n * 2" not in page and "1 / 0" not in page
    assert "<script" not in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "Content-Security-Policy" in page


def test_payload_reaches_the_html_escaped_never_as_markup(payload_reports):
    first, _ = payload_reports
    assert [r.notebook.name for r in first] == [nb.name for nb in find_notebooks()]
    for rendered in first:
        page = rendered.html.read_text()
        assert "<script" not in page, rendered.html
        for markup in ("<img src=x", "<iframe", 'href="javascript:', "<style>body { display: none }"):
            assert markup not in page, (rendered.html, markup)
    corpus = first[0].html.read_text()
    assert "&lt;script&gt;window.__pwned = 'title'&lt;/script&gt; Talks" in corpus


def test_rendering_twice_gives_identical_files(payload_reports):
    first, second = payload_reports
    for a, b in zip(first, second, strict=True):
        assert a.ipynb.read_bytes() == b.ipynb.read_bytes(), a.ipynb.name
        assert a.html.read_bytes() == b.html.read_bytes(), a.html.name
    assert (first[0].ipynb.parent / "index.html").read_bytes() == (second[0].ipynb.parent / "index.html").read_bytes()


def test_cli_render_with_parameters_file_and_p(tiny_project, tmp_path, capsys):
    from analysis.cli import main

    params = tmp_path / "params.yaml"
    params.write_text("n: 5\ncodes: [RUS, UKR]\n")
    out = tmp_path / "cli-out"
    assert main(["render", "--out", str(out), "-f", str(params), "-p", "ratio", "0.25"]) == 0
    nb = nbformat.read(out / "01-tiny.ipynb", as_version=4)
    assert nb.metadata["papermill"]["parameters"] == {"n": 5, "codes": ["RUS", "UKR"], "ratio": 0.25}
    assert "10 ['RUS', 'UKR']" in (out / "01-tiny.ipynb").read_text()
    assert (out / "index.html").is_file()


@pytest.mark.parametrize(
    "argv, message",
    [
        pytest.param(["-p", "colour", "red"], "analysis render: error: unknown parameter 'colour': none of 01-tiny.ipynb declares it", id="unknown"),
        pytest.param(["-p", "n", "many"], "analysis render: error: 01-tiny.ipynb: parameter 'n' expects int, got 'many'", id="wrong-type"),
        pytest.param(["no-such-notebook"], "analysis render: error: no notebook 'no-such-notebook'; choose from 01-tiny", id="unknown-notebook"),
        pytest.param(["-p", "flag", "true"], "analysis render: error: 01-tiny.ipynb: cell 4 failed: ZeroDivisionError: division by zero; see ", id="failing-cell"),
    ],
)
def test_cli_render_errors_are_one_line(tiny_project, tmp_path, capsys, argv, message):
    from analysis.cli import main

    assert main(["render", "--out", str(tmp_path / "o"), *argv]) == 2
    err = [line for line in capsys.readouterr().err.splitlines() if not line.startswith("[IPKernelApp]")]
    assert len(err) == 1 and err[0].startswith(message), err


def test_every_notebook_renders_a_folder_with_no_article(tmp_path):
    """A seeds folder whose only file cannot be read as an article still gives every report
    (empty tables, not a crash), and the corpus report says why the file was left out."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "notes.txt").write_text("minutes of the Velm talks, undated\n")
    reports = render_reports(seeds=seeds, out_dir=tmp_path / "out")
    assert [r.html.name for r in reports] == [p.with_suffix(".html").name for p in find_notebooks()]
    corpus = next(r for r in reports if r.html.name.startswith("01-")).html.read_text()
    assert "notes.txt" in corpus and "expected a header" in corpus
