"""The source notebooks: stripped, one typed `parameters` cell, no functions, listed in the README."""

from __future__ import annotations

import ast
import re

import nbformat
import pytest

from analysis.render import notebook_parameters

from .conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_notebooks_are_named_and_listed_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    listed = set(re.findall(r"`notebooks/([\w-]+\.ipynb)`", readme))
    assert listed == {nb.name for nb in NOTEBOOKS}
    assert all(re.fullmatch(r"\d\d-[a-z-]+\.ipynb", nb.name) for nb in NOTEBOOKS)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[nb.stem for nb in NOTEBOOKS])
def test_notebook_shape(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")
    assert nb.cells[1].metadata.get("tags") == ["parameters"]
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.outputs == [] and c.execution_count is None for c in code), "commit notebooks stripped"
    for cell in code:
        source = "\n".join(line for line in cell.source.splitlines() if not line.startswith("%"))
        tree = ast.parse(source)
        assert not [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.Lambda | ast.ClassDef)]
    params = notebook_parameters(path)
    assert "seeds_dir" in params
    for name, declared in params.items():
        assert declared["type"] and declared["help"], f"{path.name}: {name} needs a type and a # help comment"
    namespace: dict = {}
    exec(nb.cells[1].source, namespace)  # the defaults run as they are
    assert namespace["seeds_dir"] == "seeds"
